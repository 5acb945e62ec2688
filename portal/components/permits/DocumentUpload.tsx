'use client';
import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';

type Words = { choose: string; send: string; uploading: string; done: string; failed: string; tooBig: string; wrongType: string };

const MAX = 10 * 1024 * 1024;
const TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/**
 * One checklist item's upload. Without JavaScript it is a plain multipart form to /izin/unggah (the
 * page comes back with the result). With JavaScript the file goes as a raw body with a progress bar,
 * and errors appear next to the field.
 */
export default function DocumentUpload({
  applicationId,
  requirementKey,
  label,
  words,
}: {
  applicationId: string;
  requirementKey: string;
  label: string;
  words: Words;
}) {
  const router = useRouter();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ok, setOk] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = `up-${requirementKey}`;
  const action = `/izin/unggah?permohonan=${encodeURIComponent(applicationId)}&dokumen=${encodeURIComponent(requirementKey)}`;

  function send(e: React.FormEvent<HTMLFormElement>) {
    const file = input.current?.files?.[0];
    if (!file) return; // let the browser say the field is required
    e.preventDefault();
    setError(null);
    setOk(false);
    // quick checks in the browser; the server decides by the bytes anyway
    if (file.size > MAX) return setError(words.tooBig);
    if (file.type && !TYPES.includes(file.type)) return setError(words.wrongType);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', action);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (ev) => ev.lengthComputable && setProgress(Math.round((ev.loaded / ev.total) * 100));
    xhr.onload = () => {
      setProgress(null);
      let body: { ok?: boolean; message?: string } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      if (xhr.status >= 200 && xhr.status < 300 && body.ok) {
        setOk(true);
        if (input.current) input.current.value = '';
        router.refresh();
      } else setError(body.message ?? words.failed);
    };
    xhr.onerror = () => {
      setProgress(null);
      setError(words.failed);
    };
    setProgress(0);
    xhr.send(file);
  }

  return (
    <form method="post" action={action} encType="multipart/form-data" onSubmit={send} className="upload-form" data-testid={`upload-${requirementKey}`}>
      <div className={`field ${error ? 'has-error' : ''}`}>
        <label htmlFor={id}>
          {words.choose} <span className="visually-hidden">{label}</span>
        </label>
        {error && (
          <p className="field-error" id={`${id}-err`} role="alert">
            {error}
          </p>
        )}
        <input
          ref={input}
          id={id}
          type="file"
          name="file"
          accept="application/pdf,image/jpeg,image/png"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
        />
      </div>
      {progress !== null && (
        <p role="status" aria-live="polite">
          <progress max={100} value={progress} aria-label={words.uploading}>
            {progress}%
          </progress>{' '}
          {words.uploading} {progress}%
        </p>
      )}
      {ok && (
        <p role="status" className="meta">
          {words.done}
        </p>
      )}
      <button type="submit" className="btn btn-secondary btn-small" disabled={progress !== null}>
        {words.send}
      </button>
    </form>
  );
}
