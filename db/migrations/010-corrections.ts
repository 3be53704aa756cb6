/**
 * Corrections (issue 20): a user's verdicts and edits on extracted facts, kept apart from the
 * loaded rows, which are never changed in place.
 *
 * A correction names its target by a key that survives re-ingest: the report's real path and the
 * target's raw offsets, mention type (or 'activity') and text, never a row id. `report_id` follows
 * the report: triggers set it when a report with that path is loaded and clear it when the report
 * is deleted, so a replaced report's corrections land on its new rows when their targets are still
 * there (same offsets, type and text), and show as 'stale' in `corrections_status` when not.
 *
 * action: 'accept' | 'reject' (field 'verdict'; the latest verdict counts), 'edit' (field is the
 * slot; the latest edit of a slot counts), 'add' (field 'record': a missed mention or activity,
 * whose key is its new span). `old` and `new` hold JSON. A date edit holds
 * {"value", "mod", "start", "end"} with its calendar bounds, so views need no date arithmetic.
 *
 * Views: `activities_corrected`, `activity_countries_corrected`, `activity_places_corrected`,
 * `activity_organizations_corrected`, `mentions_corrected` expose the corrected facts (rejected
 * ones left out, added ones in, with negative ids: -corrections.id); the summary views are
 * redefined on them, so `reportkb query` sees every correction.
 */
const FIELDS = ['kind', 'status', 'count', 'date', 'participants', 'part_of', 'countries', 'places', 'organizations'];

/**
 * One row per corrected target: the id of its latest verdict and of the latest edit of each field,
 * and its count of edits. The corrected views LEFT JOIN this small table, so a row nobody
 * corrected costs one join probe, and a field is read (by primary key) only where it was edited.
 */
const pivot = (name: string, type: string, keys: string, fields: readonly string[]) => `
CREATE VIEW ${name} AS
SELECT report_id, ${keys},
  ${fields.map((f) => `max(CASE WHEN action = 'edit' AND field = '${f}' THEN id END) AS ${f}_id`).join(',\n  ')},
  max(CASE WHEN field = 'verdict' THEN id END) AS verdict_id,
  sum(action = 'edit') AS edits
FROM corrections
WHERE report_id IS NOT NULL AND target_type = '${type}'
GROUP BY report_id, ${keys.replace(/ AS \w+/g, '')};
`;
const ACTIVITY_KEYS = `target_start AS start, target_end AS end, target_text AS trigger`;
const MENTION_KEYS = `target_label AS type, target_start AS start, target_end AS end, target_text AS text`;
const MENTION_FIELDS = ['value', 'span', 'mod'];

/** The latest edit of a field (JSON text, 'null' when edited to nothing), or NULL when not edited. */
const edit = (field: string) => `(SELECT c.new FROM corrections c WHERE c.id = k.${field}_id)`;
/** The edited value when there is an edit, else the loaded one. */
const pick = (field: string, path: string, loaded: string) => `CASE WHEN k.${field}_id IS NULL THEN ${loaded} ELSE json_extract(${edit(field)}, '${path}') END`;
const verdict = `(SELECT c.action FROM corrections c WHERE c.id = k.verdict_id)`;
/** The latest 'add' of each key: earlier adds of the same span are superseded. */
const latestAdd = `c.action = 'add' AND c.report_id IS NOT NULL AND c.id = (SELECT max(d.id) FROM corrections d WHERE d.action = 'add' AND d.report_id = c.report_id
  AND d.target_type = c.target_type AND d.target_label = c.target_label AND d.target_start = c.target_start AND d.target_end = c.target_end AND d.target_text = c.target_text)`;
/** The paragraph (and its section) holding an added item's start. */
const paragraphOf = (col: string) => `(SELECT p.${col} FROM paragraphs p WHERE p.report_id = c.report_id AND p.start <= c.target_start ORDER BY p.start DESC LIMIT 1)`;

const activitiesCorrected = `
CREATE VIEW activities_corrected AS
SELECT b.id, b.report_id, b.paragraph_id, b.section_id,
  ${pick('kind', '$', 'b.kind')} AS kind,
  ${pick('status', '$', 'b.status')} AS status,
  ${pick('count', '$', 'b.count')} AS count,
  ${pick('date', '$.value', 'b.date')} AS date,
  ${pick('date', '$.mod', 'b.date_mod')} AS date_mod,
  ${pick('date', '$.start', 'b.date_start')} AS date_start,
  ${pick('date', '$.end', 'b.date_end')} AS date_end,
  CASE WHEN k.date_id IS NULL THEN b.date_source WHEN json_extract(${edit('date')}, '$.value') IS NULL THEN NULL ELSE 'text' END AS date_source,
  ${pick('participants', '$', 'b.participants')} AS participants,
  b.trigger, b.start, b.end, b.rule,
  CASE WHEN k.part_of_id IS NULL THEN b.part_of ELSE coalesce(
    (SELECT g.id FROM activities g WHERE g.report_id = b.report_id AND g.start = json_extract(${edit('part_of')}, '$')),
    (SELECT -c.id FROM corrections c WHERE ${latestAdd} AND c.target_type = 'activity' AND c.report_id = b.report_id AND c.target_start = json_extract(${edit('part_of')}, '$'))) END AS part_of,
  CASE WHEN k.countries_id IS NULL THEN b.countries_json ELSE ${edit('countries')} END AS countries_json,
  CASE WHEN k.places_id IS NULL THEN b.places_json ELSE ${edit('places')} END AS places_json,
  CASE WHEN k.organizations_id IS NULL THEN b.organizations_json ELSE ${edit('organizations')} END AS organizations_json,
  b.origin,
  ${verdict} AS verdict,
  coalesce(k.edits, 0) AS edits
FROM activities_base b
LEFT JOIN activity_correction_ids k ON k.report_id = b.report_id AND k.start = b.start AND k.end = b.end AND k.trigger = b.trigger
WHERE k.verdict_id IS NULL OR ${verdict} <> 'reject';
`;

const mentionsCorrected = `
CREATE VIEW mentions_corrected AS
SELECT b.id, b.report_id, b.paragraph_id, b.type,
  ${pick('span', '$.start', 'b.start')} AS start,
  ${pick('span', '$.end', 'b.end')} AS end,
  ${pick('span', '$.text', 'b.text')} AS text,
  ${pick('value', '$', 'b.value')} AS value,
  CASE WHEN k.value_id IS NULL THEN b.value_int WHEN json_type(${edit('value')}) = 'integer' THEN json_extract(${edit('value')}, '$') END AS value_int,
  ${pick('mod', '$', 'b.mod')} AS mod,
  b.rule, b.implied, b.origin,
  b.start AS key_start, b.end AS key_end, b.text AS key_text,
  ${verdict} AS verdict,
  coalesce(k.edits, 0) AS edits
FROM mentions_base b
LEFT JOIN mention_correction_ids k ON k.report_id = b.report_id AND k.type = b.type AND k.start = b.start AND k.end = b.end AND k.text = b.text
WHERE k.verdict_id IS NULL OR ${verdict} <> 'reject';
`;

/** A set slot: the loaded links unless the slot was edited (or the activity was added), else the JSON list. */
const linkView = (name: string, table: string, column: string, slot: string, extra = '') => `
CREATE VIEW ${name} AS
SELECT l.activity_id, l.${column}${extra ? `, l.${extra}` : ''} FROM activities_corrected a JOIN ${table} l ON l.activity_id = a.id WHERE a.${slot}_json IS NULL
UNION ALL
SELECT a.id, j.value${extra ? `, (SELECT l.${extra} FROM ${table} l WHERE l.activity_id = a.id AND l.${column} = j.value)` : ''}
FROM activities_corrected a, json_each(a.${slot}_json) j WHERE a.${slot}_json IS NOT NULL;
`;

/** The calendar year of an activity, as migration 009's activity_years decides it. */
const YEAR = `CASE
    WHEN substr(date_start, 1, 4) = substr(date_end, 1, 4) THEN substr(date_start, 1, 4)
    WHEN date_source = 'period' THEN strftime('%Y', (julianday(date_start) + julianday(date_end)) / 2)
  END`;

export const sql = `
CREATE TABLE corrections (
  id            INTEGER PRIMARY KEY,
  report_id     INTEGER,                -- the report row now loaded from report_path (NULL while none is)
  report_path   TEXT NOT NULL,          -- reports.real_path: survives re-ingest
  target_type   TEXT NOT NULL CHECK (target_type IN ('activity', 'mention')),
  target_label  TEXT NOT NULL,          -- the mention's type, or 'activity'
  target_start  INTEGER NOT NULL,       -- raw offsets of the mention, or of the activity's trigger
  target_end    INTEGER NOT NULL,
  target_text   TEXT NOT NULL,          -- the mention's text, or the trigger as loaded
  target_key    TEXT GENERATED ALWAYS AS (target_label || ':' || target_start || '-' || target_end || ':' || target_text) VIRTUAL,
  field         TEXT NOT NULL CHECK (field IN ('verdict', 'record', 'value', 'span', 'mod', ${FIELDS.map((f) => `'${f}'`).join(', ')})),
  old           TEXT,
  new           TEXT,
  action        TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'edit', 'add')),
  created_at    TEXT NOT NULL,
  CHECK ((action IN ('accept', 'reject')) = (field = 'verdict') AND (action = 'add') = (field = 'record'))
) STRICT;
CREATE INDEX corrections_target ON corrections(report_id, target_type, target_start);
CREATE INDEX corrections_path ON corrections(report_path);

CREATE TRIGGER corrections_follow_new_report AFTER INSERT ON reports BEGIN
  UPDATE corrections SET report_id = NEW.id WHERE report_path = NEW.real_path;
END;
CREATE TRIGGER corrections_leave_deleted_report AFTER DELETE ON reports BEGIN
  UPDATE corrections SET report_id = NULL WHERE report_id = OLD.id;
END;

-- Loaded activities and the activities users added, before edits and verdicts.
CREATE VIEW activities_base AS
SELECT a.id, a.report_id, a.paragraph_id, a.section_id, a.kind, a.status, a.count, a.date, a.date_mod, a.date_start, a.date_end,
  a.date_source, a.participants, a.trigger, a.start, a.end, a.rule, a.part_of,
  NULL AS countries_json, NULL AS places_json, NULL AS organizations_json, 'extracted' AS origin
FROM activities a
UNION ALL
SELECT -c.id, c.report_id, ${paragraphOf('id')}, ${paragraphOf('section_id')},
  json_extract(c.new, '$.kind'), json_extract(c.new, '$.status'), json_extract(c.new, '$.count'),
  json_extract(c.new, '$.date.value'), json_extract(c.new, '$.date.mod'), json_extract(c.new, '$.date.start'), json_extract(c.new, '$.date.end'),
  CASE WHEN json_extract(c.new, '$.date.value') IS NOT NULL THEN 'text' END, json_extract(c.new, '$.participants'),
  c.target_text, c.target_start, c.target_end, 'user/added', NULL,
  coalesce(json_extract(c.new, '$.countries'), '[]'), coalesce(json_extract(c.new, '$.places'), '[]'), coalesce(json_extract(c.new, '$.organizations'), '[]'), 'added'
FROM corrections c WHERE c.target_type = 'activity' AND ${latestAdd};

CREATE VIEW mentions_base AS
SELECT m.id, m.report_id, m.paragraph_id, m.type, m.start, m.end, m.text, m.value, m.value_int, m.mod, m.rule, m.implied, 'extracted' AS origin
FROM mentions m
UNION ALL
SELECT -c.id, c.report_id, ${paragraphOf('id')}, c.target_label, c.target_start, c.target_end, c.target_text,
  json_extract(c.new, '$.value'), CASE WHEN json_type(c.new, '$.value') = 'integer' THEN json_extract(c.new, '$.value') END,
  json_extract(c.new, '$.mod'), 'user/added', NULL, 'added'
FROM corrections c WHERE c.target_type = 'mention' AND ${latestAdd};
${pivot('activity_correction_ids', 'activity', ACTIVITY_KEYS, FIELDS)}
${pivot('mention_correction_ids', 'mention', MENTION_KEYS, MENTION_FIELDS)}
${activitiesCorrected}
${mentionsCorrected}
${linkView('activity_countries_corrected', 'activity_countries', 'iso3', 'countries', 'participants')}
${linkView('activity_places_corrected', 'activity_places', 'place', 'places')}
${linkView('activity_organizations_corrected', 'activity_organizations', 'org_key', 'organizations')}

-- Whether each correction still has its target: 'applies', or 'stale' when the report is gone or
-- its text changed so that no row (or, for an addition, no text) has the key any more.
CREATE VIEW corrections_status AS
SELECT c.*, CASE
  WHEN c.report_id IS NULL THEN 'stale'
  WHEN c.action = 'add' THEN CASE WHEN (SELECT substr(r.raw_text, c.target_start + 1, c.target_end - c.target_start) FROM reports r WHERE r.id = c.report_id) = c.target_text THEN 'applies' ELSE 'stale' END
  WHEN c.target_type = 'activity' AND EXISTS (SELECT 1 FROM activities_base b WHERE b.report_id = c.report_id AND b.start = c.target_start AND b.end = c.target_end AND b.trigger = c.target_text) THEN 'applies'
  WHEN c.target_type = 'mention' AND EXISTS (SELECT 1 FROM mentions_base b WHERE b.report_id = c.report_id AND b.type = c.target_label AND b.start = c.target_start AND b.end = c.target_end AND b.text = c.target_text) THEN 'applies'
  ELSE 'stale' END AS status
FROM corrections c;

DROP VIEW participants_by_country_year;
DROP VIEW activities_by_organization;
DROP VIEW activities_by_kind_year;
DROP VIEW activity_years;

CREATE VIEW activity_years AS
SELECT id AS activity_id, ${YEAR} AS year
FROM activities_corrected;

-- As migration 009's, per report too (the review page's chart of one report), on corrected facts.
-- The corrected activities and their countries are each computed once (MATERIALIZED), not once
-- per join.
CREATE VIEW participants_by_report_country_year AS
WITH a AS MATERIALIZED (
  SELECT id, report_id, participants, part_of, countries_json, ${YEAR} AS year FROM activities_corrected
), links AS MATERIALIZED (
  SELECT l.activity_id, l.iso3, l.participants FROM a JOIN activity_countries l ON l.activity_id = a.id WHERE a.countries_json IS NULL
  UNION ALL
  SELECT a.id, j.value, (SELECT l.participants FROM activity_countries l WHERE l.activity_id = a.id AND l.iso3 = j.value)
  FROM a, json_each(a.countries_json) j WHERE a.countries_json IS NOT NULL
), named AS (
  SELECT activity_id, count(*) AS n FROM links GROUP BY activity_id
)
SELECT a.report_id AS report_id, l.iso3 AS country, a.year AS year, count(DISTINCT a.id) AS activities,
  sum(CASE WHEN named.n = 1 THEN a.participants ELSE l.participants END) AS participants
FROM a
JOIN links l ON l.activity_id = a.id
JOIN named ON named.activity_id = a.id
WHERE a.part_of IS NULL
GROUP BY a.report_id, l.iso3, a.year;

CREATE VIEW participants_by_country_year AS
SELECT country, year, sum(activities) AS activities, sum(participants) AS participants
FROM participants_by_report_country_year
GROUP BY country, year;

CREATE VIEW activities_by_organization AS
WITH a AS MATERIALIZED (
  SELECT id, kind, participants, organizations_json, ${YEAR} AS year FROM activities_corrected WHERE part_of IS NULL
), links AS (
  SELECT l.activity_id, l.org_key FROM a JOIN activity_organizations l ON l.activity_id = a.id WHERE a.organizations_json IS NULL
  UNION ALL
  SELECT a.id, j.value FROM a, json_each(a.organizations_json) j WHERE a.organizations_json IS NOT NULL
)
SELECT ao.org_key AS org_key, coalesce(o.name, ao.org_key) AS name, a.kind AS kind, a.year AS year,
  count(*) AS activities, sum(a.participants) AS participants
FROM links ao
JOIN a ON a.id = ao.activity_id
LEFT JOIN organizations o ON o.key = ao.org_key
GROUP BY ao.org_key COLLATE NOCASE, a.kind, a.year;

CREATE VIEW activities_by_kind_year AS
SELECT a.kind AS kind, ${YEAR} AS year, count(*) AS activities,
  sum(a.status = 'held') AS held, sum(a.status = 'planned') AS planned, sum(a.participants) AS participants
FROM activities_corrected a
WHERE a.part_of IS NULL
GROUP BY a.kind, year;
`;
