-- Every change made through the API, as in SQLite's V2. Rows are only ever added.
CREATE TABLE audit_trail (
  id            BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at            BIGINT  NOT NULL,
  who           TEXT    NOT NULL,
  address       TEXT    NOT NULL,
  action        TEXT    NOT NULL,
  subject       TEXT    COLLATE "C",
  detail        TEXT    NOT NULL
);
CREATE INDEX audit_trail_by_subject ON audit_trail (subject, id);
