/**
 * The reporting body of each section: the organization its nearest heading names (the agency part
 * of the report: "SECRETARIAT OF THE INTER-AMERICAN COMMITTEE AGAINST TERRORISM (CICTE)",
 * "Office of Humanitarian Mine Action"), else the organization the report names most often.
 */
import type { Doc } from '../../pipeline/document.js';
import type { Mention } from '../engine.js';

export function reportingBodies(doc: Doc, mentions: readonly Mention[]): (section: number) => string | undefined {
  const orgs = mentions.filter((m) => m.type === 'organization');
  const byHeading = new Map<number, string>();
  for (const m of orgs) if (doc.blocks[m.block]?.kind === 'heading') byHeading.set(m.block, String(m.value)); // last one wins: "(CICTE)"
  const tally = new Map<string, number>();
  for (const m of orgs) tally.set(String(m.value), (tally.get(String(m.value)) ?? 0) + 1);
  const mostNamed = [...tally].sort((a, b) => b[1] - a[1])[0]?.[0];
  const cache = new Map<number, string | undefined>();
  return (section: number) => {
    if (cache.has(section)) return cache.get(section);
    let key: string | undefined;
    for (let s = section; s >= 0 && key === undefined; s = doc.sections[s]?.parent ?? -1) {
      const sec = doc.sections[s];
      if (sec) key = byHeading.get(sec.block);
    }
    key ??= mostNamed;
    cache.set(section, key);
    return key;
  };
}
