import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

export interface AxeRecord {
  screen: string;
  url: string;
  violations: { id: string; impact: string | null; nodes: number; help: string }[];
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Collects axe-core results per screen across a test file, and writes them out for the record. */
export class AxeLog {
  readonly records: AxeRecord[] = [];

  /** Runs axe on the page as it is now; returns the serious and critical violations. */
  async check(page: Page, screen: string): Promise<AxeRecord['violations']> {
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const violations = result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      nodes: v.nodes.length,
      help: `${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    }));
    this.records.push({ screen, url: new URL(page.url()).pathname, violations });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  /** Writes test-results/axe-<name>.json and returns a one-line-per-screen summary. */
  write(name: string): string {
    const dir = resolve('test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, `axe-${name}.json`), JSON.stringify(this.records, null, 2));
    return this.records
      .map((r) => {
        const counts = r.violations.map((v) => `${v.id}(${v.impact}, ${v.nodes})`).join(' ');
        return `${r.screen}: ${r.violations.length === 0 ? 'no violations' : counts}`;
      })
      .join('\n');
  }
}
