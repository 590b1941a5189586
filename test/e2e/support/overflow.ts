import type { Page } from 'playwright-core';

/** How far a screen spills out of its viewport, measured in the page as the projector shows it. */
export interface Overflow {
  /** Pixels the document is taller than the viewport (0 when it fits). */
  pageY: number;
  /** Pixels the document is wider than the viewport. */
  pageX: number;
  /** Elements whose content is bigger than their box, outside page-turning containers. */
  spills: { element: string; byY: number; byX: number }[];
}

/**
 * Measures what does not fit: the page itself, and every element whose content exceeds its box
 * (cut off or spilling), except inside a container marked `data-page-turner` (its hidden pages
 * are shown in turn; only the page on view must end inside the frame) and text marked
 * `data-clamped` (cut on purpose, whole elsewhere).
 */
export function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    const spills: { element: string; byY: number; byX: number }[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (element.closest('[data-page-turner], [data-clamped], .visually-hidden')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'inline' || style.display === 'contents' || element.clientHeight === 0) continue;
      const byY = element.scrollHeight - element.clientHeight;
      const byX = element.scrollWidth - element.clientWidth;
      const rect = element.getBoundingClientRect();
      const outside = Math.max(0, Math.ceil(rect.bottom - window.innerHeight));
      if (byY > 2 || byX > 2 || outside > 2) {
        const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
        spills.push({ element: name, byY: Math.max(byY, outside), byX });
      }
    }
    // A page that turns must still show whole what it shows: nothing of the page on view may run
    // past the frame's edge (a unit taller than the frame would be cut there).
    for (const frame of document.querySelectorAll<HTMLElement>('[data-page-turner]')) {
      const edge = frame.getBoundingClientRect().bottom;
      for (const element of frame.querySelectorAll<HTMLElement>('*')) {
        if (element.closest('[data-off-page], .visually-hidden') || !element.checkVisibility()) continue;
        // A container of units on other pages (the content, a list) runs on by design.
        if (element.querySelector('[data-off-page]')) continue;
        const cut = Math.ceil(element.getBoundingClientRect().bottom - edge);
        if (cut > 2) {
          const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} (cut by its page)`;
          spills.push({ element: name, byY: cut, byX: 0 });
          break;
        }
      }
    }
    return {
      pageY: Math.max(0, doc.scrollHeight - window.innerHeight),
      pageX: Math.max(0, doc.scrollWidth - window.innerWidth),
      spills,
    };
  });
}

/** One line for the record: page overflow and the worst spilling element. */
export function describeOverflow(o: Overflow): string {
  const worst = [...o.spills].sort((a, b) => b.byY + b.byX - (a.byY + a.byX))[0];
  const spill = worst ? `, ${o.spills.length} spilling (worst ${worst.element} by ${worst.byY}px/${worst.byX}px)` : '';
  return `page +${o.pageY}px tall, +${o.pageX}px wide${spill}`;
}
