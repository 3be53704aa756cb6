/**
 * Activities (ANNOTATION.md §4): one row per workshop, seminar, course, meeting or mission (or a
 * group of like activities reported together), with the countries, places and organizations tied
 * to it, and three summary views.
 */
export const sql = `
CREATE TABLE activities (
  id            INTEGER PRIMARY KEY,
  report_id     INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  paragraph_id  INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
  section_id    INTEGER REFERENCES sections(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('held', 'planned')),
  count         INTEGER,
  date          TEXT,
  date_mod      TEXT,
  date_start    TEXT,   -- first day of the date's interval ('2008-H1' → '2008-01-01')
  date_end      TEXT,   -- last day ('2008-H1' → '2008-06-30')
  participants  INTEGER,
  trigger       TEXT NOT NULL,
  start         INTEGER NOT NULL,
  end           INTEGER NOT NULL,
  rule          TEXT NOT NULL
) STRICT;
CREATE INDEX activities_report ON activities(report_id);
CREATE INDEX activities_kind ON activities(kind, date_start);

CREATE TABLE activity_countries (
  activity_id  INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  iso3         TEXT NOT NULL,
  PRIMARY KEY (activity_id, iso3)
) STRICT;
CREATE INDEX activity_countries_iso3 ON activity_countries(iso3);

CREATE TABLE activity_places (
  activity_id  INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  place        TEXT NOT NULL,
  PRIMARY KEY (activity_id, place)
) STRICT;

CREATE TABLE activity_organizations (
  activity_id  INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  org_key      TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (activity_id, org_key)
) STRICT;
CREATE INDEX activity_organizations_key ON activity_organizations(org_key);

-- Participants per country and year. Rule: an activity that names one country gives that country
-- all its participants; an activity that names several gives each country the figures written
-- right after the country's name in the activity's paragraph ("Guatemala (46), Honduras (29)"), and
-- nothing when the text gives no breakdown. Every activity that names a country counts once in
-- 'activities'. The year is the year the activity's date starts in (NULL when it has no date).
CREATE VIEW participants_by_country_year AS
WITH named AS (
  SELECT activity_id, count(*) AS n FROM activity_countries GROUP BY activity_id
), rows AS (
  SELECT ac.iso3 AS country, substr(a.date_start, 1, 4) AS year, a.id AS activity_id,
    CASE WHEN named.n = 1 THEN a.participants ELSE (
      SELECT sum(p.value_int) FROM mentions c
      JOIN mentions p ON p.paragraph_id = c.paragraph_id AND p.type = 'participants' AND p.start > c.end AND p.start - c.end <= 3
      WHERE c.paragraph_id = a.paragraph_id AND c.type = 'country' AND c.value = ac.iso3
    ) END AS participants
  FROM activities a
  JOIN activity_countries ac ON ac.activity_id = a.id
  JOIN named ON named.activity_id = a.id
)
SELECT country, year, count(DISTINCT activity_id) AS activities, sum(participants) AS participants
FROM rows GROUP BY country, year;

-- Activities each organization organized, hosted, funded, delivered or co-sponsored, by kind and year.
CREATE VIEW activities_by_organization AS
SELECT ao.org_key AS org_key, coalesce(o.name, ao.org_key) AS name, a.kind AS kind, substr(a.date_start, 1, 4) AS year,
  count(*) AS activities, sum(a.participants) AS participants
FROM activity_organizations ao
JOIN activities a ON a.id = ao.activity_id
LEFT JOIN organizations o ON o.key = ao.org_key
GROUP BY ao.org_key, a.kind, year;

CREATE VIEW activities_by_kind_year AS
SELECT kind, substr(date_start, 1, 4) AS year, count(*) AS activities,
  sum(status = 'held') AS held, sum(status = 'planned') AS planned, sum(participants) AS participants
FROM activities
GROUP BY kind, year;
`;
