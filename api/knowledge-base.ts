/** A knowledge base as the library hands it out: a path and a connection the caller closes. */
import { openDb, type Db } from '../db/open.js';

export interface OpenOptions {
  /** Open for reading only: nothing is created, migrated or written. */
  readonly?: boolean;
}

export interface KnowledgeBase {
  /** The SQLite file it was opened from. */
  readonly path: string;
  readonly readonly: boolean;
  /** Whether close() has not been called yet. */
  readonly isOpen: boolean;
  close(): void;
}

/** Connections stay out of the public types, so users need no better-sqlite3 types. */
const connections = new WeakMap<KnowledgeBase, Db>();

/**
 * Opens (or, unless readonly, creates) the knowledge base at `path`, upgrading an older schema.
 * Throws one clear error when the file is missing (readonly), not SQLite, or newer than this reportkb.
 */
export function openKnowledgeBase(path: string, options: OpenOptions = {}): KnowledgeBase {
  const readonly = options.readonly ?? false;
  const db = openDb(path, { readonly });
  const kb: KnowledgeBase = {
    path,
    readonly,
    get isOpen() {
      return connections.has(kb);
    },
    close() {
      connections.get(kb)?.close();
      connections.delete(kb);
    },
  };
  connections.set(kb, db);
  return kb;
}

/** The connection behind a knowledge base (for the API's own modules, not exported from the package). */
export function connectionOf(kb: KnowledgeBase, forWriting = false): Db {
  const db = connections.get(kb);
  if (!db) throw new Error(`the knowledge base ${kb.path} is closed`);
  if (forWriting && kb.readonly) throw new Error(`the knowledge base ${kb.path} was opened readonly`);
  return db;
}
