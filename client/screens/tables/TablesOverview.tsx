import { isTimedPhase, type Phase } from '../../../shared/session/phases.js';
import type { TableProgress, TableSeating } from '../../../shared/session/tables/progress.js';
import type { FacilitatorView } from '../../../shared/session/views.js';
import { useState, type ReactNode } from 'react';
import { BusyButton, useBusyAction } from '../../components/BusyButton.js';
import { Card } from '../../components/Card.js';
import { useT } from '../../i18n/index.js';
import { steer } from '../../session/facilitator-actions.js';
import { ClarificationTools } from '../facilitator/ClarificationTools.js';
import { MoveSeatForm } from './MoveSeatForm.js';
import { tablePhaseLabel } from './table-phase.js';
import { TableClock } from './TableClock.js';
import { AllTablesTimer, TableTimerPanel } from './TableTimer.js';
import './tables.css';

function HostSelect({ table, seats }: { table: TableProgress; seats: TableSeating | undefined }) {
  const t = useT();
  const id = `host-${table.id}`;
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        {t('tables.hostLabel', { number: table.number })}
      </label>
      <select
        id={id}
        value={seats?.hostId ?? ''}
        onChange={(event) =>
          void steer('table:host', {
            tableId: table.id,
            participantId: event.target.value === '' ? null : event.target.value,
          })
        }
      >
        <option value="">{t('tables.noHost')}</option>
        {seats?.members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
      </select>
    </>
  );
}

/** A row's button that opens one table's tools under the overview (and looks pressed while they are open). */
function RowToggle(props: { open: boolean; label: string; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      className="button tables-table__toggle"
      aria-expanded={props.open}
      aria-label={props.label}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

interface TableRowProps {
  table: TableProgress;
  seats: TableSeating | undefined;
  code: string;
  /** Whether this table's clarification tools are open under the overview, and the toggle. */
  clarifying: boolean;
  onClarify: () => void;
  /** The same for this table's timer controls. */
  timing: boolean;
  onTimer: () => void;
}

function TableRow({ table, seats, code, clarifying, onClarify, timing, onTimer }: TableRowProps) {
  const t = useT();
  const { busy, run } = useBusyAction();
  const done = table.phase === 'results';
  return (
    <tr>
      <th scope="row" className="tables-table__name">
        {t('tables.number', { number: table.number })}
        <br />
        <a
          className="tables-table__screen"
          href={`/display/${code}?table=${table.number}`}
          target="_blank"
          rel="noreferrer"
        >
          {t('tables.screenLink', { number: table.number })}
        </a>
      </th>
      <td>
        {tablePhaseLabel(t, table.phase)}
        <TableClock timer={table.timer} />
      </td>
      <td>{table.members}</td>
      <td>{table.ideasWritten}</td>
      <td>{table.phase === 'ranking' ? table.ballotsCast : ''}</td>
      <td>{table.shortlisted ?? ''}</td>
      <td>
        <HostSelect table={table} seats={seats} />
      </td>
      <td>
        <div className="button-row">
          {table.phase === 'sharing' && (
            <BusyButton
              className="button"
              inactive={busy}
              aria-label={t('tables.revealAt', { number: table.number })}
              onClick={() => void run(() => steer('sharing:reveal-round', { table: table.id }))}
            >
              {t('tables.reveal')}
            </BusyButton>
          )}
          {table.phase === 'clarification' && (
            <RowToggle open={clarifying} label={t('tables.clarifyAt', { number: table.number })} onClick={onClarify}>
              {t('tables.clarify')}
            </RowToggle>
          )}
          {isTimedPhase(table.phase) && (
            <RowToggle open={timing} label={t('tables.timer.at', { number: table.number })} onClick={onTimer}>
              {t('tables.timer.set')}
            </RowToggle>
          )}
          {!done && (
            <BusyButton
              className="button"
              inactive={busy}
              aria-label={t('tables.nextAt', { number: table.number })}
              onClick={() => void run(() => steer('phase:advance', { table: table.id, from: table.phase }))}
            >
              {t('tables.next')}
            </BusyButton>
          )}
        </div>
      </td>
    </tr>
  );
}

/** One button per step some tables are at: moves every table at that step on. */
function AllTables({ tables }: { tables: TableProgress[] }) {
  const t = useT();
  const { busy, run } = useBusyAction();
  const phases = [...new Set(tables.map((table) => table.phase))].filter(
    (phase): phase is Phase => phase !== 'results',
  );
  return (
    <div className="button-row">
      {phases.includes('sharing') && (
        <BusyButton
          className="button"
          inactive={busy}
          onClick={() => void run(() => steer('sharing:reveal-round', { table: '*' }))}
        >
          {t('tables.allReveal')}
        </BusyButton>
      )}
      {phases.map((phase) => (
        <BusyButton
          key={phase}
          className="button button--primary"
          inactive={busy}
          onClick={() => void run(() => steer('phase:advance', { table: '*', from: phase }))}
        >
          {t('tables.allNext', { phase: t(`phase.${phase}`) })}
        </BusyButton>
      ))}
    </div>
  );
}

/** The console while the tables work: every table's step and progress, acted on one by one or together. */
export function TablesOverview({ view }: { view: FacilitatorView }) {
  const t = useT();
  const tables = view.tables ?? [];
  const seatsOf = new Map(view.seating.map((seats) => [seats.id, seats]));
  const [open, setOpen] = useState<string | null>(null);
  // Open only while that table is still clarifying: the tools close when it moves on.
  const atTable = view.clarifying.find((table) => table.tableId === open);
  const [timerOpen, setTimerOpen] = useState<string | null>(null);
  // Likewise a table's timer controls close once it has sent its ideas.
  const timing = tables.find((table) => table.id === timerOpen && isTimedPhase(table.phase));
  return (
    <Card id="work" heading={t('tables.heading')} hint={t('tables.hint')}>
      <AllTables tables={tables} />
      <AllTablesTimer tables={tables} />
      <div className="table-scroll">
        <table className="tables-table">
          <thead>
            <tr>
              <th scope="col">{t('tables.col.table')}</th>
              <th scope="col">{t('tables.col.phase')}</th>
              <th scope="col">{t('tables.col.people')}</th>
              <th scope="col">{t('tables.col.ideas')}</th>
              <th scope="col">{t('tables.col.ballots')}</th>
              <th scope="col">{t('tables.col.sent')}</th>
              <th scope="col">{t('tables.col.host')}</th>
              <th scope="col">{t('tables.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tables.map((table) => (
              <TableRow
                key={table.id}
                table={table}
                seats={seatsOf.get(table.id)}
                code={view.code}
                clarifying={atTable?.tableId === table.id}
                onClarify={() => setOpen(atTable?.tableId === table.id ? null : table.id)}
                timing={timing?.id === table.id}
                onTimer={() => setTimerOpen(timing?.id === table.id ? null : table.id)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {timing && <TableTimerPanel key={timing.id} view={view} table={timing} />}
      {atTable && <ClarificationTools key={atTable.tableId} view={view} atTable={atTable} />}
    </Card>
  );
}

/** The console in the lobby of a session in tables: who sits where, seat or reseat. */
export function TablesSeatingCard({ view }: { view: FacilitatorView }) {
  const t = useT();
  const { busy, run } = useBusyAction();
  const seating = view.settings.tables?.seating ?? 'mixed';
  return (
    <Card
      id="seating"
      heading={t('tables.heading')}
      hint={t('tables.seatingHint', { seating: t(`tables.seating.${seating}`) })}
    >
      <div className="button-row">
        <BusyButton className="button" inactive={busy} onClick={() => void run(() => steer('tables:seat', {}))}>
          {view.seating.length > 0 ? t('tables.reseat') : t('tables.seat')}
        </BusyButton>
      </div>
      {view.seating.length === 0 ? (
        <p className="field__hint">{t('tables.notSeated')}</p>
      ) : (
        <>
          <ol className="plain-list">
            {view.seating.map((table) => (
              <li key={table.id}>
                <strong>{t('tables.number', { number: table.number })}</strong> (
                {t('tables.people', { count: table.members.length })}):{' '}
                <span dir="auto">
                  {table.members.map((m) => (m.organization ? `${m.name} (${m.organization})` : m.name)).join(', ')}
                </span>
              </li>
            ))}
          </ol>
          <MoveSeatForm seating={view.seating} />
        </>
      )}
    </Card>
  );
}

/** Results of a session in tables: where each table's sent ideas ended in the plenary ranking. */
export function TablesFared({ view }: { view: FacilitatorView }) {
  const t = useT();
  if (!view.shortlists) return null;
  return (
    <Card id="tables-fared" heading={t('tables.fared.heading')}>
      <ul className="plain-list">
        {view.shortlists.map((table) => (
          <li key={table.tableId}>
            <strong>{t('tables.number', { number: table.number })}</strong>
            <ul>
              {table.ideas.map((idea) => (
                <li key={idea.ideaId}>
                  <span dir="auto">{idea.text}</span> ·{' '}
                  {idea.rank === null ? '' : t('tables.fared.rank', { rank: idea.rank })}
                  {idea.mergedInto !== null && ` · ${t('tables.fared.merged')}`}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </Card>
  );
}
