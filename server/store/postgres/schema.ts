/**
 * The PostgreSQL schema of the event store, made idempotent so every process may run it at start.
 *
 * Fencing: each session row carries `epoch`, raised by every takeover (see lease.ts); a batch
 * names the epoch its process holds, and `roundtable_commit` refuses it (SQLSTATE RT001) when the
 * row has moved on. `versions` holds one row per accepted change, so a second write of the same
 * (session, version) is refused by its primary key even before a takeover has written anything.
 *
 * Ballots: no column names, dates or numbers a voter (the key is an HMAC, see sessions/secrets).
 * A heap table keeps rows where they were appended, in casting order, so `CLUSTER ballots` rewrites
 * the table in key order when voting closes (see pg-store.ts, compact).
 */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id text PRIMARY KEY,
  code text NOT NULL UNIQUE,
  version integer NOT NULL,
  created_at bigint,
  timer_ends_at bigint,
  event_count integer NOT NULL DEFAULT 0,
  owner_id text,
  epoch integer NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS sessions_timed ON sessions (timer_ends_at) WHERE timer_ends_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS sessions_owner ON sessions (owner_id);
CREATE TABLE IF NOT EXISTS events (
  session_id text NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  type text NOT NULL,
  payload jsonb NOT NULL,
  PRIMARY KEY (session_id, seq)
);
CREATE TABLE IF NOT EXISTS versions (
  session_id text NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  version integer NOT NULL,
  PRIMARY KEY (session_id, version)
);
CREATE TABLE IF NOT EXISTS ballots (
  session_id text NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  ballot_key text NOT NULL,
  ranking jsonb NOT NULL,
  organization text,
  CONSTRAINT ballots_pkey PRIMARY KEY (session_id, ballot_key)
);
CREATE TABLE IF NOT EXISTS commands (
  session_id text NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  command_key text NOT NULL,
  PRIMARY KEY (session_id, command_key)
);
CREATE TABLE IF NOT EXISTS owners (
  id text PRIMARY KEY,
  alive_until timestamptz NOT NULL
);

-- One round trip per batch: the whole batch is one statement, so one transaction.
CREATE OR REPLACE FUNCTION roundtable_commit(batch jsonb) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  c jsonb;
  n integer;
  last_seq integer;
BEGIN
  FOR c IN SELECT value FROM jsonb_array_elements(batch) LOOP
    IF c ? 'code' THEN
      INSERT INTO sessions (id, code, version, created_at) VALUES
        (c->>'sessionId', c->>'code', 0, (c->>'createdAt')::bigint);
    END IF;
    n := jsonb_array_length(c->'events');
    UPDATE sessions SET version = (c->>'version')::integer, timer_ends_at = (c->>'timerEndsAt')::bigint,
        event_count = event_count + n
      WHERE id = c->>'sessionId' AND epoch = (c->>'epoch')::integer
      RETURNING event_count INTO last_seq;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'session % is owned by another process', c->>'sessionId' USING ERRCODE = 'RT001';
    END IF;
    IF (c->>'counts')::boolean THEN
      INSERT INTO versions (session_id, version) VALUES (c->>'sessionId', (c->>'version')::integer);
    END IF;
    INSERT INTO events (session_id, seq, type, payload)
      SELECT c->>'sessionId', last_seq - n + e.ord::integer, e.value->>'type', e.value
      FROM jsonb_array_elements(c->'events') WITH ORDINALITY AS e(value, ord);
    INSERT INTO ballots (session_id, ballot_key, ranking, organization)
      SELECT c->>'sessionId', b.value->>'ballotKey', b.value->'ranking', b.value->>'organization'
      FROM jsonb_array_elements(c->'ballots') AS b(value)
      ON CONFLICT (session_id, ballot_key) DO UPDATE SET ranking = excluded.ranking;
    IF c->>'commandKey' IS NOT NULL THEN
      INSERT INTO commands (session_id, command_key) VALUES (c->>'sessionId', c->>'commandKey')
        ON CONFLICT DO NOTHING;
    END IF;
  END LOOP;
END
$fn$;
`;
