/** Example questions with their SQL, run by `reportkb demo` and shown in the README. */
export interface Question {
  question: string;
  sql: string;
}

export const QUESTIONS: readonly Question[] = [
  {
    question: 'Which reports are in the knowledge base, and what period does each cover?',
    sql: `SELECT id, path, format, period_start, period_end, (SELECT count(*) FROM mentions m WHERE m.report_id = r.id) AS mentions
FROM reports r ORDER BY id`,
  },
  {
    question: 'Which countries are mentioned most, across all reports?',
    sql: `SELECT c.name AS country, m.value AS iso3, count(*) AS mentions, count(DISTINCT m.report_id) AS reports
FROM mentions m JOIN countries c ON c.iso3 = m.value
WHERE m.type = 'country' GROUP BY m.value ORDER BY mentions DESC LIMIT 10`,
  },
  {
    question: 'Which organizations appear in the most paragraphs, under every name they go by?',
    sql: `SELECT o.key, o.name, count(DISTINCT m.paragraph_id) AS paragraphs,
  (SELECT group_concat(name, ' | ') FROM organization_names n WHERE n.org_key = o.key) AS names_seen
FROM organizations o JOIN mentions m ON m.type = 'organization' AND m.value = o.key COLLATE NOCASE
GROUP BY o.key ORDER BY paragraphs DESC LIMIT 10`,
  },
  {
    question: 'How many people took part in activities, by report section?',
    sql: `SELECT r.path, s.heading AS section, sum(m.value_int) AS participants, count(*) AS counts
FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id JOIN reports r ON r.id = m.report_id
LEFT JOIN sections s ON s.id = p.section_id
WHERE m.type = 'participants' GROUP BY r.id, s.id ORDER BY participants DESC LIMIT 10`,
  },
  {
    question: 'Where is money laundering discussed? (full-text search over paragraphs)',
    sql: `SELECT r.path, p.id AS paragraph, snippet(paragraphs_fts, 0, '[', ']', '…', 12) AS snippet
FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid JOIN reports r ON r.id = p.report_id
WHERE paragraphs_fts MATCH 'money NEAR laundering' ORDER BY rank LIMIT 5`,
  },
];
