/**
 * Build the PDF and DOCX twins of every fixture report, then read them back and compare.
 *
 *   npm run fixtures          (tsx scripts/make-fixtures.ts)
 *
 * For each fixtures/texts/NAME.txt:
 * - fixtures/pdf/NAME.pdf (pdf-lib): Letter pages laid out like a Permanent Council document: a
 *   document-symbol block at the top of page 1 (a fixture with a distribution header of its own keeps
 *   it instead, its columns side by side as in the source, and its symbol heads the later pages), a running header (symbol, centred "- 2 -") on every
 *   later page, and the text set as a word processor sets it (scripts/fixture-layout.ts): the source
 *   lines of one paragraph flowed into one text (a hard-wrapped source keeps its paragraphs, not its
 *   line breaks) and wrapped into lines of at most 90 characters, long words hyphenated across a line
 *   break now and then (letters only, so never next to a digit), headings bold on their own lines,
 *   list items with their continuation lines and a hanging indent ("·" bullets with the glyph apart),
 *   a contents entry on one line with its page number (its dot leader shrunk to fit), table rows
 *   (tabs) in aligned columns and lines of aligned columns (wide gaps of spaces) cell by cell, in
 *   smaller type where they are wider than the page, never past its edge. Standard Helvetica only encodes WinAnsi, so other
 *   characters are mapped to a close form (table MAP, else the letter without its accent, else "?");
 *   the mapping used is printed.
 * - fixtures/docx/NAME.docx (docx): one paragraph per source line (blank lines give empty
 *   paragraphs), headings as Heading N paragraphs, bullet lines as list paragraphs (marker dropped).
 * Headings and their levels come from fixtures/gold/NAME.gold.json when it exists, else from a
 * simple guess (a short line that does not end like a sentence).
 * Output is deterministic: fixed metadata dates, fixed zip entry times.
 *
 * Read-back: the PDF with pdf-parse (v2 API), the DOCX with mammoth.extractRawText; both are compared
 * with the source after folding whitespace (and, for the PDF, dropping the page furniture and joining
 * hyphenated words), and the first difference is shown.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFParse } from 'pdf-parse';
import mammoth from 'mammoth';
import type { GoldFile } from '../pipeline/gold.js';
import { columnSplit } from '../pipeline/segment/front-lines.js';
import { layout, type SourceLine } from './fixture-layout.js';

const ROOT = path.resolve(import.meta.dirname, '..', 'fixtures');
const FIXED_DATE = new Date('2011-03-15T12:00:00Z');

// ---------- source lines ----------

type Line = SourceLine;
const BULLET = /^[·•]\s*/;

function classify(content: string, gold: GoldFile | undefined): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of content.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw; // a CRLF text (Word export): the CR is part of the line end
    const h = gold?.headings.find((g) => g.start < start + text.length && start < g.end);
    if (text.trim() === '') lines.push({ kind: 'blank', text });
    else if (gold ? h : looksLikeHeading(text)) lines.push({ kind: 'heading', text, level: h?.level ?? 1 });
    else if (BULLET.test(text)) lines.push({ kind: 'bullet', text });
    else lines.push({ kind: 'para', text });
  }
  return lines;
}

function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  const label = /^(Article\s+)?\d+(\.\s?[a-z])?[.:]?$|^[a-z][.)]$|^…$/;
  return t.length <= 90 && /^[\p{Lu}IVX]/u.test(t) && !/[.;,]$/.test(t) && !label.test(t);
}

// ---------- WinAnsi mapping ----------

const MAP: Record<string, string> = {
  'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ı': 'i', '\u2010': '-', '\u2011': '-', '\u2212': '-',
  '\u00ad': '', '\u200b': '', '\u2009': ' ', '\u202f': ' ', '\t': ' ', '\ufffd': '?',
};

function winAnsi(font: PDFFont, used: Map<string, string>): (s: string) => string {
  const ok = new Set(font.getCharacterSet());
  const one = (ch: string): string => {
    if (ok.has(ch.codePointAt(0)!)) return ch;
    const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
    const out = MAP[ch] ?? ([...bare].every((c) => ok.has(c.codePointAt(0)!)) && bare !== ch ? bare : '?');
    used.set(ch, out);
    return out;
  };
  return (s) => [...s].map(one).join('');
}

// ---------- PDF ----------

const PAGE = { w: 612, h: 792, margin: 72, size: 10.5, lead: 14 };
const MAX_CHARS = 90;

/** Greedy wrap into lines of at most MAX_CHARS characters and `width` points; sometimes hyphenates. */
function wrap(text: string, fits: (s: string) => boolean): { lines: string[]; hyphens: number } {
  const lines: string[] = [];
  let hyphens = 0;
  let line = '';
  for (const word of text.split(/ +/)) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) { line = next; continue; }
    // Hyphenate a long word made of letters only, at a syllable-like break, 4+ letters each side.
    const m = /^([A-Za-z]{9,})([,.;:]?)$/.exec(word);
    let rest = word;
    if (m && line) {
      const letters = m[1]!;
      for (let k = letters.length - 4; k >= 4; k--) {
        if (canBreak(letters, k) && fits(`${line} ${letters.slice(0, k)}-`)) {
          line = `${line} ${letters.slice(0, k)}-`;
          rest = letters.slice(k) + m[2]!;
          hyphens++;
          break;
        }
      }
    }
    if (line) lines.push(line);
    line = rest;
  }
  if (line) lines.push(line);
  return { lines, hyphens };
}

/** A break before letters[k]: vowel | consonant+vowel, or between two consonants that are not a digraph. */
function canBreak(letters: string, k: number): boolean {
  const v = (c: string | undefined) => c !== undefined && /[aeiouy]/i.test(c);
  const [a, b, c] = [letters[k - 1], letters[k], letters[k + 1]];
  if (v(a) && !v(b) && v(c)) return true;
  return !v(a) && !v(b) && v(letters[k - 2]) && v(c) && !/^(ch|sh|th|ph|ck|qu|gh|wh)$/i.test(`${a}${b}`);
}

/** A fixture with a distribution header of its own (a symbol in its first lines) keeps it: its symbol heads every later page. */
function ownSymbol(content: string): string | undefined {
  const head = content.split('\n').slice(0, 6).join('\n');
  return /(?<![\w/])[A-Z][A-Za-z]{0,9}(?:\.[A-Za-z0-9]+)?\/[A-Za-z0-9.\-/]*\d[A-Za-z0-9.\-/]*/.exec(head)?.[0];
}

function symbolFor(name: string): string {
  const yy = /(?:19|20)(\d\d)/.exec(name)?.[1] ?? '11';
  const n = 9000 + (parseInt(createHash('sha256').update(name).digest('hex').slice(0, 6), 16) % 1000);
  return `CP/doc.${n}/${yy}`;
}

async function makePdf(lines: Line[], symbol: string, used: Map<string, string>, ownHeader: boolean): Promise<{ bytes: Uint8Array; pages: number; hyphens: number }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(symbol);
  doc.setProducer('reportkb make-fixtures');
  doc.setCreator('reportkb make-fixtures');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const enc = winAnsi(regular, used);
  const { w, h, margin, size, lead } = PAGE;
  const right = w - margin;
  let page: PDFPage;
  let y = 0;
  let hyphens = 0;

  const draw = (s: string, x: number, font = regular, at = size) => page.drawText(s, { x, y, size: at, font });
  const newPage = () => {
    page = doc.addPage([w, h]);
    const n = doc.getPageCount();
    y = h - margin + 24;
    if (n === 1 && !ownHeader) {
      for (const [left, r] of [['PERMANENT COUNCIL OF THE', 'OEA/Ser.G'], ['ORGANIZATION OF AMERICAN STATES', symbol], ['', 'original: English']]) {
        if (left) draw(left, margin, bold);
        draw(r!, right - 110);
        y -= lead;
      }
      y -= 2 * lead;
    } else if (n > 1) {
      draw(symbol, right - regular.widthOfTextAtSize(symbol, size));
      y -= lead;
      const num = `- ${n} -`;
      draw(num, (w - regular.widthOfTextAtSize(num, size)) / 2);
      y -= 2 * lead;
    }
  };
  newPage();
  const room = () => { if (y < margin) newPage(); };
  const fitsIn = (font: PDFFont, width: number) => (s: string) => s.length <= MAX_CHARS && font.widthOfTextAtSize(s, size) <= width;
  const fits = fitsIn(regular, right - margin);
  const wrapped = (text: string, f: (s: string) => boolean) => {
    const out = wrap(text, f);
    hyphens += out.hyphens;
    return out.lines;
  };
  /** The largest type size, from `start` down, at which `fitsAt` holds (a table's or a row's smaller type; never past the page edge). */
  const sizeFor = (start: number, fitsAt: (s: number) => boolean) => {
    let s = start;
    while (s > 4 && !fitsAt(s)) s -= 0.5;
    return s;
  };

  // The fixture's own distribution header: its first source lines, laid out one a line (their columns side by side).
  const keep = (k: number) => ownHeader && k < 8;
  let gap = false;
  for (const unit of layout(lines, keep, MAX_CHARS)) {
    if (unit.kind === 'gap') { gap = true; continue; }
    if (gap) { y -= lead / 2; gap = false; }
    switch (unit.kind) {
      case 'heading': {
        const body = enc(unit.text);
        const split = keep(unit.source) && y > h - margin - 8 * lead ? columnSplit(body) : undefined;
        if (split !== undefined) {
          room();
          draw(body.slice(0, split).trimEnd(), margin, bold);
          draw(body.slice(split), right - 150);
          y -= lead;
          break;
        }
        // a numbered heading whose number a tab sets apart ("II.⇥TECHNICAL SECRETARIAT …"): the number at the margin, the title at a tab stop
        const tab = /^(\S{1,8})\t+(?=\S)/.exec(unit.text);
        const label = tab ? enc(tab[1]!) : '';
        const indent = tab ? Math.max(36, bold.widthOfTextAtSize(label, size) + 18) : 0;
        for (const [i, l] of wrapped(tab ? enc(unit.text.slice(tab[0].length)) : body, fitsIn(bold, right - margin - indent)).entries()) {
          room();
          if (i === 0 && tab) draw(label, margin, bold);
          draw(l, margin + indent, bold);
          y -= lead;
        }
        break;
      }
      case 'contents': {
        // A contents entry keeps its page number on its line: its dot leader shrinks (as a tab leader would) to fit.
        const title = enc(unit.title.trim().replace(/ {2,}/g, ' '));
        const dots = /\.\s\./.test(unit.leader) ? '. ' : '.';
        const count = (unit.leader.match(/\./g) ?? []).length;
        const entry = (n: number, t = title) => `${t}${unit.before}${dots.repeat(n).trimEnd()}${unit.after}${unit.page}`;
        let n = count;
        while (n > 3 && !fits(entry(n))) n--;
        const out = fits(entry(n)) ? [entry(n)] : [...wrapped(title, fitsIn(regular, right - margin - 60)).map((l, i, all) => (i === all.length - 1 ? entry(3, l) : l))];
        for (const l of out) { room(); draw(l, margin); y -= lead; }
        break;
      }
      case 'table': {
        // Cells in aligned columns, each as wide as its widest cell, a gap between; the type shrinks until the widest row fits the page.
        const rows = unit.rows.map((r) => r.map((c) => enc(c.trim())));
        const layoutAt = (s: number) => {
          const widths: number[] = [];
          for (const r of rows) r.forEach((c, j) => { widths[j] = Math.max(widths[j] ?? 0, c ? regular.widthOfTextAtSize(c, s) : 0); });
          const xs: number[] = [];
          let x = margin;
          for (const width of widths) { xs.push(x); x += width + 2 * s; }
          return { xs, end: x - 2 * s };
        };
        const s = sizeFor(8, (t) => layoutAt(t).end <= right);
        const { xs } = layoutAt(s);
        for (const r of rows) {
          room();
          r.forEach((c, j) => { if (c) draw(c, xs[j]!, regular, s); });
          y -= s * 1.5; // closer than a paragraph gap (1.6 lines): the rows of one table
        }
        break;
      }
      case 'columns': {
        // Aligned columns (a calendar, an acronym list, a footer's left and right parts): each cell at its column, or after the cell before it.
        const placed = (s: number) => unit.lines.map((cells) => {
          let end = margin - 100;
          return cells.map((c) => {
            const text = enc(c.text);
            const x = Math.max(margin + c.col * s * 0.5, end + 1.6 * s + 1);
            end = x + regular.widthOfTextAtSize(text, s);
            return { x, text, end };
          });
        });
        const s = sizeFor(size, (t) => placed(t).every((cells) => cells.every((c) => c.end <= right)));
        for (const cells of placed(s)) {
          room();
          for (const c of cells) draw(c.text, c.x, regular, s);
          y -= s === size ? lead : s * 1.5;
        }
        break;
      }
      case 'row': {
        // A table row whose column gaps are closed: one line, in smaller type if it is wider than the page.
        const text = enc(unit.text.trim().replace(/ {2,}/g, ' '));
        const s = sizeFor(size, (t) => regular.widthOfTextAtSize(text, t) <= right - margin);
        room();
        draw(text, margin, regular, s);
        y -= s === size ? lead : s * 1.5;
        break;
      }
      case 'text': {
        const { marker } = unit;
        const markerWidth = marker && !marker.glyph && !marker.tab ? regular.widthOfTextAtSize(enc(`${marker.text} `), size) : 0;
        const indent = marker?.glyph ? 18 : marker?.tab ? 24 : unit.hanging ? markerWidth : 0;
        const f = fitsIn(regular, right - margin - indent);
        for (const [si, segment] of unit.segments.entries()) {
          const body = enc(segment);
          // The fixture's own two-column header: the left column's text, and the symbol, date or "Original:" at the right.
          const split = keep(unit.source) && y > h - margin - 8 * lead ? columnSplit(body) : undefined;
          if (split !== undefined) {
            room();
            draw(body.slice(0, split).trimEnd(), margin);
            draw(body.slice(split), right - 150);
            y -= lead;
            continue;
          }
          for (const [i, l] of wrapped(body, f).entries()) {
            room();
            const opens = si === 0 && i === 0;
            if (opens && marker?.glyph) draw(enc(marker.text), margin + 6);
            if (opens && marker?.tab) draw(enc(marker.text.trim()), margin);
            draw(l, opens && marker && !marker.glyph && !marker.tab ? margin : margin + indent);
            y -= lead;
          }
        }
        break;
      }
    }
  }
  return { bytes: await doc.save(), pages: doc.getPageCount(), hyphens };
}

// ---------- DOCX ----------

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

async function makeDocx(lines: Line[], title: string): Promise<Buffer> {
  const children = lines.map((l) => {
    if (l.kind === 'blank') return new Paragraph({});
    if (l.kind === 'heading') return new Paragraph({ text: l.text, heading: HEADINGS[Math.min(l.level ?? 1, 4) - 1] });
    if (l.kind === 'bullet') return new Paragraph({ text: l.text.replace(BULLET, ''), bullet: { level: 0 } });
    return new Paragraph({ text: l.text });
  });
  const doc = new Document({ creator: 'reportkb', title, lastModifiedBy: 'reportkb', revision: 1, sections: [{ children }] });
  // docx stamps the current time into docProps/core.xml and into every zip entry: fix both.
  const when = FIXED_DATE.toISOString().replace(/\.\d+Z$/, 'Z');
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${title}</dc:title><dc:creator>reportkb</dc:creator><cp:lastModifiedBy>reportkb</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
  return fixZipTimes(await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: core }]));
}

/** Set every entry's DOS time/date (local header and central directory) to FIXED_DATE. */
function fixZipTimes(zip: Buffer): Buffer {
  const d = FIXED_DATE;
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = zip.readUInt16LE(eocd + 10); i > 0; i--) {
    const local = zip.readUInt32LE(p + 42);
    zip.writeUInt16LE(time, p + 12); zip.writeUInt16LE(date, p + 14);
    zip.writeUInt16LE(time, local + 10); zip.writeUInt16LE(date, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}

// ---------- read back and compare ----------

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

function firstDiff(want: string, got: string): string {
  if (want === got) return 'identical';
  let i = 0;
  while (i < want.length && want[i] === got[i]) i++;
  return `differs at ${i}: want ${JSON.stringify(want.slice(i, i + 40))} got ${JSON.stringify(got.slice(i, i + 40))}`;
}

async function readPdf(bytes: Uint8Array, ownHeader: boolean): Promise<{ raw: string; text: string }> {
  const parser = new PDFParse({ data: Buffer.from(bytes) });
  const result = await parser.getText();
  await parser.destroy();
  const raw = result.pages.map((p) => p.text).join('\n');
  // Page furniture: the 3-line symbol block on page 1, symbol and "- n -" on later pages.
  const body = result.pages.flatMap((p, i) => p.text.split('\n').slice(i === 0 ? (ownHeader ? 0 : 3) : 2));
  return { raw, text: body.join('\n').replace(/([A-Za-z])-\n([A-Za-z])/g, '$1$2') };
}

// ---------- main ----------

const textDir = path.join(ROOT, 'texts');
for (const dir of ['pdf', 'docx']) mkdirSync(path.join(ROOT, dir), { recursive: true });
for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
  const name = file.replace(/\.txt$/, '');
  const content = readFileSync(path.join(textDir, file), 'utf8');
  const goldPath = path.join(ROOT, 'gold', `${name}.gold.json`);
  const gold = existsSync(goldPath) ? (JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile) : undefined;
  const lines = classify(content, gold);
  const own = ownSymbol(content);
  const symbol = own ?? symbolFor(name);
  const used = new Map<string, string>();

  const pdf = await makePdf(lines, symbol, used, own !== undefined);
  writeFileSync(path.join(ROOT, 'pdf', `${name}.pdf`), pdf.bytes);
  const docx = await makeDocx(lines, name);
  writeFileSync(path.join(ROOT, 'docx', `${name}.docx`), docx);

  const mapped = [...used].map(([a, b]) => `${JSON.stringify(a)}→${JSON.stringify(b)}`).join(' ') || 'none';
  const enc = (s: string) => [...s].map((c) => used.get(c) ?? c).join('');
  const source = fold(content);
  // the PDF sets a paragraph's lines again: a word the source hyphenated at a line break is whole (a compound keeps its hyphen)
  const flowed = content.replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2').replace(/(\p{L})-\n(\p{Lu})/gu, '$1-$2');
  const back = await readPdf(pdf.bytes, own !== undefined);
  const docText = (await mammoth.extractRawText({ buffer: docx })).value;
  const noBullets = fold(content.replace(/^[·•]\s*/gm, ''));
  console.log(`${name}: ${content.length} chars, ${lines.filter((l) => l.kind === 'heading').length} heading lines${gold ? ' (from gold)' : ' (guessed)'}, ${lines.filter((l) => l.kind === 'bullet').length} bullets`);
  console.log(`  pdf  ${pdf.pages} pages, ${pdf.hyphens} hyphenated words, mapped: ${mapped}`);
  console.log(`       read back ${back.raw.length} chars; vs source (mapped, furniture dropped, hyphens joined): ${firstDiff(fold(enc(flowed)), fold(back.text))}`);
  console.log(`  docx ${docx.length} bytes; mammoth ${docText.length} chars; vs source: ${firstDiff(source, fold(docText))}` +
    (source !== fold(docText) ? `; vs source without bullet markers: ${firstDiff(noBullets, fold(docText))}` : ''));
}
