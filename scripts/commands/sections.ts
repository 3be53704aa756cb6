/**
 * `reportkb sections <file>`: the heading tree a file yields, to check segmentation by eye, with
 * what was recognized around it: the cover or distribution header ([cover], its furniture and the
 * document symbol) and contents lists ([contents], its entries), each where it stands.
 */
import { Command } from 'commander';
import { spanFromView, type Doc } from '../../pipeline/document.js';
import { headingsOf, processFile } from '../../pipeline/index.js';
import { documentSymbol } from '../../pipeline/metadata.js';
import { action, io } from '../io.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const clip = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The tree as lines: headings indented by level, cover and contents blocks marked where they stand. */
export function sectionLines(doc: Doc): string[] {
  const out: string[] = [];
  const text = (b: { start: number; end: number }) => doc.view.text.slice(b.start, b.end);
  const indent = (level: number) => '  '.repeat(Math.max(0, level - 1));
  const levelAt = (section: number) => doc.sections[section]?.level ?? 0;
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
      out.push(`${indent(levelAt(block.section) + 1)}[cover] ${parts.length} piece${parts.length === 1 ? '' : 's'}: ${clip(parts.join(' | '))}  [${span.start}-${span.end}]`);
      i = j - 1;
    } else if (block.kind === 'contents') {
      const entries = text(block).split('\n').filter((l) => l.trim() !== '');
      const span = spanFromView(doc, block.start, block.end);
      out.push(`${indent(levelAt(block.section) + 1)}[contents] ${entries.length} lines: ${clip(entries.map(oneLine).join(' | '))}  [${span.start}-${span.end}]`);
    }
  }
  return out;
}

export function sectionsCommand(): Command {
  return new Command('sections')
    .description('print the heading tree that segmentation finds in a file, with its cover block and contents list')
    .argument('<file>', 'a .txt, .pdf or .docx report')
    .option('--json', 'print the headings as JSON (raw-text offsets)')
    .action(
      action(async (file: string, opts: { json?: boolean }) => {
        const result = await processFile(file);
        const headings = headingsOf(result);
        if (opts.json) return io.out(JSON.stringify(headings, null, 2));
        const symbol = documentSymbol(result.doc);
        if (symbol) io.out(`document symbol: ${symbol}`);
        for (const line of sectionLines(result.doc)) io.out(line);
        if (headings.length === 0) io.out('(no headings found)');
      }),
    );
}
