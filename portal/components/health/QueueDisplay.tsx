'use client';
import { useEffect, useState } from 'react';

export type DisplayData = { nowServing: number; remaining: number; estimatedWaitMinutes: number; next: number[]; updatedAt: string };

/**
 * The waiting-room screen: polls a small JSON route every few seconds and updates the numbers in
 * place (no page reload). Without JavaScript the server-rendered numbers still show.
 */
export default function QueueDisplay({
  url,
  initial,
  texts,
}: {
  url: string;
  initial: DisplayData;
  texts: { now: string; next: string; remaining: string; wait: string; minutes: string; updated: string; offline: string };
}) {
  const [d, setD] = useState(initial);
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    const timer = setInterval(async () => {
      try {
        const res = await fetch(url, { cache: 'no-store' });
        if (!res.ok) throw new Error(String(res.status));
        setD(await res.json());
        setOffline(false);
      } catch {
        setOffline(true);
      }
    }, 4000);
    return () => clearInterval(timer);
  }, [url]);
  return (
    <div className="queue-display">
      <p style={{ fontSize: '1.5rem', margin: 0 }}>{texts.now}</p>
      <p data-testid="now-serving" aria-live="polite" style={{ fontSize: '9rem', fontWeight: 800, lineHeight: 1, margin: '0.5rem 0' }}>
        {d.nowServing || '–'}
      </p>
      <p style={{ fontSize: '1.5rem' }}>
        {texts.next}: <strong data-testid="next-numbers">{d.next.length ? d.next.join(', ') : '–'}</strong>
      </p>
      <p style={{ fontSize: '1.25rem' }}>
        {texts.remaining}: <strong data-testid="remaining">{d.remaining}</strong> · {texts.wait}: <strong>{d.estimatedWaitMinutes}</strong> {texts.minutes}
      </p>
      <p className="meta">
        {texts.updated}{' '}
        {new Date(d.updatedAt).toLocaleTimeString('id-ID', { timeZone: 'Asia/Makassar', hour: '2-digit', minute: '2-digit', second: '2-digit' })} WITA
        {offline ? ` · ${texts.offline}` : ''}
      </p>
    </div>
  );
}
