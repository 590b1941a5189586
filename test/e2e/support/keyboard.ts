import type { Page } from 'playwright-core';

/**
 * A person who uses the keyboard alone: Tab to a control by what it says, press a key, and after
 * every action look at where focus went. Nothing here clicks; page.evaluate only reads.
 */

/** What a screen reader would roughly call the focused element, and where it sits. */
interface Focused {
  tag: string;
  name: string;
  /** The `data-region` / landmark / labelled section it sits in, outermost last. */
  regions: string[];
}

function readFocus(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const byIds = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    const label =
      el.getAttribute('aria-label') ??
      (el.getAttribute('aria-labelledby') ? byIds(el.getAttribute('aria-labelledby')) : null) ??
      ((el as HTMLInputElement).labels?.[0]?.textContent || null) ??
      el.textContent ??
      '';
    const regions: string[] = [];
    for (let node: HTMLElement | null = el; node; node = node.parentElement) {
      const name =
        node.getAttribute('aria-label') ??
        (node.getAttribute('aria-labelledby') ? byIds(node.getAttribute('aria-labelledby')) : null);
      if (name && node !== el) regions.push(name.replace(/\s+/g, ' ').trim());
      if (node.tagName === 'MAIN') regions.push('main');
    }
    return { tag: el.tagName.toLowerCase(), name: label.replace(/\s+/g, ' ').trim(), regions };
  });
}

export function describeFocus(focused: Focused | null): string {
  return focused ? `<${focused.tag}> "${focused.name}"` : '<body>';
}

export interface FocusLoss {
  screen: string;
  action: string;
  /** Where focus was found instead: <body>, or outside the region it should be in. */
  found: string;
}

export class KeyboardUser {
  /** How many Tab presses each tabTo took, by target, to show what a keyboard user goes through. */
  readonly tabs: { screen: string; target: string; presses: number }[] = [];

  constructor(
    readonly page: Page,
    readonly losses: FocusLoss[],
  ) {}

  async focused(): Promise<Focused | null> {
    return readFocus(this.page);
  }

  /** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after `max` presses. */
  async tabTo(screen: string, target: string | RegExp, { back = false, max = 120 } = {}): Promise<number> {
    const matches = (name: string) => (typeof target === 'string' ? name === target : target.test(name));
    const now = await this.focused();
    if (now && matches(now.name)) return 0;
    const seen: string[] = [];
    for (let presses = 1; presses <= max; presses++) {
      await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      const focused = await this.focused();
      seen.push(describeFocus(focused));
      if (focused && matches(focused.name)) {
        this.tabs.push({ screen, target: String(target), presses });
        return presses;
      }
    }
    const path = [...new Set(seen)].join(', ');
    throw new Error(
      `${screen}: ${max} ${back ? 'Shift+Tab' : 'Tab'} presses never reached ${String(target)}; went ${path}`,
    );
  }

  /** Tabs to a control, presses a key on it, waits for what that does, then checks where focus went. */
  async activate(
    screen: string,
    target: string | RegExp,
    then: () => Promise<unknown>,
    { key = 'Enter', action = String(target), back = false } = {},
  ): Promise<Focused | null> {
    await this.tabTo(screen, target, { back });
    await this.press(key);
    await then();
    return this.expectFocus(screen, action, 'main');
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Replaces what the focused field holds, as a person does with Ctrl+A then typing. */
  async retype(text: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
  }

  /**
   * After an action has had its effect (the caller waited for it), focus must be on an element,
   * and inside `region` (a landmark or labelled section name, or "main") when one is given.
   * A loss is recorded, not thrown, so one run lists every place focus is lost.
   */
  async expectFocus(screen: string, action: string, region?: string | RegExp): Promise<Focused | null> {
    // Let a render that moves focus on the next frame finish: a person cannot press a key faster.
    await this.page.waitForTimeout(150);
    const focused = await this.focused();
    const inRegion =
      region === undefined ||
      (focused !== null &&
        focused.regions.some((name) => (typeof region === 'string' ? name === region : region.test(name))));
    if (!focused || !inRegion) {
      const where = focused ? `${describeFocus(focused)} in [${focused.regions.join(' < ')}]` : '<body>';
      this.losses.push({ screen, action, found: where });
    }
    return focused;
  }
}
