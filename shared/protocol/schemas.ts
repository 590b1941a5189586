import { z } from 'zod';
import { LIST_LIMITS, SETTING_LIMITS, TEXT_LIMITS, WIRE_LIMITS } from '../session/limits.js';
import { secondsSchema as seconds, sessionSettingsSchema } from '../session/settings.js';
import { PHASES } from '../session/phases.js';
import { TABLE_LIMITS } from '../session/tables/settings.js';
import { cleanText } from './clean-text.js';
import { preworkFacilitatorShapes as pre, ratificationAnswerShape, vetoesNamed } from './prework-schemas.js';

/** Client-made and server-made identifiers: printable ASCII only, since some are stored as keys. */
const ascii = ({ min, max }: { min: number; max: number }) =>
  z
    .string()
    .min(min)
    .max(max)
    .regex(/^[\x21-\x7E]*$/, 'Only printable ASCII is allowed');

const id = ascii(WIRE_LIMITS.id);
const commandId = ascii(WIRE_LIMITS.commandId);
const token = z.string().min(WIRE_LIMITS.token.min).max(WIRE_LIMITS.token.max);
/** Free text a person typed: cleaned (see cleanText) before any other check, so limits count what is kept. */
const userText = () => z.string().overwrite(cleanText);
const text = userText().max(TEXT_LIMITS.freeText);
const phase = z.enum(PHASES);
const protocolVersion = z.number().int().positive().optional();
const name = userText().trim().min(1).max(TEXT_LIMITS.participantName);
const organization = userText().trim().max(TEXT_LIMITS.organization);
const code = z.string().max(TEXT_LIMITS.roomCodeInput);

export const createSessionSchema = z
  .strictObject({
    title: userText().trim().min(1).max(TEXT_LIMITS.title),
    settings: sessionSettingsSchema.default(sessionSettingsSchema.parse({})),
    organizations: z.array(organization.min(1)).max(LIST_LIMITS.organizations).default([]),
    /** Realignment: start from the adopted goals of an earlier session (its code and facilitator token). */
    realignFrom: z.strictObject({ code, token }).optional(),
  })
  .check(vetoesNamed);

export const joinSchema = z.strictObject({
  protocolVersion,
  code,
  name,
  organization: organization.optional(),
  /** Made by the client once per join; a retried join with the same id is the same person. */
  joinId: commandId.optional(),
});

export const resumeSchema = z.strictObject({
  protocolVersion,
  code,
  token,
  lastVersion: z.number().int().min(0).optional(),
});

export const facilitatorAttachSchema = z.strictObject({ protocolVersion, code, token });
/** A table's shared screen names its table by number (as the room sees it), which survives a reseat. */
export const displayAttachSchema = z.strictObject({
  protocolVersion,
  code,
  table: z.number().int().min(1).max(TABLE_LIMITS.count.max).optional(),
});

const participant = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ commandId, ...shape });
/**
 * The facilitator's commands carry their token. A control of one table names it (`*`: every
 * table); a table's host sends those from their phone, without the facilitator's token.
 */
const facilitator = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ commandId, token: token.optional(), table: id.optional(), ...shape });

/** Payload schemas of the commands, by event name. Every payload carries a client-made command id. */
export const commandSchemas = {
  'idea:add': participant({ text }),
  'idea:edit': participant({ ideaId: id, text }),
  'idea:delete': participant({ ideaId: id }),
  'ideation:done': participant({ done: z.boolean() }),
  'sharing:share': participant({ ideaId: id }),
  'sharing:pass': participant({}),
  'ballot:submit': participant({ ranking: z.array(id).max(SETTING_LIMITS.ballotSize.max) }),
  'phase:advance': facilitator({ from: phase }),
  'phase:back': facilitator({ from: phase }),
  'sharing:reveal-round': facilitator({}),
  'sharing:skip-turn': facilitator({}),
  'idea:focus': facilitator({ ideaId: id.nullable() }),
  'idea:reword': facilitator({ ideaId: id, text }),
  'idea:merge': facilitator({
    targetId: id,
    sourceIds: z.array(id).min(1).max(LIST_LIMITS.mergedIdeas),
    text: text.optional(),
  }),
  'room:lock': facilitator({ locked: z.boolean() }),
  'participant:remove': facilitator({ participantId: id }),
  'timer:start': facilitator({ seconds }),
  'timer:pause': facilitator({}),
  'timer:resume': facilitator({}),
  'timer:extend': facilitator({ seconds }),
  'timer:clear': facilitator({}),
  'goals:adopt': facilitator({ ideaIds: z.array(id).max(LIST_LIMITS.adoptedGoals) }),
  'goal:describe': facilitator({
    ideaId: id,
    rationale: userText().trim().max(TEXT_LIMITS.goalRationale),
    owner: userText().trim().max(TEXT_LIMITS.goalOwner),
    indicator: userText().trim().max(TEXT_LIMITS.goalIndicator),
    targetDate: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
  }),
  'tables:seat': facilitator({}),
  'tables:move': facilitator({ participantId: id, tableId: id }),
  'table:host': facilitator({ tableId: id, participantId: id.nullable() }),
  'table:choose': participant({ tableId: id }),
  'prework:revoke': facilitator(pre['prework:revoke']),
  'prework:close': facilitator(pre['prework:close']),
  'prework:group': facilitator(pre['prework:group']),
  'prework:seed': facilitator(pre['prework:seed']),
  'ratification:open': facilitator(pre['ratification:open']),
  'ratification:close': facilitator(pre['ratification:close']),
  'ratification:answer': participant(ratificationAnswerShape),
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
