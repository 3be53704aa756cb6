import { ingest, listReports, openKnowledgeBase, query, toObjects } from 'reportkb';

const kb = openKnowledgeBase('kb.sqlite'); // { readonly: true } to only read
try {
  const summary = await ingest(kb, ['reports/'], {
    concurrency: 1,
    onProgress: ({ done, total }) => process.stderr.write(`\r${done}/${total}`),
    onFile: (file) => file.status === 'failed' && console.error(`${file.path}: ${file.reason}`),
  });
  console.log(summary.counts); // { added, replaced, unchanged, duplicate, failed }
  for (const r of listReports(kb)) console.log(r.id, r.issuer, r.periodStart, r.periodEnd, r.activities);
  const byCountry = await query(kb, 'SELECT * FROM participants_by_country_year WHERE year = :year', { year: '2014' });
  console.table(toObjects(byCountry));
} finally {
  kb.close();
}
