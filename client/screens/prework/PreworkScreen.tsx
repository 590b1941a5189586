import { useEffect, useState } from 'react';
import type { PreworkForm } from '../../../shared/protocol/prework-schemas.js';
import { PREWORK_LIMITS } from '../../../shared/session/limits.js';
import { PREWORK_PRIORITIES } from '../../../shared/session/prework/prework-types.js';
import { BusyButton, useBusyAction } from '../../components/BusyButton.js';
import { useDocumentTitle } from '../../components/hooks.js';
import { TextField } from '../../components/form/TextField.js';
import { useT } from '../../i18n/index.js';
import { linkFromFragment, openPrework, savePrework } from '../../session/prework-api.js';

type Loaded = { state: 'loading' } | { state: 'bad-link' } | { state: 'ready'; form: PreworkForm };

function padded(priorities: string[]): string[] {
  return Array.from({ length: PREWORK_PRIORITIES }, (_, i) => priorities[i] ?? '');
}

/** The fields of the form, filled from what the organization last saved. */
function PreworkFields({ form, link }: { form: PreworkForm; link: { code: string; secret: string } }) {
  const t = useT();
  const [priorities, setPriorities] = useState(() => padded(form.priorities));
  const [explicit, setExplicit] = useState(form.explicitInterests);
  const [implicit, setImplicit] = useState(form.implicitInterests);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>(form.updatedAt === null ? 'idle' : 'saved');
  const [closed, setClosed] = useState(form.closed);
  const { busy, run } = useBusyAction();
  const filled = priorities.some((p) => p.trim() !== '');

  async function save() {
    const saved = await savePrework({ ...link, priorities, explicitInterests: explicit, implicitInterests: implicit });
    if (saved.ok) setStatus('saved');
    else {
      setStatus('failed');
      if (saved.code === 'WRONG_PHASE') setClosed(true);
    }
  }

  return (
    <form
      className="prework-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (filled && !closed) void run(save);
      }}
    >
      <fieldset className="field" disabled={closed}>
        <legend>{t('prework.form.prioritiesLegend')}</legend>
        {priorities.map((value, index) => (
          <TextField
            key={index}
            label={t('prework.form.priority', { rank: index + 1 })}
            value={value}
            maxLength={PREWORK_LIMITS.priority}
            onChange={(text) => setPriorities(priorities.map((p, i) => (i === index ? text : p)))}
          />
        ))}
      </fieldset>
      <TextField
        label={t('prework.form.explicit')}
        hint={t('prework.form.explicitHint')}
        value={explicit}
        onChange={setExplicit}
        rows={3}
        maxLength={PREWORK_LIMITS.interests}
        disabled={closed}
      />
      <TextField
        label={t('prework.form.implicit')}
        hint={t('prework.form.implicitHint')}
        value={implicit}
        onChange={setImplicit}
        rows={3}
        maxLength={PREWORK_LIMITS.interests}
        disabled={closed}
      />
      <BusyButton type="submit" className="button button--primary" inactive={busy || !filled || closed}>
        {t('prework.form.save')}
      </BusyButton>
      <p className="field__hint" role="status">
        {closed
          ? t('prework.form.closed')
          : status === 'saved'
            ? t('prework.form.saved')
            : status === 'failed'
              ? t('prework.form.failed')
              : t('prework.form.editable')}
      </p>
    </form>
  );
}

/**
 * An organization's representative, on any device, through the link the facilitator sent: the
 * secret is in the fragment (never sent by the browser) and travels only in the request bodies.
 */
export function PreworkScreen() {
  const t = useT();
  const [link] = useState(() => linkFromFragment(window.location.hash));
  const [loaded, setLoaded] = useState<Loaded>(() => ({ state: link ? 'loading' : 'bad-link' }));
  useDocumentTitle(t('prework.form.title'));
  useEffect(() => {
    if (!link) return;
    void openPrework(link).then((opened) =>
      setLoaded(opened.ok ? { state: 'ready', form: opened.value } : { state: 'bad-link' }),
    );
  }, [link]);
  return (
    <main className="page page--phone prework-page">
      <section className="panel" aria-labelledby="prework-form-heading">
        <h1 id="prework-form-heading">{t('prework.form.title')}</h1>
        {loaded.state === 'loading' && <p className="loading">{t('participant.loading')}</p>}
        {loaded.state === 'bad-link' && <p role="alert">{t('prework.form.badLink')}</p>}
        {loaded.state === 'ready' && link && (
          <>
            <p className="participant__title" dir="auto">
              {loaded.form.title}
            </p>
            <p className="panel__lead">{t('prework.form.lead', { organization: loaded.form.organization })}</p>
            <PreworkFields form={loaded.form} link={link} />
          </>
        )}
      </section>
    </main>
  );
}
