// A user's script: reportkb imported by name, as from npm. Usage: node use-api.mjs <db> <folder> <gold folder>
// Prints one JSON object with what each API call gave, for test/package-api.test.ts to check.
import { evaluate, extract, ingest, listReports, openKnowledgeBase, query, removeReports, search, toObjects } from 'reportkb';

const [dbPath, folder, goldFolder] = process.argv.slice(2);
const progress = [];
const files = [];
const kb = openKnowledgeBase(dbPath);
const summary = await ingest(kb, [folder], {
  onProgress: (p) => progress.push([p.done, p.total]),
  onFile: (e) => files.push(e.status),
});
const reports = listReports(kb);
const byKind = toObjects(await query(kb, 'SELECT kind, count(*) AS n FROM activities WHERE report_id = :id GROUP BY kind ORDER BY n DESC, kind', { id: reports[0].id }));
let writeRefused = '';
try {
  await query(kb, 'DELETE FROM reports');
} catch (error) {
  writeRefused = error.message;
}
const hits = search(kb, 'trafficking persons', { limit: 2 }).rows.length;
const removed = removeReports(kb, [reports[0].id]);
const left = listReports(kb).length;
kb.close();

const gold = await extract(reports[0].path);
const evaluation = await evaluate([`${goldFolder}/${reports[0].path.split('/').pop().replace(/\.txt$/, '.gold.json')}`], { types: ['country'] });
console.log(JSON.stringify({
  summary, progress, files, reports, byKind, writeRefused, hits, removed, left,
  extracted: { format: gold.format, mentions: gold.mentions.length, events: gold.events.length },
  eval: { documents: evaluation.report?.documents, countryF1: evaluation.report?.types.country?.value.f1, problems: evaluation.problems },
}));
