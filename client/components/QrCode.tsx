import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code for `url`, drawn as SVG so it stays sharp on a projector. */
export function QrCode({ url, label, size }: { url: string; label: string; size: number }) {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((svg) => {
        if (!cancelled) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => setSource(null));
    return () => {
      cancelled = true;
    };
  }, [url]);
  if (!source) return <div className="qr qr--empty" style={{ width: size, height: size }} />;
  return <img className="qr" src={source} alt={label} width={size} height={size} />;
}
