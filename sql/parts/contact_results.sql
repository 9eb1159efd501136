-- Contact compliance results kept incrementally (new in 0.2.0: the update links to this file).

-- ---------------------------------------------------------------------------
-- Contact compliance results kept incrementally in each reporting model.
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.refresh_reporting_model(target_schema name, case_ids bigint[] DEFAULT NULL)
  RETURNS bigint
  LANGUAGE plpgsql VOLATILE
  SET search_path = pg_catalog, pg_temp
  AS $fn$
DECLARE
  s text := quote_ident(target_schema);
  n bigint;
BEGIN
  IF target_schema IS NULL THEN
    RAISE EXCEPTION 'target_schema must not be NULL' USING ERRCODE = '22004';
  END IF;
  IF to_regclass(s || '.mcs_results') IS NULL THEN
    RAISE EXCEPTION 'schema "%" holds no reporting model with stored results', target_schema
      USING ERRCODE = '22023', HINT = 'Make one with ttg.create_reporting_model, or rebuild it with ttg.rebuild_reporting_model.';
  END IF;
  -- Between a rebuild's drop and make of the views there is nothing to compute from; the
  -- rebuild computes every case at its end.
  IF to_regclass(s || '.mcs_case_month_live') IS NULL OR to_regprocedure(s || '.mcs_case_month_for(bigint[])') IS NULL THEN
    RETURN 0;
  END IF;
  IF case_ids IS NULL THEN
    EXECUTE format('DELETE FROM %s.mcs_results', s);
    EXECUTE format('INSERT INTO %s.mcs_results SELECT * FROM %s.mcs_case_month_live', s, s);
  ELSE
    EXECUTE format('DELETE FROM %s.mcs_results WHERE case_id OPERATOR(pg_catalog.=) ANY ($1)', s) USING case_ids;
    EXECUTE format('INSERT INTO %s.mcs_results SELECT * FROM %s.mcs_case_month_for($1)', s, s) USING case_ids;
  END IF;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END
$fn$;
COMMENT ON FUNCTION ttg.refresh_reporting_model(name, bigint[]) IS
  'Compute the contact-compliance case-months of the reporting model in target_schema again into its mcs_results table: every case (case_ids NULL, the default: one pass over the contacts, mcs_case_month_live) or only the cases listed (each read through the contacts index, mcs_case_month_for). The triggers of the model call it for the cases each statement touched, so a daily call (with settings.as_of NULL, to add the new month) is all a region schedules. Returns the case-month rows written. Runs with the caller''s rights: run it as the model''s owner so that row security hides nothing.';

CREATE FUNCTION ttg.mcs_track() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, pg_temp
  AS $fn$
DECLARE
  ids bigint[];
BEGIN
  IF TG_TABLE_NAME IN ('settings', 'team_go_live') OR TG_OP = 'TRUNCATE' THEN
    PERFORM ttg.refresh_reporting_model(TG_TABLE_SCHEMA::name, NULL);
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT n.case_id) INTO ids FROM ttg_new n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT o.case_id) INTO ids FROM ttg_old o;
  ELSE
    SELECT array_agg(DISTINCT x.case_id) INTO ids
      FROM (SELECT o.case_id FROM ttg_old o UNION ALL SELECT n.case_id FROM ttg_new n) x;
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM ttg.refresh_reporting_model(TG_TABLE_SCHEMA::name, ids);
  END IF;
  RETURN NULL;
END
$fn$;
COMMENT ON FUNCTION ttg.mcs_track() IS
  'Statement trigger of a reporting model''s tables (cases, contacts, case_assignments, case_requirement_periods, case_pauses: the cases in the transition tables; settings, team_go_live and TRUNCATE: every case): keeps mcs_results current through ttg.refresh_reporting_model.';
