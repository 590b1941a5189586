import type { TableProgress } from '../../../shared/session/tables/progress.js';
import { useT } from '../../i18n/index.js';
import { tablePhaseLabel } from './table-phase.js';
import { TableClock } from './TableClock.js';
import './tables.css';

/**
 * The projector while the tables work: each table's step and counts (ideas written, ballots in,
 * ideas sent), never an idea or a tally. Cards shrink with their number, so 50 fit a wall.
 */
export function TablesBoard({ tables }: { tables: TableProgress[] }) {
  const t = useT();
  const sent = tables.filter((table) => table.shortlisted !== null).length;
  // Few tables read from the back of the room; 50 still fit one 1920x1080 wall.
  const density = tables.length > 24 ? ' tables-board--dense' : tables.length <= 12 ? ' tables-board--few' : '';
  return (
    <div className="display-phase">
      {/* With many tables the wall needs the lines for the cards. */}
      {density !== ' tables-board--dense' && <p className="display-lead">{t('tables.board.lead')}</p>}
      <p className="display-lead display-lead--strong">
        {t('tables.board.done', { done: sent, total: tables.length })}
      </p>
      <ol className={`tables-board${density}`} aria-label={t('tables.board.label')}>
        {tables.map((table) => (
          <li key={table.id} className={`table-card table-card--${table.phase}`}>
            <span className="table-card__number">{t('tables.number', { number: table.number })}</span>
            <span className="table-card__phase">{tablePhaseLabel(t, table.phase)}</span>
            <span className="table-card__count">
              {table.phase === 'ranking'
                ? t('tables.board.ballots', { count: table.ballotsCast })
                : table.shortlisted !== null
                  ? t('tables.board.sent', { count: table.shortlisted })
                  : t('tables.board.ideas', { count: table.ideasWritten })}
            </span>
            {table.timer && <TableClock timer={table.timer} />}
          </li>
        ))}
      </ol>
    </div>
  );
}
