/**
 * One key per organization across reports. Within a report the extractor keys a body by its
 * acronym (defined there or widely known), else by its name as first written; a body whose
 * acronym another report defined ("Caribbean Police Training Network (CPTN)") would then get two
 * keys. Before a report is loaded, each of its organizations whose names the knowledge base
 * already files under another key takes that key, in its mentions, organizations and activities.
 */
import type { ReportRecord } from '../pipeline/record.js';
import type { Db } from './open.js';
import { statement } from './statements.js';

export function unifyOrganizations(db: Db, record: ReportRecord): void {
  const remap = new Map<string, string>();
  for (const org of record.organizations) {
    for (const name of org.names) {
      const known = statement(db, 'orgKeyByName').get(name, org.key) as { key: string } | undefined;
      if (known) {
        remap.set(org.key, known.key);
        break;
      }
    }
  }
  if (remap.size === 0) return;
  const keyOf = (key: string) => remap.get(key) ?? key;
  for (const m of record.mentions) if (m.type === 'organization') m.value = keyOf(m.value);
  const merged = new Map<string, ReportRecord['organizations'][number]>();
  for (const org of record.organizations) {
    const key = keyOf(org.key);
    const into = merged.get(key);
    if (into) into.names = [...new Set([...into.names, ...org.names])];
    else merged.set(key, { ...org, key });
  }
  record.organizations = [...merged.values()];
  for (const e of record.events) {
    if (e.event.organizations) e.event = { ...e.event, organizations: [...new Set(e.event.organizations.map(keyOf))] };
  }
}
