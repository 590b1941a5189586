import { QrCode } from '../../components/QrCode.js';
import { useT } from '../../i18n/index.js';

/** The way in: a QR code for the join link and the room code in letters big enough to read across a room. */
export function JoinCard({ displayCode, size }: { displayCode: string; size: 'hero' | 'corner' }) {
  const t = useT();
  const joinUrl = `${window.location.origin}/join/${displayCode}`;
  const host = window.location.host;
  return (
    <section className={`join-card join-card--${size}`} aria-labelledby="join-card-heading">
      <h2 id="join-card-heading" className="join-card__heading">
        {t('display.joinHeading')}
      </h2>
      <QrCode url={joinUrl} size={size === 'hero' ? 360 : 200} label={t('display.qrLabel', { url: joinUrl })} />
      <p className="join-card__where">{t('display.joinAt', { host })}</p>
      <p className="join-card__code" aria-label={t('display.codeLabel', { code: displayCode.split('').join(' ') })}>
        {displayCode}
      </p>
    </section>
  );
}
