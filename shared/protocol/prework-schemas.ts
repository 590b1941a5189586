/**
 * Wire payloads of pre-work and ratification. The session's command events add them to their
 * table; the representative's HTTP payloads (a link's secret travels in a body, never a URL) are here too.
 */
import { z } from 'zod';
import { PREWORK_LIMITS, TEXT_LIMITS, WIRE_LIMITS } from '../session/limits.js';
import { ANSWERS } from '../session/ratification/rule.js';
import { MAX_RATIFICATION_ROUNDS } from '../session/ratification/ratification-types.js';
import { PREWORK_PRIORITIES } from '../session/prework/prework-types.js';
import { cleanText } from './clean-text.js';

const id = z
  .string()
  .min(WIRE_LIMITS.id.min)
  .max(WIRE_LIMITS.id.max)
  .regex(/^[\x21-\x7E]*$/, 'Only printable ASCII is allowed');
const userText = (max: number) => z.string().overwrite(cleanText).trim().max(max);
const organization = userText(TEXT_LIMITS.organization).min(1);
const items = z.array(id).max(PREWORK_LIMITS.items);

/** A pre-work link's secret as the representative's page sends it back (from the URL fragment). */
const secret = z
  .string()
  .min(WIRE_LIMITS.token.min)
  .max(WIRE_LIMITS.token.max)
  .regex(/^[A-Za-z0-9_-]+$/);
const code = z.string().max(TEXT_LIMITS.roomCodeInput);

/** Command shapes without their envelope (command id, token), which schemas.ts adds by sender. */
export const preworkFacilitatorShapes = {
  'prework:revoke': { organization },
  'prework:close': { closed: z.boolean() },
  'prework:group': {
    label: userText(PREWORK_LIMITS.themeLabel).min(1),
    priorityIds: items,
    themeIds: items,
  },
  'prework:seed': { itemIds: items.min(1), attributed: z.boolean() },
  'ratification:open': { ideaIds: z.array(id).min(1).max(100) },
  'ratification:close': { round: z.number().int().min(1).max(MAX_RATIFICATION_ROUNDS) },
} as const;

export const ratificationAnswerShape = {
  round: z.number().int().min(1).max(MAX_RATIFICATION_ROUNDS),
  answers: z
    .array(z.strictObject({ ideaId: id, answer: z.enum(ANSWERS), reason: userText(PREWORK_LIMITS.ratificationReason) }))
    .min(1)
    .max(100),
} as const;

/** The representative opens the form: the room code and the link's secret, in the body. */
export const preworkOpenSchema = z.strictObject({ code, secret });

/** The representative saves: up to three priorities, best first, and the interests behind them. */
export const preworkSaveSchema = z.strictObject({
  code,
  secret,
  priorities: z.array(userText(PREWORK_LIMITS.priority)).max(PREWORK_PRIORITIES),
  explicitInterests: userText(PREWORK_LIMITS.interests),
  implicitInterests: userText(PREWORK_LIMITS.interests),
});

/** The facilitator asks for an organization's link (a new secret revokes the old one). */
export const preworkLinkSchema = z.strictObject({ organization });

export type PreworkOpenPayload = z.input<typeof preworkOpenSchema>;
export type PreworkSavePayload = z.input<typeof preworkSaveSchema>;

/** What the representative's page shows: the session, its organization and what was saved. */
export interface PreworkForm {
  title: string;
  organization: string;
  closed: boolean;
  priorities: string[];
  explicitInterests: string;
  implicitInterests: string;
  updatedAt: number | null;
}

/**
 * A veto belongs to organizations the session names: when the facilitator lists organizations at
 * creation, every veto holder must be one of them (a misspelt veto would silently never apply).
 */
export const vetoesNamed = z.superRefine(
  (
    input: {
      settings: { ratification?: { rule: { kind: string; organizations?: string[] } } };
      organizations: string[];
    },
    ctx,
  ) => {
    const vetoes = input.settings.ratification?.rule.organizations ?? [];
    if (input.organizations.length === 0) return;
    const unknown = vetoes.filter((name) => !input.organizations.includes(name));
    if (unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['settings', 'ratification', 'rule', 'organizations'],
        message: `A veto is held by an organization not in the list: ${unknown.join(', ')}.`,
      });
    }
  },
);
