import type { Page } from 'playwright-core';

/**
 * Visible text that is not in the pseudo-locale's accented form: hard-coded English. User text
 * (inside <bdi>, dir="auto" and form controls), the room code and the language names are left out.
 */
export function untranslatedText(page: Page, allowed: string[]): Promise<string[]> {
  return page.evaluate((allowedWords) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('bdi, [dir="auto"], select, textarea, script, style, svg')) continue;
      if (!parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const rect = parent.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue; // visually hidden text is read, not seen
      let text = node.textContent ?? '';
      for (const word of allowedWords) text = text.split(word).join('');
      if (/[A-Za-z]/.test(text)) found.push((node.textContent ?? '').trim());
    }
    return found;
  }, allowed);
}

/** Elements whose content is wider than their box and cut off or pushing the page sideways. */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const viewport = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > viewport + 1) {
      found.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px in ${viewport}px`);
    }
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (!element.checkVisibility() || element.closest('.visually-hidden, svg')) continue;
      const style = getComputedStyle(element);
      const clips = ['hidden', 'clip'].includes(style.overflowX) && style.textOverflow !== 'ellipsis';
      if (clips && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 1) {
        found.push(`${element.tagName.toLowerCase()}.${element.className}: ${element.scrollWidth}>${element.clientWidth}`);
      }
      const rect = element.getBoundingClientRect();
      if (rect.width > 0 && (rect.right > viewport + 1 || rect.left < -1)) {
        found.push(`${element.tagName.toLowerCase()}.${element.className} outside the viewport`);
      }
    }
    return found.slice(0, 20);
  });
}

/**
 * How an idea's number is laid out next to its text: the "#" must sit just before the digits,
 * left to right, whatever the direction of the idea and the page.
 */
export function numberLayout(page: Page, ideaText: string): Promise<{ number: string; hashBeforeDigits: boolean; textDir: string } | null> {
  return page.evaluate((wanted) => {
    const texts = [...document.querySelectorAll('bdi')].filter((el) => el.textContent === wanted);
    for (const textElement of texts) {
      const row = textElement.parentElement;
      const numberElement = row?.querySelector<HTMLElement>('bdi[dir="ltr"]');
      const textNode = numberElement?.firstChild;
      if (!numberElement || !textNode || !(textNode instanceof Text)) continue;
      const range = document.createRange();
      range.setStart(textNode, 0);
      range.setEnd(textNode, 1);
      const hash = range.getBoundingClientRect();
      range.setStart(textNode, 1);
      range.setEnd(textNode, 2);
      const digit = range.getBoundingClientRect();
      return {
        number: numberElement.textContent ?? '',
        hashBeforeDigits: hash.right <= digit.left + 0.5,
        textDir: getComputedStyle(textElement).direction,
      };
    }
    return null;
  }, ideaText);
}
