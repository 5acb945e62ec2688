'use client';
import { useEffect, useState } from 'react';

/**
 * Asks the phone for its position and fills the hidden latitude/longitude fields of the form it sits in.
 * Without JavaScript or permission the resident picks a kelurahan / types an address instead.
 */
export default function LocateMe({ texts }: { texts: { asking: string; found: string; denied: string; unsupported: string; retry: string } }) {
  const [state, setState] = useState<'idle' | 'asking' | 'found' | 'denied' | 'unsupported'>('idle');
  const [pos, setPos] = useState<{ lat: string; lng: string; acc: number } | null>(null);
  const locate = () => {
    if (!('geolocation' in navigator)) return setState('unsupported');
    setState('asking');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setPos({ lat: p.coords.latitude.toFixed(6), lng: p.coords.longitude.toFixed(6), acc: Math.round(p.coords.accuracy) });
        setState('found');
      },
      () => setState('denied'),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
    );
  };
  useEffect(locate, []);
  return (
    <div className={state === 'found' ? 'notice' : state === 'denied' || state === 'unsupported' ? 'warning' : 'notice'} role="status" aria-live="polite">
      <input type="hidden" name="latitude" value={pos?.lat ?? ''} />
      <input type="hidden" name="longitude" value={pos?.lng ?? ''} />
      {state === 'asking' && <p>{texts.asking}</p>}
      {state === 'found' && pos && (
        <p>
          <strong>{texts.found}</strong> ({pos.lat}, {pos.lng}, ±{pos.acc} m)
        </p>
      )}
      {(state === 'denied' || state === 'unsupported') && <p>{state === 'denied' ? texts.denied : texts.unsupported}</p>}
      {state !== 'asking' && state !== 'found' && state !== 'idle' && (
        <button type="button" className="btn btn-secondary btn-small" onClick={locate}>
          {texts.retry}
        </button>
      )}
    </div>
  );
}
