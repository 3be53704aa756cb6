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
  labels ??= labelsByKey();
  return labels.get(normalizeOrgKey(key)) ?? key;
}

/** The lexicon's first name per normalized key, the first body winning (made once, not per organization). */
let labels: Map<string, string | undefined> | undefined;

function labelsByKey(): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const b of KNOWN_BODIES) {
    if (b.key === undefined) continue;
    const k = normalizeOrgKey(b.key);
    if (!out.has(k)) out.set(k, b.names[0]);
  }
  return out;
}
