/** Crockford base32: no I, L, O or U, so a code read aloud or off a wall is unambiguous. */
export const ROOM_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ROOM_CODE_LENGTH = 8;

/** Shows a normalised code as XXXX-XXXX. */
export function formatRoomCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * Turns what a person typed into the canonical code, or null if it cannot be one:
 * any case, with or without the dash or spaces, and Crockford's look-alikes (I/L -> 1, O -> 0).
 */
export function normalizeRoomCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (code.length !== ROOM_CODE_LENGTH) return null;
  for (const ch of code) if (!ROOM_CODE_ALPHABET.includes(ch)) return null;
  return code;
}
