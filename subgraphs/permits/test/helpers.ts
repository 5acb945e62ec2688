import { randomUUID } from 'node:crypto';
import { OfficerRole, signAccessToken, type StartedSubgraph } from '@kendari/kit';

export const SECRET = 'test-secret-test-secret-test-secret-0123';

export const citizenToken = (id: string, name: string) => signAccessToken({ kind: 'citizen', id, name }, SECRET);

export function officerToken(role: OfficerRole, agencyId: string | null, name = `Test ${role}`) {
  return signAccessToken({ kind: 'officer', id: randomUUID(), name, role, kelurahanId: null, kecamatanId: null, agencyId }, SECRET);
}

/** The subgraph's base (without /graphql) for the upload routes. */
export const baseOf = (sg: StartedSubgraph) => sg.url.replace(/\/graphql$/, '');

export async function upload(sg: StartedSubgraph, token: string | null, body: Buffer, name = 'dokumen.pdf') {
  const res = await fetch(`${baseOf(sg)}/api/uploads`, {
    method: 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** A small valid PDF (the bytes decide the type), padded with a comment to `size` bytes. */
export function pdf(size = 600, label = 'x'): Buffer {
  const head = `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${label}\n`;
  const tail = 'trailer << /Root 1 0 R >>\n%%EOF\n';
  const pad = Math.max(0, size - head.length - tail.length);
  return Buffer.concat([Buffer.from(head), Buffer.alloc(pad, 0x25), Buffer.from(tail)]);
}

export async function countRows(sg: StartedSubgraph, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const rows = await sg.orm.em.getConnection().execute(`select count(*)::int as n from "permits"."${table}" where ${where}`, params);
  return rows[0].n;
}
