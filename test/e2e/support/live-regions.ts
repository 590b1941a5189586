import type { Page } from 'playwright-core';

/** One thing a screen reader would have spoken: the text a live region held after a change. */
export interface Spoken {
  /** Milliseconds since the epoch, by the page's clock. */
  at: number;
  /** The region's accessible name, role or politeness, to tell the banner from the announcer. */
  region: string;
  text: string;
}

declare global {
  interface Window {
    __spoken?: Spoken[];
  }
}

/**
 * Installed before any page script: a MutationObserver that writes down the text of every live
 * region (aria-live, role=status, role=alert, role=log) each time it changes, as a screen reader
 * would pick it up. A region inserted with text already inside is not spoken (except alerts), so
 * it is not written down either; an empty region says nothing.
 */
function recordLiveRegions(): void {
  const SELECTOR = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
  const spoken: Spoken[] = [];
  window.__spoken = spoken;
  const last = new WeakMap<Element, string>();
  const nameOf = (region: Element) =>
    region.getAttribute('aria-label') ??
    region.getAttribute('role') ??
    `aria-live=${region.getAttribute('aria-live') ?? ''}`;
  // A node put in again with the same words is spoken again, so it counts again.
  const note = (region: Element, renewed: boolean) => {
    const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (last.get(region) === text && !renewed) return;
    last.set(region, text);
    if (text !== '') spoken.push({ at: Date.now(), region: nameOf(region), text });
  };
  const observer = new MutationObserver((mutations) => {
    const changed = new Map<Element, boolean>();
    for (const mutation of mutations) {
      const target = mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
      const region = target?.closest(SELECTOR);
      const added = [...mutation.addedNodes].some((node) => (node.textContent ?? '').trim() !== '');
      if (region) changed.set(region, (changed.get(region) ?? false) || added);
      for (const node of mutation.addedNodes) {
        if (node instanceof Element && node.matches('[role="alert"]')) changed.set(node, true);
      }
    }
    for (const [region, renewed] of changed) note(region, renewed);
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

export async function recordSpeech(page: Page): Promise<void> {
  await page.addInitScript(recordLiveRegions);
}

/** What the page has said so far (kept across nothing: a reload starts a new list). */
export function spokenOn(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => window.__spoken ?? []);
}

/** Pairs of the same words said twice in a row on one page. */
export function saidTwiceInARow(spoken: Spoken[]): string[] {
  return spoken.filter((line, index) => index > 0 && spoken[index - 1]?.text === line.text).map((line) => line.text);
}
