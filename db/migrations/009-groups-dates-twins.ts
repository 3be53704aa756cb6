/**
 * Rows a user can trust (issue 16):
 * - activities.part_of: the id of the group activity a member belongs to (ANNOTATION.md §4), so
 *   that a group total and its members are never summed together;
 * - activities.date_source: where date_start/date_end came from: the activity's own text ('text'),
 *   or, for an activity without a date of its own, the nearest date context: its paragraph, its
 *   section, or the report's period;
 * - reports.symbol: the document symbol ("CP/CSH-946/08", "A/70/123"), and reports.fingerprint: a
 *   signature of the report's normalized words, so the .pdf and .txt of one report load once.
 *
 * The views count each person once: they sum top-level rows only (part_of IS NULL), and give a
 * year only to a row whose dates lie within one calendar year ("since 2009" is no year's figure),
 * or, dated by a two-year report period alone, to the year of the period's midpoint.
 */
export const sql = `
ALTER TABLE reports ADD COLUMN symbol TEXT;
ALTER TABLE reports ADD COLUMN fingerprint TEXT;
CREATE INDEX reports_symbol ON reports(symbol) WHERE symbol IS NOT NULL;

-- The fingerprint's bins, so a new report finds its twins by index lookups, not by reading every report.
CREATE TABLE fingerprint_bins (
  bin        INTEGER NOT NULL,
  value      INTEGER NOT NULL,
  report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  PRIMARY KEY (bin, value, report_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX fingerprint_bins_report ON fingerprint_bins(report_id);

ALTER TABLE activities ADD COLUMN part_of INTEGER REFERENCES activities(id) ON DELETE SET NULL;
ALTER TABLE activities ADD COLUMN date_source TEXT CHECK (date_source IN ('text', 'paragraph', 'section', 'period'));
UPDATE activities SET date_source = 'text' WHERE date IS NOT NULL;
CREATE INDEX activities_part_of ON activities(part_of) WHERE part_of IS NOT NULL;

-- The calendar year of an activity: the year its dates (own or inherited) lie within; for a row
-- dated only by a report period that spans two years, the year holding the period's midpoint;
-- else none (a figure "since 2009" is no one year's).
CREATE VIEW activity_years AS
SELECT id AS activity_id,
  CASE
    WHEN substr(date_start, 1, 4) = substr(date_end, 1, 4) THEN substr(date_start, 1, 4)
    WHEN date_source = 'period' THEN strftime('%Y', (julianday(date_start) + julianday(date_end)) / 2)
  END AS year
FROM activities;

DROP VIEW participants_by_country_year;
CREATE VIEW participants_by_country_year AS
SELECT ac.iso3 AS country, y.year AS year, count(DISTINCT a.id) AS activities,
  sum(CASE WHEN named.n = 1 THEN a.participants ELSE ac.participants END) AS participants
FROM activities a
JOIN activity_years y ON y.activity_id = a.id
JOIN activity_countries ac ON ac.activity_id = a.id
JOIN (SELECT activity_id, count(*) AS n FROM activity_countries GROUP BY activity_id) named ON named.activity_id = a.id
WHERE a.part_of IS NULL
GROUP BY ac.iso3, y.year;

DROP VIEW activities_by_organization;
CREATE VIEW activities_by_organization AS
SELECT ao.org_key AS org_key, coalesce(o.name, ao.org_key) AS name, a.kind AS kind, y.year AS year,
  count(*) AS activities, sum(a.participants) AS participants
FROM activity_organizations ao
JOIN activities a ON a.id = ao.activity_id
JOIN activity_years y ON y.activity_id = a.id
LEFT JOIN organizations o ON o.key = ao.org_key
WHERE a.part_of IS NULL
GROUP BY ao.org_key, a.kind, y.year;

DROP VIEW activities_by_kind_year;
CREATE VIEW activities_by_kind_year AS
SELECT a.kind AS kind, y.year AS year, count(*) AS activities,
  sum(a.status = 'held') AS held, sum(a.status = 'planned') AS planned, sum(a.participants) AS participants
FROM activities a
JOIN activity_years y ON y.activity_id = a.id
WHERE a.part_of IS NULL
GROUP BY a.kind, y.year;
`;
