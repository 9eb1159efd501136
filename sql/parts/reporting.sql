
-- ===========================================================================
-- The reporting model: tables a region loads its extracts into, created by a
-- function into a schema the user names, so they are never members of the
-- extension (DROP EXTENSION cannot take a region's data), and views a dashboard
-- reads as they are.
--
-- The model is plain SQL under sql/model/ in the source tree (tables.sql,
-- migrate.sql, security.sql, derived/*.sql), shipped inside this script as rows of
-- ttg.model_source and run with the model's schema first on the search_path. A
-- registry (ttg.reporting_model) lists the models of the database, so that an
-- extension upgrade, or a DBA after DROP EXTENSION ... CASCADE, can make their views
-- again in place: tables, rows and grants are kept.
--
-- This file is also the first step of the upgrade from 0.1.0, so every statement
-- here must work both on a fresh install and over 0.1.0.
-- ===========================================================================

CREATE TABLE ttg.model_source (
  name text PRIMARY KEY,
  body text NOT NULL
);
COMMENT ON TABLE ttg.model_source IS
  'The reporting model''s SQL, one row per source file (tables, migrate, security, derived/NN_domain), as shipped with this version of ttg.';
COMMENT ON COLUMN ttg.model_source.name IS 'Source file, relative to sql/model/ and without .sql.';
COMMENT ON COLUMN ttg.model_source.body IS 'Its SQL, with unqualified names: run with the model''s schema first on the search_path.';

CREATE TABLE ttg.reporting_model (
  schema_name   name PRIMARY KEY,
  row_security  boolean NOT NULL,
  objects       text[] NOT NULL DEFAULT '{}',
  saved_grants  text[],
  built_version text NOT NULL,
  built_at      timestamptz NOT NULL DEFAULT now()
);
SELECT pg_catalog.pg_extension_config_dump('ttg.reporting_model', '');
COMMENT ON TABLE ttg.reporting_model IS
  'The reporting models of this database: an upgrade of ttg makes their views and functions again in place. Dumped with the database.';
COMMENT ON COLUMN ttg.reporting_model.schema_name IS 'The schema holding the model.';
COMMENT ON COLUMN ttg.reporting_model.row_security IS 'True when the model limits each role to its granted regions.';
COMMENT ON COLUMN ttg.reporting_model.objects IS 'The views, functions and policies the last build made (the build drops exactly these).';
COMMENT ON COLUMN ttg.reporting_model.saved_grants IS 'Grants on those objects, kept between dropping and making them again (during an upgrade); NULL otherwise.';
COMMENT ON COLUMN ttg.reporting_model.built_version IS 'The ttg version whose model SQL made the objects.';
COMMENT ON COLUMN ttg.reporting_model.built_at IS 'When they were made.';

-- Run one model source file in a model's schema.
CREATE FUNCTION ttg._model_run(target_schema name, source text) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  body text;
BEGIN
  SELECT m.body INTO body FROM ttg.model_source m WHERE m.name = source;
  IF body IS NULL THEN
    RAISE EXCEPTION 'ttg ships no model source "%"', source USING ERRCODE = '58P01';
  END IF;
  -- The model's schema first, so its unqualified names are its own tables; pg_temp
  -- last, so a temporary table cannot stand in for one of them.
  PERFORM set_config('search_path', format('%I, pg_catalog, pg_temp', target_schema), true);
  EXECUTE body;
  PERFORM set_config('search_path', 'pg_catalog, pg_temp', true);
END
$fn$;
COMMENT ON FUNCTION ttg._model_run(name, text) IS 'Internal: run one of the reporting model''s source files (ttg.model_source) in target_schema.';

-- Drop the derived objects of a model (views, functions, policies made by its last
-- build), keeping the grants on them in the registry until they are made again.
CREATE FUNCTION ttg._model_detach(target_schema name) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  m ttg.reporting_model;
  o text;
  kind text;
  obj text;
  grants text[];
  views text[] := '{}';
  funcs text[] := '{}';
BEGIN
  SELECT * INTO m FROM ttg.reporting_model r WHERE r.schema_name = target_schema FOR UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  -- Grants others hold on the derived objects, as statements to replay.
  SELECT array_agg(format('GRANT %s ON %s %s TO %s%s', a.privilege_type,
                          CASE WHEN o2.kind = 'function' THEN 'FUNCTION' ELSE 'TABLE' END, o2.obj,
                          CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(a.grantee::regrole::text) END,
                          CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END))
    INTO grants
    FROM (SELECT split_part(x, ':', 1) AS kind, substr(x, strpos(x, ':') + 1) AS obj FROM unnest(m.objects) x) o2
    CROSS JOIN LATERAL (
      SELECT (aclexplode(c.relacl)).* FROM pg_class c
       WHERE o2.kind = 'view' AND c.oid = to_regclass(o2.obj) AND c.relacl IS NOT NULL
      UNION ALL
      SELECT (aclexplode(p.proacl)).* FROM pg_proc p
       WHERE o2.kind = 'function' AND p.oid = to_regprocedure(o2.obj) AND p.proacl IS NOT NULL) a
   WHERE a.grantee <> (SELECT nspowner FROM pg_namespace WHERE nspname = target_schema);
  FOREACH o IN ARRAY m.objects LOOP
    kind := split_part(o, ':', 1);
    obj := substr(o, strpos(o, ':') + 1);
    IF kind = 'policy' THEN
      IF EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = to_regclass(split_part(obj, ' ON ', 2))
                                              AND p.polname = split_part(obj, ' ON ', 1)) THEN
        EXECUTE format('DROP POLICY %I ON %s', split_part(obj, ' ON ', 1), split_part(obj, ' ON ', 2));
      END IF;
    ELSIF kind = 'view' AND to_regclass(obj) IS NOT NULL THEN
      views := views || obj;
    ELSIF kind = 'function' AND to_regprocedure(obj) IS NOT NULL THEN
      funcs := funcs || obj;
    END IF;
  END LOOP;
  BEGIN
    -- One statement each, so views that read one another drop together.
    IF cardinality(views) > 0 THEN
      EXECUTE 'DROP VIEW ' || array_to_string(views, ', ');
    END IF;
    IF cardinality(funcs) > 0 THEN
      EXECUTE 'DROP FUNCTION ' || array_to_string(funcs, ', ');
    END IF;
  EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE EXCEPTION 'cannot rebuild the reporting model in schema "%": objects of your own depend on its views', target_schema
      USING ERRCODE = '2BP01', DETAIL = SQLERRM,
            HINT = 'Save and drop those objects, rebuild, then create them again.';
  END;
  UPDATE ttg.reporting_model r SET objects = '{}', saved_grants = coalesce(r.saved_grants, '{}') || coalesce(grants, '{}')
   WHERE r.schema_name = target_schema;
END
$fn$;
COMMENT ON FUNCTION ttg._model_detach(name) IS 'Internal: drop the views, functions and policies of a reporting model, keeping their grants in ttg.reporting_model.';

-- Make a model's derived objects from this version's model SQL: first bring its
-- tables up to date (migrate), then views and functions, then row security.
CREATE FUNCTION ttg._model_attach(target_schema name) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  m ttg.reporting_model;
  nsp oid := to_regnamespace(quote_ident(target_schema));
  owner_name text;
  shadow text;
  src text;
  g text;
  before_rel oid[];
  before_proc oid[];
  before_pol oid[];
  made text[];
  r record;
BEGIN
  SELECT * INTO m FROM ttg.reporting_model x WHERE x.schema_name = target_schema FOR UPDATE;
  IF NOT FOUND OR nsp IS NULL THEN
    RAISE EXCEPTION 'schema "%" is not a registered reporting model', target_schema USING ERRCODE = '42P01';
  END IF;
  -- The model's SQL runs with this schema before pg_catalog: a function, operator or
  -- type here with the name of a built-in one would be bound into the views instead.
  SELECT string_agg(what, ', ') INTO shadow FROM (
    SELECT format('function %s', p.oid::regprocedure) AS what FROM pg_proc p
     WHERE p.pronamespace = nsp AND EXISTS (SELECT 1 FROM pg_proc q WHERE q.pronamespace = 'pg_catalog'::regnamespace AND q.proname = p.proname)
    UNION ALL
    SELECT format('operator %s', o.oid::regoperator) FROM pg_operator o WHERE o.oprnamespace = nsp
    UNION ALL
    SELECT format('type %s', t.oid::regtype) FROM pg_type t
     WHERE t.typnamespace = nsp AND t.typrelid = 0 AND t.typelem = 0
       AND EXISTS (SELECT 1 FROM pg_type b WHERE b.typnamespace = 'pg_catalog'::regnamespace AND b.typname = t.typname)) s;
  IF shadow IS NOT NULL THEN
    RAISE EXCEPTION 'schema "%" holds objects named like built-ins: %', target_schema, shadow
      USING ERRCODE = '42723', HINT = 'Move them to another schema: the model''s views would use them in place of the built-ins.';
  END IF;
  SELECT nspowner::regrole::text INTO owner_name FROM pg_namespace WHERE oid = nsp;

  PERFORM ttg._model_run(target_schema, 'migrate');
  SELECT array_agg(oid) INTO before_rel FROM pg_class WHERE relnamespace = nsp;
  SELECT array_agg(oid) INTO before_proc FROM pg_proc WHERE pronamespace = nsp;
  SELECT array_agg(p.oid) INTO before_pol FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid WHERE c.relnamespace = nsp;
  FOR src IN SELECT name FROM ttg.model_source WHERE name LIKE 'derived/%' ORDER BY name LOOP
    PERFORM ttg._model_run(target_schema, src);
  END LOOP;
  IF m.row_security THEN
    PERFORM ttg._model_run(target_schema, 'security');
  END IF;

  -- What this build made, so that the next one drops exactly that; owned by the
  -- schema's owner whoever ran the build (an upgrade runs as a superuser).
  made := '{}';
  FOR r IN SELECT c.oid, c.relkind FROM pg_class c
            WHERE c.relnamespace = nsp AND c.relkind = 'v' AND c.oid <> ALL (coalesce(before_rel, '{}')) ORDER BY c.relname LOOP
    made := made || ('view:' || r.oid::regclass::text);
    IF (SELECT relowner::regrole::text FROM pg_class WHERE oid = r.oid) <> owner_name THEN
      EXECUTE format('ALTER VIEW %s OWNER TO %I', r.oid::regclass, owner_name);
    END IF;
  END LOOP;
  FOR r IN SELECT p.oid FROM pg_proc p
            WHERE p.pronamespace = nsp AND p.oid <> ALL (coalesce(before_proc, '{}')) ORDER BY p.proname LOOP
    made := made || ('function:' || r.oid::regprocedure::text);
    IF (SELECT proowner::regrole::text FROM pg_proc WHERE oid = r.oid) <> owner_name THEN
      EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.oid::regprocedure, owner_name);
    END IF;
  END LOOP;
  FOR r IN SELECT p.polname, p.polrelid FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
            WHERE c.relnamespace = nsp AND p.oid <> ALL (coalesce(before_pol, '{}')) ORDER BY c.relname, p.polname LOOP
    made := made || ('policy:' || r.polname || ' ON ' || r.polrelid::regclass::text);
  END LOOP;
  -- Made during ALTER EXTENSION ttg UPDATE, every object of the build (views,
  -- functions, and tables, sequences or types a migration made) was recorded as a
  -- member of the extension; they are the model's, like its tables (dumped with it,
  -- never taken by DROP EXTENSION without CASCADE).
  FOR r IN SELECT i.type, i.identity
             FROM pg_depend d
             JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'ttg'
            CROSS JOIN LATERAL pg_identify_object(d.classid, d.objid, 0) i
            WHERE d.deptype = 'e' AND d.refclassid = 'pg_extension'::regclass
              AND i.schema = target_schema LOOP
    EXECUTE format('ALTER EXTENSION ttg DROP %s %s', r.type, r.identity);
  END LOOP;
  PERFORM set_config('search_path', 'pg_catalog, pg_temp', true);
  FOREACH g IN ARRAY coalesce(m.saved_grants, '{}') LOOP
    BEGIN
      EXECUTE g;
    EXCEPTION WHEN undefined_table OR undefined_function OR undefined_object THEN
      RAISE NOTICE 'grant not kept (its object or role is gone): %', g;
    END;
  END LOOP;
  UPDATE ttg.reporting_model x
     SET objects = made, saved_grants = NULL, built_at = now(),
         built_version = (SELECT extversion FROM pg_extension WHERE extname = 'ttg')
   WHERE x.schema_name = target_schema;
END
$fn$;
COMMENT ON FUNCTION ttg._model_attach(name) IS 'Internal: migrate a registered reporting model''s tables and make its views, functions and policies from this version''s model SQL, replaying kept grants.';

CREATE OR REPLACE FUNCTION ttg.create_reporting_model(target_schema name, row_security boolean DEFAULT false)
RETURNS text LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF target_schema IS NULL OR row_security IS NULL THEN
    RAISE EXCEPTION 'create_reporting_model: target_schema and row_security must not be NULL'
      USING ERRCODE = '22004', HINT = 'Name a schema, for example SELECT ttg.create_reporting_model(''probation'').';
  END IF;
  IF target_schema IN ('ttg', 'public', 'information_schema') OR target_schema LIKE 'pg\_%' THEN
    RAISE EXCEPTION 'cannot create a reporting model in schema "%"', target_schema
      USING ERRCODE = '22023', HINT = 'Use a schema of its own, for example ''probation''.';
  END IF;
  IF EXISTS (SELECT 1 FROM ttg.reporting_model r WHERE r.schema_name = target_schema)
     OR to_regclass(format('%I.settings', target_schema)) IS NOT NULL THEN
    RAISE EXCEPTION 'schema "%" already holds a reporting model', target_schema
      USING ERRCODE = '42P07',
            HINT = format('Use another schema, or make its views again with SELECT ttg.rebuild_reporting_model(%L).', target_schema);
  END IF;
  EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I', target_schema);
  PERFORM ttg._model_run(target_schema, 'tables');
  INSERT INTO ttg.reporting_model (schema_name, row_security, built_version)
  VALUES (target_schema, row_security, (SELECT extversion FROM pg_extension WHERE extname = 'ttg'));
  PERFORM ttg._model_attach(target_schema);
  EXECUTE format('COMMENT ON SCHEMA %I IS %L', target_schema,
                 'ttg reporting model: load extracts into the tables, point dashboards at the views.'
                 || CASE WHEN row_security THEN ' Row-level security by region (region_access).' ELSE '' END);
  RETURN format('reporting model created in schema %s%s', quote_ident(target_schema),
                CASE WHEN row_security THEN ' with row-level security' ELSE '' END);
END
$fn$;
COMMENT ON FUNCTION ttg.create_reporting_model(name, boolean) IS
  'Create the reporting model (tables, views, settings) in target_schema and register it in ttg.reporting_model. The tables are not members of the extension: DROP EXTENSION never takes their data (it refuses while the views exist; with CASCADE it drops the views and leaves the tables, and ttg.rebuild_reporting_model makes them again). row_security => true limits each role to the regions granted in region_access.';

-- The names of the views and functions the model's SQL makes.
CREATE FUNCTION ttg._model_object_names(OUT kind text, OUT name text) RETURNS SETOF record
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
  SELECT DISTINCT upper(m[1]), m[2]
    FROM ttg.model_source s,
         LATERAL regexp_matches(s.body, '^CREATE (?:OR REPLACE )?(VIEW|FUNCTION) ([a-z_][a-z0-9_]*)', 'gin') AS m
   WHERE s.name LIKE 'derived/%' OR s.name = 'security';
END;
COMMENT ON FUNCTION ttg._model_object_names() IS 'Internal: the views and functions a reporting model''s derived SQL makes, by name.';

CREATE FUNCTION ttg.rebuild_reporting_model(target_schema name)
RETURNS text LANGUAGE plpgsql VOLATILE STRICT
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  rls boolean;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM ttg.reporting_model r WHERE r.schema_name = target_schema) THEN
    -- Not registered: the tables of a model kept through DROP EXTENSION ... CASCADE
    -- (or made by a version without a registry). Row security is read off the table.
    SELECT c.relrowsecurity INTO rls FROM pg_class c WHERE c.oid = to_regclass(format('%I.cases', target_schema));
    IF rls IS NULL OR to_regclass(format('%I.settings', target_schema)) IS NULL THEN
      RAISE EXCEPTION 'schema "%" holds no reporting model', target_schema
        USING ERRCODE = '42P01', HINT = format('Create one with SELECT ttg.create_reporting_model(%L).', target_schema);
    END IF;
    -- What it holds of a model's views and functions (those DROP EXTENSION ...
    -- CASCADE left: they did not use the extension) is the model's, by name.
    INSERT INTO ttg.reporting_model (schema_name, row_security, objects, built_version)
    SELECT target_schema, rls,
           ARRAY(SELECT 'view:' || c.oid::regclass::text FROM pg_class c
                  WHERE c.relnamespace = to_regnamespace(quote_ident(target_schema)) AND c.relkind = 'v'
                    AND c.relname IN (SELECT x.name FROM ttg._model_object_names() x WHERE x.kind = 'VIEW')
                 UNION ALL
                 SELECT 'function:' || p.oid::regprocedure::text FROM pg_proc p
                  WHERE p.pronamespace = to_regnamespace(quote_ident(target_schema))
                    AND p.proname IN (SELECT x.name FROM ttg._model_object_names() x WHERE x.kind = 'FUNCTION')),
           (SELECT extversion FROM pg_extension WHERE extname = 'ttg');
  END IF;
  PERFORM ttg._model_detach(target_schema);
  PERFORM ttg._model_attach(target_schema);
  RETURN format('reporting model in schema %s rebuilt with ttg %s', quote_ident(target_schema),
                (SELECT extversion FROM pg_extension WHERE extname = 'ttg'));
END
$fn$;
COMMENT ON FUNCTION ttg.rebuild_reporting_model(name) IS
  'Make the views, functions and row-security policies of the reporting model in target_schema again from this version of ttg, after migrating its tables; tables, rows and grants are kept. Registers a model whose tables outlived DROP EXTENSION ttg CASCADE. ALTER EXTENSION ttg UPDATE does this for every registered model. NULL in, NULL out.';
