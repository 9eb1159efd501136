-- ===========================================================================
-- Loading real nDelius extracts into a reporting model (R-MCS-*): codes mapped
-- through the code tables, rejects kept. Every statement is CREATE OR REPLACE or
-- COMMENT, so the upgrade from 0.1.0 runs this same file
-- (sql/updates/0.1.0--0.2.0/27_contact_loader.sql links to it).
-- ===========================================================================

-- ---------------------------------------------------------------------------
-- Loading real extracts: nDelius codes in, canonical words stored, rejects kept.
-- ---------------------------------------------------------------------------

-- The loader's checks that never raise: a value the fast path cannot read exactly is left to
-- the row-by-row path, which casts it as PostgreSQL does and records the error. Plain SQL
-- expressions of immutable functions only (make_date, not a text cast, which reads DateStyle),
-- not STRICT, so that the planner inlines them (NULL still gives NULL).
CREATE OR REPLACE FUNCTION ttg.load_iso_date(value text) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE WHEN pg_catalog.btrim(value) OPERATOR(pg_catalog.~) '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
           CASE WHEN pg_catalog.substr(pg_catalog.btrim(value), 1, 4)::integer OPERATOR(pg_catalog.>=) 1
                 AND pg_catalog.substr(pg_catalog.btrim(value), 6, 2)::integer BETWEEN 1 AND 12 THEN
             CASE WHEN pg_catalog.substr(pg_catalog.btrim(value), 9, 2)::integer BETWEEN 1 AND
                       pg_catalog.date_part('day', pg_catalog.make_date(pg_catalog.substr(pg_catalog.btrim(value), 1, 4)::integer,
                                                                        pg_catalog.substr(pg_catalog.btrim(value), 6, 2)::integer, 1)
                                                   OPERATOR(pg_catalog.+) '1 month -1 day'::interval)::integer
                  THEN pg_catalog.make_date(pg_catalog.substr(pg_catalog.btrim(value), 1, 4)::integer,
                                            pg_catalog.substr(pg_catalog.btrim(value), 6, 2)::integer,
                                            pg_catalog.substr(pg_catalog.btrim(value), 9, 2)::integer) END END END;
COMMENT ON FUNCTION ttg.load_iso_date(text) IS
  'For ttg.load_ndelius_extract: the date of an ISO text (YYYY-MM-DD, blanks trimmed) when it is a real calendar day, else NULL (never an error: 2026-02-30 gives NULL). NULL gives NULL.';

CREATE OR REPLACE FUNCTION ttg.load_iso_timestamp(value text) RETURNS timestamp
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE WHEN pg_catalog.btrim(value) OPERATOR(pg_catalog.~) '^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?)?$'
                THEN CASE WHEN ttg.load_iso_date(pg_catalog.substr(pg_catalog.btrim(value), 1, 10)) IS NOT NULL
                           AND (pg_catalog.length(pg_catalog.btrim(value)) OPERATOR(pg_catalog.=) 10
                                OR (pg_catalog.substr(pg_catalog.btrim(value), 12, 2)::integer OPERATOR(pg_catalog.<=) 23
                                    AND pg_catalog.substr(pg_catalog.btrim(value), 15, 2)::integer OPERATOR(pg_catalog.<=) 59
                                    AND (pg_catalog.length(pg_catalog.btrim(value)) OPERATOR(pg_catalog.=) 16
                                         OR pg_catalog.substr(pg_catalog.btrim(value), 18, 2)::integer OPERATOR(pg_catalog.<=) 59)))
                          THEN pg_catalog.make_timestamp(pg_catalog.substr(pg_catalog.btrim(value), 1, 4)::integer,
                                                         pg_catalog.substr(pg_catalog.btrim(value), 6, 2)::integer,
                                                         pg_catalog.substr(pg_catalog.btrim(value), 9, 2)::integer,
                                                         CASE WHEN pg_catalog.length(pg_catalog.btrim(value)) OPERATOR(pg_catalog.>) 10
                                                              THEN pg_catalog.substr(pg_catalog.btrim(value), 12, 2)::integer ELSE 0 END,
                                                         CASE WHEN pg_catalog.length(pg_catalog.btrim(value)) OPERATOR(pg_catalog.>) 10
                                                              THEN pg_catalog.substr(pg_catalog.btrim(value), 15, 2)::integer ELSE 0 END,
                                                         CASE WHEN pg_catalog.length(pg_catalog.btrim(value)) OPERATOR(pg_catalog.>) 16
                                                              THEN pg_catalog.substr(pg_catalog.btrim(value), 18)::double precision ELSE 0 END) END END;
COMMENT ON FUNCTION ttg.load_iso_timestamp(text) IS
  'For ttg.load_ndelius_extract: the timestamp of an ISO text (YYYY-MM-DD, optionally with HH:MI[:SS[.ffffff]] after a space or T) when every field is in range, else NULL (never an error). NULL gives NULL.';

CREATE OR REPLACE FUNCTION ttg.load_bigint(value text) RETURNS bigint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE WHEN pg_catalog.btrim(value) OPERATOR(pg_catalog.~) '^[+-]?[0-9]{1,18}$' THEN pg_catalog.btrim(value)::bigint END;
COMMENT ON FUNCTION ttg.load_bigint(text) IS
  'For ttg.load_ndelius_extract: the integer of a text of at most 18 digits (optional sign, blanks trimmed), else NULL (never an error). NULL gives NULL.';

CREATE OR REPLACE FUNCTION ttg.load_boolean(value text) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE WHEN pg_catalog.lower(pg_catalog.btrim(value)) OPERATOR(pg_catalog.=) ANY ('{t,true,y,yes,on,1}'::text[]) THEN true
              WHEN pg_catalog.lower(pg_catalog.btrim(value)) OPERATOR(pg_catalog.=) ANY ('{f,false,n,no,off,0}'::text[]) THEN false END;
COMMENT ON FUNCTION ttg.load_boolean(text) IS
  'For ttg.load_ndelius_extract: true for t, true, y, yes, on, 1 and false for f, false, n, no, off, 0 (any case, blanks trimmed), else NULL (never an error). NULL gives NULL.';

CREATE OR REPLACE FUNCTION ttg.code_word(vocabulary text, code text, column_name text) RETURNS text
  LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
  AS $fn$
DECLARE
  msg text;
  hint text;
  v text := ttg.vocab_key(vocabulary);
  k text := ttg.vocab_key(code);
BEGIN
  -- A known code: the plain lookup, without a subtransaction.
  IF EXISTS (SELECT 1 FROM ttg.mcs_outcome_code AS o WHERE v = 'contact_outcome' AND o.key = k
             UNION ALL SELECT 1 FROM ttg.contact_type_code AS o WHERE v = 'contact_type' AND o.key = k
             UNION ALL SELECT 1 FROM ttg.requirement_code AS o WHERE v = 'requirement' AND o.key = k
             UNION ALL SELECT 1 FROM ttg.brag_status_code AS o WHERE v = 'brag_status' AND o.key = k
             UNION ALL SELECT 1 FROM ttg.tier_code AS o WHERE v = 'tier' AND o.key = k
             UNION ALL SELECT 1 FROM ttg.rosh_code AS o WHERE v = 'rosh' AND o.key = k
             UNION ALL SELECT 1 FROM ttg.mappa_code AS o WHERE v = 'mappa_' || o.kind AND o.key = k) THEN
    RETURN ttg.code_word(vocabulary, code);
  END IF;
  BEGIN
    RETURN ttg.code_word(vocabulary, code);
  EXCEPTION WHEN invalid_parameter_value THEN
    GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
    RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', HINT = hint,
      MESSAGE = regexp_replace(msg, ' code: ', ' code in column ' || column_name || ': ');
  END;
END
$fn$;
COMMENT ON FUNCTION ttg.code_word(text, text, text) IS
  'As ttg.code_word(vocabulary, code), naming column_name in the error ("invalid nDelius BRAG status code in column register: ..."), for the loader''s rows that go row by row. STABLE: reads the tables.';

CREATE OR REPLACE FUNCTION ttg.load_cast(value text, column_name text, example anyelement) RETURNS anyelement
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
  AS $fn$
DECLARE
  result ALIAS FOR $0;
  state text;
  msg text;
BEGIN
  IF value IS NULL OR btrim(value) = '' THEN
    RETURN NULL;
  END IF;
  -- The forms the fast path reads: cast without a subtransaction (the same value a cast gives).
  IF (pg_typeof(example) = 'date'::regtype AND ttg.load_iso_date(value) IS NOT NULL)
     OR (pg_typeof(example) = 'timestamp without time zone'::regtype AND ttg.load_iso_timestamp(value) IS NOT NULL)
     OR (pg_typeof(example) = 'bigint'::regtype AND ttg.load_bigint(value) IS NOT NULL)
     OR (pg_typeof(example) = 'integer'::regtype AND ttg.load_bigint(value) BETWEEN -2147483648 AND 2147483647)
     OR (pg_typeof(example) = 'boolean'::regtype AND ttg.load_boolean(value) IS NOT NULL) THEN
    result := btrim(value);
    RETURN result;
  END IF;
  BEGIN
    result := value;
    RETURN result;
  EXCEPTION WHEN data_exception THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
  END;
  RAISE EXCEPTION USING ERRCODE = state, DETAIL = msg, COLUMN = column_name,
    MESSAGE = format('invalid %s in column %s: "%s"', replace(pg_typeof(example)::text, ' without time zone', ''), column_name, value),
    HINT = CASE pg_typeof(example)
             WHEN 'date'::regtype THEN 'Accepted values: a date as YYYY-MM-DD, or empty.'
             WHEN 'timestamp without time zone'::regtype THEN 'Accepted values: a local date and time as YYYY-MM-DD HH:MI[:SS], or empty.'
             WHEN 'boolean'::regtype THEN 'Accepted values: true, false, yes, no, y, n, 1, 0, or empty.'
             ELSE format('Accepted values: a whole number in the range of %s, or empty.', pg_typeof(example)) END;
END
$fn$;
COMMENT ON FUNCTION ttg.load_cast(text, text, anyelement) IS
  'For ttg.load_ndelius_extract''s rows that go row by row: value cast to the type of example (NULL::date, NULL::bigint, ...) as PostgreSQL casts it; empty or blank gives NULL; a value that does not cast raises its SQLSTATE (22P02, 22007, 22008, 22003) with "invalid <type> in column <column_name>: "<value>"", PostgreSQL''s message as the detail and the accepted form in the hint.';

CREATE OR REPLACE FUNCTION ttg.load_range(target_schema name, source text, statement text, fast boolean, first_row bigint, last_row bigint,
                               OUT loaded bigint, OUT rejected bigint)
  LANGUAGE plpgsql VOLATILE STRICT
  SET search_path = pg_catalog, pg_temp
  AS $fn$
DECLARE
  mid bigint;
  a record;
  b record;
  state text;
  msg text;
  detail text;
BEGIN
  loaded := 0; rejected := 0;
  IF first_row > last_row THEN
    RETURN;
  END IF;
  BEGIN
    EXECUTE statement USING first_row, last_row;
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RETURN;
  EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
    -- A key that is missing or repeated is named by the detail ("Key (case_id)=(999) ...").
    IF state IN ('23503', '23505') AND detail <> '' THEN
      msg := msg || ': ' || detail;
    END IF;
  END;
  -- An error that the statement raises over no rows at all is not a row's: raise it (looked at
  -- on the ranges from the first row, which every failure of the whole range passes through).
  IF first_row = 1 THEN
    BEGIN
      EXECUTE statement USING 1::bigint, 0::bigint;
    EXCEPTION WHEN OTHERS THEN
      RAISE EXCEPTION USING ERRCODE = state, MESSAGE = msg;
    END;
  END IF;
  IF first_row = last_row THEN
    EXECUTE format('INSERT INTO %I.load_rejects (source, line, row_data, reason)'
                   ' SELECT $1, l.line, l.j, $2 FROM pg_temp.%I AS l JOIN pg_temp.%I AS v ON v.line OPERATOR(pg_catalog.=) l.line'
                   ' WHERE v.ok OPERATOR(pg_catalog.=) $3 AND v.seq OPERATOR(pg_catalog.=) $4',
                   target_schema, 'ttg_load_' || source, 'ttg_load_' || source || '_v')
      USING source, state || ': ' || msg, fast, first_row;
    rejected := 1;
    RETURN;
  END IF;
  -- A short range row by row; else halves, the earlier rows first: of two rows that cannot both
  -- be stored, the earlier is kept.
  IF last_row - first_row < 16 THEN
    FOR mid IN first_row .. last_row LOOP
      a := ttg.load_range(target_schema, source, statement, fast, mid, mid);
      loaded := loaded + a.loaded;
      rejected := rejected + a.rejected;
    END LOOP;
    RETURN;
  END IF;
  mid := first_row + (last_row - first_row) / 2;
  a := ttg.load_range(target_schema, source, statement, fast, first_row, mid);
  b := ttg.load_range(target_schema, source, statement, fast, mid + 1, last_row);
  loaded := a.loaded + b.loaded;
  rejected := a.rejected + b.rejected;
END
$fn$;
COMMENT ON FUNCTION ttg.load_range(name, text, text, boolean, bigint, bigint) IS
  'For ttg.load_ndelius_extract: run statement (an INSERT of the rows numbered first_row to last_row, $1 and $2, among the rows of pg_temp.ttg_load_<source>_v whose ok is fast) in a subtransaction; when it fails, run each half again (a range of at most 16 rows row by row), down to single rows, and write a row that fails alone to target_schema.load_rejects (its line and staging row, the SQLSTATE and message as the reason, with the key for a missing or repeated one); an error the statement also raises over no rows (a statement-level error, looked at on the ranges from row 1) is raised. So k bad rows among n cost about k log2 n subtransactions and no good row is lost. Returns the rows stored and rejected; NULL in, NULL out.';

CREATE OR REPLACE FUNCTION ttg.load_ndelius_extract(target_schema name, cases_staging regclass, contacts_staging regclass,
                                         OUT cases_loaded bigint, OUT contacts_loaded bigint, OUT rejected bigint)
  LANGUAGE plpgsql VOLATILE
  SET search_path = pg_catalog, pg_temp
  SET jit = off
  AS $fn$
DECLARE
  s text := quote_ident(target_schema);
  b record;
  r record;
  t text;
  tables text[] := '{ttg_load_code,ttg_load_cases,ttg_load_cases_v,ttg_load_contacts,ttg_load_contacts_v}';
BEGIN
  IF target_schema IS NULL THEN
    RAISE EXCEPTION 'target_schema must not be NULL' USING ERRCODE = '22004';
  END IF;
  IF to_regclass(s || '.cases') IS NULL OR to_regclass(s || '.load_rejects') IS NULL THEN
    RAISE EXCEPTION 'schema "%" holds no reporting model', target_schema
      USING ERRCODE = '22023', HINT = 'Make one with ttg.create_reporting_model.';
  END IF;
  cases_loaded := 0; contacts_loaded := 0; rejected := 0;
  -- Set-based: every row is read in one pass; the rows whose every value maps (through the code
  -- tables, read once: a local row over a shipped one, as ttg.code_word) and passes the checks the
  -- model would make go in one statement; the others go row by row through the casts and
  -- ttg.code_word, so that each is stored or rejected with the exact error. ttg.load_range halves
  -- a statement that fails anyway, so no good row is lost. No JIT: each statement runs once, and
  -- compiling its long expressions costs more than it saves.
  FOREACH t IN ARRAY tables LOOP
    IF to_regclass('pg_temp.' || t) IS NOT NULL THEN
      EXECUTE format('DROP TABLE pg_temp.%I', t);
    END IF;
  END LOOP;
  CREATE TEMP TABLE ttg_load_code AS
    SELECT DISTINCT ON (c.vocabulary, c.key) c.vocabulary, c.key, c.word
      FROM (SELECT 'contact_outcome' AS vocabulary, o.key, o.outcome AS word, o.shipped FROM ttg.mcs_outcome_code AS o
            UNION ALL SELECT 'requirement', o.key, o.requirement, o.shipped FROM ttg.requirement_code AS o
            UNION ALL SELECT 'brag_status', o.key, o.brag, o.shipped FROM ttg.brag_status_code AS o
            UNION ALL SELECT 'tier', o.key, o.tier, o.shipped FROM ttg.tier_code AS o
            UNION ALL SELECT 'rosh', o.key, o.rosh, o.shipped FROM ttg.rosh_code AS o
            UNION ALL SELECT 'mappa_' || o.kind, o.key, o.value::text, o.shipped FROM ttg.mappa_code AS o) AS c
     WHERE c.key IS NOT NULL
     ORDER BY c.vocabulary, c.key, c.shipped;
  ALTER TABLE pg_temp.ttg_load_code ADD PRIMARY KEY (vocabulary, key);
  ANALYZE pg_temp.ttg_load_code;

  IF cases_staging IS NOT NULL THEN
    -- Each field read out of the row once (the checks below read it many times).
    EXECUTE format('CREATE TEMP TABLE ttg_load_cases AS SELECT s.line, s.j,'
                   ' s.j->>''case_id'' AS f_case_id, s.j->>''region'' AS f_region, s.j->>''team'' AS f_team,'
                   ' s.j->>''sex'' AS f_sex, s.j->>''register'' AS f_register, s.j->>''order_type'' AS f_order_type,'
                   ' s.j->>''requirement_codes'' AS f_requirement_codes, s.j->>''isp_completed_on'' AS f_isp_completed_on, s.j->>''supervision_start'' AS f_supervision_start,'
                   ' s.j->>''supervision_end'' AS f_supervision_end, s.j->>''tier'' AS f_tier, s.j->>''rosh'' AS f_rosh,'
                   ' s.j->>''mappa_category'' AS f_mappa_category, s.j->>''mappa_level'' AS f_mappa_level'
                   ' FROM (SELECT row_number() OVER (ORDER BY t.ctid) AS line, to_jsonb(t) AS j FROM %s AS t) AS s',
                   cases_staging);
    EXECUTE format($q$
      CREATE TEMP TABLE ttg_load_cases_v AS
      SELECT y.*, row_number() OVER (PARTITION BY y.ok ORDER BY y.line) AS seq FROM (
      SELECT x.*,
             coalesce(x.case_id IS NOT NULL AND x.region IS NOT NULL AND x.team IS NOT NULL
                      AND (x.sex IS NULL OR x.sex = ANY (ARRAY(SELECT ttg.vocab_words('sex'))))
                      AND x.order_type = ANY (ARRAY(SELECT ttg.vocab_words('order_type')))
                      AND x.codes_ok AND x.supervision_start IS NOT NULL AND x.dates_ok
                      AND (x.supervision_end IS NULL OR x.supervision_end >= x.supervision_start)
                      AND (x.isp_completed_on IS NULL OR x.isp_completed_on >= x.supervision_start)
                      AND count(*) OVER (PARTITION BY x.case_id) = 1 AND c.case_id IS NULL, false) AS ok
        FROM (SELECT l.line, ttg.load_bigint(l.f_case_id) AS case_id, l.f_region AS region, l.f_team AS team,
                     CASE WHEN nullif(btrim(l.f_sex), '') IS NULL OR ttg.vocab_key(l.f_sex) = 'not_recorded' THEN NULL
                          WHEN ttg.vocab_key(l.f_sex) = 'unknown' THEN 'not_known'
                          ELSE coalesce(ttg.vocab_key(l.f_sex), l.f_sex) END AS sex,
                     coalesce(b.word, 'green') AS brag,
                     ttg.vocab_key(l.f_order_type) AS order_type,
                     coalesce(q.requirements, '{}') AS requirements,
                     ttg.load_iso_date(l.f_isp_completed_on) AS isp_completed_on,
                     ttg.load_iso_date(l.f_supervision_start) AS supervision_start,
                     ttg.load_iso_date(l.f_supervision_end) AS supervision_end,
                     ti.word AS tier, ro.word AS rosh, mc.word::integer AS mappa_category, ml.word::integer AS mappa_level,
                     (nullif(btrim(l.f_register), '') IS NULL OR b.key IS NOT NULL)
                       AND coalesce(q.ok, true)
                       AND (nullif(btrim(l.f_tier), '') IS NULL OR ti.key IS NOT NULL)
                       AND (nullif(btrim(l.f_rosh), '') IS NULL OR ro.key IS NOT NULL)
                       AND (nullif(btrim(l.f_mappa_category), '') IS NULL OR mc.key IS NOT NULL)
                       AND (nullif(btrim(l.f_mappa_level), '') IS NULL OR ml.key IS NOT NULL) AS codes_ok,
                     (coalesce(l.f_isp_completed_on, '') = '' OR ttg.load_iso_date(l.f_isp_completed_on) IS NOT NULL)
                       AND (coalesce(l.f_supervision_end, '') = '' OR ttg.load_iso_date(l.f_supervision_end) IS NOT NULL) AS dates_ok
                FROM pg_temp.ttg_load_cases AS l
                LEFT JOIN pg_temp.ttg_load_code AS b ON b.vocabulary = 'brag_status' AND b.key = ttg.vocab_key(l.f_register)
                LEFT JOIN pg_temp.ttg_load_code AS ti ON ti.vocabulary = 'tier' AND ti.key = ttg.vocab_key(l.f_tier)
                LEFT JOIN pg_temp.ttg_load_code AS ro ON ro.vocabulary = 'rosh' AND ro.key = ttg.vocab_key(l.f_rosh)
                LEFT JOIN pg_temp.ttg_load_code AS mc ON mc.vocabulary = 'mappa_category' AND mc.key = ttg.vocab_key(l.f_mappa_category)
                LEFT JOIN pg_temp.ttg_load_code AS ml ON ml.vocabulary = 'mappa_level' AND ml.key = ttg.vocab_key(l.f_mappa_level)
                LEFT JOIN (SELECT l2.line, array_agg(m.word ORDER BY u.ord) AS requirements, bool_and(m.key IS NOT NULL) AS ok
                             FROM pg_temp.ttg_load_cases AS l2
                             CROSS JOIN LATERAL unnest(string_to_array(nullif(btrim(l2.f_requirement_codes), ''), ';'))
                                        WITH ORDINALITY AS u(code, ord)
                             LEFT JOIN pg_temp.ttg_load_code AS m ON m.vocabulary = 'requirement' AND m.key = ttg.vocab_key(u.code)
                            WHERE btrim(u.code) <> ''
                            GROUP BY l2.line) AS q ON q.line = l.line) AS x
        LEFT JOIN %1$s.cases AS c ON c.case_id = x.case_id) AS y
    $q$, s);
    CREATE INDEX ON pg_temp.ttg_load_cases (line);
    CREATE INDEX ON pg_temp.ttg_load_cases_v (ok, seq);
    -- Statistics, so that each halving's statement reads its rows through the indexes.
    ANALYZE pg_temp.ttg_load_cases, pg_temp.ttg_load_cases_v;
    FOR b IN SELECT v.ok, max(v.seq) AS n FROM pg_temp.ttg_load_cases_v AS v GROUP BY v.ok ORDER BY v.ok DESC LOOP
      IF b.ok THEN
        r := ttg.load_range(target_schema, 'cases', format(
             'INSERT INTO %s.cases (case_id, region, team, sex, brag, order_type, requirements, isp_completed_on,'
             ' supervision_start, supervision_end, tier, rosh, mappa_category, mappa_level)'
             ' SELECT v.case_id, v.region, v.team, v.sex, v.brag, v.order_type, v.requirements, v.isp_completed_on,'
             ' v.supervision_start, v.supervision_end, v.tier, v.rosh, v.mappa_category, v.mappa_level'
             ' FROM pg_temp.ttg_load_cases_v AS v WHERE v.ok AND v.seq BETWEEN $1 AND $2 ORDER BY v.seq', s), true, 1, b.n);
      ELSE
        r := ttg.load_range(target_schema, 'cases', format(
             'INSERT INTO %s.cases (case_id, region, team, sex, brag, order_type, requirements, isp_completed_on,'
             ' supervision_start, supervision_end, tier, rosh, mappa_category, mappa_level)'
             ' SELECT ttg.load_cast(l.j->>''case_id'', ''case_id'', NULL::bigint), l.j->>''region'', l.j->>''team'','
             '  CASE WHEN nullif(btrim(l.j->>''sex''), '''') IS NULL OR ttg.vocab_key(l.j->>''sex'') = ''not_recorded'' THEN NULL'
             '       WHEN ttg.vocab_key(l.j->>''sex'') = ''unknown'' THEN ''not_known'''
             '       WHEN ttg.vocab_key(l.j->>''sex'') IN (SELECT ttg.vocab_words(''sex'')) THEN ttg.vocab_key(l.j->>''sex'') ELSE l.j->>''sex'' END,'
             '  coalesce(ttg.code_word(''brag_status'', nullif(btrim(l.j->>''register''), ''''), ''register''), ''green''),'
             '  CASE WHEN ttg.vocab_key(l.j->>''order_type'') IN (SELECT ttg.vocab_words(''order_type'')) THEN ttg.vocab_key(l.j->>''order_type'') ELSE l.j->>''order_type'' END,'
             '  ARRAY(SELECT ttg.code_word(''requirement'', x, ''requirement_codes'') FROM unnest(string_to_array(nullif(btrim(l.j->>''requirement_codes''), ''''), '';'')) AS x'
             '         WHERE btrim(x) <> ''''),'
             '  ttg.load_cast(l.j->>''isp_completed_on'', ''isp_completed_on'', NULL::date), ttg.load_cast(l.j->>''supervision_start'', ''supervision_start'', NULL::date), ttg.load_cast(l.j->>''supervision_end'', ''supervision_end'', NULL::date),'
             '  ttg.code_word(''tier'', nullif(btrim(l.j->>''tier''), ''''), ''tier''), ttg.code_word(''rosh'', nullif(btrim(l.j->>''rosh''), ''''), ''rosh''),'
             '  ttg.code_word(''mappa_category'', nullif(btrim(l.j->>''mappa_category''), ''''), ''mappa_category'')::integer,'
             '  ttg.code_word(''mappa_level'', nullif(btrim(l.j->>''mappa_level''), ''''), ''mappa_level'')::integer'
             ' FROM pg_temp.ttg_load_cases AS l JOIN pg_temp.ttg_load_cases_v AS v ON v.line = l.line'
             ' WHERE NOT v.ok AND v.seq BETWEEN $1 AND $2 ORDER BY v.seq', s), false, 1, b.n);
      END IF;
      cases_loaded := cases_loaded + r.loaded; rejected := rejected + r.rejected;
    END LOOP;
  END IF;

  IF contacts_staging IS NOT NULL THEN
    -- Each field read out of the row once (the checks below read it many times).
    EXECUTE format('CREATE TEMP TABLE ttg_load_contacts AS SELECT s.line, s.j,'
                   ' s.j->>''contact_id'' AS f_contact_id, s.j->>''case_id'' AS f_case_id, s.j->>''contact_type'' AS f_contact_type,'
                   ' s.j->>''appointment_at'' AS f_appointment_at, s.j->>''notified_at'' AS f_notified_at, s.j->>''outcome_code'' AS f_outcome_code,'
                   ' s.j->>''available_minutes'' AS f_available_minutes, s.j->>''other_activity'' AS f_other_activity, s.j->>''next_offered_on'' AS f_next_offered_on,'
                   ' s.j->>''next_appointment_on'' AS f_next_appointment_on'
                   ' FROM (SELECT row_number() OVER (ORDER BY t.ctid) AS line, to_jsonb(t) AS j FROM %s AS t) AS s',
                   contacts_staging);
    EXECUTE format($q$
      CREATE TEMP TABLE ttg_load_contacts_v AS
      SELECT y.*, row_number() OVER (PARTITION BY y.ok ORDER BY y.line) AS seq FROM (
      SELECT x.*,
             coalesce(x.contact_id IS NOT NULL AND x.case_id IS NOT NULL AND x.contact_type <> ''
                      AND x.appointment_at IS NOT NULL AND x.fields_ok
                      AND count(*) OVER (PARTITION BY x.contact_id) = 1
                      AND c.case_id IS NOT NULL AND k.contact_id IS NULL, false) AS ok
        FROM (SELECT l.line, ttg.load_bigint(l.f_contact_id) AS contact_id, ttg.load_bigint(l.f_case_id) AS case_id,
                     upper(btrim(l.f_contact_type)) AS contact_type,
                     ttg.load_iso_timestamp(l.f_appointment_at) AS appointment_at,
                     ttg.load_iso_timestamp(l.f_notified_at) AS notified_at,
                     o.word AS outcome,
                     CASE WHEN ttg.load_bigint(l.f_available_minutes) BETWEEN 0 AND 2147483647
                          THEN ttg.load_bigint(l.f_available_minutes)::integer END AS available_minutes,
                     ttg.load_boolean(l.f_other_activity) AS other_activity,
                     ttg.load_iso_date(l.f_next_offered_on) AS next_offered_on,
                     ttg.load_iso_date(l.f_next_appointment_on) AS next_appointment_on,
                     (nullif(btrim(l.f_outcome_code), '') IS NULL OR o.key IS NOT NULL)
                       AND (coalesce(l.f_notified_at, '') = '' OR ttg.load_iso_timestamp(l.f_notified_at) IS NOT NULL)
                       AND (coalesce(l.f_available_minutes, '') = ''
                            OR ttg.load_bigint(l.f_available_minutes) BETWEEN 0 AND 2147483647)
                       AND (coalesce(l.f_other_activity, '') = '' OR ttg.load_boolean(l.f_other_activity) IS NOT NULL)
                       AND (coalesce(l.f_next_offered_on, '') = '' OR ttg.load_iso_date(l.f_next_offered_on) IS NOT NULL)
                       AND (coalesce(l.f_next_appointment_on, '') = '' OR ttg.load_iso_date(l.f_next_appointment_on) IS NOT NULL)
                       AS fields_ok
                FROM pg_temp.ttg_load_contacts AS l
                LEFT JOIN pg_temp.ttg_load_code AS o ON o.vocabulary = 'contact_outcome' AND o.key = ttg.vocab_key(l.f_outcome_code)) AS x
        LEFT JOIN %1$s.cases AS c ON c.case_id = x.case_id
        LEFT JOIN %1$s.contacts AS k ON k.contact_id = x.contact_id) AS y
    $q$, s);
    CREATE INDEX ON pg_temp.ttg_load_contacts (line);
    CREATE INDEX ON pg_temp.ttg_load_contacts_v (ok, seq);
    -- Statistics, so that each halving's statement reads its rows through the indexes.
    ANALYZE pg_temp.ttg_load_contacts, pg_temp.ttg_load_contacts_v;
    FOR b IN SELECT v.ok, max(v.seq) AS n FROM pg_temp.ttg_load_contacts_v AS v GROUP BY v.ok ORDER BY v.ok DESC LOOP
      IF b.ok THEN
        r := ttg.load_range(target_schema, 'contacts', format(
             'INSERT INTO %s.contacts (contact_id, case_id, contact_type, appointment_at, notified_at, outcome,'
             ' available_minutes, other_activity, next_offered_on, next_appointment_on)'
             ' SELECT v.contact_id, v.case_id, v.contact_type, v.appointment_at, v.notified_at, v.outcome,'
             ' v.available_minutes, v.other_activity, v.next_offered_on, v.next_appointment_on'
             ' FROM pg_temp.ttg_load_contacts_v AS v WHERE v.ok AND v.seq BETWEEN $1 AND $2 ORDER BY v.seq', s), true, 1, b.n);
      ELSE
        r := ttg.load_range(target_schema, 'contacts', format(
             'INSERT INTO %s.contacts (contact_id, case_id, contact_type, appointment_at, notified_at, outcome,'
             ' available_minutes, other_activity, next_offered_on, next_appointment_on)'
             ' SELECT ttg.load_cast(l.j->>''contact_id'', ''contact_id'', NULL::bigint), ttg.load_cast(l.j->>''case_id'', ''case_id'', NULL::bigint), upper(btrim(l.j->>''contact_type'')),'
             '  ttg.load_cast(l.j->>''appointment_at'', ''appointment_at'', NULL::timestamp), ttg.load_cast(l.j->>''notified_at'', ''notified_at'', NULL::timestamp),'
             '  ttg.code_word(''contact_outcome'', nullif(btrim(l.j->>''outcome_code''), ''''), ''outcome_code''),'
             '  ttg.load_cast(l.j->>''available_minutes'', ''available_minutes'', NULL::integer), ttg.load_cast(l.j->>''other_activity'', ''other_activity'', NULL::boolean),'
             '  ttg.load_cast(l.j->>''next_offered_on'', ''next_offered_on'', NULL::date), ttg.load_cast(l.j->>''next_appointment_on'', ''next_appointment_on'', NULL::date)'
             ' FROM pg_temp.ttg_load_contacts AS l JOIN pg_temp.ttg_load_contacts_v AS v ON v.line = l.line'
             ' WHERE NOT v.ok AND v.seq BETWEEN $1 AND $2 ORDER BY v.seq', s), false, 1, b.n);
      END IF;
      contacts_loaded := contacts_loaded + r.loaded; rejected := rejected + r.rejected;
    END LOOP;
  END IF;
  FOREACH t IN ARRAY tables LOOP
    IF to_regclass('pg_temp.' || t) IS NOT NULL THEN
      EXECUTE format('DROP TABLE pg_temp.%I', t);
    END IF;
  END LOOP;
END
$fn$;
COMMENT ON FUNCTION ttg.load_ndelius_extract(name, regclass, regclass) IS
  'Load an nDelius-shaped extract from staging tables (all columns text; either may be NULL) into the reporting model in target_schema, mapping codes through the code tables (ttg.code_word): cases_staging columns case_id, region, team, sex (female, male, other, not specified, not known or unknown, stored as ttg.vocab_words(''sex''); empty or not recorded: NULL), register (BRAG code: Red, Red/Amber, ...; empty: green), order_type, requirement_codes (codes separated by ;), isp_completed_on, supervision_start, supervision_end (order type and sex by the one case rule, a bad one rejected naming value and column), and optionally tier (B2, UB2, A; ttg.tier_code), rosh (Very High, RVHR; ttg.rosh_code), mappa_category (M1 to M4, 1 to 4) and mappa_level (M0 to M3, 0 to 3; ttg.mappa_code), each empty or not recorded: NULL; contacts_staging columns contact_id, case_id, contact_type (e.g. COAP), appointment_at, notified_at, outcome_code (nDelius outcome, e.g. ATTC; empty: not recorded), available_minutes, other_activity, next_offered_on, next_appointment_on. Set-based: the rows that map and pass the checks go in one statement per table; the others row by row, each stored or written to load_rejects with its line and the error (unknown code naming value and column, bad date, missing case, duplicate id); a statement that fails anyway is halved until the bad rows are found, so no good row is lost. Returns the counts. Load cases before contacts (one call does).';
