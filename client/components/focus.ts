import { useEffect } from 'react';

/**
 * Where keyboard focus goes when the control someone used goes away. Browsers drop focus to
 * <body> when the focused element is removed or disabled, and the next Tab starts from the top of
 * the page; these helpers put it somewhere that makes sense instead.
 */

const HEADINGS = 'h1, h2, h3, h4';
const POLL_MS = 30;

/** Where the safety net last put focus: a precise move that arrives later may still take over. */
let rescuedTo: Element | null = null;

/** Focuses an element, making a heading or other static element focusable from script first. */
export function focusElement(element: HTMLElement): void {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
}

/**
 * Moves focus to what `find` returns once it is in the page (a render, or the server's next view,
 * may still have to put it there). Gives up after `withinMs`, or if the person has meanwhile put
 * focus somewhere themselves.
 */
export function focusSoon(find: () => HTMLElement | null | undefined, withinMs = 3000): void {
  const start = document.activeElement;
  const deadline = Date.now() + withinMs;
  const attempt = () => {
    const active = document.activeElement;
    const free = !active || active === document.body || active === start || active === rescuedTo;
    if (!free) return;
    const target = find();
    if (target?.isConnected) return focusElement(target);
    if (Date.now() < deadline) setTimeout(attempt, POLL_MS);
  };
  setTimeout(attempt, 0);
}

/** The first heading inside the nearest part of the page that is still there. */
function nearestHeading(ancestors: readonly Element[]): HTMLElement | null {
  for (const ancestor of ancestors) {
    if (!ancestor.isConnected) continue;
    const heading = ancestor.querySelector<HTMLElement>(HEADINGS);
    if (heading) return heading;
  }
  return document.querySelector<HTMLElement>(`main ${HEADINGS}`);
}

function ancestorsOf(element: Element): Element[] {
  const chain: Element[] = [];
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) chain.push(node);
  return chain;
}

/**
 * The safety net under every screen: when the focused control disappears or is disabled and focus
 * falls to <body>, focus moves to the heading of the nearest part of the page that is still there.
 * Screens that know a better place (the next item, the result) move focus there themselves.
 */
export function useFocusRescue(): void {
  useEffect(() => {
    let last: Element | null = null;
    let ancestors: Element[] = [];
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof Element)) return;
      last = event.target;
      ancestors = ancestorsOf(event.target);
    };
    const observer = new MutationObserver(() => {
      if (document.activeElement !== document.body || !last) return;
      if (last.isConnected && !last.matches(':disabled')) return;
      const heading = nearestHeading(ancestors);
      if (!heading) return;
      rescuedTo = heading;
      focusElement(heading);
    });
    document.addEventListener('focusin', onFocusIn);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['disabled'],
    });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, []);
}
