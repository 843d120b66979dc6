-- PostgreSQL's V3 escapes U+0000 and U+0001 in text, which PostgreSQL cannot store as they are.
-- SQLite stores every character as it is, so nothing changes here; the version is kept in step.
SELECT 1;
