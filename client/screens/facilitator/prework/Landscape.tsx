import type { LandscapeView } from '../../../../shared/session/prework/landscape.js';
import { useT } from '../../../i18n/index.js';

type Toggle = (id: string) => void;

/** Every organization's priorities side by side, each one selectable to group or seed it. */
export function OrganizationColumns(props: { landscape: LandscapeView; picked: string[]; onToggle: Toggle }) {
  const { landscape, picked, onToggle } = props;
  const t = useT();
  const themeOf = new Map(landscape.themes.map((theme) => [theme.id, theme.label]));
  return (
    <div className="landscape">
      {landscape.organizations.map((org) => (
        <section key={org.name} className="landscape__column" aria-label={org.name}>
          <h3 dir="auto">{org.name}</h3>
          {org.priorities.length === 0 ? (
            <p className="field__hint">{t('prework.noPriorities')}</p>
          ) : (
            <ol className="bare-list">
              {org.priorities.map((p) => (
                <li key={p.id}>
                  <label className="choice">
                    <input type="checkbox" checked={picked.includes(p.id)} onChange={() => onToggle(p.id)} />
                    <span>
                      <span className="landscape__rank">{t('prework.rank', { rank: p.rank })}</span>{' '}
                      <span dir="auto">{p.text}</span>
                      {p.themeId && <span className="tag tag--pending">{themeOf.get(p.themeId)}</span>}
                      {p.seeded && <span className="tag tag--done">{t('prework.inPool')}</span>}
                    </span>
                  </label>
                </li>
              ))}
            </ol>
          )}
          {org.explicitInterests && (
            <p className="landscape__interest">
              <strong>{t('prework.explicitLabel')}</strong> <span dir="auto">{org.explicitInterests}</span>
            </p>
          )}
          {org.implicitInterests && (
            <p className="landscape__interest landscape__interest--private">
              <strong>{t('prework.implicitLabel')}</strong> <span dir="auto">{org.implicitInterests}</span>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}

/** The themes, which organizations named each and at which rank; the candidate common ground first. */
export function ThemeList(props: { landscape: LandscapeView; picked: string[]; onToggle: Toggle }) {
  const { landscape, picked, onToggle } = props;
  const t = useT();
  if (landscape.themes.length === 0) return <p className="field__hint">{t('prework.noThemes')}</p>;
  const order = [
    ...landscape.commonGround,
    ...landscape.themes.map((th) => th.id).filter((id) => !landscape.commonGround.includes(id)),
  ];
  const byId = new Map(landscape.themes.map((theme) => [theme.id, theme]));
  return (
    <ul className="bare-list themes">
      {order.map((id) => {
        const theme = byId.get(id);
        if (!theme) return null;
        const named = theme.priorities.map((p) => t('prework.namedAt', { organization: p.organization, rank: p.rank }));
        return (
          <li key={id} className="theme">
            <label className="choice">
              <input type="checkbox" checked={picked.includes(id)} onChange={() => onToggle(id)} />
              <span>
                <strong dir="auto">{theme.label}</strong>
                {landscape.commonGround.includes(id) && <span className="tag tag--done">{t('prework.commonTag')}</span>}
                {theme.seeded && <span className="tag tag--pending">{t('prework.inPool')}</span>}
                <span className="choice__hint">{named.join(' · ')}</span>
                {theme.mergedFrom.length > 0 && (
                  <span className="choice__hint">
                    {t('prework.mergedFrom', { labels: theme.mergedFrom.join(', ') })}
                  </span>
                )}
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
