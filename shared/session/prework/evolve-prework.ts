import type { Decision, SessionState } from '../state.js';
import { newIdea } from '../new-idea.js';
import type { StateDraft } from '../state-draft.js';
import type { PreworkEvent, PreworkState, PreworkTheme } from './prework-types.js';

function theme(event: Extract<PreworkEvent, { type: 'preworkThemed' }>, themes: PreworkState['themes']): PreworkTheme {
  const merged = event.themeIds.map((id) => themes[id]).filter((t): t is PreworkTheme => t !== undefined);
  return {
    id: event.themeId,
    label: event.label,
    priorityIds: [...new Set([...merged.flatMap((t) => t.priorityIds), ...event.priorityIds])],
    mergedFrom: merged.flatMap((t) => [t.id, ...t.mergedFrom]),
    mergedInto: null,
  };
}

/** A priority belongs to one theme at a time: grouping it again moves it to the new theme. */
function regroup(
  themes: PreworkState['themes'],
  made: PreworkTheme,
  mergedIds: readonly string[],
): PreworkState['themes'] {
  const next: PreworkState['themes'] = {};
  for (const [id, old] of Object.entries(themes)) {
    if (mergedIds.includes(id)) next[id] = { ...old, mergedInto: made.id };
    else if (old.mergedInto === null)
      next[id] = { ...old, priorityIds: old.priorityIds.filter((p) => !made.priorityIds.includes(p)) };
    else next[id] = old;
  }
  next[made.id] = made;
  return next;
}

function seedIdeas(draft: StateDraft, event: Extract<PreworkEvent, { type: 'preworkSeeded' }>): void {
  const ideas = draft.map('ideas');
  for (const seed of event.seeds) {
    ideas.set(
      seed.ideaId,
      newIdea(seed.ideaId, '', seed.text, event.at, { prework: { organizations: seed.organizations } }),
    );
  }
}

function log(draft: StateDraft, decision: Decision): void {
  draft.list('decisions').push(decision);
}

/** Applies one pre-work event to a draft; the pre-work record is replaced, never changed in place. */
export function applyPrework(draft: StateDraft, event: PreworkEvent): void {
  const state: SessionState = draft.current;
  const prework = state.prework;
  switch (event.type) {
    case 'preworkLinkIssued':
      state.prework = { ...prework, links: { ...prework.links, [event.organization]: event.secretHash } };
      return;
    case 'preworkLinkRevoked': {
      const { [event.organization]: _revoked, ...links } = prework.links;
      state.prework = { ...prework, links };
      return;
    }
    case 'preworkSaved': {
      const { type: _type, organization, entryId, at, ...answers } = event;
      state.prework = {
        ...prework,
        entries: { ...prework.entries, [organization]: { id: entryId, ...answers, updatedAt: at } },
      };
      return;
    }
    case 'preworkClosedSet':
      state.prework = { ...prework, closed: event.closed };
      return;
    case 'preworkThemed': {
      const made = theme(event, prework.themes);
      state.prework = { ...prework, themes: regroup(prework.themes, made, event.themeIds) };
      return log(draft, {
        at: event.at,
        kind: 'prework-themed',
        label: made.label,
        priorities: made.priorityIds.length,
      });
    }
    case 'preworkSeeded':
      seedIdeas(draft, event);
      state.prework = { ...prework, seeded: [...prework.seeded, ...event.seeds.map((seed) => seed.sourceId)] };
      return log(draft, { at: event.at, kind: 'prework-seeded', texts: event.seeds.map((seed) => seed.text) });
    default: {
      const unknown: never = event;
      throw new Error(`Unhandled pre-work event: ${JSON.stringify(unknown)}`);
    }
  }
}
