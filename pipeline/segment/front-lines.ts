/**
 * Cover-page and distribution-header furniture, line by line: document symbols, "Distr.: General",
 * "Original: Spanish", dates, sessions and agenda items, issue lines, addresses, page-print codes.
 * None of it is ever a heading (ANNOTATION.md §3). Each test is one regex or one token scan over
 * a line, so classifying every line of a report stays linear.
 */

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
const MONTH = new RegExp(`^(?:${MONTHS})\\.?,?$`, 'i');

/** A document symbol: "E/CN.15/2017/7", "A/70/123", "OEA/Ser.G", "CP/CSH-946/08", "Ser.X/II", with "Rev.1"/"Corr.1"/"Add.2". */
export const SYMBOL_SOURCE = String.raw`[A-Z][A-Za-z]{0,9}(?:\.[A-Za-z0-9]+)?(?:\/[A-Za-z0-9.\-]*[A-Za-z0-9])+(?:\s*\((?:[A-Z]|[A-Z]{2,3}\/[A-Z]{2,3})\))?(?:\s+(?:Rev|Corr|Add|rev|corr|add)\.?\s*\d+)*`;
const SYMBOL_ONLY = new RegExp(`^\\*?\\s*(?:${SYMBOL_SOURCE})\\.?$`);

/** Furniture that may end a flattened header line after the left column's text, or stand alone. */
const DATE_TAIL = String.raw`(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:${MONTHS})\.?\s+\d{4}|(?:${MONTHS})\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?,\s*\d{4})`;
/** A news item's opening dateline: the place in capitals, the date, a dash ("SUVA, 14 March 2024 - Twenty officials …"). */
const WIRE_DATELINE = new RegExp(`^\\p{Lu}[\\p{Lu}\\p{M} .'’-]*\\p{Lu},\\s*${DATE_TAIL}\\s*[-–—]\\s+\\S`, 'u');
export const opensWithDateline = (text: string): boolean => WIRE_DATELINE.test(text);
/** A place of up to four capitalized words ("PASO CANOAS", "Santo Domingo", "Port of Spain"). */
const PLACE_WORDS = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:de|del|la|of|the|\p{Lu}[\p{L}\p{M}.'’-]*)){0,3}`;
/**
 * Any news dateline opening an item's text: a place in capitals or not, its country, a date, each
 * optional but the place, then a dash ("KINGSTON, Jamaica, 13 June 2025 – …", "Lima, Peru — …",
 * "Bogotá, 27 June 2025 — …").
 */
const NEWS_DATELINE = new RegExp(`^${PLACE_WORDS}(?:,\\s*${PLACE_WORDS})?(?:,\\s*${DATE_TAIL})?\\s+[-–—]\\s+\\S`, 'u');
export const opensWithNewsDateline = (text: string): boolean => WIRE_DATELINE.test(text) || NEWS_DATELINE.test(text);
const TAIL_ITEMS = [
  SYMBOL_SOURCE,
  String.raw`Distr(?:ibution)?\.?\s*:?\s*(?:GENERAL|General|LIMITED|Limited|RESTRICTED|Restricted|RESERVED|Reserved)`,
  String.raw`(?:ORIGINAL|Original)\s*:\s*\p{L}+`,
  String.raw`(?:ENGLISH|SPANISH|FRENCH|PORTUGUESE)`,
  DATE_TAIL,
];
const TAIL_ITEM = `(?:${TAIL_ITEMS.join('|')})`;
/** Distribution furniture proper (symbols, "Distr.", "Original:"), as opposed to a masthead's issue line or a date. */
export function isDistribution(line: string): boolean {
  const text = line.trim();
  return SYMBOL_ONLY.test(text) || /\bDistr(?:ibution)?\b\.?\s*:?\s*(?:general|limited|restricted|reserved)\b|\b(?:original|ORIGINAL)\s*:\s*\p{L}+$/iu.test(text) || new RegExp(`\\s${SYMBOL_SOURCE}$`).test(text);
}

/** One or more furniture items at the end of a line, after at least one word of another column. */
const FLATTENED_TAIL = new RegExp(`(?<=\\S)\\s+(?<tail>${TAIL_ITEM}(?:\\s+${TAIL_ITEM})*)\\s*$`, 'u');
const ALL_TAIL = new RegExp(`^${TAIL_ITEM}(?:\\s+${TAIL_ITEM})*\\s*$`, 'u');

const AGENDA = /^(?:(?:provisional\s+)?agenda\s+item\s+\d+|item\s+\d+[a-z]?(?:\s*\([a-z]\))?\s+of\s+the\s+(?:provisional\s+)?agenda)\b/i;
const SESSION = /^(?:[\p{L}-]+\s+){0,2}(?:regular\s+|special\s+|ordinary\s+|extraordinary\s+|resumed\s+)?(?:session|meeting|period of sessions)(?:\s*[,(][^.]{0,40})?$/iu;
const PLACE_DATE = new RegExp(`^[\\p{Lu}][\\p{L} .'’-]+(?:,\\s*[\\p{Lu}][\\p{L} .'’-]+)*,\\s*${DATE_TAIL}(?:\\s*[-–]\\s*${DATE_TAIL})?\\.?$`, 'iu');
/** A place and a month: "La Paz, February 2025" (a cover's place and date of issue). */
const PLACE_MONTH = new RegExp(`^[\\p{Lu}][\\p{L} .'’-]+(?:,\\s*[\\p{Lu}][\\p{L} .'’-]+)*,\\s*(?:${MONTHS})\\.?\\s+\\d{4}\\.?$`, 'u');
const ISSUE = /^(?:newsletter|bulletin|issue|volume|vol\.|no\.|número|boletín)\s*(?:no\.?\s*)?\d+\b/i;
const CONTACT = /@[\w-]+\.\w|https?:\/\/|\bwww\.|\b(?:Tel|Fax|Phone)\b\.?\s*:?\s*\+?\d|^\+?\d[\d\s().-]{7,}$/i;
const BREADCRUMB = /\S\s+[›»>]\s+\S.*\s[›»>]\s+\S|^[^.!?|]{2,40}(?:\s\|\s[^.!?|]{2,40}){2,}$/;
/** A path from the site's home with slashes: "You are here: Home / News / Press releases", "Home / Events". */
const SLASH_CRUMB = /^(?:you\s+are\s+here\s*:?\s*)?home\s+\/\s+[^/.!?]{2,60}(?:\s\/\s+[^/.!?]{2,60})*$/i;
const STAMP = /^(?:posted|published|updated|last\s+updated|date|dated|released)\s*(?:on)?\s*:?\s*\d/i;
/** A web page's or item's posting stamp: "Posted: 21/03/2025", "Published on 3 June 2025 | News". */
export const isStamp = (line: string): boolean => STAMP.test(line.trim());
const ISSUED = /^(?:issued|submitted|presented|prepared|distributed|published|transmitted|approved)\s+(?:by|to|at|on|in)\b/i;
/** A memo's address fields: "To: Chair of the Committee", "From: Director, …", "Subject: …". */
const MEMO_FIELD = /^(?:to|from|subject|re|cc|ref(?:erence)?|attention|attn|through|via)\s*:\s*\S/i;
/** Browser chrome copied with a web page: skip links, share and read-more links, pagination, copyright, tag lines. */
const CHROME_WORD = /^(?:skip|to|main|content|navigation|share|this|page|article|story|post|on|read|more|print|e-?mail|facebook|x|twitter|linkedin|whatsapp|instagram|youtube|flickr|rss|previous|prev|next|back|top|follow|us|subscribe|«|»|‹|›|<|>|\||·|\d{1,3}|…)$/i;
const CHROME_KEY = /\b(?:skip|share|read\s+more|previous|next|back\s+to\s+top|follow\s+us|subscribe|print|facebook|twitter|linkedin|whatsapp|instagram|youtube)\b/i;
const LANGUAGES = /^(?:English|Español|Espanol|Français|Francais|Português|Portugues|EN|ES|FR|PT)(?:\s*[|/·]\s*(?:English|Español|Espanol|Français|Francais|Português|Portugues|EN|ES|FR|PT))+$/;
/** A sidebar's label over links to other pages: "Related content", "See also", "More news", "You may also like". */
const RELATED = /^(?:related(?:\s+(?:content|news|articles|stories|posts|links|pages))?|see\s+also|more\s+(?:news|stories|articles)|you\s+may\s+also\s+(?:like|be\s+interested\s+in)|read\s+also)\s*:?$/i;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/i;
const TAG_LINE = /^(?:tags?|categories|category|topics?|filed\s+under|keywords)\s*:\s*\S/i;
/** A site menu: four items or more (one to four words each, no digits), set apart by wide gaps, bars or dots. */
const MENU_ITEM = String.raw`\p{Lu}[\p{L}'’&-]*(?: [\p{L}'’&-]+){0,3}`;
const MENU = new RegExp(String.raw`^${MENU_ITEM}(?:(?: {2,}|\s+[|·•]\s+)${MENU_ITEM}){3,}$`, 'u');

/**
 * An e-mail newsletter's chrome, as copied from the mail or its web view: "View this email in your
 * browser", "Having trouble viewing this email? …", "You are receiving this newsletter because …",
 * "Unsubscribe | Update your preferences", "Forward to a friend", "Read the full story »".
 */
const EMAIL_CHROME = /^(?:(?:click\s+here\s+to\s+|trouble\s+reading\??\s+)?view\s+(?:this\s+(?:e-?mail|newsletter|message|issue)\s+|it\s+)?(?:in\s+(?:(?:your|a)\s+)?(?:web\s+)?browser|online|on\s+the\s+web|as\s+a\s+web\s*page)\b|having\s+trouble\s+(?:viewing|reading)\b|you\s+(?:are\s+receiving|received|receive|have\s+received)\s+this\s+(?:e-?mail|newsletter|message|bulletin)\b|unsubscribe\b|update\s+(?:your\s+)?(?:preferences|subscription|profile)\b|manage\s+(?:your\s+)?(?:preferences|subscription)\b|forward\s+(?:this\s+(?:e-?mail|newsletter)\s+)?to\s+a\s+(?:friend|colleague)\b|read\s+(?:the\s+)?(?:full\s+)?(?:story|article|interview|report)\s*[»›>…]?$)/i;

function webChrome(text: string): boolean {
  if (COPYRIGHT.test(text) || TAG_LINE.test(text) || LANGUAGES.test(text) || MENU.test(text) || RELATED.test(text) || EMAIL_CHROME.test(text)) return true;
  if (!CHROME_KEY.test(text)) return false; // before the split: most lines hold no chrome word
  const tokens = text.replace(/:/g, ' ').split(/\s+/).filter(Boolean);
  return tokens.length <= 12 && tokens.every((t) => CHROME_WORD.test(t));
}

/**
 * A dateline with a category or a place beside it after a bar: "14 November 2025 | Training",
 * "May 3, 2024 | News", "Nassau, The Bahamas | 16–18 July 2025" (an event's place and dates).
 */
function datedCategory(text: string): boolean {
  if (!text.includes('|')) return false; // one part only: no category beside a date
  const parts = text.split(/\s+\|\s+/);
  const dated = parts.findIndex((p) => isDateLine(p));
  return parts.length >= 2 && dated >= 0 && parts.every((p, k) => k === dated || (p.split(/\s+/).length <= 4 && !/[.!?]$/.test(p)));
}

const PRINT_CODE = /^(?=.*\d)(?!.*\p{L}{4})[^a-z]{1,40}$/u;

/** What BREADCRUMB, SESSION, PLACE_DATE need (a separator; 'session' or 'meeting'; a digit), and what PRINT_CODE never holds (a-z). */
const MAY_BE_BREADCRUMB = /[›»>|]/;
const MAY_BE_SESSION = /session|meeting/iu; // the same case folding as SESSION's
const MAY_BE_DATE = /\d/;
const MAY_NOT_BE_CODE = /[a-z]/;

/** A cover's label before the dates of the period a report covers: "Reporting period:", "Period covered:", "Period:". */
const PERIOD_LABEL = /^(?:reporting\s+period|period\s+(?:covered|under\s+review)|period|covering(?:\s+the\s+period)?)\s*:?\s+/i;

/** How a line counts as cover or distribution furniture, or undefined when it does not. */
export type FrontKind = 'symbol' | 'header' | 'date' | 'agenda' | 'session' | 'issue' | 'contact' | 'breadcrumb' | 'issued' | 'code' | 'memo' | 'web' | 'dateline';

export function frontKind(line: string): FrontKind | undefined {
  const text = line.trim();
  if (text === '' || text.length > 200) return undefined;
  if (SYMBOL_ONLY.test(text)) return 'symbol';
  if (ALL_TAIL.test(text)) return 'header';
  if (isDateLine(text)) return 'date';
  if (PERIOD_LABEL.test(text) && isDateLine(text.replace(PERIOD_LABEL, ''))) return 'date';
  if (AGENDA.test(text)) return 'agenda';
  if (CONTACT.test(text)) return 'contact';
  // Before the costlier patterns, a plain test of something each needs (a separator, its word, a
  // comma and a digit): most lines fail it, and the answer is the same.
  if ((MAY_BE_BREADCRUMB.test(text) && BREADCRUMB.test(text)) || SLASH_CRUMB.test(text)) return 'breadcrumb';
  if (datedCategory(text)) return 'dateline';
  if (webChrome(text)) return 'web';
  if (text.length > 90) return undefined;
  if (MEMO_FIELD.test(text)) return 'memo';
  if (MAY_BE_SESSION.test(text) && SESSION.test(text)) return 'session';
  if ((text.includes(',') && MAY_BE_DATE.test(text) && PLACE_DATE.test(text)) || PLACE_MONTH.test(text)) return 'date';
  if (ISSUE.test(text)) return 'issue';
  if (ISSUED.test(text)) return 'issued';
  if (STAMP.test(text)) return 'date';
  if (!MAY_NOT_BE_CODE.test(text) && PRINT_CODE.test(text) && !/^[\d.]*\d\.[\d.]*$/.test(text)) return 'code'; // not a bare label ("24.", "3.3")
  return undefined;
}

/** Kinds already worked out, per line object (null: none). */
const kinds = new WeakMap<object, FrontKind | null>();

/**
 * frontKind of a line, worked out once per line: segmentation asks it of the same lines several
 * times (the front matter's scans, each heading's line and the line after it). The line's text
 * must not change.
 */
export function frontKindOf(line: { readonly text: string }): FrontKind | undefined {
  const known = kinds.get(line);
  if (known !== undefined) return known ?? undefined;
  const kind = frontKind(line.text);
  kinds.set(line, kind ?? null);
  return kind;
}

/**
 * Where a flattened two-column header line splits: "GENERAL ASSEMBLY A/70/123" → the offset of
 * "A/70/123" in the line; undefined when the line has no furniture after another column's text.
 */
/** The end of text that goes on into what follows (a range waiting for its end), so no column ends there. */
const CARRIES_ON = /(?:[-–—]|\b(?:to|through|thru|until|till|and|from|since|between))$/i;

export function columnSplit(line: string): number | undefined {
  const m = FLATTENED_TAIL.exec(line);
  if (!m || m.index === 0) return undefined;
  const left = line.slice(0, m.index).trim();
  if (!/\p{L}{2}/u.test(left) || /[.;:,]$/.test(left)) return undefined;
  if (CARRIES_ON.test(left) && isDateLine(m.groups!.tail!)) return undefined; // "Reporting period: 1 January to | 31 December 2023" is one run of text

  return line.length - m[0].length + (m[0].length - m[0].trimStart().length);
}

/** A line made of dates only: "9 March 2017", "April-June 2016", "07/26/2016 - 07/28/2016", "July 2011 to June 2012". */
export function isDateLine(text: string): boolean {
  if (moreWordsThan(text, 10)) return false; // a line of running text: split below, it has more than 10 tokens
  if (!MAY_BE_DATED.test(text)) return false; // no digit and no month: no token below can date it
  const tokens = text.replace(/[()]/g, ' ').split(/[\s,]+|(?<=\d)(?=[-–])|(?<=[-–])(?=\d)/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 10) return false;
  let dated = false;
  for (const token of tokens) {
    if (MONTH.test(token) || /^\d{4}$/.test(token) || /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(token) || /^\d{4}-\d{2}-\d{2}$/.test(token)) dated = true;
    else if (/^(?:[-–—/]|\d{1,2}(?:st|nd|rd|th)?|to|through|and|until|de|al|y)$/i.test(token)) continue;
    else if (/^(?:[A-Za-z]+[-–][A-Za-z]+)$/.test(token) && token.split(/[-–]/).every((t) => MONTH.test(t))) dated = true;
    else return false;
  }
  return dated;
}

/**
 * Whether `text` has more than `n` runs of characters other than spaces, commas and parentheses:
 * isDateLine's tokens are those runs (some split further at a dash), so such a line has more than
 * `n` tokens. Stops at run n + 1: splitting every long paragraph line whole (isDateLine is asked of
 * every line) was a large share of the segment stage.
 */
const WORD_RUN = /[^\s,()]+/g;
/** A digit, or the start of a month name (every name in MONTHS holds one of these, folded as MONTH folds them). */
const MAY_BE_DATED = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|enero|febrero|abril|agosto|diciembre/i;
function moreWordsThan(text: string, n: number): boolean {
  WORD_RUN.lastIndex = 0;
  let runs = 0;
  while (WORD_RUN.exec(text) !== null) if (++runs > n) return true;
  return false;
}
