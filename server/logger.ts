/**
 * A minimal structured logger: one JSON line per entry. A room code or a token in a log would
 * let whoever reads the log into the session, so callers never pass them and, should one try,
 * context keys that name them are blanked here.
 */
export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

const SECRET_KEY = /^(code|displayCode|joinPath|token)$|Token$/;

/** The context with every secret-named value blanked. */
export function redacted(context: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(context).map(([key, value]) => [key, SECRET_KEY.test(key) ? '[redacted]' : value]),
  );
}

function line(level: string, message: string, context?: Record<string, unknown>): string {
  return JSON.stringify({ time: new Date().toISOString(), level, message, ...redacted(context) });
}

export const consoleLogger: Logger = {
  info: (message, context) => console.log(line('info', message, context)),
  error: (message, context) => console.error(line('error', message, context)),
};

export const silentLogger: Logger = { info: () => {}, error: () => {} };

/** The useful part of an unknown thrown value, for a log line. */
export function describeError(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
}
