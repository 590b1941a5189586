/** A minimal structured logger: one JSON line per entry. Callers never pass tokens. */
export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

function line(level: string, message: string, context?: Record<string, unknown>): string {
  return JSON.stringify({ time: new Date().toISOString(), level, message, ...context });
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
