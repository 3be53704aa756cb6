/**
 * Example questions with their SQL, run by `reportkb demo` and shown in the README (`npm run readme`
 * writes their answers there; test/readme.test.ts fails when the README's copy is out of date).
 * Counts and sums take top-level activities only (part_of IS NULL), as the views do, so a group
 * and its members are never counted together.
 */
export interface Question {
  question: string;
  sql: string;
  /** Shown in the README's worked questions too (the demo answers them all). */
  readme?: boolean;
}

export const QUESTIONS: readonly Question[] = [
  {
    question: 'Which reports are in the knowledge base, who issued them, and what period does each cover?',
    sql: `SELECT id, path, issuer, period_start, period_end,
  (SELECT count(*) FROM activities a WHERE a.report_id = r.id AND a.part_of IS NULL) AS activities
FROM reports r ORDER BY id`,
  },
  {
    question: 'Which countries took part in the most trainings (courses, workshops, seminars, trainings), by year?',
    sql: `SELECT ac.iso3 AS country, c.name, y.year, count(*) AS trainings, sum(a.participants) AS participants
FROM activities a
JOIN activity_years y ON y.activity_id = a.id
JOIN activity_countries ac ON ac.activity_id = a.id
LEFT JOIN countries c ON c.iso3 = ac.iso3
WHERE a.kind IN ('course', 'workshop', 'seminar', 'training') AND a.part_of IS NULL
GROUP BY ac.iso3, y.year ORDER BY trainings DESC, participants DESC LIMIT 8`,
  },
  {
    question: 'How many people were trained, per country and year (where the reports say)?',
    sql: `SELECT country, year, activities, participants FROM participants_by_country_year
WHERE participants IS NOT NULL ORDER BY participants DESC LIMIT 4`,
    readme: true,
  },
  {
    question: 'Which organizations organized, hosted, funded or delivered the most activities?',
    sql: `SELECT org_key, name, sum(activities) AS activities, sum(participants) AS participants
FROM activities_by_organization GROUP BY org_key ORDER BY activities DESC LIMIT 5`,
    readme: true,
  },
  {
    question: 'What kinds of activities were held and planned, by year?',
    sql: `SELECT kind, year, activities, held, planned, participants FROM activities_by_kind_year
ORDER BY year DESC, activities DESC LIMIT 5`,
    readme: true,
  },
  {
    question: 'Which activities are planned, where and when, and by whom?',
    sql: `SELECT a.kind, a.trigger, a.date, group_concat(DISTINCT ap.place) AS places,
  group_concat(DISTINCT ao.org_key) AS organizations
FROM activities a
LEFT JOIN activity_places ap ON ap.activity_id = a.id
LEFT JOIN activity_organizations ao ON ao.activity_id = a.id
WHERE a.status = 'planned' GROUP BY a.id ORDER BY a.date_start LIMIT 4`,
    readme: true,
  },
  {
    question: 'One key per organization across reports: under which names and acronyms does each appear?',
    sql: `SELECT o.key, count(DISTINCT m.report_id) AS reports, count(*) AS mentions,
  (SELECT group_concat(name, ' | ') FROM organization_names n WHERE n.org_key = o.key) AS names_seen
FROM organizations o JOIN mentions m ON m.type = 'organization' AND m.value = o.key COLLATE NOCASE
GROUP BY o.key HAVING count(DISTINCT m.text) > 1 ORDER BY mentions DESC LIMIT 8`,
  },
  {
    question: 'Where are trafficking in persons discussed? (full-text search with snippets)',
    sql: `SELECT r.path, s.heading AS section, snippet(paragraphs_fts, 0, '[', ']', '…', 10) AS snippet
FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid JOIN reports r ON r.id = p.report_id
LEFT JOIN sections s ON s.id = p.section_id
WHERE paragraphs_fts MATCH 'NEAR(trafficking persons, 3)' ORDER BY rank LIMIT 4`,
  },
];
