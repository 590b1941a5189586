import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rules the linter breaks when `source` is written in the file at `filePath`. */
async function brokenRules(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport type Probe = unknown;\n`, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

// Each import is written the way a later change might, type-only imports included.
const CASES: [file: string, source: string, allowed: boolean][] = [
  ['shared/ranking/probe.ts', "import type { SessionState } from '../session/state.js';", false],
  ['shared/ranking/probe.ts', "import { commandSchemas } from '../protocol/schemas.js';", false],
  ['shared/session/probe.ts', "import type { Versioned } from '../protocol/events.js';", false],
  ['shared/session/probe.ts', "import { readFileSync } from 'node:fs';", false],
  ['shared/protocol/probe.ts', "import type { AppServer } from '../../server/socket/types.js';", false],
  ['shared/session/probe.ts', "import { weighBallots } from '../ranking/weights.js';", true],
  ['shared/protocol/probe.ts', "import type { PublicView } from '../session/views.js';", true],
  ['client/probe.ts', "import { createApp } from '../server/app.js';", false],
  ['server/probe.ts', "import { PHASES } from '../shared/session/phases.js';", true],
];

describe('the layers of shared/', () => {
  it.each(CASES)('in %s, %s is allowed: %s', async (file, source, allowed) => {
    const broken = await brokenRules(file, source);
    expect(broken.includes('no-restricted-imports')).toBe(!allowed);
  });
});
