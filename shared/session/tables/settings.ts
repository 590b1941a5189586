import { z } from 'zod';

/** Bounds of the tables settings: a table is a small group of the method (3 to 12 people). */
export const TABLE_LIMITS = {
  count: { min: 2, max: 100 },
  size: { min: 3, max: 12, default: 7 },
  /** Ideas a table sends forward after its vote. */
  shortlistTop: { min: 1, max: 10, default: 3 },
} as const;

/** How the room is split: into a number of tables, or into tables of about a size. */
export const tableSplitSchema = z.discriminatedUnion('by', [
  z.strictObject({
    by: z.literal('count'),
    count: z.number().int().min(TABLE_LIMITS.count.min).max(TABLE_LIMITS.count.max),
  }),
  z.strictObject({
    by: z.literal('size'),
    size: z.number().int().min(TABLE_LIMITS.size.min).max(TABLE_LIMITS.size.max),
  }),
]);

/** What a table sends to the plenary: its top N by a secret table vote, or every idea it kept. */
export const shortlistRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('vote'),
    top: z.number().int().min(TABLE_LIMITS.shortlistTop.min).max(TABLE_LIMITS.shortlistTop.max),
  }),
  z.strictObject({ kind: z.literal('all') }),
]);

/** Seating: each table as varied in organizations as the room allows, by lot, or chosen by each person. */
export const SEATINGS = ['mixed', 'random', 'chosen'] as const;

export const tablesSettingSchema = z.strictObject({
  split: tableSplitSchema,
  seating: z.enum(SEATINGS).default('mixed'),
  shortlist: shortlistRuleSchema.default({ kind: 'vote', top: TABLE_LIMITS.shortlistTop.default }),
});

export type TablesSetting = z.output<typeof tablesSettingSchema>;
export type Seating = TablesSetting['seating'];
export type ShortlistRule = TablesSetting['shortlist'];
