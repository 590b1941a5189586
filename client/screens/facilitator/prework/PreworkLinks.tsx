import { useState } from 'react';
import type { FacilitatorView } from '../../../../shared/session/views.js';
import { BusyButton, useBusyAction } from '../../../components/BusyButton.js';
import { useT } from '../../../i18n/index.js';
import { steer } from '../../../session/facilitator-actions.js';
import { pushNotice } from '../../../session/notices.js';
import { createPreworkLink } from '../../../session/prework-api.js';
import { useAppStore } from '../../../store/app-store.js';

/** Each organization's pre-work link: made (shown once), replaced or revoked; and closing pre-work. */
export function PreworkLinks({ view }: { view: FacilitatorView }) {
  const t = useT();
  const token = useAppStore((state) => (state.attachment?.role === 'facilitator' ? state.attachment.token : ''));
  const [links, setLinks] = useState<Record<string, string>>({});
  const { busy, run } = useBusyAction();
  const { prework } = view;

  async function make(organization: string) {
    const made = await createPreworkLink(view.code, token, organization);
    if (made.ok) setLinks((current) => ({ ...current, [organization]: made.value }));
    else pushNotice({ tone: 'error', key: 'prework.linkFailed' });
  }

  return (
    <div className="prework-links">
      <ul className="bare-list">
        {prework.organizations.map((org) => (
          <li key={org.name} className="prework-link">
            <p>
              <strong dir="auto">{org.name}</strong>{' '}
              <span className={org.updatedAt === null ? 'tag' : 'tag tag--done'}>
                {org.updatedAt === null ? t('prework.notAnswered') : t('prework.answered')}
              </span>
            </p>
            {links[org.name] && (
              <label className="field">
                <span className="field__label">{t('prework.linkLabel', { organization: org.name })}</span>
                <input
                  className="input"
                  dir="ltr"
                  readOnly
                  value={links[org.name]}
                  onFocus={(e) => e.target.select()}
                />
              </label>
            )}
            <div className="button-row">
              <BusyButton
                className="button button--small"
                inactive={busy}
                onClick={() => void run(() => make(org.name))}
              >
                {org.linked
                  ? t('prework.replaceLink', { organization: org.name })
                  : t('prework.makeLink', { organization: org.name })}
              </BusyButton>
              {org.linked && (
                <BusyButton
                  className="button button--small"
                  inactive={busy}
                  onClick={() => void run(() => steer('prework:revoke', { organization: org.name }))}
                >
                  {t('prework.revokeLink', { organization: org.name })}
                </BusyButton>
              )}
            </div>
          </li>
        ))}
      </ul>
      <p className="field__hint">{t('prework.linkHint')}</p>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={prework.closed}
          onChange={() => void steer('prework:close', { closed: !prework.closed })}
        />
        <span>{t('prework.close')}</span>
      </label>
    </div>
  );
}
