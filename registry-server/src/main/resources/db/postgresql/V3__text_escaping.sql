-- From this version on the server escapes text for PostgreSQL, which refuses U+0000 in text: U+0000
-- is stored as U+0001 U+0001 and U+0001 as U+0001 U+0002 (see PostgresText). Text written before held
-- no U+0000 (PostgreSQL refused it) but may hold U+0001, which is escaped here, in every text column
-- of the registry's tables, so that it reads back as itself. The escaping keeps order and prefixes,
-- so keys stay unique and indexes stay valid.
DO $$
DECLARE
  c record;
BEGIN
  FOR c IN SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND data_type = 'text'
        AND table_name IN ('schemas', 'schema_references', 'subject_versions', 'configs', 'modes', 'audit_trail')
  LOOP
    EXECUTE format('UPDATE %I SET %I = replace(%I, E''\x01'', E''\x01\x02'') WHERE strpos(%I, E''\x01'') > 0',
        c.table_name, c.column_name, c.column_name, c.column_name);
  END LOOP;
END
$$;
