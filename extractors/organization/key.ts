/**
 * For the database layer: organization values are keys ("CICAD", "Ministry of Justice of Chile")
 * that compare case-insensitively (ANNOTATION.md §5).
 */
import { KNOWN_BODIES } from './lexicon.js';

/** The form under which two organization values are the same body. */
export function normalizeOrgKey(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A readable name for a key where the lexicon knows one ("UNODC" → "United Nations Office on Drugs and Crime"), else the key. */
export function organizationLabel(key: string): string {
  const k = normalizeOrgKey(key);
  const body = KNOWN_BODIES.find((b) => b.key !== undefined && normalizeOrgKey(b.key) === k);
  return body?.names[0] ?? key;
}
