/** The ballot key under which a table's ballot is kept in the session's ballots (see evolve-tables). */
export function tableBallotKey(tableId: string, key: string): string {
  return `t:${tableId}:${key}`;
}

/** The table and its own key of a ballot kept by `tableBallotKey`; null for a plenary ballot. */
export function parseTableBallotKey(ballotKey: string): { tableId: string; key: string } | null {
  if (!ballotKey.startsWith('t:')) return null;
  const end = ballotKey.indexOf(':', 2);
  if (end < 0) return null;
  return { tableId: ballotKey.slice(2, end), key: ballotKey.slice(end + 1) };
}
