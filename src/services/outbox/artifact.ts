import { readFile } from 'node:fs/promises';
import { basename, relative, resolve, isAbsolute } from 'node:path';
import { conflict, notFound } from '../../domain/errors.js';
import type { Ctx } from '../context.js';
import { getMessage } from '../messages/messages.js';

/** A delivered message's file: the `.eml` saved for the user's mail program, or the PDF. */
export interface MessageFile {
  name: string;
  type: 'message/rfc822' | 'application/pdf';
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * The file a message was delivered as (`send` with via eml or pdf), for the web app to hand to
 * the browser. Only files inside the outbox folder are served: a file the CLI wrote elsewhere
 * (`--out`) is the user's own, and the local server does not read arbitrary paths.
 */
export async function messageFile(
  ctx: Ctx,
  idInput: string | number,
  outDir: string | undefined,
): Promise<MessageFile> {
  const m = await getMessage(ctx, idInput);
  const path = m.artifactPath;
  if (path === null) {
    throw notFound(`a file for message`, m.id, 'message');
  }
  if (outDir === undefined) throw conflict('this server keeps no outbox folder', 'message');
  const rel = relative(resolve(outDir), resolve(path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw conflict(`message ${m.id} was saved outside the outbox folder, at ${path}`, 'message');
  }
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    throw notFound('the file of message', m.id, 'message');
  }
  return {
    name: basename(path),
    type: path.endsWith('.pdf') ? 'application/pdf' : 'message/rfc822',
    bytes,
  };
}
