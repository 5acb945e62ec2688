import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import sharp from 'sharp';
import { repoRoot } from '../discover';

/** What the store accepts, decided from the bytes (never from the name or the declared type). */
export const UPLOAD_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type UploadMediaType = (typeof UPLOAD_MEDIA_TYPES)[number];

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export class UploadTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`file larger than ${limit} bytes`);
  }
}
export class UnsupportedMediaError extends Error {}
export class CorruptUploadError extends Error {}

export interface StoredFile {
  sha256: string;
  sizeBytes: number;
  mediaType: UploadMediaType;
}

// file-type is ESM only; Node 20.19+ can require() it, and one lazy require keeps the kit CommonJS
type FileTypeResult = { mime: string; ext: string } | undefined;
let fileTypeFromFile: ((p: string) => Promise<FileTypeResult>) | undefined;
function detect(p: string): Promise<FileTypeResult> {
  fileTypeFromFile ??= (require('file-type') as { fileTypeFromFile: (p: string) => Promise<FileTypeResult> }).fileTypeFromFile;
  return fileTypeFromFile(p);
}

let configuredDir: string | undefined;

/**
 * Where this process stores files: set once at start from the parsed settings (`UPLOADS_DIR`, see
 * `uploadsEnv`) by a subgraph that takes files; `<repo>/.data/uploads` when unset. Tests set their own.
 */
export function configureUploads(dir: string | undefined): void {
  configuredDir = dir;
}

export const defaultUploadsDir = () => path.resolve(configuredDir ?? path.join(repoRoot(), '.data', 'uploads'));

/**
 * Files stored content-addressed: `<dir>/<first 2 hex>/<sha256>`. Bytes are streamed to a temporary
 * file (never held whole in memory), their type decided by their magic bytes, images re-encoded so
 * no EXIF/GPS/XMP/ICC text survives, then the file is renamed to its hash. Every read re-hashes.
 */
export class UploadStore {
  readonly dir: string;
  constructor(dir = defaultUploadsDir()) {
    this.dir = path.resolve(dir);
  }

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  /** Streams `body` into the store. Throws UploadTooLargeError / UnsupportedMediaError; leaves nothing behind on failure. */
  async put(body: Readable, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<StoredFile> {
    const tmpDir = path.join(this.dir, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const raw = path.join(tmpDir, randomUUID());
    const clean = `${raw}.clean`;
    try {
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          size += chunk.length;
          if (size > maxBytes) cb(new UploadTooLargeError(maxBytes));
          else cb(null, chunk);
        },
      });
      // the body is piped, not handed to pipeline(): on a size error the request must stay open
      // (drained) so that the 413 can still be answered instead of a reset connection
      const written = pipeline(counter, createWriteStream(raw, { mode: 0o600 }));
      body.on('error', (e) => counter.destroy(e));
      body.pipe(counter);
      try {
        await written;
      } catch (err) {
        body.unpipe(counter);
        body.resume();
        throw err;
      }
      if (size === 0) throw new UnsupportedMediaError('empty file');
      const type = await detect(raw);
      const mediaType = UPLOAD_MEDIA_TYPES.find((t) => t === type?.mime);
      if (!mediaType) throw new UnsupportedMediaError(type?.mime ?? 'unknown');
      let final = raw;
      if (mediaType !== 'application/pdf') {
        // rotate() applies the EXIF orientation to the pixels; sharp writes no metadata unless asked (withMetadata/keepExif)
        const img = sharp(raw, { failOn: 'error', limitInputPixels: 60_000_000, sequentialRead: true }).rotate();
        await (mediaType === 'image/jpeg' ? img.jpeg({ quality: 85 }) : img.png({ compressionLevel: 8 })).toFile(clean);
        final = clean;
      }
      const { sha256, sizeBytes } = await hashFile(final);
      if (sizeBytes > maxBytes) throw new UploadTooLargeError(maxBytes);
      const target = this.pathOf(sha256);
      await mkdir(path.dirname(target), { recursive: true });
      // same bytes already stored: keep one copy (content-addressed)
      if (await exists(target)) await rm(final, { force: true });
      else await rename(final, target);
      return { sha256, sizeBytes, mediaType };
    } catch (err) {
      // sharp failing to decode means the bytes only looked like an image
      if (
        err instanceof Error &&
        !(err instanceof UploadTooLargeError) &&
        !(err instanceof UnsupportedMediaError) &&
        /Input|VipsJpeg|pngload|jpegload|corrupt|premature/i.test(err.message)
      ) {
        throw new UnsupportedMediaError('undecodable image');
      }
      throw err;
    } finally {
      await rm(raw, { force: true });
      await rm(clean, { force: true });
    }
  }

  /** Checks the stored bytes still hash to their name, then gives a stream of them. */
  async open(sha256: string): Promise<{ stream: Readable; sizeBytes: number }> {
    const p = this.pathOf(sha256);
    const { sha256: actual, sizeBytes } = await hashFile(p).catch(() => ({ sha256: '', sizeBytes: 0 }));
    if (actual !== sha256) throw new CorruptUploadError('stored file missing or its hash does not match');
    return { stream: createReadStream(p), sizeBytes };
  }
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

export async function hashFile(p: string): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of createReadStream(p)) {
    hash.update(chunk as Buffer);
    sizeBytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}
