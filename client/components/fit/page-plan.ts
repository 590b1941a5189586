/** Where each page starts and which units it holds, from the units' measured boxes. */
export interface PagePlan {
  /** Offset (px from the top of the content) at which each page starts. */
  starts: number[];
  /** For each unit, the page it is on. */
  pageOf: number[];
}

/**
 * Cuts a column of boxes (top and bottom, px from the top of the content) into pages no taller
 * than `height`. A box never straddles two pages; a box taller than a page gets a page of its own.
 * Boxes side by side (a grid row) share a page, since they share a top.
 */
export function planPages(boxes: readonly { top: number; bottom: number }[], height: number): PagePlan {
  const starts: number[] = [];
  const pageOf: number[] = [];
  for (const box of boxes) {
    const start = starts.at(-1);
    if (start === undefined || (box.bottom - start > height + 1 && box.top > start)) starts.push(box.top);
    pageOf.push(starts.length - 1);
  }
  return { starts: starts.length === 0 ? [0] : starts, pageOf };
}
