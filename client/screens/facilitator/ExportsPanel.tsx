import { useState } from 'react';
import { BusyButton } from '../../components/BusyButton.js';
import { useT, type MessageKey } from '../../i18n/index.js';
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

  async function download(format: ExportFormat) {
    if (!token || busy !== null) return;
    setBusy(format);
    const outcome = await downloadExport(code, token, format);
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
