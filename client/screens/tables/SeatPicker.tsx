import { useShallow } from 'zustand/react/shallow';
import type { SeatChoice } from '../../../shared/session/tables/seat-choice.js';
import { useT } from '../../i18n/index.js';
import { userSentence } from '../../components/UserText.js';
import { chooseTable } from '../../session/participant-actions.js';
import { useAppStore } from '../../store/app-store.js';
import './tables.css';

type ChoiceTable = SeatChoice['tables'][number];

/** Who sits at one table, by organization, so people can choose to mix: counts, never names. */
function Organizations({ table }: { table: ChoiceTable }) {
  const t = useT();
  if (table.organizations.length === 0) return null;
  return (
    <ul className="seat__orgs" aria-label={t('tables.choose.orgsLabel', { number: table.number })}>
      {table.organizations.map((organization) => (
        <li key={organization.name}>
          {userSentence(t, 'tables.choose.org', { name: organization.name }, { count: organization.count })}
        </li>
      ))}
    </ul>
  );
}

function SeatRow({ table, mine }: { table: ChoiceTable; mine: boolean }) {
  const t = useT();
  const full = table.room === 0 && !mine;
  const className = `seat${mine ? ' seat--mine' : ''}${full ? ' seat--full' : ''}`;
  return (
    <li className={className} aria-current={mine ? 'true' : undefined}>
      <p className="seat__head">
        <strong>{t('tables.number', { number: table.number })}</strong>
        {mine && <span className="tag tag--done">{t('tables.choose.mine')}</span>}
        {full && <span className="tag tag--pending">{t('tables.choose.full')}</span>}
      </p>
      <p className="seat__counts">
        {t('tables.people', { count: table.people })} · {t('tables.choose.room', { count: table.room })}
      </p>
      <Organizations table={table} />
      {!mine && !full && (
        <button type="button" className="button" onClick={() => chooseTable(table.id)}>
          {t('tables.choose.take', { number: table.number })}
        </button>
      )}
    </li>
  );
}

/**
 * The lobby's table picker (seating "chosen"): every table with its people and seats left, the
 * person's own marked; they change their seat until the tables start. A full table offers no
 * button; a seat taken by someone else first is refused by the server, with the usual notice.
 */
export function SeatPicker() {
  const t = useT();
  const { choice, mine } = useAppStore(
    useShallow((state) => ({
      choice: state.publicView?.view.seatChoice ?? null,
      mine: state.privateView?.view.table?.id ?? null,
    })),
  );
  if (!choice) return null;
  const current = choice.tables.find((table) => table.id === mine);
  return (
    <section className="seat-picker" aria-labelledby="seat-picker-heading">
      <h2 id="seat-picker-heading">{t('tables.choose.heading')}</h2>
      <p className="field__hint">{t('tables.choose.hint')}</p>
      {/* Said again when it changes, for whoever cannot see the mark move. */}
      <p className="seat-picker__current" role="status">
        {current && t('tables.choose.current', { number: current.number })}
      </p>
      <ul className="seat-list">
        {choice.tables.map((table) => (
          <SeatRow key={table.id} table={table} mine={table.id === mine} />
        ))}
      </ul>
    </section>
  );
}
