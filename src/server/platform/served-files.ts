// Serving a stored file to someone the owner object's module has let see it (a need's photo, a project's evidence, a
// pairing's agreement): the file must still be on disk, goes inline under its own name, and only the caller's own
// cache may keep it.
import fs from 'node:fs';
import type { FastifyReply } from 'fastify';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { filePath, type FileRow } from './files.ts';

export interface ServedFile {
  path: string;
  mime: string;
  sizeBytes: number;
  name: string;
}

/** The file as it will be served; NOT_FOUND (with `goneMessage` when given) if its bytes are no longer stored. */
export function servedFile(
  config: Pick<Config, 'dataDir'>,
  file: Pick<FileRow, 'sha256' | 'mime' | 'size_bytes' | 'original_name'>,
  goneMessage?: string,
): ServedFile {
  const path = filePath(config, file.sha256);
  if (!fs.existsSync(path)) throw new AppError('NOT_FOUND', goneMessage === undefined ? {} : { message: goneMessage });
  return { path, mime: file.mime, sizeBytes: file.size_bytes, name: file.original_name };
}

/** `inline` with the name in both forms: ASCII for old clients, UTF-8 (RFC 5987) for Chinese names. */
export function inlineDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function sendPrivateFile(reply: FastifyReply, file: ServedFile): FastifyReply {
  // Not public: only the signed-in caller's own cache may keep it.
  return reply
    .header('content-type', file.mime)
    .header('content-length', String(file.sizeBytes))
    .header('content-disposition', inlineDisposition(file.name))
    .header('cache-control', 'private, max-age=300')
    .send(fs.createReadStream(file.path));
}
