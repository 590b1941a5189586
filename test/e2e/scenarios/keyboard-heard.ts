import { beforeAll, describe, expect, it } from 'vitest';
import { pageProblems } from '../support/browser.js';
import { saidTwiceInARow, spokenOn, type Spoken } from '../support/live-regions.js';
import { lossesOf, type KeyboardEnv } from './keyboard-env.js';

/** After the keyboard session: where focus went after every action, and what every page said. */
export function focusAndSpeechChecks(k: KeyboardEnv): void {
  describe('where focus went', () => {
    for (const screen of ['landing', 'join', 'console', 'phone']) {
      it(`${screen}: focus is never left on <body> or outside the page's main region`, () => {
        expect(lossesOf(k, screen)).toEqual([]);
      });
    }

    it('Escape closes forms, the console has a skip link, the merge form is where the eye is, the projector names its phase', () => {
      expect(k.gaps).toEqual([]);
    });
  });

  describe('what a screen reader hears', () => {
    let heard: { phone: Spoken[]; console: Spoken[]; display: Spoken[] };
    beforeAll(async () => {
      heard = { phone: await spokenOn(k.phone), console: await spokenOn(k.host), display: await spokenOn(k.display) };
      for (const [name, lines] of Object.entries(heard)) {
        console.log(
          `${name} heard:\n${lines.map((l) => `  +${l.at - (lines[0]?.at ?? 0)}ms [${l.region}] ${l.text}`).join('\n')}`,
        );
      }
    });

    const texts = (lines: Spoken[]) => lines.map((line) => line.text);

    it('nothing is said twice in a row on any page', () => {
      expect({
        phone: saidTwiceInARow(heard.phone),
        console: saidTwiceInARow(heard.console),
        display: saidTwiceInARow(heard.display),
      }).toEqual({ phone: [], console: [], display: [] });
    });

    it('the phone hears that it joined, each phase, each revealed idea, the idea in focus and its ballot', () => {
      const said = texts(heard.phone);
      const expected = [
        /joined/i,
        /Writing ideas/,
        /Sharing/,
        /Clarifying/,
        /Voting/,
        /Results/,
        /Shared tool library/,
        /Idea 1a from Bo/,
        /Idea 2b from Cy/,
        /Now discussing idea 3/,
        /Ballot received/,
      ];
      expect(expected.filter((pattern) => !said.some((line) => pattern.test(line))).map(String)).toEqual([]);
    });

    it('the projector announces each newly revealed idea and each phase', () => {
      const said = texts(heard.display);
      const expected = [/Writing ideas/, /Sharing/, /Shared tool library/, /Idea 1a from Bo/, /Idea 2b from Cy/];
      expect(expected.filter((pattern) => !said.some((line) => pattern.test(line))).map(String)).toEqual([]);
    });

    it('the timer warns at one minute left of the 90-second timer, never for the 30-second one, and says time is up', () => {
      const warnings = heard.phone.filter((line) => /one minute/i.test(line.text));
      expect(warnings.length).toBe(1);
      const after = (warnings[0]?.at ?? 0) - (k.timing.warnStart ?? 0);
      expect(after).toBeGreaterThan(27_000);
      expect(after).toBeLessThan(36_000);
      const up = heard.phone.filter((line) => /time is up/i.test(line.text) && line.at > (k.timing.shortStart ?? 0));
      expect(up.length).toBe(1);
      expect((up[0]?.at ?? 0) - (k.timing.shortStart ?? 0)).toBeGreaterThan(27_000);
    });

    it('writing an idea reads once, without contradicting itself; the banner stays quiet while online', () => {
      const said = texts(heard.phone);
      expect(said.filter((line) => /none yet/.test(line))).toEqual([]);
      expect(said.filter((line) => /waiting to be sent/.test(line))).toEqual([]);
      // Until the session is deleted (then the k.phone loses its session, which is news).
      const banner = heard.phone.filter((line) => line.region === 'Connection' && line.at < (k.timing.deletedAt ?? 0));
      expect(banner.length).toBeLessThanOrEqual(2);
    });

    it('the console hears the new console, and counts summarised, never two count messages within 4 seconds', () => {
      const said = heard.console;
      expect(said.some((line) => /console/i.test(line.text))).toBe(true);
      const counts = said.filter((line) =>
        /joined|ideas? (added|written)|done writing|ballots? (in|received)/.test(line.text),
      );
      expect(counts.length).toBeGreaterThan(0);
      const bursts = counts.filter((line, i) => i > 0 && line.at - (counts[i - 1]?.at ?? 0) < 4000).map((l) => l.text);
      expect(bursts).toEqual([]);
    });

    it('ran without a page error', () => {
      expect(pageProblems).toEqual([]);
    });
  });
}
