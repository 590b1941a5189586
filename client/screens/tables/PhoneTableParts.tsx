import { useShallow } from 'zustand/react/shallow';
import type { TableView } from '../../../shared/session/tables/table-view.js';
import { BusyButton, useBusyAction } from '../../components/BusyButton.js';
import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/app-store.js';
import { Panel } from '../participant/Panel.js';
import { steerMyTable } from './host-actions.js';
import { TableShortlist } from './TableShortlist.js';
import { HostTimer } from './TableTimer.js';
import './tables.css';

function useTableView(): TableView | null {
  return useAppStore((state) => {
    const view = state.publicView?.view;
    return view && 'table' in view ? (view as TableView) : null;
  });
}

/** A table host's controls on their phone: their table's next step, in sharing the next round, and its timer. */
export function HostBar() {
  const t = useT();
  const view = useTableView();
  const { busy, run } = useBusyAction();
  if (!view || view.phase === 'results') return null;
  const tableId = view.table.id;
  return (
    <section className="host-bar" aria-labelledby="host-bar-heading">
      <h2 id="host-bar-heading">{t('tables.host.heading', { number: view.table.number })}</h2>
      <p className="field__hint">{t('tables.host.hint')}</p>
      <div className="button-row">
        {view.phase === 'sharing' && view.settings.sharingMode === 'anonymous' && (
          <BusyButton
            className="button"
            inactive={busy || view.ideasUnshared === 0}
            onClick={() => void run(() => steerMyTable('sharing:reveal-round', tableId, {}))}
          >
            {t('tables.host.reveal')}
          </BusyButton>
        )}
        <BusyButton
          className="button"
          inactive={busy}
          onClick={() => void run(() => steerMyTable('phase:advance', tableId, { from: view.phase }))}
        >
          {t('tables.host.next')}
        </BusyButton>
      </div>
      <HostTimer view={view} />
    </section>
  );
}

/** The phone once its table has sent its ideas: which went forward, while the other tables finish. */
export function TableSentPanel() {
  const t = useT();
  const { shortlist } = useAppStore(
    useShallow((state) => ({
      shortlist: (state.publicView?.view as Partial<TableView> | undefined)?.shortlist ?? null,
    })),
  );
  return (
    <Panel id="results" heading={t('tables.sent.heading')} lead={t('tables.sent.lead')}>
      <TableShortlist ideas={shortlist} />
    </Panel>
  );
}
