-- Loading real extracts (new function).

-- ---------------------------------------------------------------------------
-- Loading real extracts: nDelius codes in, canonical words stored, rejects kept.
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.load_ndelius_extract(target_schema name, cases_staging regclass, contacts_staging regclass,
                                         OUT cases_loaded bigint, OUT contacts_loaded bigint, OUT rejected bigint)
  LANGUAGE plpgsql VOLATILE
  SET search_path = pg_catalog, pg_temp
  AS $fn$
DECLARE
  s text := quote_ident(target_schema);
  r record;
  n integer := 0;
  reqs text[];
BEGIN
  IF target_schema IS NULL THEN
    RAISE EXCEPTION 'target_schema must not be NULL' USING ERRCODE = '22004';
  END IF;
  IF to_regclass(s || '.cases') IS NULL OR to_regclass(s || '.load_rejects') IS NULL THEN
    RAISE EXCEPTION 'schema "%" holds no reporting model', target_schema
      USING ERRCODE = '22023', HINT = 'Make one with ttg.create_reporting_model.';
  END IF;
  cases_loaded := 0; contacts_loaded := 0; rejected := 0;
  IF cases_staging IS NOT NULL THEN
    FOR r IN EXECUTE format('SELECT row_number() OVER (ORDER BY ctid) AS line, to_jsonb(t) AS j FROM %s t', cases_staging) LOOP
      BEGIN
        reqs := ARRAY(SELECT ttg.code_word('requirement', x)
                        FROM unnest(string_to_array(nullif(btrim(r.j->>'requirement_codes'), ''), ';')) AS x
                       WHERE btrim(x) <> '');
        EXECUTE format('INSERT INTO %s.cases (case_id, region, team, sex, brag, order_type, requirements,'
                       ' isp_completed_on, supervision_start, supervision_end) VALUES ($1::bigint, $2, $3, $4, $5, $6, $7,'
                       ' $8::date, $9::date, $10::date)', s)
          USING r.j->>'case_id', r.j->>'region', r.j->>'team', CASE WHEN ttg.vocab_key(r.j->>'sex') IN ('', 'not_recorded', 'not_known', 'unknown') THEN NULL ELSE ttg.vocab_key(r.j->>'sex') END,
                coalesce(ttg.code_word('brag_status', nullif(btrim(r.j->>'register'), '')), 'green'),
                ttg.vocab_key(r.j->>'order_type'), reqs,
                nullif(r.j->>'isp_completed_on', ''), r.j->>'supervision_start', nullif(r.j->>'supervision_end', '');
        cases_loaded := cases_loaded + 1;
      EXCEPTION WHEN OTHERS THEN
        EXECUTE format('INSERT INTO %s.load_rejects (source, line, row_data, reason) VALUES ($1, $2, $3, $4)', s)
          USING 'cases', r.line, r.j, SQLSTATE || ': ' || SQLERRM;
        rejected := rejected + 1;
      END;
    END LOOP;
  END IF;
  IF contacts_staging IS NOT NULL THEN
    FOR r IN EXECUTE format('SELECT row_number() OVER (ORDER BY ctid) AS line, to_jsonb(t) AS j FROM %s t', contacts_staging) LOOP
      BEGIN
        EXECUTE format('INSERT INTO %s.contacts (contact_id, case_id, contact_type, appointment_at, notified_at, outcome,'
                       ' available_minutes, other_activity, next_offered_on, next_appointment_on) VALUES ($1::bigint, $2::bigint,'
                       ' $3, $4::timestamp, $5::timestamp, $6, $7::integer, $8::boolean, $9::date, $10::date)', s)
          USING r.j->>'contact_id', r.j->>'case_id', upper(btrim(r.j->>'contact_type')), r.j->>'appointment_at',
                nullif(r.j->>'notified_at', ''),
                ttg.code_word('contact_outcome', nullif(btrim(r.j->>'outcome_code'), '')),
                nullif(r.j->>'available_minutes', ''), nullif(r.j->>'other_activity', ''),
                nullif(r.j->>'next_offered_on', ''), nullif(r.j->>'next_appointment_on', '');
        contacts_loaded := contacts_loaded + 1;
      EXCEPTION WHEN OTHERS THEN
        EXECUTE format('INSERT INTO %s.load_rejects (source, line, row_data, reason) VALUES ($1, $2, $3, $4)', s)
          USING 'contacts', r.line, r.j, SQLSTATE || ': ' || SQLERRM;
        rejected := rejected + 1;
      END;
    END LOOP;
  END IF;
END
$fn$;
COMMENT ON FUNCTION ttg.load_ndelius_extract(name, regclass, regclass) IS
  'Load an nDelius-shaped extract from staging tables (all columns text; either may be NULL) into the reporting model in target_schema, mapping codes through the code tables (ttg.code_word): cases_staging columns case_id, region, team, sex (female, male, other; empty or not recorded: NULL), register (BRAG code: Red, Red/Amber, ...; empty: green), order_type, requirement_codes (codes separated by ;), isp_completed_on, supervision_start, supervision_end; contacts_staging columns contact_id, case_id, contact_type (e.g. COAP), appointment_at, notified_at, outcome_code (nDelius outcome, e.g. ATTC; empty: not recorded), available_minutes, other_activity, next_offered_on, next_appointment_on. Each row that cannot be mapped or stored (unknown code, bad date, missing case, duplicate id) goes to load_rejects with its line and the error; every other row is loaded. Returns the counts. Load cases before contacts (one call does).';
