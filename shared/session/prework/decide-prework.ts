import type { DecideContext } from '../commands.js';
import type { SessionEvent } from '../events.js';
import { PREWORK_LIMITS } from '../limits.js';
import { textLength } from '../queries.js';
import { err, ok, type Result } from '../result.js';
import type { SessionState } from '../state.js';
import { allPriorities, liveThemes } from './priorities.js';
import { PREWORK_PRIORITIES, type PreworkCommand, type PreworkSeed } from './prework-types.js';

type Decision = Result<SessionEvent[]>;
type Of<T extends PreworkCommand['type']> = Extract<PreworkCommand, { type: T }>;

const NO_LINK = err('UNAUTHORIZED', 'This pre-work link is not valid (it may have been replaced or revoked).');

/** The facilitator makes (or replaces, which revokes the old one) an organization's pre-work link. */
export function decideIssueLink(state: SessionState, command: Of<'issuePreworkLink'>): Decision {
  if (!state.organizations.includes(command.organization)) {
    return err('NOT_FOUND', 'Pre-work links are made for the organizations named at creation.');
  }
  return ok([{ type: 'preworkLinkIssued', organization: command.organization, secretHash: command.secretHash }]);
}

/** The facilitator revokes an organization's link: it stops working at once; what was saved stays. */
export function decideRevokeLink(state: SessionState, organization: string): Decision {
  if (state.prework.links[organization] === undefined) return err('NOT_FOUND', 'That organization has no link.');
  return ok([{ type: 'preworkLinkRevoked', organization }]);
}

/** The facilitator closes pre-work (representatives can no longer save) or opens it again. */
export function decideSetClosed(state: SessionState, closed: boolean, ctx: DecideContext): Decision {
  if (state.prework.closed === closed) return ok([]);
  return ok([{ type: 'preworkClosedSet', closed, at: ctx.now }]);
}

/** The organization whose link has this secret hash, if any. */
export function organizationOfLink(state: SessionState, secretHash: string): string | null {
  for (const [organization, hash] of Object.entries(state.prework.links)) if (hash === secretHash) return organization;
  return null;
}

/** A representative saves their organization's priorities and interests, until pre-work closes. */
export function decideSavePrework(state: SessionState, command: Of<'savePrework'>, ctx: DecideContext): Decision {
  const organization = organizationOfLink(state, command.secretHash);
  if (organization === null) return NO_LINK;
  if (state.prework.closed) return err('WRONG_PHASE', 'The facilitator has closed pre-work.');
  const priorities = command.priorities.map((text) => text.trim()).filter((text) => text !== '');
  if (priorities.length === 0 || priorities.length > PREWORK_PRIORITIES) {
    return err('BAD_REQUEST', `List between 1 and ${PREWORK_PRIORITIES} priorities.`);
  }
  if (priorities.some((text) => textLength(text) > PREWORK_LIMITS.priority)) {
    return err('BAD_REQUEST', `A priority is longer than ${PREWORK_LIMITS.priority} characters.`);
  }
  const entryId = state.prework.entries[organization]?.id ?? ctx.newId();
  return ok([
    {
      type: 'preworkSaved',
      organization,
      entryId,
      priorities,
      explicitInterests: command.explicitInterests.trim(),
      implicitInterests: command.implicitInterests.trim(),
      at: ctx.now,
    },
  ]);
}

/** The facilitator groups priorities (and earlier themes) into one theme, keeping the lineage. */
export function decideGroup(state: SessionState, command: Of<'groupPriorities'>, ctx: DecideContext): Decision {
  const label = command.label.trim();
  if (label === '') return err('BAD_REQUEST', 'Name the theme.');
  const known = new Set(allPriorities(state.prework, state.organizations).map((p) => p.id));
  if (command.priorityIds.some((id) => !known.has(id))) return err('NOT_FOUND', 'A priority is not in the pre-work.');
  const themes = new Set(liveThemes(state.prework).map((theme) => theme.id));
  if (command.themeIds.some((id) => !themes.has(id))) return err('NOT_FOUND', 'A theme is not in the pre-work.');
  const priorityIds = [...new Set(command.priorityIds)];
  const themeIds = [...new Set(command.themeIds)];
  if (priorityIds.length + themeIds.length === 0) return err('BAD_REQUEST', 'Pick what the theme groups.');
  return ok([{ type: 'preworkThemed', themeId: ctx.newId(), label, priorityIds, themeIds, at: ctx.now }]);
}

/** What a theme or a priority brings into the pool: its wording and who named it. */
function seedOf(state: SessionState, itemId: string, attributed: boolean, ideaId: string): PreworkSeed | null {
  const priorities = allPriorities(state.prework, state.organizations);
  const theme = liveThemes(state.prework).find((t) => t.id === itemId);
  const named = theme
    ? priorities.filter((p) => theme.priorityIds.includes(p.id))
    : priorities.filter((p) => p.id === itemId);
  if (named.length === 0 && !theme) return null;
  const text = theme ? theme.label : (named[0]?.text ?? '');
  const organizations = [...new Set(named.map((p) => p.organization))];
  return { ideaId, text, sourceId: itemId, organizations: attributed ? organizations : null };
}

/**
 * The facilitator brings themes or priorities into the idea pool, before sharing: they are
 * shared first when sharing starts, marked as pre-work.
 */
export function decideSeed(state: SessionState, command: Of<'seedPrework'>, ctx: DecideContext): Decision {
  const fresh = [...new Set(command.itemIds)].filter((id) => !state.prework.seeded.includes(id));
  if (fresh.length === 0) return err('CONFLICT', 'Those are already in the idea pool.');
  const seeds: PreworkSeed[] = [];
  for (const itemId of fresh) {
    const seed = seedOf(state, itemId, command.attributed, ctx.newId());
    if (!seed) return err('NOT_FOUND', 'A theme or priority is not in the pre-work.');
    if (textLength(seed.text) > state.settings.ideaLength) {
      return err('BAD_REQUEST', `"${seed.text.slice(0, 40)}" is longer than an idea may be.`);
    }
    seeds.push(seed);
  }
  return ok([{ type: 'preworkSeeded', seeds, at: ctx.now }]);
}

/** The pre-work seeds not yet shared, revealed first when sharing starts. */
export function preworkSeedsToReveal(state: SessionState): SessionEvent[] {
  const ids = [...state.ideas.values()]
    .filter((idea) => idea.prework && idea.status === 'active' && idea.number === null)
    // In the order they were brought in (ideas keep insertion order; the sort is stable).
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((idea) => idea.id);
  return ids.length === 0 ? [] : [{ type: 'ideasRevealed', ideaIds: ids }];
}
