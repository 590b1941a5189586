/** What alliances add: weighting, two rounds, agreement, organizations, common ground, goals, the decision log. */
export const alliance = {
  'settings.allianceHeading': 'Alliance decisions',
  'settings.weightingHint': 'Stated on every results screen and in the exports.',
  'settings.decisionRule': 'Decision rule, agreed before voting',
  'settings.ruleTopK': 'Adopt the top ideas',
  'settings.ruleTopKHint': 'Ideas tied at the boundary are proposed too.',
  'settings.ruleTopKCount': 'How many top ideas',
  'settings.ruleMinShare': 'Adopt every idea ranked by enough voters',
  'settings.ruleMinShareHint': 'Every idea that this share of voters put anywhere in their ranking.',
  'settings.ruleMinSharePercent': 'Share of voters, in percent',
  'settings.commonGroundK': 'Common ground: the top how many of every organization',
  'settings.commonGroundKHint':
    'An idea in the top {k} of every organization counts as common ground. Between {min} and {max}.',

  'rule.topK': { one: 'Rule: adopt the top idea.', other: 'Rule: adopt the top {count} ideas.' },
  'rule.minShare': 'Rule: adopt every idea ranked by at least {percent}% of voters.',

  'results.finalHeading': 'Final vote',
  'results.rankingHeading': 'How the group ranked the ideas',
  'results.insightsHeading': 'What the results say',
  'agreement.heading': 'Agreement',
  'agreement.value': '{reading} agreement (Kendall’s W = {w})',
  'agreement.weak': 'Weak',
  'agreement.moderate': 'Moderate',
  'agreement.strong': 'Strong',
  'agreement.explain.weak': 'People ranked the ideas quite differently.',
  'agreement.explain.moderate': 'Some shared priorities, with real differences.',
  'agreement.explain.strong': 'Most people ranked the ideas alike.',
  'agreement.unknown': 'Not enough ranked ideas to measure agreement.',
  'agreement.preliminary': 'Preliminary vote',
  'agreement.final': 'Final vote',
  'agreement.plainValue': '{reading} agreement',
  'orgs.closenessPlain': 'Order compared with the whole group: {reading}',
  'orgs.agreementWithinPlain': '{reading} agreement among its own people',
  'agreement.scale': 'W runs from 0 (no agreement) to 1 (everyone ranked alike).',

  'orgs.heading': 'By organization',
  'orgs.listLabel': 'Results of each organization',
  'orgs.ballots': { one: '{count} ballot', other: '{count} ballots' },
  'orgs.closeness': 'Order compared with the whole group: {reading} (ρ = {rho})',
  'orgs.close': 'close',
  'orgs.partly': 'partly alike',
  'orgs.apart': 'different',
  'orgs.closenessUnknown': 'Order compared with the whole group: not measurable',
  'orgs.agreementWithin': '{reading} agreement among its own people (W = {w})',
  'orgs.top': { one: 'Its top idea', other: 'Its top {count}' },
  'orgs.hidden': {
    one: '{count} organization is counted in the group result but not shown on its own: it has too few ballots, or showing it would let a smaller group’s votes be worked out.',
    other:
      '{count} organizations are counted in the group result but not shown on their own: they have too few ballots, or showing them would let a smaller group’s votes be worked out.',
  },
  'orgs.none': 'No organization has 3 ballots or more, so none is shown on its own.',

  'common.heading': 'Common ground',
  'common.lead': 'In the top {k} of every organization shown:',
  'common.none': 'No idea is in the top {k} of every organization.',
  'common.listLabel': 'Ideas that are common ground',

  'movement.round.up': {
    one: 'up {count} place since the preliminary vote (was {before})',
    other: 'up {count} places since the preliminary vote (was {before})',
  },
  'movement.round.down': {
    one: 'down {count} place since the preliminary vote (was {before})',
    other: 'down {count} places since the preliminary vote (was {before})',
  },
  'movement.round.same': 'same place as in the preliminary vote',
  'movement.carried.up': {
    one: 'carried-over goal: rank {before} last time, up {count} place',
    other: 'carried-over goal: rank {before} last time, up {count} places',
  },
  'movement.carried.down': {
    one: 'carried-over goal: rank {before} last time, down {count} place',
    other: 'carried-over goal: rank {before} last time, down {count} places',
  },
  'movement.carried.same': 'carried-over goal: rank {before} last time, the same now',
  'idea.carriedOver': 'carried over — was rank {rank}',

  'split.heading': 'Most split votes',
  'split.lead': 'Placed high by some, low or not at all by others: worth talking about before the final vote.',
  'split.counts': 'first or second on {high} ballots · last or not ranked on {low}',
  'split.withheld':
    'Split votes are not shown this time: with organizations of these sizes weighing the same, they would let a small group’s votes be worked out.',
  'split.none': 'No idea split the vote much: people broadly agreed.',
  'split.listLabel': 'Ideas with the most split votes',

  'discussion.phoneHeading': 'Discussing the vote',
  'discussion.phoneLead':
    'Nothing to do on your phone now. Talk about the preliminary result; then everyone votes again.',
  'discussion.orderLabel': 'Preliminary order',
  'discussion.summary': {
    one: 'Preliminary vote from {count} ballot. The final vote starts with no ballots.',
    other: 'Preliminary vote from {count} ballots. The final vote starts with no ballots.',
  },
  'host.advance.rankingPreliminary': 'Close the preliminary vote and discuss it',

  'goals.heading': 'The alliance’s shared goals',
  'goals.listLabel': 'Adopted goals',
  'goals.rank': 'Rank {rank} in the vote',
  'goals.none': 'No goals were adopted.',
  'goals.owner': 'Owner: {owner}',
  'goals.indicator': 'Indicator: {indicator}',
  'goals.targetDate': 'By {date}',
  'goals.rationale': 'Why: {rationale}',
  'goals.notRecorded': 'not recorded yet',
} as const;
