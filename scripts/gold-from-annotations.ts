/**
 * Turn a hand-written annotation file into a `reportkb-gold/1` gold file (ANNOTATION.md §1).
 *
 *   npx tsx scripts/gold-from-annotations.ts fixtures/annotations/NAME.annot.json [OUT.gold.json]
 *
 * writes fixtures/gold/NAME.gold.json (the `gold` folder next to the `annotations` folder) unless
 * OUT is given. Exits non-zero, naming the item, on any absent, ambiguous or inconsistent annotation.
 *
 * The annotation file names spans by their exact text instead of by offsets:
 *
 *   {
 *     "text": "../texts/NAME.txt",            // the report, relative to the annotation file
 *     "regions": [[0, 5000]],                 // optional, copied as is
 *     "headings": [{"text": "I. Introduction", "level": 1}],
 *     "mentions": [{"type": "country", "text": "Peru", "value": "PER"},
 *                  {"type": "date", "text": "early 2015", "value": "2015", "mod": "START"}],
 *     "events":   [{"trigger": "workshop", "near": "a workshop in Lima", "kind": "workshop",
 *                   "status": "held", "count": 1, "places": ["Lima, PER"], "countries": ["PER"],
 *                   "part_of": {"text": "courses", "near": "a total of 12 courses"}}]
 *   }
 *
 * `part_of` (optional, ANNOTATION.md §4) names the trigger of the group event this event is a member
 * of, with the same selectors as a trigger (a string, or {"text", "n"?, "near"?}); it must resolve to
 * the trigger of another event in the file, and the gold gets that trigger's `start`.
 *
 * Occurrence selectors (on a heading or mention; on an event they select its trigger, which may also
 * be written as an object {"text", "n"?, "near"?}). All matching is exact (case-sensitive) and
 * whole-word: a match may not have a letter or digit right before or after it when its own first or
 * last character is a letter or digit ("US" never matches inside "USA", "Peru" never in "Peruvian").
 *   (none)             the text occurs exactly once in the document;
 *   "n": 2             the 2nd occurrence in the document (1-based);
 *   "near": "ctx"      "ctx" occurs exactly once in the document (plain substring) and contains the
 *                      text exactly once; with "n" too, the n-th occurrence inside "ctx";
 *   "all": true        every occurrence, each with the same value (mentions only; at least one).
 * Any other key on a heading or mention is an error, so typos fail loudly.
 *
 * Checks: every selector resolves; no two spans of one layer overlap (each mention type is a layer,
 * headings are one, event triggers are one); values look like their type's grammar. Items are sorted
 * by start; `text` is always content.slice(start, end) (UTF-16 offsets, as String.indexOf gives).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { GOLD_FORMAT, type GoldEvent, type GoldFile, type GoldHeading, type GoldMention, type GoldSpan } from '../pipeline/gold.js';

type Json = Record<string, unknown>;

class AnnotationError extends Error {}
const fail = (what: string, msg: string): never => {
  throw new AnnotationError(`${what}: ${msg}`);
};

const WORD = /[\p{L}\p{Nd}]/u; // letters and decimal digits; a footnote mark like "¹" is not a word character
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch);

/** Every whole-word occurrence of `needle` in `hay`, as start offsets, restricted to [from, to). */
function occurrences(hay: string, needle: string, from = 0, to = hay.length): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let i = hay.indexOf(needle, from); i !== -1 && i + needle.length <= to; i = hay.indexOf(needle, i + 1)) {
    const before = isWordChar(needle[0]) && isWordChar(hay[i - 1]);
    const after = isWordChar(needle[needle.length - 1]) && isWordChar(hay[i + needle.length]);
    if (!before && !after) out.push(i);
  }
  return out;
}

interface Selector {
  text: string;
  n?: number;
  near?: string;
  all?: boolean;
}

/** Resolve a selector to one or more spans (several only with `all`). */
function resolve(content: string, sel: Selector, what: string): GoldSpan[] {
  if (typeof sel.text !== 'string' || sel.text === '') fail(what, 'missing "text"');
  const span = (start: number): GoldSpan => ({ start, end: start + sel.text.length, text: sel.text });
  let from = 0;
  let to = content.length;
  if (sel.near !== undefined) {
    if (sel.all) fail(what, '"near" and "all" cannot be combined');
    const at: number[] = [];
    for (let i = content.indexOf(sel.near); i !== -1; i = content.indexOf(sel.near, i + 1)) at.push(i);
    if (at.length !== 1) fail(what, `context ${JSON.stringify(sel.near)} occurs ${at.length} times (needs exactly 1)`);
    from = at[0]!;
    to = from + sel.near.length;
  }
  const hits = occurrences(content, sel.text, from, to);
  const where = sel.near === undefined ? 'the document' : `context ${JSON.stringify(sel.near)}`;
  if (sel.all) {
    if (sel.n !== undefined) fail(what, '"n" and "all" cannot be combined');
    if (hits.length === 0) fail(what, `not found in ${where}`);
    return hits.map(span);
  }
  if (sel.n !== undefined) {
    if (!Number.isInteger(sel.n) || sel.n < 1) fail(what, `"n" must be a positive integer`);
    const hit = hits[sel.n - 1];
    if (hit === undefined) fail(what, `asked for occurrence ${sel.n} but ${where} has ${hits.length}`);
    return [span(hit!)];
  }
  if (hits.length === 0) fail(what, `not found in ${where}`);
  if (hits.length > 1) fail(what, `occurs ${hits.length} times in ${where} (add "n", "near" or "all")`);
  return [span(hits[0]!)];
}

function selectorOf(item: Json, what: string, allowed: string[]): Selector {
  for (const key of Object.keys(item)) {
    if (!allowed.includes(key)) fail(what, `unknown key "${key}"`);
  }
  return { text: item.text as string, n: item.n as number | undefined, near: item.near as string | undefined, all: item.all === true };
}

const DATE_POINT = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12])?$/;
const isDate = (v: unknown): boolean =>
  typeof v === 'string' && v.split('/').length <= 2 && v.split('/').every((p) => DATE_POINT.test(p));
const DATE_MODS = ['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER'];
const COUNT_MODS = ['APPROX', 'MORE_THAN', 'AT_LEAST'];
const KINDS = ['workshop', 'seminar', 'course', 'training', 'meeting', 'conference', 'session', 'mission', 'assessment', 'exercise', 'forum', 'other'];
const ISO3 = /^[A-Z]{3}$/;
const PLACE = /^[^,]+, ([A-Z]{3}|\?)$/;

function checkValue(type: string, value: unknown, mod: unknown, what: string): void {
  const ok: Record<string, () => boolean> = {
    country: () => typeof value === 'string' && ISO3.test(value),
    date: () => isDate(value),
    participants: () => Number.isInteger(value) && (value as number) >= 0,
    organization: () => typeof value === 'string' && value.trim() !== '',
    place: () => typeof value === 'string' && PLACE.test(value),
    person: () => typeof value === 'string' && value.trim() !== '',
    article: () => typeof value === 'string' && value.trim() !== '',
  };
  const check = ok[type];
  if (!check) fail(what, `unknown mention type "${type}"`);
  if (!check!()) fail(what, `bad ${type} value ${JSON.stringify(value)}`);
  if (mod !== undefined) {
    const mods = type === 'date' ? DATE_MODS : type === 'participants' ? COUNT_MODS : [];
    if (!mods.includes(mod as string)) fail(what, `bad mod ${JSON.stringify(mod)} for ${type}`);
  }
}

/** Spans of one layer may not overlap (identical spans count as overlapping). */
function checkLayer(spans: Array<GoldSpan & { label: string }>, layer: string): void {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (b.start < a.end) fail(`${layer} layer`, `${a.label} [${a.start},${a.end}) overlaps ${b.label} [${b.start},${b.end})`);
  }
}

function convert(annotPath: string): { gold: GoldFile; outPath: string } {
  const annot = JSON.parse(readFileSync(annotPath, 'utf8')) as Json;
  if (typeof annot.text !== 'string') fail(annotPath, 'missing "text" (path of the report)');
  const annotDir = path.dirname(annotPath);
  const textPath = path.resolve(annotDir, annot.text as string);
  const bytes = readFileSync(textPath);
  const content = bytes.toString('utf8');
  const name = path.basename(annotPath).replace(/\.annot\.json$/, '');
  const outPath = path.resolve(annotDir, '..', 'gold', `${name}.gold.json`);

  const headings: GoldHeading[] = ((annot.headings ?? []) as Json[]).map((h, i) => {
    const what = `heading #${i + 1} ${JSON.stringify(h.text)}`;
    if (!Number.isInteger(h.level) || (h.level as number) < 1) fail(what, 'needs an integer "level" >= 1');
    if (h.all) fail(what, '"all" is for mentions only');
    const [span] = resolve(content, selectorOf(h, what, ['text', 'level', 'n', 'near']), what);
    return { ...span!, level: h.level as number };
  });

  const mentions: GoldMention[] = ((annot.mentions ?? []) as Json[]).flatMap((m, i) => {
    const what = `mention #${i + 1} ${m.type} ${JSON.stringify(m.text)}`;
    checkValue(m.type as string, m.value, m.mod, what);
    const spans = resolve(content, selectorOf(m, what, ['type', 'text', 'value', 'mod', 'n', 'near', 'all']), what);
    return spans.map((s) => {
      const out: GoldMention = { type: m.type as string, ...s, value: m.value as string | number };
      if (m.mod !== undefined) out.mod = m.mod as string;
      return out;
    });
  });

  const events: GoldEvent[] = ((annot.events ?? []) as Json[]).map((e, i) => {
    const trig = (typeof e.trigger === 'string' ? { text: e.trigger, n: e.n, near: e.near } : e.trigger) as Json | undefined;
    const what = `event #${i + 1} ${JSON.stringify(trig?.text)}`;
    if (!trig) fail(what, 'missing "trigger"');
    const known = ['trigger', 'n', 'near', 'kind', 'status', 'count', 'date', 'mod', 'places', 'countries', 'participants', 'organizations', 'part_of'];
    for (const key of Object.keys(e)) if (!known.includes(key)) fail(what, `unknown key "${key}"`);
    if (!KINDS.includes(e.kind as string)) fail(what, `bad kind ${JSON.stringify(e.kind)}`);
    if (e.status !== 'held' && e.status !== 'planned') fail(what, `bad status ${JSON.stringify(e.status)}`);
    if (e.count !== undefined && !(Number.isInteger(e.count) && (e.count as number) >= 1)) fail(what, 'bad count');
    if (e.date !== undefined && !isDate(e.date)) fail(what, `bad date ${JSON.stringify(e.date)}`);
    if (e.mod !== undefined && !DATE_MODS.includes(e.mod as string)) fail(what, `bad mod ${JSON.stringify(e.mod)}`);
    if (e.participants !== undefined && !Number.isInteger(e.participants)) fail(what, 'bad participants');
    for (const [slot, re] of [['places', PLACE], ['countries', ISO3], ['organizations', /\S/]] as const) {
      const v = e[slot];
      if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string' && re.test(x)))) fail(what, `bad ${slot}`);
      if (Array.isArray(v) && new Set(v).size !== v.length) fail(what, `duplicate in ${slot}`);
    }
    const [trigger] = resolve(content, selectorOf(trig!, what, ['text', 'n', 'near']), what);
    const out: GoldEvent = { trigger: trigger!, kind: e.kind as string, status: e.status as string };
    for (const slot of ['count', 'date', 'mod', 'places', 'countries', 'participants', 'organizations'] as const) {
      if (e[slot] !== undefined) (out as unknown as Json)[slot] = e[slot];
    }
    if (e.part_of !== undefined) {
      const ref = (typeof e.part_of === 'string' ? { text: e.part_of } : e.part_of) as Json;
      if (typeof ref !== 'object' || ref === null) fail(what, 'bad part_of (a trigger selector)');
      const [group] = resolve(content, selectorOf(ref, `${what} part_of`, ['text', 'n', 'near']), `${what} part_of`);
      out.part_of = group!.start;
    }
    return out;
  });
  const triggerStarts = new Map(events.map((e) => [e.trigger.start, e] as const));
  for (const e of events) {
    if (e.part_of === undefined) continue;
    const group = triggerStarts.get(e.part_of);
    const what = `event ${JSON.stringify(e.trigger.text)} at ${e.trigger.start}`;
    if (!group) fail(what, `part_of ${e.part_of} is not the trigger start of any event`);
    if (group === e) fail(what, 'part_of points to itself');
    if (group!.part_of !== undefined) fail(what, `part_of points to ${JSON.stringify(group!.trigger.text)}, itself a member (one level only)`);
  }

  checkLayer(headings.map((h) => ({ ...h, label: `heading ${JSON.stringify(h.text)}` })), 'heading');
  for (const type of new Set(mentions.map((m) => m.type))) {
    checkLayer(mentions.filter((m) => m.type === type).map((m) => ({ ...m, label: JSON.stringify(m.text) })), type);
  }
  checkLayer(events.map((e) => ({ ...e.trigger, label: `trigger ${JSON.stringify(e.trigger.text)}` })), 'event trigger');

  const byStart = (a: GoldSpan, b: GoldSpan) => a.start - b.start || a.end - b.end;
  headings.sort(byStart);
  mentions.sort((a, b) => byStart(a, b) || a.type.localeCompare(b.type));
  events.sort((a, b) => byStart(a.trigger, b.trigger));

  const gold: GoldFile = {
    format: GOLD_FORMAT,
    document: path.relative(path.dirname(outPath), textPath).split(path.sep).join('/'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    ...(annot.regions !== undefined ? { regions: annot.regions as Array<[number, number]> } : {}),
    headings,
    mentions,
    events,
  };
  return { gold, outPath };
}

/** Pretty-print with one item per line, so reviews and diffs stay readable. */
function render(gold: GoldFile): string {
  const lines = Object.entries(gold).map(([key, value]) => {
    if (!Array.isArray(value) || key === 'regions') return ` ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    if (value.length === 0) return ` ${JSON.stringify(key)}: []`;
    return ` ${JSON.stringify(key)}: [\n${value.map((v) => `  ${JSON.stringify(v)}`).join(',\n')}\n ]`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

const [annotArg, outArg] = process.argv.slice(2);
if (!annotArg) {
  console.error('usage: npx tsx scripts/gold-from-annotations.ts fixtures/annotations/NAME.annot.json [OUT.gold.json]');
  process.exit(2);
}
try {
  const { gold, outPath } = convert(annotArg);
  const target = outArg ?? outPath;
  mkdirSync(path.dirname(target), { recursive: true });
  if (outArg) gold.document = path.relative(path.dirname(path.resolve(outArg)), path.resolve(path.dirname(outPath), gold.document)).split(path.sep).join('/');
  writeFileSync(target, render(gold));
  const types: Record<string, number> = {};
  for (const m of gold.mentions) types[m.type] = (types[m.type] ?? 0) + 1;
  console.log(`${target}: ${gold.headings.length} headings, ${gold.mentions.length} mentions ${JSON.stringify(types)}, ${gold.events.length} events`);
} catch (err) {
  if (err instanceof AnnotationError || err instanceof SyntaxError) {
    console.error(`gold-from-annotations: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
