import { useId, useState, type FormEvent } from 'react';
import type { TableSeating } from '../../../shared/session/tables/progress.js';
import { BusyButton, useBusyAction } from '../../components/BusyButton.js';
import { useT } from '../../i18n/index.js';
import { steer } from '../../session/facilitator-actions.js';
import { isolated } from '../../components/UserText.js';
import './tables.css';

const labelOf = (member: TableSeating['members'][number]) =>
  member.organization ? `${member.name} (${member.organization})` : member.name;

/**
 * Moves one person to another table before the tables start: a person (listed under their
 * table), a table, and a button, so the keyboard does it as well as the mouse, and a select that
 * moves on every arrow key is never the trigger. Says where the person now sits.
 */
export function MoveSeatForm({ seating }: { seating: TableSeating[] }) {
  const t = useT();
  const id = useId();
  const { busy, run } = useBusyAction();
  const [personId, setPersonId] = useState('');
  const [tableId, setTableId] = useState('');
  const [done, setDone] = useState('');
  const people = seating.flatMap((table) => table.members.map((member) => ({ ...member, table })));
  const person = people.find((p) => p.id === personId);
  const target = seating.find((table) => table.id === tableId);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!person || !target || busy) return;
    void run(async () => {
      const outcome = await steer('tables:move', { participantId: person.id, tableId: target.id });
      if (!outcome.ok) return;
      setDone(t('tables.move.done', { name: isolated(person.name), number: target.number }));
      setTableId('');
    });
  }

  return (
    <form className="move-seat" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('tables.move.heading')}</h3>
      <div className="move-seat__fields">
        <label htmlFor={`${id}-person`}>{t('tables.move.person')}</label>
        <select id={`${id}-person`} value={personId} onChange={(e) => setPersonId(e.target.value)} dir="auto">
          <option value="">{t('tables.move.pick')}</option>
          {seating.map((table) => (
            <optgroup key={table.id} label={t('tables.number', { number: table.number })}>
              {table.members.map((member) => (
                <option key={member.id} value={member.id}>
                  {labelOf(member)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <label htmlFor={`${id}-table`}>{t('tables.move.to')}</label>
        <select id={`${id}-table`} value={tableId} onChange={(e) => setTableId(e.target.value)}>
          <option value="">{t('tables.move.pick')}</option>
          {seating.map((table) => (
            <option key={table.id} value={table.id} disabled={table.id === person?.table.id}>
              {t('tables.number', { number: table.number })} · {t('tables.people', { count: table.members.length })}
            </option>
          ))}
        </select>
        <BusyButton type="submit" className="button" inactive={busy || !person || !target || target === person.table}>
          {t('tables.move.submit')}
        </BusyButton>
      </div>
      <p className="field__hint" role="status">
        {done}
      </p>
    </form>
  );
}
