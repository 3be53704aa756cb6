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

/** The corrections on activity `a` (a row of activities or activities_base). */
const onActivity = (a: string) =>
  `c.report_id = ${a}.report_id AND c.target_type = 'activity' AND c.target_start = ${a}.start AND c.target_end = ${a}.end AND c.target_text = ${a}.trigger`;
const onMention = (m: string) =>
  `c.report_id = ${m}.report_id AND c.target_type = 'mention' AND c.target_label = ${m}.type AND c.target_start = ${m}.start AND c.target_end = ${m}.end AND c.target_text = ${m}.text`;
/** The latest edit of one field (JSON text, 'null' when edited to nothing), or NULL when not edited. */
const edit = (on: string, field: string) => `(SELECT c.new FROM corrections c WHERE ${on} AND c.action = 'edit' AND c.field = '${field}' ORDER BY c.id DESC LIMIT 1)`;
const verdict = (on: string) => `(SELECT c.action FROM corrections c WHERE ${on} AND c.field = 'verdict' ORDER BY c.id DESC LIMIT 1)`;
/** The edited value when there is an edit, else the loaded one. */
const pick = (e: string, path: string, loaded: string) => `CASE WHEN ${e} IS NULL THEN ${loaded} ELSE json_extract(${e}, '${path}') END`;
/** The latest 'add' of each key: earlier adds of the same span are superseded. */
const latestAdd = `c.action = 'add' AND c.report_id IS NOT NULL AND c.id = (SELECT max(d.id) FROM corrections d WHERE d.action = 'add' AND d.report_id = c.report_id
  AND d.target_type = c.target_type AND d.target_label = c.target_label AND d.target_start = c.target_start AND d.target_end = c.target_end AND d.target_text = c.target_text)`;
/** The paragraph (and its section) holding an added item's start. */
const paragraphOf = (col: string) => `(SELECT p.${col} FROM paragraphs p WHERE p.report_id = c.report_id AND p.start <= c.target_start ORDER BY p.start DESC LIMIT 1)`;

const a = onActivity('b');
const activitiesCorrected = `
CREATE VIEW activities_corrected AS
SELECT b.id, b.report_id, b.paragraph_id, b.section_id,
  ${pick(edit(a, 'kind'), '$', 'b.kind')} AS kind,
  ${pick(edit(a, 'status'), '$', 'b.status')} AS status,
  ${pick(edit(a, 'count'), '$', 'b.count')} AS count,
  ${pick(edit(a, 'date'), '$.value', 'b.date')} AS date,
  ${pick(edit(a, 'date'), '$.mod', 'b.date_mod')} AS date_mod,
  ${pick(edit(a, 'date'), '$.start', 'b.date_start')} AS date_start,
  ${pick(edit(a, 'date'), '$.end', 'b.date_end')} AS date_end,
  CASE WHEN ${edit(a, 'date')} IS NULL THEN b.date_source WHEN json_extract(${edit(a, 'date')}, '$.value') IS NULL THEN NULL ELSE 'text' END AS date_source,
  ${pick(edit(a, 'participants'), '$', 'b.participants')} AS participants,
  b.trigger, b.start, b.end, b.rule,
  CASE WHEN ${edit(a, 'part_of')} IS NULL THEN b.part_of ELSE coalesce(
    (SELECT g.id FROM activities g WHERE g.report_id = b.report_id AND g.start = json_extract(${edit(a, 'part_of')}, '$')),
    (SELECT -c.id FROM corrections c WHERE ${latestAdd} AND c.target_type = 'activity' AND c.report_id = b.report_id AND c.target_start = json_extract(${edit(a, 'part_of')}, '$'))) END AS part_of,
  coalesce(${edit(a, 'countries')}, b.countries_json) AS countries_json,
  coalesce(${edit(a, 'places')}, b.places_json) AS places_json,
  coalesce(${edit(a, 'organizations')}, b.organizations_json) AS organizations_json,
  b.origin,
  ${verdict(a)} AS verdict,
  (SELECT count(*) FROM corrections c WHERE ${a} AND c.action = 'edit') AS edits
FROM activities_base b
WHERE ${verdict(a)} IS NOT 'reject';
`;

const m = onMention('b');
const mentionsCorrected = `
CREATE VIEW mentions_corrected AS
SELECT b.id, b.report_id, b.paragraph_id, b.type,
  ${pick(edit(m, 'span'), '$.start', 'b.start')} AS start,
  ${pick(edit(m, 'span'), '$.end', 'b.end')} AS end,
  ${pick(edit(m, 'span'), '$.text', 'b.text')} AS text,
  ${pick(edit(m, 'value'), '$', 'b.value')} AS value,
  CASE WHEN ${edit(m, 'value')} IS NULL THEN b.value_int WHEN json_type(${edit(m, 'value')}) = 'integer' THEN json_extract(${edit(m, 'value')}, '$') END AS value_int,
  ${pick(edit(m, 'mod'), '$', 'b.mod')} AS mod,
  b.rule, b.implied, b.origin,
  b.start AS key_start, b.end AS key_end, b.text AS key_text,
  ${verdict(m)} AS verdict,
  (SELECT count(*) FROM corrections c WHERE ${m} AND c.action = 'edit') AS edits
FROM mentions_base b
WHERE ${verdict(m)} IS NOT 'reject';
`;

/** A set slot: the loaded links unless the slot was edited (or the activity was added), else the JSON list. */
const linkView = (name: string, table: string, column: string, slot: string, extra = '') => `
CREATE VIEW ${name} AS
SELECT l.activity_id, l.${column}${extra ? `, l.${extra}` : ''} FROM activities_corrected a JOIN ${table} l ON l.activity_id = a.id WHERE a.${slot}_json IS NULL
UNION ALL
SELECT a.id, j.value${extra ? `, (SELECT l.${extra} FROM ${table} l WHERE l.activity_id = a.id AND l.${column} = j.value)` : ''}
FROM activities_corrected a, json_each(a.${slot}_json) j WHERE a.${slot}_json IS NOT NULL;
`;

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
SELECT id AS activity_id,
  CASE
    WHEN substr(date_start, 1, 4) = substr(date_end, 1, 4) THEN substr(date_start, 1, 4)
    WHEN date_source = 'period' THEN strftime('%Y', (julianday(date_start) + julianday(date_end)) / 2)
  END AS year
FROM activities_corrected;

-- As migration 009's, per report too (the review page's chart of one report), on corrected facts.
CREATE VIEW participants_by_report_country_year AS
SELECT a.report_id AS report_id, ac.iso3 AS country, y.year AS year, count(DISTINCT a.id) AS activities,
  sum(CASE WHEN named.n = 1 THEN a.participants ELSE ac.participants END) AS participants
FROM activities_corrected a
JOIN activity_years y ON y.activity_id = a.id
JOIN activity_countries_corrected ac ON ac.activity_id = a.id
JOIN (SELECT activity_id, count(*) AS n FROM activity_countries_corrected GROUP BY activity_id) named ON named.activity_id = a.id
WHERE a.part_of IS NULL
GROUP BY a.report_id, ac.iso3, y.year;

CREATE VIEW participants_by_country_year AS
SELECT country, year, sum(activities) AS activities, sum(participants) AS participants
FROM participants_by_report_country_year
GROUP BY country, year;

CREATE VIEW activities_by_organization AS
SELECT ao.org_key AS org_key, coalesce(o.name, ao.org_key) AS name, a.kind AS kind, y.year AS year,
  count(*) AS activities, sum(a.participants) AS participants
FROM activity_organizations_corrected ao
JOIN activities_corrected a ON a.id = ao.activity_id
JOIN activity_years y ON y.activity_id = a.id
LEFT JOIN organizations o ON o.key = ao.org_key
WHERE a.part_of IS NULL
GROUP BY ao.org_key, a.kind, y.year;

CREATE VIEW activities_by_kind_year AS
SELECT a.kind AS kind, y.year AS year, count(*) AS activities,
  sum(a.status = 'held') AS held, sum(a.status = 'planned') AS planned, sum(a.participants) AS participants
FROM activities_corrected a
JOIN activity_years y ON y.activity_id = a.id
WHERE a.part_of IS NULL
GROUP BY a.kind, y.year;
`;
