import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AxeLog } from './axe.js';
import { openPage, screenshot, type Device } from './browser.js';

/** The pages of one workshop: the facilitator's laptop, the projector, and phones by name. */
export class E2eRoom {
  host!: Page;
  display!: Page;
  code = '';
  readonly phones = new Map<string, Page>();

  constructor(
    readonly browser: Browser,
    readonly baseURL: string,
    readonly axe: AxeLog,
    /** Prefix of screenshot names, so two sessions in one run do not overwrite each other. */
    readonly prefix: string,
  ) {}

  open(device: Device): Promise<Page> {
    return openPage(this.browser, this.baseURL, device);
  }

  /** Socket.IO messages each phone sent over its websocket, to see what the client asked the server. */
  readonly sent = new Map<string, string[]>();

  async addPhone(name: string): Promise<Page> {
    const page = await this.open('phone');
    const frames: string[] = [];
    page.on('websocket', (socket) => socket.on('framesent', (frame) => frames.push(String(frame.payload))));
    this.sent.set(name, frames);
    this.phones.set(name, page);
    return page;
  }

  phone(name: string): Page {
    const page = this.phones.get(name);
    if (!page) throw new Error(`no phone for ${name}`);
    return page;
  }

  /** Runs axe on a screen and fails on any serious or critical violation. */
  async expectAccessible(page: Page, screen: string): Promise<void> {
    const bad = await this.axe.check(page, `${this.prefix}${screen}`);
    expect(bad, `${screen}: ${JSON.stringify(bad, null, 2)}`).toEqual([]);
  }

  /** A screenshot of a phone, the display and the console in the current phase. */
  async shootPhase(phase: string, phoneName: string): Promise<void> {
    await screenshot(this.phone(phoneName), `${this.prefix}${phase}-phone`);
    await screenshot(this.display, `${this.prefix}${phase}-display`);
    await screenshot(this.host, `${this.prefix}${phase}-console`);
  }

  async close(): Promise<void> {
    for (const page of [this.host, this.display, ...this.phones.values()]) await page?.context().close();
  }
}
