import type { Logger } from '../../server/logger.js';

/** A logger that keeps every line, so a test can read what the server would have logged. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const write = (level: string) => (message: string, context?: Record<string, unknown>) => {
    lines.push(JSON.stringify({ level, message, ...context }));
  };
  return { lines, info: write('info'), error: write('error') };
}
