import QRCode from 'qrcode';

/** A QR code as inline SVG (made on the server; no script, works offline). */
export default async function Qr({ text, label }: { text: string; label: string }) {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return <div className="qr" role="img" aria-label={label} style={{ width: 160, height: 160 }} dangerouslySetInnerHTML={{ __html: svg }} />;
}
