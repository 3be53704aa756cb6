/** Reports, their sections and paragraphs, and the mentions found in them. */
export const sql = `
CREATE TABLE reports (
  id            INTEGER PRIMARY KEY,
  path          TEXT NOT NULL,
  sha256        TEXT NOT NULL UNIQUE,
  format        TEXT NOT NULL CHECK (format IN ('txt', 'pdf', 'docx')),
  bytes         INTEGER NOT NULL,
  pages         INTEGER NOT NULL,
  title         TEXT,
  issuer        TEXT,
  period_start  TEXT,
  period_end    TEXT,
  ingested_at   TEXT NOT NULL,
  raw_text      TEXT NOT NULL
) STRICT;
CREATE INDEX reports_path ON reports(path);

CREATE TABLE sections (
  id          INTEGER PRIMARY KEY,
  report_id   INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  parent_id   INTEGER REFERENCES sections(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  level       INTEGER NOT NULL,
  heading     TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  heading_end INTEGER NOT NULL
) STRICT;
CREATE INDEX sections_report ON sections(report_id);

CREATE TABLE paragraphs (
  id          INTEGER PRIMARY KEY,
  report_id   INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  section_id  INTEGER REFERENCES sections(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph', 'bullet', 'article')),
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  page        INTEGER,
  text        TEXT NOT NULL
) STRICT;
CREATE INDEX paragraphs_report ON paragraphs(report_id);
CREATE INDEX paragraphs_section ON paragraphs(section_id);

CREATE TABLE mentions (
  id            INTEGER PRIMARY KEY,
  report_id     INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  paragraph_id  INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
  type          TEXT NOT NULL,
  start         INTEGER NOT NULL,
  end           INTEGER NOT NULL,
  text          TEXT NOT NULL,
  value         TEXT NOT NULL,
  value_int     INTEGER,
  mod           TEXT,
  rule          TEXT NOT NULL,
  implied       TEXT
) STRICT;
CREATE INDEX mentions_report ON mentions(report_id);
CREATE INDEX mentions_type_value ON mentions(type, value);
CREATE INDEX mentions_paragraph ON mentions(paragraph_id);

CREATE TABLE countries (
  iso3  TEXT PRIMARY KEY,
  name  TEXT NOT NULL
) STRICT;

CREATE TABLE organizations (
  key   TEXT PRIMARY KEY COLLATE NOCASE,
  name  TEXT NOT NULL
) STRICT;

CREATE TABLE organization_names (
  org_key  TEXT NOT NULL REFERENCES organizations(key) COLLATE NOCASE,
  name     TEXT NOT NULL,
  PRIMARY KEY (org_key, name)
) STRICT;
`;
