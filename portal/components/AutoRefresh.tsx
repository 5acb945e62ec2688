'use client';
import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

/**
 * Re-renders the page from the server every few seconds while it is visible, without a full reload
 * (a <meta refresh> would move focus and screen readers away). Waits while someone is typing in a form.
 * Without JavaScript the page's own "refresh" link does the job.
 */
export default function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      const typing = document.activeElement?.matches('input, textarea, select');
      if (document.visibilityState === 'visible' && !typing) router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
