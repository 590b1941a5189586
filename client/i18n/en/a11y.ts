/**
 * What screen reader users hear, and the keyboard's shortcuts through the page. An announcement
 * never repeats a visible sentence word for word, so a person reading the page finds it once.
 */
export const a11y = {
  'a11y.skipToControls': 'Skip to the session controls',
  'a11y.consoleOpen': 'Facilitator console open for room {code}.',
  'a11y.joined': 'You joined as {name}.',
  'a11y.revealed': {
    one: 'New idea shared: {ideas}',
    other: '{count} new ideas shared: {ideas}',
  },
  'a11y.summary.joined': { one: '{count} person joined', other: '{count} people joined' },
  'a11y.summary.ideas': { one: '{count} idea added', other: '{count} ideas added' },
  'a11y.summary.done': { one: '{count} person done writing', other: '{count} people done writing' },
  'a11y.summary.ballots': { one: '{count} ballot received', other: '{count} ballots received' },
  'a11y.ideaAdded': 'Idea added: {count} of {limit}.',
  'a11y.ideaSaved': 'Idea {position} saved.',
  'a11y.ideaDeleted': 'Idea deleted.',
  'a11y.ballotReceived': 'Ballot received: your ranking is in.',
  'a11y.mergeOpened': {
    one: 'Merge form for {count} idea, right after this checkbox.',
    other: 'Merge form for {count} ideas, right after this checkbox.',
  },
  'a11y.mergeClosed': 'Merge form closed. Nothing was merged.',
  'a11y.merged': 'Merged into idea {number}.',
  'a11y.reworded': 'Idea {number} reworded.',
  'a11y.goalsAdopted': { zero: 'No goals adopted.', one: '{count} goal adopted.', other: '{count} goals adopted.' },
  'a11y.goalSaved': 'Goal #{number} saved.',
  'a11y.draftDropped': 'Unsaved changes dropped.',
} as const;
