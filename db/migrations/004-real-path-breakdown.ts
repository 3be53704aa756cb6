/**
 * - reports.real_path: the file's resolved path, so "./a.txt", "a.txt" and "/abs/a.txt" are one
 *   file and a changed file replaces its report whatever spelling of its path was typed;
 * - activity_countries.participants: the figure the activity's own text gives for that country
 *   ("Guatemala (46)"), decided at extraction, so the view below counts each figure once.
 */
export const sql = `
ALTER TABLE reports ADD COLUMN real_path TEXT;
UPDATE reports SET real_path = path;
CREATE INDEX reports_real_path ON reports(real_path);

ALTER TABLE activity_countries ADD COLUMN participants INTEGER;

-- Participants per country and year. Rule: an activity that names one country gives that country
-- all its participants; an activity that names several gives each country the figure its own text
-- gives right after the country's name ("Guatemala (46), Honduras (29)"), and nothing when the text
-- gives no breakdown. Every activity that names a country counts once in 'activities'. The year is
-- the year the activity's date starts in (NULL when it has no date).
DROP VIEW participants_by_country_year;
CREATE VIEW participants_by_country_year AS
SELECT ac.iso3 AS country, substr(a.date_start, 1, 4) AS year, count(DISTINCT a.id) AS activities,
  sum(CASE WHEN named.n = 1 THEN a.participants ELSE ac.participants END) AS participants
FROM activities a
JOIN activity_countries ac ON ac.activity_id = a.id
JOIN (SELECT activity_id, count(*) AS n FROM activity_countries GROUP BY activity_id) named ON named.activity_id = a.id
GROUP BY ac.iso3, year;
`;
