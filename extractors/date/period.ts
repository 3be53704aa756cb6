/**
 * The report period, read from the report's own opening text with the date rules:
 * "for the period comprised between February 2007 through January 2008" → 2007-02..2008-01,
 * "during the period January to December 2014", "covers activities from March 2010 to February 2011",
 * "Annual Report 2014" / "Report for 2014" / "Annual Report of the Secretariat 2014" → 2014-01..2014-12.
 */
import { pointBounds } from './bounds.js';
import { blockContext } from '../types.js';
import { dateExtractor } from './index.js';

export interface StatedPeriod {
  start: string;
  end: string;
  /** Offsets of the date that states the period, relative to the text given. */
  span: [number, number];
}

/** How far into the document the period statement is looked for. */
const HEAD = 4000;
/**
 * Words before a date, in its sentence, that make it the span of the report: "for the period", "covers",
 * "activities carried out in", "the work carried out in 2024", and a part of a larger report saying what
 * it reviews ("This chapter reviews …", "This section describes …").
 */
const PERIOD_CUE = /\b(?:period|cover(?:s|ed|ing)?|report(?:s|ed|ing)?|summari[sz](?:es|ed|ing)|(?:activities|work) (?:carried out|conducted|undertaken|done)|fiscal year)\b|\bthis\s+(?:chapter|section|part|document|note|review)\s+(?:reviews|describes|presents|outlines|examines|sets out)\b/i;
/**
 * A report titled by its year: "Annual Report 2014", "Report for 2014", "Report on the year 2014",
 * "Annual Report of Activities 2025", "Report on the work of 2019". The title stands in the report's
 * opening (TITLE_HEAD), on a line that is not a link to another document ("Related: Annual Report
 * 2024 (PDF)", "See also …", "Download …").
 */
const TITLE_YEAR = /\breport\s+(?:(?:of|on)\s+(?:the\s+)?(?:activities|work)\s+)?(?:(?:for|of|on|in)\s+)?(?:the\s+(?:year\s+)?)?(?<y>(?:19|20)\d{2})(?![\w/-])/gi;
/**
 * A title that names the issuing body between "Report of" and the year closing its line: "Annual Report
 * of the Secretariat 2025", "Annual Report of the Executive Director 2023". The body is a run of
 * capitalized words (with "of", "for", "on", "and", "the" between them); the year ends the line.
 */
const TITLE_BODY_YEAR = /\b[Rr][Ee][Pp][Oo][Rr][Tt]\s+(?:of|OF)\s+(?:(?:the|THE)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|on|and|the)\s+)*){1,6}(?<y>(?:19|20)\d{2})[ \t]*$/gmu;
const TITLE_HEAD = 1200;
const LINK_LINE = /^\s*(?:related|see\s+also|download|read\s+(?:more|the)|previous|archive|more)\b|\((?:pdf|docx?)\b/i;
const MAX_MONTHS = 10 * 12;
/**
 * A newsletter's or bulletin's issue line: the issue's number, then the stretch it covers on the
 * same line ("Issue No. 18 | Third Quarter 2025", "No. 14 – July to September 2025", "Vol. 3, No. 2,
 * March 2016"). A monthly issue covers its month.
 */
const ISSUE_LINE = /\b(?:issue|no|nr|number|vol|volume|edition)\.?\s*(?:no\.?\s*)?\d{1,4}\s*(?:[|–—:,-]\s*)?(?:(?:issue|no|nr|number)\.?\s*\d{1,4}\s*(?:[|–—:,-]\s*)?)?$/i;

/** First and last month ('YYYY-MM') of one date value part (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn). */
function months(part: string): [string, string] | undefined {
  const days = pointBounds(part);
  return days ? [days[0].slice(0, 7), days[1].slice(0, 7)] : undefined;
}

const monthCount = (start: string, end: string) =>
  (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(start.slice(5, 7)) + 1;

/** The text of the sentence before `pos` (back to the last sentence end, at most 160 characters). */
function sentenceBefore(text: string, pos: number): string {
  const head = text.slice(Math.max(0, pos - 160), pos);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n\n'));
  return cut >= 0 ? head.slice(cut + 1) : head;
}

/** Whether a date closes a short issue line (the issue's number before it on its line, little after it). */
function issueLine(text: string, start: number, end: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  const lineEnd = text.indexOf('\n', end);
  const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  const issue = ISSUE_LINE.exec(before);
  if (!issue || after.trim().length > 40) return false;
  // a masthead's line may open with what the newsletter is ("Newsletter of the … Association | No. 9 | October 2025"): the issue's number then follows a separator
  return before.length <= 60 || (before.length <= 160 && /[|–—·]\s*$/.test(before.slice(0, issue.index)));
}

export function findReportPeriod(text: string): StatedPeriod | undefined {
  try {
    const head = text.slice(0, HEAD);
    for (const f of dateExtractor.extract(head, blockContext())) {
      const value = String(f.value);
      const parts = value.split('/');
      const issue = issueLine(head, f.start, f.end);
      // a single day is not a period, nor a single month but for a monthly issue
      if (parts.length === 1 && !/^\d{4}(?:-[QH]\d)?$/.test(value) && !(issue && /^\d{4}-\d{2}$/.test(value))) continue;
      if (f.mod || !(issue || PERIOD_CUE.test(sentenceBefore(head, f.start)))) continue;
      const first = months(parts[0]!);
      const last = months(parts[parts.length - 1]!);
      if (!first || !last) continue;
      const n = monthCount(first[0], last[1]);
      if (n < 1 || n > MAX_MONTHS) continue;
      // a few days within one month are a meeting's dates ("a session held from 23 to 27 May 2016"), not a reporting period
      if (n < 2 && /\d{4}-\d{2}-\d{2}/.test(value)) continue;
      return { start: first[0], end: last[1], span: [f.start, f.end] };
    }
    TITLE_YEAR.lastIndex = 0;
    let t: RegExpExecArray | null;
    for (t = TITLE_YEAR.exec(head); t && t.index < TITLE_HEAD; t = TITLE_YEAR.exec(head)) {
      const lineStart = head.lastIndexOf('\n', t.index) + 1;
      const lineEnd = head.indexOf('\n', t.index);
      if (!LINK_LINE.test(head.slice(lineStart, lineEnd < 0 ? head.length : lineEnd))) break;
    }
    if (!(t && t.index < TITLE_HEAD)) {
      TITLE_BODY_YEAR.lastIndex = 0;
      const b = TITLE_BODY_YEAR.exec(head.slice(0, TITLE_HEAD));
      if (b && !LINK_LINE.test(head.slice(head.lastIndexOf('\n', b.index) + 1, b.index + b[0].length))) t = b;
    }
    if (t && t.index < TITLE_HEAD) {
      const y = t.groups!.y!;
      const at = t.index + t[0].length - y.length;
      return { start: `${y}-01`, end: `${y}-12`, span: [at, at + y.length] };
    }
  } catch {
    // never throw: no period found
  }
  return undefined;
}
