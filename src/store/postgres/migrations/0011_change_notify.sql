-- Every committed write to Afterview's tables notifies the channel `afterview_changed` (one
-- notification per transaction: PostgreSQL folds identical ones), so that each server's read
-- cache learns that another instance, or a CLI command, changed the data. Statement-level
-- triggers: one call per statement, whatever the number of rows.
CREATE FUNCTION afterview_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('afterview_changed', '');
  RETURN NULL;
END
$$;

DO $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
      AND table_name <> 'schema_migrations'
  LOOP
    EXECUTE format(
      'CREATE TRIGGER afterview_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION afterview_changed()', t);
  END LOOP;
END
$$;
