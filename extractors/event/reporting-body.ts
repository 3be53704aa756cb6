/**
 * The reporting bodies of each section (issue 16): the bodies an activity is credited to when the
 * text presents it as their own without naming them ("the Secretariat organized three courses").
 * - The section's own heading, else the nearest heading above it, that names a body (the agency
 *   part: "SECRETARIAT OF THE INTER-AMERICAN COMMITTEE AGAINST TERRORISM (CICTE)").
 * - Where that body is a unit of a larger one ("TRAINING DIVISION", "Anti-Money Laundering
 *   Section"), the larger one too: the next heading up that names a body that is not a unit, else
 *   the report's own body (ANNOTATION.md §4: a unit's events list the unit and its parent).
 * - Where no heading up the chain names a body: the report's own body, which is the most specific
 *   body the title block names above its "report" line, else the body the opening sentence says
 *   the report is of ("This report summarizes the activities of …"), else the body the text
 *   before the first heading presents as acting, else — of the bodies the title block names or the
 *   text presents as acting ("CICAD organized …", "… provided by UNODC") — the one the report names
 *   most often. Never a body merely mentioned elsewhere in the report.
 */
import type { Doc } from '../../pipeline/document.js';
import { documentSymbol, SERIES } from '../../pipeline/symbol.js';
import type { Mention } from '../engine.js';

/** After an organization's name: an optional acronym in brackets or an aside, then a verb of running, hosting or funding an activity. */
const ACTING = /^[’']?s?\s*(?:\([^()]{1,40}\)\s*)?(?:,[^,.;]{1,80},\s*)?(?:(?:also|further|again|successfully|jointly|then|has|have|had|was|were|is|will|would|continued to|began to)\s+)*(?:organi[sz]ed|co-?organi[sz]ed|held|hosted|co-?hosted|delivered|conducted|convened|carried out|provided|offered|trained|ran|launched|co-?sponsored|sponsored|financed|funded|implemented|completed|undertook|gave|led|met|coordinated|facilitated|executed|prepared|developed)\b/i;

/** Before an organization's name: a passive verb of running an activity ("… provided by", "organized jointly by"). */
const ACTING_BY = /\b(?:organi[sz]ed|co-?organi[sz]ed|held|hosted|delivered|conducted|convened|carried out|provided|offered|run|sponsored|co-?sponsored|financed|funded|implemented|led|coordinated|facilitated|executed|prepared)\s+(?:\w+ly\s+)?by\s+(?:the\s+)?$/i;

/**
 * Before the body a report is of, in its opening sentence: "This report summarizes the activities of
 * (carried out by) the …"; also a chapter or section of a larger report ("This chapter reviews the
 * work carried out in 2024 by the …").
 */
const REPORT_OF = /\b(?:this|the present|the attached)\s+(?:\w+\s+){0,2}(?:report|chapter|section|part)\b[^.;]{0,120}?\b(?:of|by)\s+(?:the\s+)?$/i;

/** Between a title's word "report" and the body it is of: "REPORT 2021 OF THE", "Annual Report for 2024 of the" (not "Report on …"). */
const TITLE_REPORT_OF = /^report\b[^.\n;:]{0,30}?\bof\s+(?:the\s+)?$/i;

/**
 * After a body that opens the first paragraph of a part whose heading names none ("1. DEMAND REDUCTION" / "The
 * Demand Reduction Unit (DRU) of the Secretariat leads …"): its acronym, what it is part of or an aside, then a verb
 * that says what the body does or is, not an activity it ran ("leads", "is", "compiles", "reports on its work").
 */
const PART_HEAD = /^\s*(?:\([^()]{1,30}\))?(?:\s+of\s+the\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4})?(?<aside>[^.;:]{0,220}?)\s(?:leads|heads|is|are|serves|acts|reports|coordinates|manages|compiles|collects|supports|helps|works|oversees|carries\s+out|implements|brings\s+together|was\s+(?:set\s+up|established|created))\b/u;
/**
 * The body a part's opening sentence places inside the report's own body, named by its generic head ("… (DRU) of the
 * Secretariat", ", the research unit of the Secretariat,"); not one placed inside another named body ("… of the
 * Organization of American States").
 */
const OWN_BODY = String.raw`of\s+the\s+(?:(?:Executive|General|Permanent|Technical|Central)\s+)?(?:Secretariat|Commission|Council|Office|Board|Authority|Agency|Centre|Center|Organi[sz]ation|Department)(?![\p{L}-])(?!\s+(?:of|for|on)\s)(?!\s+\p{Lu})`;
const PART_OF_OWN = new RegExp(String.raw`^\s*(?:\([^()]{1,30}\))?\s+${OWN_BODY}|\b(?:unit|division|section|office|department|arm|branch|service)\s+${OWN_BODY}`, 'u');
/** A body that says the part is its own report: "reports on its own work below", "reports on its activities". */
const REPORTS_HERE = /\breports\s+(?:on|below\s+on)\s+(?:its|their)\s+(?:own\s+)?(?:work|activities)\b/;
/** An aside that makes a part's body a partner of the report's body, not one of its units ("an independent training centre and the Commission's partner"). */
const PARTNER = /\b(?:partner|independent|autonomous)\b/i;

/** A unit of a larger body, by the head of its name. */
const UNIT = /\b(?:division|section|unit|branch|desk|cell|centre|center)\b\s*(?:\([^)]*\))?\s*$/i;

/** Whether a body's name is a unit's ("Border Management Unit", "Criminal Justice Section (CJS)"). */
export const isUnitName = (name: string): boolean => UNIT.test(name);

export type BodyOf = (section: number, at?: number) => string[];

/** The body that reports: the report's own body as decided below (null when the text names none). */
export function reportIssuer(doc: Doc, mentions: readonly Mention[]): string | null {
  return ownBody(doc, mentions).own ?? null;
}

export function reportingBodies(doc: Doc, mentions: readonly Mention[]): BodyOf {
  const { heading, own } = ownBody(doc, mentions);
  const cache = new Map<number, string[]>();
  return (section) => {
    const hit = cache.get(section);
    if (hit) return hit;
    const bodies: string[] = [];
    for (let s = section, guard = 0; s >= 0 && guard < 64; s = doc.sections[s]?.parent ?? -1, guard++) {
      const named = heading.get(s);
      if (!named || bodies.includes(named.key)) continue;
      bodies.push(named.key);
      if (!named.unit) break;
    }
    const last = bodies.at(-1);
    if (own && !bodies.includes(own) && (last === undefined || isUnitKey(heading, last))) bodies.push(own);
    cache.set(section, bodies);
    return bodies;
  };
}

/** The bodies the headings name, per section, and the report's own body. */
/** ownBody's answer per document's mentions: the events stage and the report metadata both ask. */
const owners = new WeakMap<readonly Mention[], { heading: Map<number, { key: string; unit: boolean }>; own: string | undefined }>();

function ownBody(doc: Doc, mentions: readonly Mention[]): { heading: Map<number, { key: string; unit: boolean }>; own: string | undefined } {
  const known = owners.get(mentions);
  if (known) return known;
  const found = readOwnBody(doc, mentions);
  owners.set(mentions, found);
  return found;
}

function readOwnBody(doc: Doc, mentions: readonly Mention[]): { heading: Map<number, { key: string; unit: boolean }>; own: string | undefined } {
  const heading = new Map<number, { key: string; unit: boolean }>();
  const titleBodies: string[] = [];
  // The bodies a title block names above its "report" line are the issuer's hierarchy, most specific last.
  const reportLine = doc.blocks.findIndex((b) => b.titleBlock && /\breport\b/i.test(doc.view.text.slice(b.start, b.end)));
  // A title block is one heading block (pipeline/segment): the bodies it names before its word "report".
  const title = doc.blocks.find((b) => b.titleBlock);
  const reportWord = title ? /\breport\b/i.exec(doc.view.text.slice(title.start, title.end)) : null;
  const reportAt = title && reportWord ? doc.view.toRaw(title.start + reportWord.index) : -1;
  const issuerLine: string[] = [];
  const issuerNames: string[] = [];
  const titleReportOf: string[] = [];
  const actingBeforeHeadings: string[] = [];
  const reportOf: string[] = [];
  const acting = new Set<string>();
  const partHead = new Map<number, { key: string; unit: boolean }>();
  // The opening paragraph: the text before the first heading, or the first paragraph under a chapter's own heading
  // (past any cover or distribution furniture, as a PDF's header gives it).
  const opening = doc.blocks.findIndex((b) => b.kind === 'paragraph' && !b.titleBlock);
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    const block = doc.blocks[m.block];
    if (!block) continue;
    if (block.titleBlock && (m.block < reportLine || m.start < reportAt)) {
      issuerLine.push(String(m.value));
      issuerNames.push(m.text);
    }
    // "ANNUAL REPORT 2021 OF THE ANDEAN FISHERIES COMMISSION": the body the title says the report is of
    else if (block.titleBlock && reportAt >= 0 && m.start > reportAt && TITLE_REPORT_OF.test(doc.raw.slice(reportAt, m.start))) titleReportOf.push(String(m.value));
    // "This report summarizes the activities of the Secretariat for …": the body the report is of
    if ((block.section < 0 || m.block === opening) && !block.titleBlock && REPORT_OF.test(doc.raw.slice(Math.max(0, m.start - 160), m.start))) reportOf.push(String(m.value));
    if (block.titleBlock || (block.section < 0 && block.kind === 'front')) titleBodies.push(String(m.value)); // the cover's bodies, not a list's before the first heading
    else if (block.kind === 'heading') heading.set(block.section, { key: String(m.value), unit: UNIT.test(m.text) }); // last one wins: "(CICTE)"
    // a part whose heading names no body, opened by a sentence about the body that heads it
    else if (block.kind === 'paragraph' && block.section >= 0 && !heading.has(block.section) && m.block === firstParagraph(doc, block.section) && /^\s*(?:The\s+)?$/.test(doc.raw.slice(doc.view.toRaw(block.start), m.start))) {
      // read on the view: a page break inside the opening sentence (running header, page number) is no text of it
      const after = doc.view.text.slice(doc.view.fromRaw(m.end), doc.view.fromRaw(m.end) + 300);
      const head = PART_HEAD.exec(after);
      // only a body the sentence places inside the report's body (a unit), or one that says it reports on its work here (a partner)
      const unit = head !== null && PART_OF_OWN.test(after.slice(0, head[0].length)) && !PARTNER.test(head.groups!.aside ?? '');
      if (head && (unit || REPORTS_HERE.test(after.slice(head[0].length - 8, head[0].length + 40)))) partHead.set(block.section, { key: String(m.value), unit });
    }
    else if (ACTING.test(doc.raw.slice(m.end, m.end + 140)) || ACTING_BY.test(doc.raw.slice(Math.max(0, m.start - 40), m.start))) {
      acting.add(String(m.value));
      if (block.section < 0) actingBeforeHeadings.push(String(m.value));
    }
  }
  // only a part that no heading above names a body for: under an agency's heading, its units' sections stay the agency's
  const bodyAbove = (section: number): boolean => {
    for (let s = doc.sections[section]?.parent ?? -1, guard = 0; s >= 0 && guard < 64; s = doc.sections[s]?.parent ?? -1, guard++) if (heading.has(s)) return true;
    return false;
  };
  for (const [section, body] of partHead) if (!heading.has(section) && !bodyAbove(section)) heading.set(section, body);
  const candidates = new Set([...titleBodies, ...acting]);
  const named = new Map<string, number>();
  const units = new Set<string>();
  for (const m of mentions) {
    const key = String(m.value);
    if (m.type !== 'organization' || !candidates.has(key)) continue;
    named.set(key, (named.get(key) ?? 0) + 1);
    if (UNIT.test(m.text)) units.add(key);
  }
  const own = issuerOf(doc, issuerLine, issuerNames) ?? titleReportOf[0] ?? reportOf[0] ?? symbolBody(doc, mentions) ?? actingBeforeHeadings[0] ?? servedBody(doc, mentions) ?? mostNamed(named, units, new Set(titleBodies));
  return { heading, own };
}

/**
 * The issuer a title block names above its "report" line: its most specific body ("LAKE BASIN
 * AUTHORITY / Southern Regional Office / Programme Coordination Unit" → the unit), unless that body
 * is a unit and the text speaks of itself by the head of the body above it and never by the unit's
 * ("the Office organized …", no "the Unit"): the unit put its name on the cover, but the report is
 * the Office's.
 */
function issuerOf(doc: Doc, keys: readonly string[], names: readonly string[]): string | undefined {
  const own = keys.at(-1);
  const ownName = names.at(-1);
  if (own === undefined || ownName === undefined || !UNIT.test(ownName)) return own;
  let k = keys.length - 2;
  while (k >= 0 && (keys[k] === own || UNIT.test(names[k]!))) k--;
  if (k < 0) return own;
  const selfBy = (name: string): number => {
    const last = /(\p{L}+)\s*$/u.exec(name.replace(/\s*\([^()]*\)\s*$/, ''))?.[1];
    const head = last && last[0]!.toUpperCase() + last.slice(1).toLowerCase();
    return head ? (doc.view.text.match(new RegExp(`\\bthe ${head}\\b(?! of\\b)`, 'g'))?.length ?? 0) : 0;
  };
  return selfBy(names[k]!) > 0 && selfBy(ownName) === 0 ? keys[k] : own;
}

/**
 * The body the report names most often of those it may be the report of: named twice, or by the title
 * block (one shown acting once is that activity's partner); a unit ("Inspection Unit") only when no
 * body that is not a unit is left, as a unit reports as part of its body.
 */
function mostNamed(named: ReadonlyMap<string, number>, units: ReadonlySet<string>, titled: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  for (const [key, n] of named) {
    if (n < 2 && !titled.has(key)) continue;
    if (best === undefined || (units.has(best) && !units.has(key)) || (n > named.get(best)! && units.has(key) === units.has(best))) best = key;
  }
  return best;
}

/** "the secretariat of the Commission", "the Committee's secretariat": the body whose secretariat reports, by the head of its name. */
const SECRETARIAT_OF = /\bsecretariat\s+of\s+the\s+(?<head>Commission|Committee|Council|Board|Conference|Authority|Network|Forum)\b|\bthe\s+(?<head2>Commission|Committee|Council|Board|Conference|Authority|Network|Forum)['’]s\s+secretariat\b/;
/** How far into the document the secretariat's body is looked for (cover, summary, introduction). */
const SERVED_REACH = 4000;

/**
 * A report of a secretariat that serves one body named on the cover or in the title block (a UN
 * report of the Secretary-General to a commission: "… technical assistance delivered by the
 * secretariat of the Commission"): that body, when the front names exactly one with that head word.
 */
function servedBody(doc: Doc, mentions: readonly Mention[]): string | undefined {
  const m = SECRETARIAT_OF.exec(doc.view.text.slice(0, SERVED_REACH));
  const head = m?.groups!.head ?? m?.groups!.head2;
  if (!head) return undefined;
  const keys = new Set<string>();
  const reach = doc.view.toRaw(Math.min(doc.view.text.length, SERVED_REACH));
  for (const o of mentions) {
    if (o.type !== 'organization' || o.start > reach) continue;
    const block = doc.blocks[o.block];
    if (block && (block.section < 0 || block.titleBlock) && new RegExp(`\\b${head}\\b`).test(o.text)) keys.add(String(o.value));
  }
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** The body whose acronym opens the document symbol on its cover ("CABMC/SEC/doc.17/25"): a symbol is issued under its body's acronym; a series code ("OEA/Ser.G") is not a body's. */
function symbolBody(doc: Doc, mentions: readonly Mention[]): string | undefined {
  const symbol = documentSymbol(doc);
  const head = symbol && !SERIES.test(symbol) ? /^([A-Za-z]{2,12})\//.exec(symbol)?.[1]?.toUpperCase() : undefined;
  if (!head) return undefined;
  for (const m of mentions) if (m.type === 'organization' && String(m.value).toUpperCase() === head) return String(m.value);
  return undefined;
}

function isUnitKey(heading: ReadonlyMap<number, { key: string; unit: boolean }>, key: string): boolean {
  for (const h of heading.values()) if (h.key === key) return h.unit;
  return false;
}

/** The first paragraph block of a section (its opening, right under its heading), or -1. */
function firstParagraph(doc: Doc, section: number): number {
  const sec = doc.sections[section];
  if (!sec) return -1;
  for (let b = sec.block + 1; b < doc.blocks.length; b++) {
    const block = doc.blocks[b]!;
    if (block.kind === 'heading' || block.section !== section) return -1;
    if (block.kind === 'paragraph') return b;
  }
  return -1;
}
