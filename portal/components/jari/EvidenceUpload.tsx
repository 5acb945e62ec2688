'use client';
import { useState } from 'react';

type Words = {
  label: string;
  item: string;
  done: string;
  hint: string;
  uploading: string;
  failed: string;
  tooBig: string;
  wrongType: string;
  tooMany: string;
  remove: string;
};
type Item = { key: number; id?: string; error?: string };

const MAX = 10 * 1024 * 1024;
const MAX_FILES = 5;
const TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/**
 * Evidence for a JARI report: each chosen file goes at once to /jari/unggah (no account, no file name),
 * and the answered upload id rides along in the report form as a hidden `evidenceUploadIds`. The list
 * shows "Bukti 1", "Bukti 2": the file's own name may identify the reporter and is not repeated.
 * Needs JavaScript; without it the report is sent without evidence.
 */
export default function EvidenceUpload({ words }: { words: Words }) {
  const [items, setItems] = useState<Item[]>([]);
  const [busy, setBusy] = useState(0);
  const [note, setNote] = useState<string | null>(null);

  async function send(file: File, key: number) {
    const set = (patch: Partial<Item>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i)));
    if (file.size > MAX) return set({ error: words.tooBig });
    if (file.type && !TYPES.includes(file.type)) return set({ error: words.wrongType });
    setBusy((n) => n + 1);
    try {
      const res = await fetch('/jari/unggah', {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/octet-stream' },
        body: file,
      });
      const body = (await res.json().catch(() => ({}))) as { ok?: boolean; message?: string; upload?: { id: string } };
      if (res.ok && body.upload) set({ id: body.upload.id });
      else set({ error: body.message ?? words.failed });
    } catch {
      set({ error: words.failed });
    } finally {
      setBusy((n) => n - 1);
    }
  }

  function choose(e: React.ChangeEvent<HTMLInputElement>) {
    const files = Array.from(e.target.files ?? []);
    e.target.value = '';
    setNote(null);
    const room = MAX_FILES - items.filter((i) => !i.error).length;
    if (files.length > room) setNote(words.tooMany);
    const base = Date.now();
    const fresh = files.slice(0, Math.max(0, room)).map((f, n) => ({ file: f, item: { key: base + n } as Item }));
    setItems((all) => [...all, ...fresh.map((x) => x.item)]);
    fresh.forEach((x) => void send(x.file, x.item.key));
  }

  const kept = items.filter((i) => !i.error || i.id);
  return (
    <div className="field" data-testid="jari-evidence">
      <label htmlFor="jari-evidence-input">{words.label}</label>
      <p className="hint" id="jari-evidence-hint">
        {words.hint}
      </p>
      <input
        id="jari-evidence-input"
        type="file"
        accept="image/jpeg,image/png,application/pdf"
        multiple
        onChange={choose}
        aria-describedby="jari-evidence-hint"
        disabled={kept.length >= MAX_FILES}
      />
      {note && (
        <p className="field-error" role="alert">
          {note}
        </p>
      )}
      {items.length > 0 && (
        <ul className="evidence-list" aria-live="polite">
          {items.map((i, n) => (
            <li key={i.key}>
              {`${words.item} ${n + 1}`}: {i.error ? <span className="field-error">{i.error}</span> : i.id ? `✓ ${words.done}` : words.uploading}
              {i.id && <input type="hidden" name="evidenceUploadIds" value={i.id} />}{' '}
              <button type="button" className="btn btn-link" onClick={() => setItems((all) => all.filter((x) => x.key !== i.key))}>
                {words.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      {busy > 0 && <p className="hint">{words.uploading}</p>}
    </div>
  );
}
