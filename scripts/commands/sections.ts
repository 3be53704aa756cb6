/**
 * `reportkb sections <id|file>`: the heading tree a file yields, to check segmentation by eye, with
 * what was recognized around it: the cover or distribution header ([cover], its furniture and the
 * document symbol), contents lists ([contents], its entries) and furniture inside the text
 * ([furniture]: an item's dateline, share links, a symbol standing alone), each where it stands; or the
 * tree stored for an ingested report.
 */
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { spanFromView, type Doc } from '../../pipeline/document.js';
import { headingsOf, processFile } from '../../pipeline/index.js';
import { documentSymbol } from '../../pipeline/metadata.js';
import { openKnowledgeBase, reportSections, type StoredSection } from '../../api/index.js';
import { action, DEFAULT_DB, io } from '../io.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const clip = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The tree as lines: headings indented by level, cover and contents blocks marked where they stand. */
export function sectionLines(doc: Doc): string[] {
  const out: string[] = [];
  const text = (b: { start: number; end: number }) => doc.view.text.slice(b.start, b.end);
  const indent = (level: number) => '  '.repeat(Math.max(0, level - 1));
  const levelAt = (section: number) => doc.sections[section]?.level ?? 0;
  let body = false; // past the cover and title: furniture found later (a dateline, share links, a running symbol) is not the cover
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i]!;
    if (block.kind === 'heading') {
      const span = spanFromView(doc, block.start, block.end);
      out.push(`${indent(block.level ?? 1)}${oneLine(span.text)}  [${span.start}-${span.end}]${block.titleBlock ? '  (title)' : ''}`);
    } else if (block.kind === 'front') {
      let j = i;
      const parts: string[] = [];
      while (j < doc.blocks.length && doc.blocks[j]!.kind === 'front') parts.push(oneLine(text(doc.blocks[j++]!)));
      const span = spanFromView(doc, block.start, doc.blocks[j - 1]!.end);
      out.push(`${indent(levelAt(block.section) + 1)}[${body ? 'furniture' : 'cover'}] ${parts.length} piece${parts.length === 1 ? '' : 's'}: ${clip(parts.join(' | '))}  [${span.start}-${span.end}]`);
      i = j - 1;
    } else if (block.kind === 'contents') {
      const entries = text(block).split('\n').filter((l) => l.trim() !== '');
      const span = spanFromView(doc, block.start, block.end);
      out.push(`${indent(levelAt(block.section) + 1)}[contents] ${entries.length} lines: ${clip(entries.map(oneLine).join(' | '))}  [${span.start}-${span.end}]`);
    }
    if (block.kind !== 'front' && !block.titleBlock) body = true;
  }
  return out;
}

export function sectionsCommand(): Command {
  return new Command('sections')
    .description('print the heading tree that segmentation finds in a file (with its cover block and contents list), or that is stored for an ingested report (by id or path)')
    .argument('<report>', 'a .txt, .pdf or .docx file, or the id of an ingested report (see reportkb reports)')
    .option('--json', 'print the headings as JSON (raw-text offsets)')
    .option('--db <file>', 'SQLite database file, for a report id', DEFAULT_DB)
    .action(
      action(async (report: string, opts: { json?: boolean; db: string }) => {
        if (!existsSync(report)) return printStored(report, opts);
        const result = await processFile(report);
        const headings = headingsOf(result);
        if (opts.json) return io.out(JSON.stringify(headings, null, 2));
        const symbol = documentSymbol(result.doc);
        if (symbol) io.out(`document symbol: ${symbol}`);
        for (const line of sectionLines(result.doc)) io.out(line);
        if (headings.length === 0) io.out('(no headings found)');
      }),
    );
}

/** Not a file: an id (or a path as ingested) of a report in --db. */
function printStored(report: string, opts: { json?: boolean; db: string }): void {
  const notFound = `${report}: no such file${/^\d+$/.test(report) ? `, and no report with this id in ${opts.db}` : ''}`;
  if (!existsSync(opts.db)) throw new Error(notFound);
  const kb = openKnowledgeBase(opts.db, { readonly: true });
  let sections: StoredSection[] | undefined;
  try {
    sections = reportSections(kb, report);
  } finally {
    kb.close();
  }
  if (sections === undefined) throw new Error(notFound);
  if (opts.json) return io.out(JSON.stringify(sections.map((s) => ({ start: s.start, end: s.heading_end, text: s.heading, level: s.level, section_end: s.end })), null, 2));
  for (const s of sections) io.out(`${'  '.repeat(s.level - 1)}${s.heading.replace(/\s+/g, ' ')}  [${s.start}-${s.heading_end}]`);
  if (sections.length === 0) io.out('(no headings found)');
}
