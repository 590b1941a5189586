/** Error codes a client can receive; each comes with a human-readable message. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNSUPPORTED_VERSION',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'JOIN_REFUSED',
  'NOT_FOUND',
  'WRONG_PHASE',
  'LIMIT_REACHED',
  'NOT_ENOUGH_BALLOTS',
  'NOT_YOUR_TURN',
  'CONFLICT',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  message: string;
}

/** The answer to every client event: a value, or a typed error. */
export type Result<T = undefined> = { ok: true; value: T } | { ok: false; error: AppError };

/** A successful result. */
export function ok(): Result<undefined>;
export function ok<T>(value: T): Result<T>;
export function ok<T>(value?: T): Result<T | undefined> {
  return { ok: true, value };
}

/** A failed result with a typed code and a human message. */
export function err(code: ErrorCode, message: string): { ok: false; error: AppError } {
  return { ok: false, error: { code, message } };
}
