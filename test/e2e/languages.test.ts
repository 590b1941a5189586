import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';
import { AxeLog } from './support/axe.js';
import { CLIENT_DIR, launchBrowser, openPage, pageProblems, requireBuiltClient, screenshot } from './support/browser.js';
import { expectDocumentIn, translator } from './support/catalog.js';
import { numberLayout, overflowingElements, untranslatedText } from './support/layout-checks.js';
import { E2eRoom } from './support/room.js';
import { sessionIn, type SessionScript } from './scenarios/languages-session.js';
import type { Browser } from 'playwright-core';

/**
 * Issue 12 as people meet it: each phone in its own language, a projector in the room's, Arabic
 * laid out right to left, and pseudo-locales that show hard-coded English and layouts too tight
 * for longer words. Screenshots go to test-results/screenshots/lang-*.png.
 */

const data = tempDataDir();
const axe = new AxeLog();
let server: TestServer;
let browser: Browser;
const rooms: E2eRoom[] = [];

beforeAll(async () => {
  requireBuiltClient();
  server = await startServer(data.dir, { clientDir: CLIENT_DIR });
  browser = await launchBrowser();
});

afterAll(async () => {
  console.log(`axe-core results per screen:\n${axe.write('languages')}`);
  for (const room of rooms) await room.close();
  await browser?.close();
  await server?.stop();
  data.remove();
});

function newRoom(): E2eRoom {
  const room = new E2eRoom(browser, server.url, axe, 'lang-');
  rooms.push(room);
  return room;
}

const ARABIC: SessionScript = {
  lang: 'ar',
  dir: 'rtl',
  title: 'ما أولويات تحالفنا لعام 2027؟',
  people: ['ليلى', 'Ada Lovelace', 'عمر'],
  ideas: ['تقويم مشترك للفعاليات', 'Joint campaign 2027', 'صندوق طوارئ مشترك'],
  axe: true,
};

const CHINESE: SessionScript = {
  lang: 'zh',
  dir: 'ltr',
  title: '我们的联盟 2027 年应优先做什么？',
  people: ['王芳', 'Ada Lovelace', '李明'],
  ideas: ['共享活动日历', 'Joint campaign 2027', '联合应急基金'],
  axe: false,
};

describe('each device chooses its language', () => {
  it('a phone starts in the browser’s language, switches by name, and keeps the choice across reloads', async () => {
    const phone = await openPage(browser, server.url, 'phone', 'fr-CA');
    await phone.goto('/');
    await expectDocumentIn(phone, 'fr', 'ltr');
    await phone.getByRole('heading', { name: translator('fr')('landing.join.heading') }).waitFor();
    const options = await phone.getByLabel('Langue').locator('option').allInnerTexts();
    expect(options).toEqual(['English', 'Français', 'Español', 'Русский', 'العربية', '中文']);
    await phone.getByLabel('Langue').selectOption('ar');
    await expectDocumentIn(phone, 'ar', 'rtl');
    await phone.getByRole('heading', { name: translator('ar')('landing.join.heading') }).waitFor();
    await phone.reload();
    await expectDocumentIn(phone, 'ar', 'rtl');
    await phone.getByRole('heading', { name: translator('ar')('landing.join.heading') }).waitFor();
    await phone.context().close();
  }, 60_000);
});

describe('a whole session in Arabic, right to left', () => {
  const room = () => rooms[0] as E2eRoom;
  it('runs on phone, projector and console with axe finding nothing', async () => {
    await sessionIn(newRoom(), ARABIC);
  }, 240_000);

  it('keeps an idea’s number "#N" whole and left to right next to Arabic text', async () => {
    for (const page of [room().display, room().host, room().phone('ليلى')]) {
      const layout = await numberLayout(page, ARABIC.ideas[0]);
      expect(layout, new URL(page.url()).pathname).toEqual({
        number: expect.stringMatching(/^#\d+$/),
        hashBeforeDigits: true,
        textDir: 'rtl',
      });
    }
    const latin = await numberLayout(room().display, ARABIC.ideas[1]);
    expect(latin?.textDir).toBe('ltr');
  });
});

describe('a whole session in Chinese', () => {
  it('runs on phone, projector and console', async () => {
    await sessionIn(newRoom(), CHINESE);
  }, 240_000);

  it('lets the facilitator give the projector another language than the console', async () => {
    const room = rooms[1] as E2eRoom;
    const tr = translator('zh');
    await room.host.getByLabel(tr('host.room.displayLanguage')).selectOption('ar');
    const link = room.host.getByRole('link', { name: new RegExp(tr('host.room.openDisplay')) });
    expect(await link.getAttribute('href')).toBe(`/display/${room.code}?lang=ar`);
    const projector = await openPage(browser, server.url, 'projector', 'en-US');
    await projector.goto((await link.getAttribute('href')) ?? '');
    await expectDocumentIn(projector, 'ar', 'rtl');
    await expectDocumentIn(room.host, 'zh', 'ltr');
    await projector.context().close();
  });
});

async function pseudoPages(lang: string): Promise<Record<string, Page>> {
  const room = newRoom();
  const host = await openPage(browser, server.url, 'laptop', 'en-US');
  await host.goto('/');
  await host.getByLabel('Question or title').fill('Ŵĥàţ šĥööûûļđ ŵéé đöö?');
  await host.getByRole('button', { name: 'Create session' }).click();
  await host.waitForURL(/\/host\/[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  room.code = new URL(host.url()).pathname.split('/')[2] as string;
  room.host = host;
  await host.goto(`/host/${room.code}?lang=${lang}`);
  const phone = await openPage(browser, server.url, 'phone', 'en-US');
  room.phones.set('phone', phone);
  await phone.goto(`/join/${room.code}?lang=${lang}`);
  await phone.locator('input').first().fill('Ŝàñà');
  await phone.locator('form button[type="submit"]').click();
  await phone.waitForFunction(() => !document.querySelector('form input'));
  room.display = await openPage(browser, server.url, 'projector', 'en-US');
  await room.display.goto(`/display/${room.code}?lang=${lang}`);
  await room.display.waitForFunction(() => document.body.innerText.length > 50);
  return { phone, display: room.display, console: host };
}

describe('pseudo-locales catch hard-coded text and layouts too tight for longer words', () => {
  for (const lang of ['en-XA', 'ar-XB']) {
    it(`${lang}: every visible word comes from a catalog and nothing overflows`, async () => {
      const pages = await pseudoPages(lang);
      for (const [name, page] of Object.entries(pages)) {
        await screenshot(page, `lang-${lang}-lobby-${name}`);
        const code = new URL(pages.display?.url() ?? '').pathname.split('/')[2] ?? '';
        expect(await untranslatedText(page, [code, code.replace('-', '')]), `${lang} ${name}`).toEqual([]);
        expect(await overflowingElements(page), `${lang} ${name}`).toEqual([]);
      }
    }, 90_000);
  }
});

describe('every page of the run', () => {
  it('ran under the Content-Security-Policy without a refusal or an uncaught error', () => {
    expect(pageProblems).toEqual([]);
  });
});
