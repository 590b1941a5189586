/**
 * Every limit of the server, each set so that a facilitator running a real workshop (up to
 * 2,000 phones, possibly all behind one venue NAT) never meets it, while a script does at once.
 */
export interface LimitSettings {
  /** Messages one connection may send per second. */
  messagesPerSecond: number;
  /** Commands one participant may send per minute, however many sockets they open. */
  participantWritesPerMinute: number;
  /** Failed code lookups (join, display) one address may make per minute... */
  failuresPerMinute: number;
  /** ...and per hour: the longer block is the back-off for a persistent code guesser. */
  failuresPerHour: number;
  /** Wrong tokens one address may present for one room code per minute. */
  tokenFailuresPerMinute: number;
  /** Sessions one address may create per hour. */
  sessionsPerAddressPerHour: number;
  /** Sessions the whole server creates per hour. */
  sessionsPerHour: number;
  /** People in one session (removed ones do not count). */
  participantsPerSession: number;
  /** Sockets open at once from one address. */
  socketsPerAddress: number;
}

export const DEFAULT_LIMITS: LimitSettings = {
  messagesPerSecond: 20,
  participantWritesPerMinute: 120,
  failuresPerMinute: 30,
  failuresPerHour: 300,
  tokenFailuresPerMinute: 10,
  sessionsPerAddressPerHour: 60,
  sessionsPerHour: 600,
  participantsPerSession: 2500,
  socketsPerAddress: 3000,
};

/** The environment variable that sets each limit. */
export const LIMIT_VARIABLES: Record<keyof LimitSettings, string> = {
  messagesPerSecond: 'LIMIT_MESSAGES_PER_SECOND',
  participantWritesPerMinute: 'LIMIT_PARTICIPANT_WRITES_PER_MINUTE',
  failuresPerMinute: 'LIMIT_FAILED_LOOKUPS_PER_MINUTE',
  failuresPerHour: 'LIMIT_FAILED_LOOKUPS_PER_HOUR',
  tokenFailuresPerMinute: 'LIMIT_TOKEN_FAILURES_PER_MINUTE',
  sessionsPerAddressPerHour: 'LIMIT_SESSIONS_PER_ADDRESS_PER_HOUR',
  sessionsPerHour: 'LIMIT_SESSIONS_PER_HOUR',
  participantsPerSession: 'LIMIT_PARTICIPANTS_PER_SESSION',
  socketsPerAddress: 'LIMIT_SOCKETS_PER_ADDRESS',
};

/** Limits from the environment; an unset variable keeps its default, a malformed one is an error. */
export function limitsFromEnv(env: NodeJS.ProcessEnv): LimitSettings {
  const settings = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES) as (keyof LimitSettings)[]) {
    const raw = env[LIMIT_VARIABLES[key]];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`${LIMIT_VARIABLES[key]} must be a whole number of at least 1 (got "${raw}")`);
    }
    settings[key] = value;
  }
  return settings;
}

/** Express's `trust proxy` value from TRUST_PROXY: unset trusts no proxy. */
export function trustProxyFromEnv(raw: string | undefined): boolean | number | string {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
