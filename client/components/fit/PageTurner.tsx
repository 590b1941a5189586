import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/index.js';
import { planPages, type PagePlan } from './page-plan.js';

function childrenOf(node: Element): HTMLElement[] {
  return [...node.children].filter((child): child is HTMLElement => child instanceof HTMLElement);
}

/**
 * The units a page is made of: the content's children, where a child taller than a page (a whole
 * list) is replaced by its own children (its lines), so pages break between lines.
 */
function unitsOf(content: HTMLElement, pageHeight: number): HTMLElement[] {
  return childrenOf(content).flatMap((child) =>
    child.offsetHeight > pageHeight && child.children.length > 0 ? unitsOf(child, pageHeight) : [child],
  );
}

/**
 * Measures the room the wall gives its content (ResizeObserver) and, when the content is taller,
 * shows it a page at a time, turning pages by itself every `seconds` under a "2 / 3" indicator.
 * Nobody scrolls a projector; nothing is cut in half.
 */
export function PageTurner({
  children,
  seconds = 10,
  className,
}: {
  children: ReactNode;
  seconds?: number;
  className?: string;
}) {
  const t = useT();
  const frame = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const [plan, setPlan] = useState<PagePlan>({ starts: [0], pageOf: [] });
  const [page, setPage] = useState(0);

  // Measured whenever the frame or the content changes size (a font, the viewport, more ideas), and
  // after every render too: a new or reordered idea can move units without changing the content's
  // size (a grid row with room to spare), which would leave the plan's units out of step.
  const measure = useCallback((): HTMLElement[] => {
    const outer = frame.current;
    const inner = content.current;
    if (!outer || !inner) return [];
    // Boxes are placed in the frame as the first page lays them out: the list's own top margin
    // counts (measured from the content's top, a row ending within it was cut at the foot). The
    // content's offset in the frame (its offsetTop, the frame being positioned) ignores the page's
    // shift, so a plan never depends on the page on view.
    const origin = inner.getBoundingClientRect().top - inner.offsetTop;
    const units = unitsOf(inner, outer.clientHeight);
    const boxes = units.map((unit, index) => {
      const rect = unit.getBoundingClientRect();
      // A heading keeps with what follows it: never alone at the foot of a page.
      const next = /^H[1-6]$/.test(unit.tagName) ? units[index + 1] : undefined;
      const bottom = next ? Math.max(rect.bottom, next.getBoundingClientRect().bottom) : rect.bottom;
      return { top: rect.top - origin, bottom: bottom - origin };
    });
    const next = planPages(boxes, outer.clientHeight);
    setPlan((held) => (JSON.stringify(held) === JSON.stringify(next) ? held : next));
    return units;
  }, []);
  useLayoutEffect(() => {
    const observer = new ResizeObserver(() => measure());
    if (frame.current) observer.observe(frame.current);
    if (content.current) observer.observe(content.current);
    return () => observer.disconnect();
  }, [measure]);

  const pages = plan.starts.length;
  const shown = Math.min(page, pages - 1);
  useEffect(() => {
    if (pages < 2) return;
    const id = window.setInterval(() => setPage((current) => (current + 1) % pages), seconds * 1000);
    return () => window.clearInterval(id);
  }, [pages, seconds]);

  // Units off the current page are hidden, so no half-cut line shows at the bottom edge.
  useLayoutEffect(() => {
    const inner = content.current;
    if (!inner) return;
    const units = measure();
    for (const held of inner.querySelectorAll('[data-off-page]')) held.removeAttribute('data-off-page');
    units.forEach((unit, index) => {
      unit.toggleAttribute('data-off-page', pages > 1 && plan.pageOf[index] !== shown);
    });
  });

  return (
    <div className={className ? `page-turner ${className}` : 'page-turner'}>
      <div ref={frame} className="page-turner__frame" data-page-turner="">
        <div ref={content} style={{ transform: `translateY(${-(plan.starts[shown] ?? 0)}px)` }}>
          {children}
        </div>
      </div>
      {pages > 1 && <p className="page-turner__indicator">{t('display.page', { page: shown + 1, pages })}</p>}
    </div>
  );
}
