import { useState } from 'react';
import { BusyButton } from '../../components/BusyButton.js';
import { LanguageSelect } from '../../components/LanguageSelect.js';
import { currentLocale, useT, type MessageKey } from '../../i18n/index.js';
import { LANGUAGES } from '../../i18n/languages.js';

// The server writes reports in the six languages; a pseudo-locale console asks for English.
const offered = (tag: string) => LANGUAGES.some((language) => language.tag === tag);
import { downloadExport, type ExportFormat } from '../../session/exports.js';
import { pushNotice } from '../../session/notices.js';
import { useAppStore } from '../../store/app-store.js';
import { Card } from '../../components/Card.js';

const FORMATS: { format: ExportFormat; label: MessageKey }[] = [
  { format: 'pdf', label: 'host.exports.pdf' },
  { format: 'csv', label: 'host.exports.csv' },
  { format: 'md', label: 'host.exports.md' },
  { format: 'json', label: 'host.exports.json' },
];

/** The session's record for the alliance: downloads with the facilitator token in a header. */
export function ExportsPanel({ code }: { code: string }) {
  const t = useT();
  const token = useAppStore((state) => (state.attachment?.role === 'facilitator' ? state.attachment.token : null));
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  // The report's language: the console's by default, any of the six on request (sent as ?lang=).
  const [language, setLanguage] = useState(() => (offered(currentLocale()) ? currentLocale() : 'en'));

  async function download(format: ExportFormat) {
    if (!token || busy !== null) return;
    setBusy(format);
    const outcome = await downloadExport(code, token, format, language);
    setBusy(null);
    if (!outcome.ok) {
      pushNotice({
        tone: 'error',
        key: outcome.status === 404 ? 'host.exports.unavailable' : 'host.exports.failed',
      });
    }
  }

  return (
    <Card id="exports" heading={t('host.exports.heading')} hint={t('host.exports.hint')}>
      <LanguageSelect label={t('host.exports.language')} value={language} onChange={setLanguage} />
      <div className="button-row">
        {FORMATS.map(({ format, label }) => (
          <BusyButton key={format} className="button" inactive={busy !== null} onClick={() => void download(format)}>
            {busy === format ? t('host.exports.downloading') : t(label)}
          </BusyButton>
        ))}
      </div>
    </Card>
  );
}
