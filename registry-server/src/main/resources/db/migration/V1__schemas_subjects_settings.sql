-- Distinct schema content, stored once. The content key is the schema's fingerprint (type,
-- canonical text, references) extended by its metadata and rule set when it has any.
-- AUTOINCREMENT: an id is never handed out twice, not even after the newest row is deleted.
CREATE TABLE schemas (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  content_key   TEXT    NOT NULL UNIQUE,
  schema_type   TEXT    NOT NULL,
  schema_text   TEXT    NOT NULL,
  metadata      TEXT,
  rule_set      TEXT
);

-- The registered schemas a schema uses, in the order it lists them.
CREATE TABLE schema_references (
  schema_id     INTEGER NOT NULL REFERENCES schemas (id),
  position      INTEGER NOT NULL,
  name          TEXT    NOT NULL,
  subject       TEXT    NOT NULL,
  version       INTEGER NOT NULL,
  PRIMARY KEY (schema_id, position)
);
CREATE INDEX schema_references_by_target ON schema_references (subject, version);

-- The versions of each subject, each pointing at one schema. Soft-deleted versions stay until
-- they are deleted permanently.
CREATE TABLE subject_versions (
  subject       TEXT    NOT NULL,
  version       INTEGER NOT NULL,
  schema_id     INTEGER NOT NULL REFERENCES schemas (id),
  deleted       INTEGER NOT NULL DEFAULT 0,
  registered_at INTEGER NOT NULL,
  PRIMARY KEY (subject, version)
);
CREATE INDEX subject_versions_by_schema ON subject_versions (schema_id);

-- Compatibility configuration and mode, per subject; the global entry has the subject ''.
CREATE TABLE configs (
  subject       TEXT    PRIMARY KEY,
  body          TEXT    NOT NULL
);
CREATE TABLE modes (
  subject       TEXT    PRIMARY KEY,
  mode          TEXT    NOT NULL
);
