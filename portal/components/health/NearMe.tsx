'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';

/** Asks the phone for its position and reloads the list nearest first; without JavaScript the kelurahan filter does the job. */
export default function NearMe({ texts }: { texts: { button: string; asking: string; denied: string } }) {
  const router = useRouter();
  const [state, setState] = useState<'idle' | 'asking' | 'denied'>('idle');
  const locate = () => {
    if (!('geolocation' in navigator)) return setState('denied');
    setState('asking');
    navigator.geolocation.getCurrentPosition(
      (p) => router.push(`/kesehatan?lat=${p.coords.latitude.toFixed(5)}&lng=${p.coords.longitude.toFixed(5)}`),
      () => setState('denied'),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  };
  return (
    <>
      <button type="button" className="btn btn-secondary" onClick={locate}>
        {texts.button}
      </button>
      {state !== 'idle' && (
        <span role="status" className="meta">
          {' '}
          {state === 'asking' ? texts.asking : texts.denied}
        </span>
      )}
    </>
  );
}
