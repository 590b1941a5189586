/** Where each page starts and which units it holds, from the units' measured boxes. */
export interface PagePlan {
  /** Where each page starts: px from the frame's top as the first page lays the content out. */
  starts: number[];
  /** For each unit, the page it is on. */
  pageOf: number[];
}

/**
 * Cuts a column of boxes (top and bottom, px from the top of the frame as the first page shows
 * them) into pages no taller than `height`. The first page starts at the frame's top; every other
 * page at the top of its first box. A box never straddles two pages; a box taller than a page gets
 * a page of its own. Boxes side by side (a grid row) share a page, since they share a top.
 */
export function planPages(boxes: readonly { top: number; bottom: number }[], height: number): PagePlan {
  const starts = [0];
  const pageOf: number[] = [];
  for (const box of boxes) {
    const start = starts[starts.length - 1] as number;
    if (box.bottom - start > height + 1 && box.top > start) starts.push(box.top);
    pageOf.push(starts.length - 1);
  }
  return { starts, pageOf };
}
