import { describe, expect, it } from 'vitest';
import { exportView } from '../../../shared/session/export-view.js';
import { publicView } from '../../../shared/session/views.js';
import { buildAllianceSession, buildFixtureSession, PEOPLE } from '../export-fixture.js';
import { Machine } from '../../support/machine.js';

describe('the export view', () => {
  it('holds what the screens show and nothing that names a voter, a ballot or a private idea', () => {
    const { state } = buildFixtureSession();
    const view = exportView(state)!;
    expect(view.results).toEqual(publicView(state).results);
    const text = JSON.stringify(view);
    for (const participant of [...state.participants.values()]) {
      expect(text).not.toContain(`"${participant.id}"`);
      expect(text).not.toContain(participant.tokenHash);
    }
    for (const person of PEOPLE) expect(text).not.toContain(`"${person.name}"`);
    for (const key of [...state.ballots.keys()]) expect(text).not.toContain(key);
    for (const ballot of [...state.ballots.values()]) expect(text).not.toContain(JSON.stringify(ballot.ranking));
    expect(text).not.toContain(`"${state.ballotSalt}"`);
  });

  it('leaves out ideas never shared, and is null before the results', () => {
    const m = new Machine();
    const people = ['Ada', 'Bo', 'Cy'].map((name) => m.join(name, 'Org'));
    m.advance();
    const kept = m.addIdea(people[0]!, 'shared idea');
    const secret = m.addIdea(people[1]!, 'written, then taken back before anyone saw it');
    m.must({ type: 'deleteIdea', ideaId: secret }, people[1]!);
    m.advance();
    m.advance();
    m.advance();
    for (const voter of people) m.must({ type: 'submitBallot', ranking: [kept] }, voter);
    expect(exportView(m.state)).toBeNull();
    m.advance();
    const text = JSON.stringify(exportView(m.state));
    expect(text).toContain('shared idea');
    expect(text).not.toContain('taken back');
    expect(text).not.toContain(secret);
  });

  it('applies the floors of the live views to the organizations it reports', () => {
    const { state } = buildAllianceSession();
    const view = exportView(state)!;
    // Three organizations of 4, 3 and 3 and one person without: any shown one would leave a
    // residual the weighted points and the counts could split, so none is shown.
    expect(view.results.organizations).toEqual([]);
    expect(view.results.organizationsHidden).toBe(3);
    expect(view.results.countsWithheld).toBe(false);
  });
});
