import type { z } from 'zod';
import { err, ok, type Result } from '../../shared/session/result.js';

/** Validates a client payload; the error names the first offending field, never echoes input. */
export function parsePayload<S extends z.ZodType>(schema: S, raw: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
  const message = `Invalid payload${where}: ${issue?.message ?? 'malformed'}.`;
  return err('BAD_REQUEST', message.slice(0, 200));
}
