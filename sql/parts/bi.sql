
-- ===========================================================================
-- BI access: what a role that must see aggregates only is granted.
-- ===========================================================================

-- Grant a role the summary views of a reporting model (the views named *_summary,
-- computed as the model's owner for the regions the login role may read) and the
-- data dictionary, with USAGE on the schema and nothing else: no table, no row-level
-- view. Grants on the model's views are kept when it is rebuilt.
CREATE FUNCTION ttg.grant_reporting_summaries(target_schema name, grantee name)
RETURNS SETOF text LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  v text;
BEGIN
  IF target_schema IS NULL OR grantee IS NULL THEN
    RAISE EXCEPTION 'grant_reporting_summaries: target_schema and grantee must not be NULL'
      USING ERRCODE = '22004', HINT = 'Name a reporting model''s schema and an existing role.';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM ttg.reporting_model m WHERE m.schema_name = target_schema)
     OR to_regnamespace(quote_ident(target_schema)) IS NULL THEN
    RAISE EXCEPTION 'schema "%" is not a registered reporting model', target_schema
      USING ERRCODE = '42P01', HINT = 'Create it with ttg.create_reporting_model first.';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = grantee) THEN
    RAISE EXCEPTION 'role "%" does not exist', grantee
      USING ERRCODE = '42704', HINT = 'Create the role first (CREATE ROLE ... LOGIN).';
  END IF;
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', target_schema, grantee);
  FOR v IN SELECT c.relname FROM pg_class c
            WHERE c.relnamespace = to_regnamespace(quote_ident(target_schema)) AND c.relkind = 'v'
              AND (c.relname LIKE '%\_summary' OR c.relname = 'data_dictionary')
            ORDER BY c.relname LOOP
    EXECUTE format('GRANT SELECT ON %I.%I TO %I', target_schema, v, grantee);
    RETURN NEXT v;
  END LOOP;
END
$fn$;
COMMENT ON FUNCTION ttg.grant_reporting_summaries(name, name) IS
  'Give grantee aggregate-only access to the reporting model in target_schema: USAGE on the schema and SELECT on its *_summary views and data_dictionary, nothing that shows a case, person or contact. Returns the views granted. With row security the summaries show the regions granted to the login role in region_access.';
