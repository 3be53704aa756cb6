/**
 * A processed report as plain rows for the knowledge base: everything db/load.ts writes, with
 * raw-text offsets, and nothing the database layer has to work out for itself.
 */
import { countryName } from '../extractors/country/index.js';
import { organizationLabel } from '../extractors/organization/index.js';
import { readText, spanFromView } from './document.js';
import type { GoldEvent } from './gold.js';
import type { InheritedDate } from '../extractors/event/date-context.js';
import type { Processed } from './index.js';
import { fingerprint } from './fingerprint.js';
import { reportMetadata } from './metadata.js';

export interface ReportRecord {
  path: string;
  /** The file's resolved path (symbolic links and './' resolved): what 'the same file' means. */
  realPath: string;
  sha256: string;
  format: string;
  bytes: number;
  pages: number;
  title: string | null;
  issuer: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  rawText: string;
  /** The document symbol of its cover or distribution header ("CP/CSH-946/08", "A/70/123"), where the report states one. */
  symbol: string | null;
  /** A signature of the report's words (pipeline/fingerprint.ts), to know its twin in another format. */
  fingerprint: string | null;
  sections: Array<{ ordinal: number; parent: number; level: number; heading: string; start: number; end: number; headingEnd: number }>;
  paragraphs: Array<{ ordinal: number; section: number; kind: string; role: string | null; start: number; end: number; page: number | null; text: string }>;
  mentions: Array<{ paragraph: number; type: string; start: number; end: number; text: string; value: string; valueInt: number | null; mod: string | null; rule: string; implied: string | null }>;
  /**
   * `trigger`: the trigger as a reader reads it (page furniture inside it cut out, whitespace folded; readText);
   * `inherited`: for an activity without a date of its own, the nearest date context and where it came from.
   */
  events: Array<{ paragraph: number; event: GoldEvent; trigger: string; breakdown?: Record<string, number>; inherited?: InheritedDate }>;
  countries: Array<{ iso3: string; name: string }>;
  organizations: Array<{ key: string; name: string; names: string[] }>;
}

/**
 * Block kinds paragraphs.kind accepts (its CHECK in migration 001). Contents lists and cover
 * furniture ('contents', 'front') are stored as 'paragraph' until a migration widens the CHECK.
 */
const STORED_KINDS: ReadonlySet<string> = new Set(['heading', 'paragraph', 'bullet', 'article']);
/** The layout role a stored 'paragraph' plays (migration 011): a contents list, or cover and distribution furniture. */
const ROLES: Readonly<Record<string, string>> = { contents: 'contents', front: 'cover' };

export function toRecord(path: string, result: Processed): ReportRecord {
  const { doc } = result;
  const pageOf = (start: number) => doc.pages.find((p) => start >= p.start && start <= p.end)?.number ?? null;
  const sections = doc.sections.map((s, ordinal) => {
    const heading = spanFromView(doc, s.headingStart, s.headingEnd);
    const whole = spanFromView(doc, s.start, s.end);
    return { ordinal, parent: s.parent, level: s.level, heading: heading.text.replace(/\s+/g, ' '), start: whole.start, end: whole.end, headingEnd: heading.end };
  });
  const paragraphs = doc.blocks.map((b, ordinal) => {
    const span = spanFromView(doc, b.start, b.end);
    return { ordinal, section: b.section, kind: STORED_KINDS.has(b.kind) ? b.kind : 'paragraph', role: ROLES[b.kind] ?? null, start: span.start, end: span.end, page: doc.format === 'txt' ? null : pageOf(span.start), text: doc.view.text.slice(b.start, b.end) };
  });
  const mentions = result.mentions.map((m) => ({
    paragraph: m.block,
    type: m.type,
    start: m.start,
    end: m.end,
    text: m.text,
    value: String(m.value),
    valueInt: typeof m.value === 'number' ? m.value : null,
    mod: m.mod ?? null,
    rule: m.rule,
    implied: m.implied?.join(',') ?? null,
  }));
  const meta = reportMetadata(result);
  return {
    path,
    realPath: path,
    sha256: doc.sha256,
    format: doc.format,
    bytes: doc.bytes,
    pages: doc.pages.length,
    title: meta.title,
    issuer: meta.issuer,
    symbol: meta.symbol,
    periodStart: result.period?.start ?? null,
    periodEnd: result.period?.end ?? null,
    rawText: doc.raw,
    fingerprint: fingerprint(doc.raw),
    sections,
    paragraphs,
    mentions,
    events: result.events.map((e) => ({ paragraph: e.block, event: e.gold, trigger: readText(doc, e.gold.trigger), ...(e.breakdown ? { breakdown: e.breakdown } : {}), ...(e.inherited ? { inherited: e.inherited } : {}) })),
    countries: distinct(result.mentions.filter((m) => m.type === 'country').map((m) => String(m.value))).map((iso3) => ({
      iso3,
      name: countryName(iso3) ?? iso3,
    })),
    organizations: organizationsOf(result),
  };
}

function organizationsOf(result: Processed): ReportRecord['organizations'] {
  const byKey = new Map<string, string[]>();
  for (const m of result.mentions) {
    if (m.type !== 'organization') continue;
    const key = String(m.value);
    const names = byKey.get(key) ?? [];
    const name = m.text.replace(/\s+/g, ' ');
    if (!names.includes(name)) names.push(name);
    byKey.set(key, names);
  }
  return [...byKey].map(([key, names]) => ({ key, name: displayName(key, names), names }));
}

/**
 * The name an organization is shown under: its name in the lexicon of well-known bodies, else the
 * longest name the report writes out in ordinary case (not an all-capital heading), else the key.
 */
function displayName(key: string, names: readonly string[]): string {
  const known = organizationLabel(key);
  if (known !== key) return known;
  const written = names.filter((n) => n !== key && n !== n.toUpperCase());
  return [...written].sort((a, b) => b.length - a.length)[0] ?? key;
}

const distinct = (values: string[]) => [...new Set(values)];
