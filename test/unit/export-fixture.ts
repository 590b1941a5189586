import type { Actor } from '../../shared/session/commands.js';
import { emptyState, evolve } from '../../shared/session/evolve.js';
import type { SessionState } from '../../shared/session/state.js';
import { FACILITATOR, Machine } from '../support/machine.js';

// A session for the export tests: ideas and organizations in many scripts, a merge of three
// ideas, a rewording, ideas that look like spreadsheet formulas or Markdown, a tie between two
// ideas and several ideas nobody ranked. Unit tests build it in memory; integration tests run
// the same script over real sockets.

export const TITLE = "Quels objectifs communs pour l'alliance d'ici 2028 ? Ελλάδα · Россия · 日本 · 中国";
export const ORGANIZATIONS = [
  'Société Générale des Énergies',
  'Ελληνική Ένωση Πόλεων',
  'Союз городов',
  '日本環境協会',
  '中国绿色发展联盟',
  'جمعية الأمل',
  'עמותת גשר',
];

export const PEOPLE = [
  { name: 'Zoë', organization: 'Société Générale des Énergies' },
  { name: 'Νίκος', organization: 'Ελληνική Ένωση Πόλεων' },
  { name: 'Мария', organization: 'Союз городов' },
  { name: '佐藤', organization: '日本環境協会' },
  { name: '李伟', organization: '中国绿色发展联盟' },
  { name: 'سارة', organization: 'جمعية الأمل' },
  { name: 'נועה', organization: 'עמותת גשר' },
] as const;

export type PersonName = (typeof PEOPLE)[number]['name'];

export const IDEAS = {
  fr: { author: 'Zoë', text: "Réduire de 30 % les émissions d'ici 2030, à coût maîtrisé" },
  dataEn: { author: 'Zoë', text: 'Common data platform for all members' },
  eq: { author: 'Zoë', text: '=HYPERLINK("http://evil.example/x","Click me")' },
  el: { author: 'Νίκος', text: 'Κοινή πλατφόρμα δεδομένων για όλα τα μέλη' },
  plus: { author: 'Νίκος', text: '+1 volunteer day per member each month' },
  ru: { author: 'Мария', text: 'Создать общий фонд для малых организаций' },
  minus: { author: 'Мария', text: '-50% paper use in all offices' },
  ja: { author: '佐藤', text: '地域の若者が参加できる仕組みを作る' },
  at: { author: '佐藤', text: '@everyone meets every quarter' },
  zh: { author: '李伟', text: '建立联盟共享的数据平台，让每个成员都能发言' },
  md: {
    author: '李伟',
    text: '**Bold** _claim_ [link](http://evil.example) ![pixel](http://evil.example/p.png) <img src=x onerror=alert(1)> | pipe `code` # no heading',
  },
  ar: { author: 'سارة', text: 'تعزيز مشاركة المرأة في صنع القرار' },
  www: { author: 'سارة', text: 'See www.evil.example and https://evil.example/path or mail@evil.example' },
  he: { author: 'נועה', text: 'לחזק את שיתוף הפעולה בין הארגונים' },
  mixed: { author: 'נועה', text: 'Café 日本 Ελλάδα Россия 中国 עברית mixed in one line' },
} satisfies Record<string, { author: PersonName; text: string }>;

export type IdeaKey = keyof typeof IDEAS;

/** Three ideas about a shared data platform become one, with a new wording in three scripts. */
export const MERGE = {
  target: 'zh' as IdeaKey,
  sources: ['el', 'dataEn'] as IdeaKey[],
  text: '建立联盟共享的数据平台 · Κοινή πλατφόρμα · shared data platform',
};
export const REWORD = { key: 'ru' as IdeaKey, text: 'Создать общий фонд для малых и средних организаций' };

/** Ballots of three, best first. "ru" and "ja" end equal on points, voters and first places. */
export const BALLOTS: Record<PersonName, IdeaKey[]> = {
  Zoë: ['zh', 'fr', 'ja'],
  Νίκος: ['zh', 'ru', 'ar'],
  Мария: ['ru', 'zh', 'he'],
  佐藤: ['ja', 'he', 'ar'],
  李伟: ['zh', 'ja', 'ru'],
  سارة: ['ar', 'he', 'fr'],
  נועה: ['he', 'ar', 'eq'],
};

export const CREATED_AT = Date.UTC(2026, 10, 21, 9, 30);

/** Runs the fixture's session through the real decide/evolve functions, up to its results. */
export function buildFixtureSession(): { state: SessionState; ids: Record<IdeaKey, string> } {
  const machine = new Machine({ ballotSize: 3 });
  machine.state = evolve(emptyState(), {
    type: 'sessionCreated',
    id: 'session-export',
    code: 'K7M2Q9XR',
    title: TITLE,
    createdAt: CREATED_AT,
    settings: machine.state.settings,
    organizations: ORGANIZATIONS,
    facilitatorTokenHash: 'hash',
    ballotSalt: 'salt',
  });
  const actors = new Map<string, Actor>(PEOPLE.map((p) => [p.name, machine.join(p.name, p.organization)]));
  const actor = (name: string): Actor => actors.get(name) ?? FACILITATOR;
  machine.advance();
  const ids = {} as Record<IdeaKey, string>;
  for (const [key, idea] of Object.entries(IDEAS) as [IdeaKey, (typeof IDEAS)[IdeaKey]][]) {
    ids[key] = machine.addIdea(actor(idea.author), idea.text);
  }
  machine.advance(); // sharing
  machine.advance(); // clarification reveals every idea
  const sourceIds = MERGE.sources.map((key) => ids[key]);
  machine.must({ type: 'mergeIdeas', targetId: ids[MERGE.target], sourceIds, text: MERGE.text }, FACILITATOR);
  machine.must({ type: 'rewordIdea', ideaId: ids[REWORD.key], text: REWORD.text }, FACILITATOR);
  machine.advance(); // ranking
  for (const [name, keys] of Object.entries(BALLOTS)) {
    machine.must({ type: 'submitBallot', ranking: keys.map((key) => ids[key]) }, actor(name));
  }
  machine.advance(); // results
  return { state: machine.state, ids };
}

/** Every text the exports must carry: final wordings, original wordings, merged ideas' wordings. */
export function allTexts(): string[] {
  return [...Object.values(IDEAS).map((idea) => idea.text), MERGE.text, REWORD.text, TITLE, ...ORGANIZATIONS];
}

/**
 * A second session for what alliances add: organizations weigh the same (so points are
 * fractional), two rounds of voting, a decision rule, and goals adopted and described.
 */
export function buildAllianceSession(): { state: SessionState; ids: string[] } {
  const machine = new Machine({
    ballotSize: 3,
    weighting: 'per-organization',
    twoRounds: true,
    decisionRule: { kind: 'top-k', k: 2 },
    commonGroundK: 2,
  });
  // Four people from a large partner, three from each smaller one, one without an organization.
  const members: [string, string | null][] = [
    ...['A1', 'A2', 'A3', 'A4'].map((n): [string, string] => [n, 'Большой союз']),
    ...['B1', 'B2', 'B3'].map((n): [string, string] => [n, 'עמותת גשר']),
    ...['C1', 'C2', 'C3'].map((n): [string, string] => [n, '日本環境協会']),
    ['D1', null],
  ];
  const voters = members.map(([name, organization]) => machine.join(name, organization));
  machine.advance();
  const texts = ['Shared data platform', 'Фонд для малых организаций', '若者の参加', 'שיתוף פעולה', 'Joint training'];
  const ids = texts.map((text, index) => machine.addIdea(voters[index] as Actor, text));
  machine.advance(); // sharing
  machine.advance(); // clarification
  machine.advance(); // ranking, round 1
  const order = (i: number) => [ids[i % 5], ids[(i + 1) % 5], ids[(i + 2) % 5]] as string[];
  voters.forEach((voter, i) => machine.must({ type: 'submitBallot', ranking: order(i) }, voter));
  machine.advance(); // discussion
  machine.advance(); // ranking, round 2
  voters.forEach((voter, i) => machine.must({ type: 'submitBallot', ranking: order(i < 4 ? 0 : i) }, voter));
  machine.advance(); // results
  machine.must({ type: 'adoptGoals', ideaIds: [ids[0] as string, ids[1] as string] }, FACILITATOR);
  machine.must(
    {
      type: 'describeGoal',
      ideaId: ids[0] as string,
      owner: 'עמותת גשר',
      indicator: 'Every member publishes its data',
      targetDate: '2027-06-30',
      rationale: 'First in the final vote',
    },
    FACILITATOR,
  );
  return { state: machine.state, ids: ids.map(String) };
}
