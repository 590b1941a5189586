import '../../../styles/prework.css';
import { useState } from 'react';
import type { FacilitatorView } from '../../../../shared/session/views.js';
import { PREWORK_LIMITS } from '../../../../shared/session/limits.js';
import { BusyButton, useBusyAction } from '../../../components/BusyButton.js';
import { TextField } from '../../../components/form/TextField.js';
import { useT } from '../../../i18n/index.js';
import { steer } from '../../../session/facilitator-actions.js';
import { OrganizationColumns, ThemeList } from './Landscape.js';
import { PreworkLinks } from './PreworkLinks.js';

interface Picked {
  picked: string[];
  themeIds: Set<string>;
  /** Clears the selection after a step the server accepted. */
  done: () => void;
}

/** Naming a theme and grouping the ticked priorities (and themes) under it. */
function GroupTheme({ picked, themeIds, done }: Picked) {
  const t = useT();
  const [label, setLabel] = useState('');
  const { busy, run } = useBusyAction();
  async function group() {
    const priorityIds = picked.filter((id) => !themeIds.has(id));
    const outcome = await steer('prework:group', {
      label,
      priorityIds,
      themeIds: picked.filter((id) => themeIds.has(id)),
    });
    if (!outcome.ok) return;
    setLabel('');
    done();
  }
  return (
    <>
      <TextField
        label={t('prework.themeLabel')}
        value={label}
        onChange={setLabel}
        maxLength={PREWORK_LIMITS.themeLabel}
        hint={t('prework.themeHint')}
      />
      <BusyButton
        className="button"
        inactive={busy || picked.length === 0 || label.trim() === ''}
        onClick={() => void run(group)}
      >
        {t('prework.group', { count: picked.length })}
      </BusyButton>
    </>
  );
}

/** Bringing the ticked themes or priorities into the idea pool, named after their organizations or not. */
function SeedPool({ picked, done }: Picked) {
  const t = useT();
  const [attributed, setAttributed] = useState(true);
  const { busy, run } = useBusyAction();
  async function seed() {
    const outcome = await steer('prework:seed', { itemIds: picked, attributed });
    if (outcome.ok) done();
  }
  return (
    <>
      <label className="choice">
        <input type="checkbox" checked={attributed} onChange={() => setAttributed(!attributed)} />
        <span>{t('prework.attribute')}</span>
      </label>
      <BusyButton
        className="button button--primary"
        inactive={busy || picked.length === 0}
        onClick={() => void run(seed)}
      >
        {t('prework.seed', { count: picked.length })}
      </BusyButton>
      <p className="field__hint">{t('prework.seedHint')}</p>
    </>
  );
}

/**
 * Before the room: the links that ask each organization for its top three priorities, the
 * landscape they make side by side, themes grouped from them, and seeding the idea pool.
 */
export function PreworkPanel({ view }: { view: FacilitatorView }) {
  const t = useT();
  const [picked, setPicked] = useState<string[]>([]);
  if (view.organizations.length === 0 && view.prework.organizations.length === 0) return null;
  const landscape = view.prework;
  const toggle = (id: string) => setPicked(picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id]);
  const selection: Picked = {
    picked,
    themeIds: new Set(landscape.themes.map((th) => th.id)),
    done: () => setPicked([]),
  };
  return (
    <section className="card prework" aria-labelledby="prework-heading">
      <h2 id="prework-heading">{t('prework.heading')}</h2>
      <p className="field__hint">{t('prework.lead')}</p>
      <PreworkLinks view={view} />
      <h3>{t('prework.landscapeHeading')}</h3>
      <OrganizationColumns landscape={landscape} picked={picked} onToggle={toggle} />
      <h3>{t('prework.themesHeading')}</h3>
      <ThemeList landscape={landscape} picked={picked} onToggle={toggle} />
      <div className="prework-actions">
        <GroupTheme {...selection} />
        {(view.phase === 'lobby' || view.phase === 'ideation') && <SeedPool {...selection} />}
      </div>
    </section>
  );
}
