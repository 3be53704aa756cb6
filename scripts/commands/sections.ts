/** `reportkb sections <id|file>`: the heading tree a file yields, or the one stored for an ingested report. */
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { headingsOf, processFile } from '../../pipeline/index.js';
import { openKnowledgeBase, reportSections, type StoredSection } from '../../api/index.js';
import { action, DEFAULT_DB, io } from '../io.js';

export function sectionsCommand(): Command {
  return new Command('sections')
    .description('print the heading tree that segmentation finds in a file, or that is stored for an ingested report (by id or path)')
    .argument('<report>', 'a .txt, .pdf or .docx file, or the id of an ingested report (see reportkb reports)')
    .option('--json', 'print the headings as JSON (raw-text offsets)')
    .option('--db <file>', 'SQLite database file, for a report id', DEFAULT_DB)
    .action(
      action(async (report: string, opts: { json?: boolean; db: string }) => {
        if (!existsSync(report)) return printStored(report, opts);
        const headings = headingsOf(await processFile(report));
        if (opts.json) return io.out(JSON.stringify(headings, null, 2));
        for (const h of headings) io.out(`${'  '.repeat(h.level - 1)}${h.text.replace(/\s+/g, ' ')}  [${h.start}-${h.end}]`);
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
