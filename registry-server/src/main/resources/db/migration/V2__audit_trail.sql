-- Every change made through the API: who (the authenticated user, or "anonymous"), what (an
-- action, the subject, the request's detail and the answer's status), when (milliseconds since the
-- epoch) and from where (the client's address). Rows are only ever added.
CREATE TABLE audit_trail (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  at            INTEGER NOT NULL,
  who           TEXT    NOT NULL,
  address       TEXT    NOT NULL,
  action        TEXT    NOT NULL,
  subject       TEXT,
  detail        TEXT    NOT NULL
);
CREATE INDEX audit_trail_by_subject ON audit_trail (subject, id);
