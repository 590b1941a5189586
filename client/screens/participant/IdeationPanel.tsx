import { useShallow } from 'zustand/react/shallow';
import { announce } from '../../components/announcer.js';
import { useT } from '../../i18n/index.js';
import { setDone } from '../../session/participant-actions.js';
import { useAppStore } from '../../store/app-store.js';
import { unseenActions } from '../../store/outbox-slice.js';
import { MyIdeaItem } from './MyIdeaItem.js';
import { NewIdeaForm } from './NewIdeaForm.js';
import { isDone, projectMyIdeas } from './my-ideas.js';
import { Panel } from './Panel.js';

/** Silent generation: write, edit and delete one's own ideas, privately, against the clock. */
export function IdeationPanel() {
  const t = useT();
  const { settings, mine, outbox, acked } = useAppStore(
    useShallow((state) => ({
      settings: state.publicView?.view.settings,
      mine: state.privateView?.view,
      outbox: state.outbox,
      acked: state.acked,
    })),
  );
  if (!settings) return null;
  const unseen = unseenActions({ outbox, acked });
  const rows = projectMyIdeas(mine?.myIdeas ?? [], unseen);
  const done = isDone(mine?.done ?? false, unseen);
  const limit = settings.ideasPerParticipant;
  return (
    <Panel
      id="ideation"
      heading={t('ideation.heading')}
      lead={settings.sharingMode === 'named-turns' ? t('ideation.privacyNamed') : t('ideation.privacyAnonymous')}
    >
      <NewIdeaForm
        maxLength={settings.ideaLength}
        full={rows.length >= limit}
        onAdded={() => announce(t('a11y.ideaAdded', { count: rows.length + 1, limit }))}
      />
      <h2 className="my-ideas__heading">{t('ideation.count', { count: rows.length, limit })}</h2>
      {rows.length > 0 && (
        <ol className="stack-list my-ideas" aria-label={t('ideation.listLabel')}>
          {rows.map((row, index) => (
            <MyIdeaItem key={row.key} row={row} maxLength={settings.ideaLength} position={index + 1} />
          ))}
        </ol>
      )}
      <div className="done-box">
        <button type="button" className="button button--wide" aria-pressed={done} onClick={() => setDone(!done)}>
          <span aria-hidden="true">{done ? '✓ ' : ''}</span>
          {t('ideation.doneToggle')}
        </button>
        <p className="field__hint">{done ? t('ideation.doneHintOn') : t('ideation.doneHintOff')}</p>
      </div>
    </Panel>
  );
}
