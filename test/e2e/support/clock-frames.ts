import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __clockFrames?: string[];
  }
}

/**
 * From now on, writes down every countdown (`role=timer`) the page draws, as read out, each time
 * the DOM changes: a frame that is drawn and replaced before a poll could read it is written down
 * too. A MutationObserver's callback runs right after the change, before any timer the page set.
 */
export async function recordClockFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const frames: string[] = [];
    window.__clockFrames = frames;
    const read = () => {
      for (const clock of document.querySelectorAll('[role="timer"]'))
        frames.push(clock.getAttribute('aria-label') ?? '');
    };
    new MutationObserver(read).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    });
  });
}

/** Every countdown label the page drew since `recordClockFrames`. */
export function clockFramesOn(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__clockFrames ?? []);
}
