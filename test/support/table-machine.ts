import type { Actor } from '../../shared/session/commands.js';
import type { SessionSettingsInput } from '../../shared/session/settings.js';
import { tablesOf } from '../../shared/session/tables/scope.js';
import type { Table } from '../../shared/session/tables/types.js';
import { FACILITATOR, Machine } from './machine.js';

export type Seated = Extract<Actor, { role: 'participant' }> & { tableKey: string; name: string };

/** A session in tables driven in memory: people who carry a table key, and controls per table. */
export class TableMachine extends Machine {
  readonly people: Seated[] = [];

  constructor(tables: NonNullable<SessionSettingsInput['tables']>, settings: SessionSettingsInput = {}) {
    super({ ...settings, tables });
  }

  sit(name: string, organization: string | null = null): Seated {
    const person = { ...this.join(name, organization), tableKey: `1:table-${name}`, name };
    this.people.push(person);
    return person;
  }

  /** Adds an idea at the author's table and returns its id. */
  override addIdea(actor: Actor, text: string): string {
    const [added] = this.must({ type: 'addIdea', text }, actor);
    const inner = added?.type === 'atTable' ? added.event : added;
    if (inner?.type !== 'ideaAdded') throw new Error('no idea added');
    return inner.ideaId;
  }

  tables(): Table[] {
    return tablesOf(this.state);
  }

  /** The people seated at a table. */
  at(table: Table): Seated[] {
    const members = this.state.tables[table.id]?.members ?? [];
    return this.people.filter((p) => members.includes(p.participantId));
  }

  /** A facilitator's control at one table. */
  control(tableId: string, command: Parameters<Machine['run']>[0], actor: Actor = FACILITATOR) {
    if (command.type === 'atTable') throw new Error('nested table command');
    return this.run({ type: 'atTable', tableId, command: command as never }, actor);
  }

  /** Advances one table from the phase it is in. */
  advanceTable(tableId: string, actor: Actor = FACILITATOR): void {
    const phase = this.state.tables[tableId]?.phase ?? 'lobby';
    const result = this.control(tableId, { type: 'advancePhase', from: phase }, actor);
    if (!result.ok) throw new Error(`table advance refused: ${result.error.message}`);
  }

  /**
   * Takes one table from ideation to its shortlist: each member writes `ideas` ideas (the text
   * names the table), all are shared, and everyone ranks them in the order they were shared.
   */
  runTable(table: Table, ideas = 2): void {
    for (const person of this.at(table)) {
      for (let i = 0; i < ideas; i++) this.addIdea(person, `T${table.number} ${person.name} idea ${i}`);
    }
    this.advanceTable(table.id);
    while (this.control(table.id, { type: 'revealRound' }).ok);
    this.advanceTable(table.id);
    this.advanceTable(table.id);
    const current = this.state.tables[table.id] as Table;
    if (current.phase === 'ranking') {
      const order = current.revealed.slice(0, current.revealed.length);
      for (const person of this.at(table)) this.must({ type: 'submitBallot', ranking: order.slice(0, 3) }, person);
      this.advanceTable(table.id);
    }
  }
}
