import type { Page } from 'playwright-core';

/**
 * Every "#N" drawn on the page whose "#" is not just left of its digits (it reads "12#", the way
 * an un-isolated number beside Arabic text is drawn), with the text around it. Text nodes are
 * read joined in document order, so a "#" and digits in neighbouring elements count together,
 * and each character's position is measured where the browser drew it.
 */
export function misplacedNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const starts: number[] = [];
    let joined = '';
    for (const node of nodes) {
      starts.push(joined.length);
      joined += node.data;
    }
    const at = (index: number): { node: Text; offset: number } => {
      let i = starts.length - 1;
      while (i > 0 && (starts[i] ?? 0) > index) i -= 1;
      return { node: nodes[i] as Text, offset: index - (starts[i] ?? 0) };
    };
    const box = (index: number): DOMRect => {
      const { node, offset } = at(index);
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect();
    };
    const found: string[] = [];
    for (const match of joined.matchAll(/#(\d+)/g)) {
      const index = match.index ?? 0;
      const parent = at(index).node.parentElement;
      if (!parent || parent.closest('.visually-hidden, script, style, option')) continue;
      if (!parent.checkVisibility({ checkVisibilityCSS: true })) continue;
      const hash = box(index);
      const digit = box(index + 1);
      if (hash.width === 0 || digit.width === 0) continue;
      // A line break between them says nothing about order.
      if (Math.abs(hash.top - digit.top) > hash.height / 2) continue;
      if (hash.right > digit.left + 0.5) {
        found.push(`${match[0]} drawn after its digits in "${joined.slice(Math.max(0, index - 30), index + 30)}"`);
      }
    }
    return found;
  });
}
