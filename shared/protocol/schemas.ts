import { z } from 'zod';
import { PHASES, sessionSettingsSchema } from '../session/settings.js';
import { cleanText } from './clean-text.js';

/** Upper bound on any free text before the session's own limits apply. */
const MAX_TEXT = 2000;

/** Free text a person typed: cleaned (see cleanText) before any other check, so limits count what is kept. */
const userText = () => z.string().overwrite(cleanText);
/** Client-made and server-made identifiers: printable ASCII only, since some are stored as keys. */
const ascii = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[\x21-\x7E]*$/, 'Only printable ASCII is allowed');

const id = ascii(64).min(1);
const commandId = ascii(64).min(8);
const token = z.string().min(20).max(128);
const text = userText().max(MAX_TEXT);
const phase = z.enum(PHASES);
const protocolVersion = z.number().int().positive().optional();
const seconds = z
  .number()
  .int()
  .min(10)
  .max(8 * 3600);
const name = userText().trim().min(1).max(60);
const organization = userText().trim().max(80);

export const createSessionSchema = z.strictObject({
  title: userText().trim().min(1).max(200),
  settings: sessionSettingsSchema.default(sessionSettingsSchema.parse({})),
  organizations: z.array(organization.min(1)).max(100).default([]),
  /** Realignment: start from the adopted goals of an earlier session (its code and facilitator token). */
  realignFrom: z.strictObject({ code: z.string().max(20), token }).optional(),
});

export const joinSchema = z.strictObject({
  protocolVersion,
  code: z.string().max(20),
  name,
  organization: organization.optional(),
  /** Made by the client once per join; a retried join with the same id is the same person. */
  joinId: ascii(64).min(8).optional(),
});

export const resumeSchema = z.strictObject({
  protocolVersion,
  code: z.string().max(20),
  token,
  lastVersion: z.number().int().min(0).optional(),
});

export const facilitatorAttachSchema = z.strictObject({ protocolVersion, code: z.string().max(20), token });
export const displayAttachSchema = z.strictObject({ protocolVersion, code: z.string().max(20) });

const participant = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ commandId, ...shape });
const facilitator = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ commandId, token, ...shape });

/** Payload schemas of the commands, by event name. Every payload carries a client-made command id. */
export const commandSchemas = {
  'idea:add': participant({ text }),
  'idea:edit': participant({ ideaId: id, text }),
  'idea:delete': participant({ ideaId: id }),
  'ideation:done': participant({ done: z.boolean() }),
  'sharing:share': participant({ ideaId: id }),
  'sharing:pass': participant({}),
  'ballot:submit': participant({ ranking: z.array(id).max(20) }),
  'phase:advance': facilitator({ from: phase }),
  'phase:back': facilitator({ from: phase }),
  'sharing:reveal-round': facilitator({}),
  'sharing:skip-turn': facilitator({}),
  'idea:focus': facilitator({ ideaId: id.nullable() }),
  'idea:reword': facilitator({ ideaId: id, text }),
  'idea:merge': facilitator({ targetId: id, sourceIds: z.array(id).min(1).max(50), text: text.optional() }),
  'room:lock': facilitator({ locked: z.boolean() }),
  'participant:remove': facilitator({ participantId: id }),
  'timer:start': facilitator({ seconds }),
  'timer:pause': facilitator({}),
  'timer:resume': facilitator({}),
  'timer:extend': facilitator({ seconds }),
  'timer:clear': facilitator({}),
  'goals:adopt': facilitator({ ideaIds: z.array(id).max(100) }),
  'goal:describe': facilitator({
    ideaId: id,
    rationale: userText().trim().max(1000),
    owner: userText().trim().max(120),
    indicator: userText().trim().max(500),
    targetDate: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
  }),
} as const;

/** Deleting a session is not a session command: it erases the session's whole history. */
export const deleteSessionSchema = z.strictObject({ commandId, token });

export type CommandEventName = keyof typeof commandSchemas;
export type CommandPayload<E extends CommandEventName> = z.input<(typeof commandSchemas)[E]>;
export type CreateSessionInput = z.input<typeof createSessionSchema>;
export type JoinPayload = z.input<typeof joinSchema>;
export type ResumePayload = z.input<typeof resumeSchema>;
export type FacilitatorAttachPayload = z.input<typeof facilitatorAttachSchema>;
export type DisplayAttachPayload = z.input<typeof displayAttachSchema>;
export type DeleteSessionPayload = z.input<typeof deleteSessionSchema>;
