import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from '../support/browser.js';
import { expectDocumentIn, translator } from '../support/catalog.js';
import type { E2eRoom } from '../support/room.js';

/** People, ideas and a title written in the session's language (one idea and one name in Latin script, as in real coalitions). */
export interface SessionScript {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  people: [string, string, string];
  ideas: [string, string, string];
  /** Runs axe on each screen (and fails on any violation, not only serious ones). */
  axe: boolean;
}

type Tr = ReturnType<typeof translator>;

async function advance(host: Page, tr: Tr, key: string): Promise<void> {
  const label = tr(key);
  await host.getByRole('button', { name: label, exact: true }).click();
  const confirm = host.getByRole('button', { name: tr('host.confirm.anyway', { action: label }), exact: true });
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
}

async function startSession(room: E2eRoom, script: SessionScript, tr: Tr): Promise<void> {
  room.host = await openIn(room, 'laptop', script.lang);
  await room.host.goto('/');
  await expectDocumentIn(room.host, script.lang, script.dir);
  await room.host.getByLabel(tr('landing.start.titleLabel')).fill(script.title);
  await room.host.getByRole('button', { name: tr('landing.start.submit') }).click();
  await room.host.waitForURL(/\/host\/[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  room.code = new URL(room.host.url()).pathname.split('/')[2] as string;
  // The projector opens from the console's link, which carries the chosen language.
  const href = await room.host
    .getByRole('link', { name: new RegExp(tr('host.room.openDisplay')) })
    .getAttribute('href');
  expect(href).toBe(`/display/${room.code}?lang=${script.lang}`);
  room.display = await openIn(room, 'projector', 'en-US');
  await room.display.goto(href ?? '');
  await expectDocumentIn(room.display, script.lang, script.dir);
}

function openIn(room: E2eRoom, device: 'laptop' | 'projector' | 'phone', locale: string): Promise<Page> {
  return import('../support/browser.js').then((m) => m.openPage(room.browser, room.baseURL, device, locale));
}

async function joinAll(room: E2eRoom, script: SessionScript, tr: Tr): Promise<Page[]> {
  const phones: Page[] = [];
  for (const name of script.people) {
    const phone = await openIn(room, 'phone', script.lang);
    room.phones.set(name, phone);
    await phone.goto(`/join/${room.code}`);
    await phone.getByLabel(tr('join.nameLabel')).fill(name);
    await phone.getByRole('button', { name: tr('join.submit') }).click();
    await phone.getByRole('heading', { name: tr('lobby.heading') }).waitFor({ timeout: 30_000 });
    phones.push(phone);
  }
  await room.display.getByText(tr('display.joined', { count: 3 })).waitFor();
  return phones;
}

async function check(room: E2eRoom, script: SessionScript, screen: string, pages: Page[]): Promise<void> {
  if (!script.axe) return;
  for (const page of pages) {
    const violations = await room.axe.check(page, `${script.lang} ${screen} ${new URL(page.url()).pathname}`);
    expect(violations).toEqual([]);
    const all = room.axe.records.at(-1)?.violations ?? [];
    expect(all, `${screen}: ${JSON.stringify(all)}`).toEqual([]);
  }
}

async function shoot(room: E2eRoom, script: SessionScript, phase: string, phone: Page): Promise<void> {
  await screenshot(phone, `lang-${script.lang}-${phase}-phone`);
  await screenshot(room.display, `lang-${script.lang}-${phase}-display`);
  await screenshot(room.host, `lang-${script.lang}-${phase}-console`);
}

async function myRanking(phone: Page, tr: Tr): Promise<string[]> {
  return phone
    .getByRole('list', { name: tr('ranking.listLabel') })
    .getByRole('listitem')
    .allInnerTexts();
}

/** The arrow buttons and the keyboard move ideas up and down the same way in either direction of text. */
async function rankByKeyboard(phone: Page, script: SessionScript, tr: Tr): Promise<void> {
  const [a, b] = script.ideas;
  const picker = phone.getByRole('list', { name: tr('ranking.pickerLabel') });
  await picker.getByRole('button').filter({ hasText: a }).click();
  await picker.getByRole('button').filter({ hasText: b }).click();
  await phone.getByRole('button', { name: tr('ranking.moveDown', { text: a }) }).click();
  await expect.poll(() => myRanking(phone, tr)).toEqual([expect.stringContaining(b), expect.stringContaining(a)]);
  const handle = phone.getByRole('button', { name: tr('ranking.dragHandle', { rank: 1, text: b }) });
  await handle.focus();
  await phone.keyboard.press('Space');
  // dnd-kit marks the handle pressed while the idea is lifted.
  await expect.poll(() => handle.getAttribute('aria-pressed')).toBe('true');
  // Its keyboard sensor starts listening for arrows only in a timeout set when it lifts, which can run after the
  // render that marks the handle: an arrow pressed in between is lost. A timeout set now runs after that one.
  await phone.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
  await phone.keyboard.press('ArrowDown');
  // The sensor settles the move on a later frame, and says so: dropped sooner, the idea stays put.
  await phone.getByText(tr('ranking.dnd.over', { text: b, rank: 2 }), { exact: true }).waitFor({ state: 'attached' });
  await phone.keyboard.press('Space');
  await expect.poll(() => myRanking(phone, tr)).toEqual([expect.stringContaining(a), expect.stringContaining(b)]);
  // Take both out again (a picked idea sits in the ranking, not in the picker): the loop below picks all three in order.
  for (const idea of [a, b]) {
    await phone.getByRole('button', { name: tr('ranking.remove', { text: idea }) }).click();
    await picker.getByRole('button').filter({ hasText: idea }).waitFor();
  }
}

/** A whole session in one language: lobby, writing, sharing, clarifying, voting and results, on every device. */
export async function sessionIn(room: E2eRoom, script: SessionScript): Promise<void> {
  const tr = translator(script.lang);
  await startSession(room, script, tr);
  const phones = await joinAll(room, script, tr);
  await check(room, script, 'lobby', [phones[0] as Page, room.display, room.host]);
  await shoot(room, script, '1-lobby', phones[0] as Page);

  await advance(room.host, tr, 'host.advance.lobby');
  for (const [i, phone] of phones.entries()) {
    await phone.getByRole('heading', { name: tr('ideation.heading') }).waitFor();
    await phone.getByLabel(tr('ideation.newLabel')).fill(script.ideas[i] as string);
    await phone.getByRole('button', { name: tr('ideation.add') }).click();
    await phone
      .getByRole('listitem')
      .filter({ hasText: script.ideas[i] as string })
      .waitFor();
  }
  await check(room, script, 'ideation', [phones[0] as Page]);
  await shoot(room, script, '2-ideation', phones[0] as Page);

  await advance(room.host, tr, 'host.advance.ideation');
  await advance(room.host, tr, 'host.advance.sharing');
  await phones[0]?.getByRole('heading', { name: tr('clarification.heading') }).waitFor();
  await check(room, script, 'clarification', [phones[0] as Page, room.display, room.host]);
  await shoot(room, script, '3-clarification', phones[0] as Page);

  await advance(room.host, tr, 'host.advance.clarification');
  await rankByKeyboard(phones[0] as Page, script, tr);
  for (const phone of phones) {
    const picker = phone.getByRole('list', { name: tr('ranking.pickerLabel') });
    for (const idea of script.ideas) await picker.getByRole('button').filter({ hasText: idea }).click();
    await phone.getByRole('button', { name: tr('ranking.submit') }).click();
    await phone.getByText(tr('ranking.status.submitted')).waitFor();
  }
  await check(room, script, 'ranking', [phones[0] as Page]);
  await shoot(room, script, '4-ranking', phones[0] as Page);

  await advance(room.host, tr, 'host.advance.ranking');
  await room.display
    .getByRole('heading', { name: tr('results.heading') })
    .first()
    .waitFor();
  await check(room, script, 'results', [phones[0] as Page, room.display, room.host]);
  await shoot(room, script, '5-results', phones[0] as Page);
}
