import type { Page } from 'playwright-core';
import type { E2eRoom } from '../support/room.js';
import type { ScriptedVoter } from '../support/scripted-voters.js';

/** What the steps of the alliance workshop hand on to each other. */
export interface AllianceRun {
  room: E2eRoom;
  token: string;
  tenants: ScriptedVoter[];
  foodBank: ScriptedVoter[];
}

/** The alliance workshop's ideas and the two organizations of different sizes. */
export const GOAL_IDEA = {
  calendar: 'Shared calendar for member events',
  campaign: 'Joint campaign once a year',
  fund: 'Common fund for urgent grants',
  volunteers: 'Pool volunteers across groups',
  council: 'Meet the city council together',
};

export const TENANTS = 'Tenants Union';
export const FOOD_BANK = 'Food Bank';
export const ALLIANCE_TITLE = 'Which goals do our member organizations share for 2027?';

const { calendar: A, campaign: B, fund: C, volunteers: D, council: E } = GOAL_IDEA;

/**
 * Ballots chosen so that the weighting changes the order. Final vote, per person: A 16, B 9, C 7,
 * E 6, D 4. Each organization weighing the same (7 ballots, 2 organizations: Tenants' 4 ballots
 * weigh 0.875 each, Food Bank's 3 weigh 7/6): A 15.46, C 8.17, B 7.88, E 7, D 3.5, so the small
 * Food Bank's favourite C overtakes B. Preliminary (same weights): B 14.58, D 9.92, C 8.17,
 * E 7.58, A 1.75, so A moves up 4 places and D down 3 between the rounds.
 */
export const BALLOTS = {
  preliminary: {
    ana: [B, D, A],
    tenants: [
      [B, D, A],
      [D, B, E],
      [D, B, E],
    ],
    ben: [B, C, E],
    foodBank: [
      [C, B, E],
      [E, C, D],
    ],
  },
  final: {
    ana: [A, B, D],
    tenants: [
      [A, B, D],
      [A, B, D],
      [B, A, D],
    ],
    ben: [C, A, E],
    foodBank: [
      [C, E, A],
      [E, A, C],
    ],
  },
};

/** The final order under "each organization weighs the same". */
export const FINAL_ORDER = [A, C, B, E, D];

/** Picks ideas on a phone in order and submits the ranking, as a person taps them. */
export async function voteOnPhone(phone: Page, texts: readonly string[]): Promise<void> {
  // The final vote starts from the person's own preliminary ranking as a draft: clear it first.
  const remove = phone.getByRole('button', { name: /^Remove from my ranking/ });
  while ((await remove.count()) > 0) await remove.first().click();
  for (const text of texts) {
    await phone
      .getByRole('list', { name: 'Ideas to pick from' })
      .getByRole('button', { name: new RegExp(text) })
      .click();
  }
  await phone.getByRole('button', { name: 'Submit my ranking' }).click();
  await phone.getByText('Your ranking is in. You can change it until voting closes.').waitFor();
}
