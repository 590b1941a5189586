import { describe, expect, it } from 'vitest';
import { createSessionSchema } from '../../../shared/protocol/schemas.js';

const veto = (organizations: string[]) => ({
  title: 'Veto',
  organizations,
  settings: { ratification: { rule: { kind: 'veto', percent: 50, organizations: ['Small Shelter'] } } },
});

describe('the ratification rule at creation', () => {
  it('defaults to no ratification, as sessions made before rules existed', () => {
    expect(createSessionSchema.parse({ title: 'Plain' }).settings.ratification).toEqual({
      rule: { kind: 'none' },
      voters: 'everyone',
    });
  });

  it('refuses a veto for an organization the session does not list, and a majority of 100 %', () => {
    expect(createSessionSchema.safeParse(veto(['Big Union', 'Small Shelter'])).success).toBe(true);
    // Organizations typed in by joiners: nothing to check against.
    expect(createSessionSchema.safeParse(veto([])).success).toBe(true);
    const misspelt = createSessionSchema.safeParse(veto(['Big Union', 'Small Shelters']));
    expect(misspelt.success).toBe(false);
    expect(misspelt.error?.issues[0]?.message).toContain('Small Shelter');
    const all = { title: 'x', settings: { ratification: { rule: { kind: 'majority', percent: 100 } } } };
    expect(createSessionSchema.safeParse(all).success).toBe(false);
  });
});
