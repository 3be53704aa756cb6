/**
 * The date extractor (ANNOTATION.md §2 "date"): the loop, as in chrono's engine.
 * 1. a cheap pre-filter (no month word and no 19xx/20xx: nothing to do);
 * 2. at each month word or number, try the sticky rules in order and keep every reading;
 * 3. settle overlaps (longest reading first) and keep clear of earlier types' findings (articles);
 * 4. prefix rules ("first half of", "early", "last"), then mods from prepositions ("before");
 * 5. infer missing years (infer.ts), and format ISO values.
 */
import type { DateMod, ExtractContext, Extractor, Found, Period } from '../types.js';
import { datelinePeriod, findDatelines, type Dateline } from './dateline.js';
import { inferYears } from './infer.js';
import { OUTSIDE_MODIFIERS, PART_NOUNS, PART_ORDINALS } from './lexicon.js';
import { ANCHOR, wordBefore } from './patterns.js';
import type { DateRule } from './rule.js';
import { DAY_MONTH_RULES } from './rules-day-month.js';
import { MAY_HOLD_NUMERIC, NUMERIC_RULES, numericDates, numericOrder, type NumericOrder } from './numeric.js';
import { MONTH_DAY_RULES } from './rules-month-day.js';
import { MONTH_RULES } from './rules-month.js';
import { PREFIX_RULES } from './rules-prefix.js';
import { YEAR_RULES } from './rules-year.js';
import { formatValue, type Candidate } from './value.js';
import { relativeDays } from './relative-days.js';

/** The anchored rules in order of preference (on equal length the earlier wins). */
export const DATE_RULES: readonly DateRule[] = [...MONTH_DAY_RULES, ...DAY_MONTH_RULES, ...MONTH_RULES, ...YEAR_RULES];
const RANK = new Map(DATE_RULES.map((r, i) => [r.id, i]));
const byId = (id: string) => DATE_RULES.filter((r) => r.id === id);
const BY_ANCHOR = {
  monthDigit: DATE_RULES.filter((r) => r.anchor === 'month' && r.digitAfter !== false),
  monthWord: DATE_RULES.filter((r) => r.anchor === 'month' && r.digitAfter !== true),
  monthAlone: byId('date/month-alone'),
  day: DATE_RULES.filter((r) => r.anchor === 'day'),
  year: DATE_RULES.filter((r) => r.anchor === 'year'),
  yearAlone: byId('date/year'),
};
const NONE: readonly DateRule[] = [];

// Cheap sticky look-aheads that pick the rules worth trying at an anchor (most anchors need one rule or none).
const DIGIT_AFTER = /[.,]?\s*(?:of\s+)?\d/y;
const LINK_AFTER = /[.,]?\s*(?:[-–—‐‑]|(?:to|through|thru|until|till|and)\s|&)/y;
const DAY_LEAD = /(?:st|nd|rd|th)?(?:\s*(?:[-–—‐‑]|to|through|thru|until|till|and|&)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?[A-Z]/y;
const YEAR_MORE = /\s*[-–—‐‑/'’s]|\s+(?:to|through|thru|until|till|and|&)\s/y;

const follows = (re: RegExp, text: string, at: number) => ((re.lastIndex = at), re.test(text));

/** The rules that may start at an anchor: a month word, a day-sized number, or a 19xx/20xx number. */
function rulesAt(anchor: string, text: string, end: number): readonly DateRule[] {
  if (anchor.charCodeAt(0) > 57) {
    if (follows(DIGIT_AFTER, text, end)) return BY_ANCHOR.monthDigit;
    return follows(LINK_AFTER, text, end) ? BY_ANCHOR.monthWord : BY_ANCHOR.monthAlone;
  }
  if (anchor.length <= 2) return follows(DAY_LEAD, text, end) ? BY_ANCHOR.day : NONE;
  if (anchor.length !== 4 || !(anchor.startsWith('19') || anchor.startsWith('20'))) return NONE;
  return follows(YEAR_MORE, text, end) ? BY_ANCHOR.year : BY_ANCHOR.yearAlone;
}

const PREFILTER = /(?:19|20)\d\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/;
const OUTSIDE = new RegExp(
  `\\b(?<p>${OUTSIDE_MODIFIERS.map(([p]) => p.replace(/ /g, '\\s+')).join('|')})\\s+(?:the\\s+)?$`,
  'i',
);
const OUTSIDE_MOD = new Map(OUTSIDE_MODIFIERS.map(([p, mod]) => [p, mod]));
const OUTSIDE_LAST = new Set([...OUTSIDE_MOD.keys()].map((p) => p.split(' ').pop()!).concat('the'));

function readAll(text: string): Candidate[] {
  const out: Candidate[] = [];
  ANCHOR.lastIndex = 0;
  for (let a = ANCHOR.exec(text); a; a = ANCHOR.exec(text)) {
    for (const rule of rulesAt(a[0], text, a.index + a[0].length)) {
      rule.pattern.lastIndex = a.index;
      const m = rule.pattern.exec(text);
      if (!m) continue;
      const r = rule.read(m, text);
      if (!r) continue;
      // Fields listed, not spread: a spread of the readings (one shape per reader) is many times slower here.
      out.push({ start: r.start, end: r.end, value: r.value, rule: rule.id, cover: m[0].length, rank: RANK.get(rule.id) ?? 0 });
    }
  }
  return out;
}


/**
 * Keep the preferred reading where readings overlap. Kept readings and earlier types' findings are
 * marked on a map of the text's characters, so each candidate checks only its own characters
 * (comparing it with every kept one was quadratic in a long list of dates: issue 21 §4).
 */
function settle(cands: Candidate[], taken: Uint8Array): Candidate[] {
  const byPreference = [...cands].sort((a, b) => b.cover - a.cover || a.rank - b.rank || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of byPreference) {
    if (covers(taken, c, FOUND | KEPT)) continue;
    kept.push(c);
    for (let i = c.start; i < c.end; i++) taken[i]! |= KEPT;
  }
  return kept.sort((a, b) => a.start - b.start);
}

const FOUND = 1;
const KEPT = 2;

/** The characters that earlier types' findings cover (ctx.found), one byte each. */
function foundMap(text: string, ctx: ExtractContext): Uint8Array {
  const taken = new Uint8Array(text.length + 1);
  for (const f of ctx.found) taken.fill(FOUND, Math.max(0, f.start), Math.min(text.length, f.end));
  return taken;
}

/** Does any character of `c` carry one of the `marks`? */
const covers = (taken: Uint8Array, c: { start: number; end: number }, marks: number): boolean => {
  for (let i = Math.max(0, c.start); i < c.end && i < taken.length; i++) if ((taken[i]! & marks) !== 0) return true;
  return false;
};

function applyPrefixes(cands: Candidate[], text: string, taken: Uint8Array): Candidate[] {
  return cands.map((c, i) => {
    const floor = Math.max(i > 0 ? cands[i - 1]!.end : 0, c.start - 60);
    let cur = c;
    // The word before the date, read again only when a prefix moves the start.
    let word = wordBefore(text, cur.start, floor);
    for (const rule of PREFIX_RULES) {
      if (!rule.lastWords.has(word)) continue;
      const m = rule.pattern.exec(text.slice(floor, cur.start));
      if (!m) continue;
      const next = rule.apply(cur, m);
      if (!next) continue;
      const moved = { ...next, start: floor + m.index };
      if (covers(taken, moved, FOUND)) continue;
      cur = moved;
      word = wordBefore(text, cur.start, floor);
    }
    if (!cur.mod && OUTSIDE_LAST.has(word)) {
      const m = OUTSIDE.exec(text.slice(floor, cur.start));
      const mod = m && OUTSIDE_MOD.get(m.groups!.p!.toLowerCase().replace(/\s+/g, ' '));
      if (mod) cur = { ...cur, mod: mod as DateMod };
    }
    return cur;
  });
}

/** The dates of a block: the calendar dates the rules read, then days named relative to a news item's date (relative-days.ts). */
function run(text: string, ctx: ExtractContext): Found[] {
  const found = runDates(text, ctx);
  const relative = relativeDays(text, ctx, found, (line) => {
    const day = runDates(line, { blockKind: 'paragraph', found: [], state: ctx.state }).find((f) => !f.implied && /^\d{4}-\d{2}-\d{2}$/.test(String(f.value)));
    return day ? String(day.value) : undefined;
  });
  return relative.length ? [...found, ...relative].sort((a, b) => a.start - b.start) : found;
}

function runDates(text: string, ctx: ExtractContext): Found[] {
  if (!PREFILTER.test(text)) return ctx.period ? yearlessParts(text, ctx, []) : [];
  const taken = foundMap(text, ctx);
  const read = readAll(text);
  for (const c of numericDates(text, orderOf(text, ctx), DATE_RULES.length)) read.push(c);
  const cands = applyPrefixes(settle(read, taken), text, taken);
  const found: Found[] = [];
  for (const c of inferYears(cands, text, ctx.period, datelineAt(ctx), precedingFrame(ctx), leadFrame(ctx))) {
    const value = formatValue(c.value);
    if (!value) continue;
    const f: Found = { start: c.start, end: c.end, value, rule: c.rule };
    if (c.mod) f.mod = c.mod;
    if (c.implied) f.implied = c.implied;
    found.push(f);
  }
  return yearlessParts(text, ctx, found);
}

/**
 * "During the second quarter", "in the first half of the year": a part of a year that names no year
 * takes the year that frames its sentence ("In 2026 …, in the first half of the year"), else the
 * report's year (a period within one calendar year), else the nearest year stated before it in the
 * block; without any, none.
 */
const YEARLESS_PART = /\b(?:in|during|over|throughout|by|for)\s+the\s+(?<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(?<part>quarter|half|semester|trimester)(?:\s+of\s+the\s+year)?\b(?!\s+of\b)(?![\w-])/gi;
const FRAME_BEFORE = /\b(?:in|during|throughout|for)\s+(?:the\s+year\s+)?$/i;
function yearlessParts(text: string, ctx: ExtractContext, found: Found[]): Found[] {
  if (!/\b(?:quarter|half|semester|trimester)\b/i.test(text)) return found;
  const periodYear = ctx.period && ctx.period.start.slice(0, 4) === ctx.period.end.slice(0, 4) ? ctx.period.start.slice(0, 4) : undefined;
  const added: Found[] = [];
  YEARLESS_PART.lastIndex = 0;
  for (let m = YEARLESS_PART.exec(text); m; m = YEARLESS_PART.exec(text)) {
    const start = m.index + m[0].toLowerCase().indexOf(m.groups!.ord!.toLowerCase());
    const end = m.index + m[0].length;
    if (found.some((f) => f.start < end && f.end > start) || ctx.found.some((f) => f.start < end && f.end > start)) continue;
    const stated = found.filter((f) => f.end <= start && !f.implied && /^\d{4}/.test(String(f.value))).at(-1);
    // A year that frames the same sentence ("In 2026 the body will …, in the first half of the year") ties it.
    const frame = stated && /^\d{4}$/.test(String(stated.value)) && FRAME_BEFORE.test(text.slice(Math.max(0, stated.start - 20), stated.start)) &&
      !/[.!?]\s/.test(text.slice(stated.end, start)) ? String(stated.value) : undefined;
    const year = frame ?? (stated ? undefined : leadFrame(ctx)?.()?.toString()) ?? periodYear ?? (stated ? String(stated.value).slice(0, 4) : undefined);
    if (!year) continue;
    const noun = PART_NOUNS[m.groups!.part!.toLowerCase()]!;
    const ord = PART_ORDINALS[m.groups!.ord!.toLowerCase()]!;
    const n = ord === 'last' ? noun.parts : ord;
    if (n > noun.parts) continue;
    added.push({ start, end, value: `${year}-${noun.unit}${n}`, rule: 'date/part-of-year-yearless', implied: ['year'] });
  }
  return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
}

const DATELINES_KEY = 'date:datelines';

/** The news-item datelines of the document (dateline.ts), found once per document and kept in its state. */
function datelinesOf(ctx: ExtractContext): readonly Dateline[] {
  if (ctx.documentText === undefined) return [];
  const kept = ctx.state.get(DATELINES_KEY) as readonly Dateline[] | undefined;
  if (kept) return kept;
  const lineCtx: ExtractContext = { blockKind: 'paragraph', found: [], state: ctx.state };
  const lines = findDatelines(ctx.documentText, (rest) => {
    const first = run(rest, lineCtx).find((f) => !f.implied && /^\d{4}-\d{2}-\d{2}/.test(String(f.value)));
    return first ? String(first.value).slice(0, 7) : undefined;
  });
  ctx.state.set(DATELINES_KEY, lines);
  return lines;
}

/** For a block without a report period: the period of the dateline above a position of the block. */
function datelineAt(ctx: ExtractContext): ((pos: number) => Period | undefined) | undefined {
  if (ctx.period || ctx.documentText === undefined || ctx.blockStart === undefined) return undefined;
  const blockStart = ctx.blockStart;
  return (pos) => {
    const lines = datelinesOf(ctx);
    return lines.length ? datelinePeriod(lines, blockStart + pos) : undefined;
  };
}

/** How far before a block a framing year is looked for, and the shape of that year. */
const FRAME_REACH = 1500;
const YEAR_WRITTEN = /(?<![\w/.-])(?:19|20)\d{2}(?![\w/])/g;
const NOT_FRAME_AFTER = /^(?:\s*[-–—)]|\s*(?:to|and|through)\s+(?:19|20)\d{2})/;
const FRAMES_BEFORE = /\b(?:in|during|throughout)\s+(?:the\s+year\s+)?$/i;

/**
 * For a block without a report period: the year that frames the text before it, when the last year
 * written before the block (within FRAME_REACH) is one that frames ("In 2025 the office held four
 * workshops.", a heading "Activities in 2025"). A last year that is no frame ("resolution 1540
 * (2004)", "plans for 2026", "2023-2024") gives none.
 */
function precedingFrame(ctx: ExtractContext): (() => number | undefined) | undefined {
  if (ctx.period || ctx.documentText === undefined || ctx.blockStart === undefined) return undefined;
  const before = ctx.documentText.slice(Math.max(0, ctx.blockStart - FRAME_REACH), ctx.blockStart);
  let memo: number | null | undefined;
  return () => {
    if (memo === undefined) {
      let last: RegExpExecArray | undefined;
      YEAR_WRITTEN.lastIndex = 0;
      for (let m = YEAR_WRITTEN.exec(before); m; m = YEAR_WRITTEN.exec(before)) last = m;
      const framed = last && FRAMES_BEFORE.test(before.slice(Math.max(0, last.index - 24), last.index)) &&
        !NOT_FRAME_AFTER.test(before.slice(last.index + 4));
      memo = framed ? Number(last![0]) : null;
    }
    return memo ?? undefined;
  };
}

const LIST_MARK = /^\s*(?:[•·▪◦‣∙●○■□➢►*]|[-–—](?=\s)|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])\s/;
const LEAD_FRAME = /\b(?:in|during|throughout)\s+(?:the\s+year\s+)?((?:19|20)\d{2})(?![\w/-])/i;

/**
 * For a list item: the year that frames the sentence its list hangs from ("In 2024 the Unit plans to:" /
 * "• hold two courses … in the first half of the year" / "• convene a meeting … in October"). The item
 * completes that sentence, so the year frames it as a year at the head of its own sentence does, before
 * the report's period. The lead is the line before the items, ending on a colon.
 */
function leadFrame(ctx: ExtractContext): (() => number | undefined) | undefined {
  if (ctx.blockKind !== 'bullet' || ctx.documentText === undefined || ctx.blockStart === undefined) return undefined;
  const doc = ctx.documentText;
  const blockStart = ctx.blockStart;
  let memo: number | null | undefined;
  return () => {
    if (memo !== undefined) return memo ?? undefined;
    memo = null;
    let end = blockStart;
    for (let k = 0; k < 40 && end > 0; k++) {
      const lineStart = doc.lastIndexOf('\n', end - 2) + 1;
      const line = doc.slice(lineStart, end).trim();
      end = lineStart;
      if (!line || LIST_MARK.test(line)) continue;
      const m = line.endsWith(':') ? LEAD_FRAME.exec(line) : null;
      if (m) memo = Number(m[1]);
      break;
    }
    return memo ?? undefined;
  };
}

/** The document's numeric-date convention (numeric.ts), found once by prepare; a block read alone judges by itself. */
function orderOf(text: string, ctx: ExtractContext): NumericOrder | undefined {
  return ctx.state.has(ORDER_KEY) ? (ctx.state.get(ORDER_KEY) as NumericOrder | undefined) : numericOrder(text);
}
const ORDER_KEY = 'date:numeric-order';

export const dateExtractor: Extractor = {
  type: 'date',
  rules: [...DATE_RULES, ...PREFIX_RULES, ...NUMERIC_RULES, { id: 'date/part-of-year-yearless', description: 'a half or quarter without a year, in the report\'s year: "during the second quarter"' }, { id: 'date/relative-day', description: 'a day named relative to a news item\'s own date: "on Friday", "last week", "yesterday"' }].map(({ id, description }) => ({ id, description })),
  prepare(documentText, state) {
    state.set(ORDER_KEY, MAY_HOLD_NUMERIC.test(documentText) ? numericOrder(documentText) : undefined);
  },
  extract(text, ctx) {
    return run(text, ctx);
  },
};
