-- Resettlement prisons by day and area, and prison names (the update links to this
-- file: CREATE OR REPLACE for the one function 0.1.0 had).

CREATE OR REPLACE FUNCTION ttg.is_resettlement_prison(prison_code text) RETURNS boolean
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  RETURN EXISTS (SELECT 1 FROM ttg.resettlement_prison rp
                  WHERE rp.prison_code OPERATOR(pg_catalog.=) pg_catalog.upper(is_resettlement_prison.prison_code));
COMMENT ON FUNCTION ttg.is_resettlement_prison(text) IS
  'True when the prison (NOMIS code, any case) is in ttg.resettlement_prison for any area and period: the third argument of ttg_stage. NULL in, NULL out. For a given day: the two-argument form.';

CREATE FUNCTION ttg.is_resettlement_prison(prison_code text, on_day date) RETURNS boolean
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  RETURN EXISTS (SELECT 1 FROM ttg.resettlement_prison rp
                  WHERE rp.prison_code OPERATOR(pg_catalog.=) pg_catalog.upper(is_resettlement_prison.prison_code)
                    AND rp.valid_from OPERATOR(pg_catalog.<=) is_resettlement_prison.on_day
                    AND (rp.valid_until IS NULL OR rp.valid_until OPERATOR(pg_catalog.>=) is_resettlement_prison.on_day));
COMMENT ON FUNCTION ttg.is_resettlement_prison(text, date) IS
  'True when the prison (NOMIS code, any case) resettles into some area on on_day (valid_from <= on_day <= valid_until). NULL in, NULL out.';

CREATE FUNCTION ttg.resettles_into(prison_code text, area text, on_day date) RETURNS boolean
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  RETURN EXISTS (SELECT 1 FROM ttg.resettlement_prison rp
                  WHERE rp.prison_code OPERATOR(pg_catalog.=) pg_catalog.upper(resettles_into.prison_code)
                    AND rp.cpa OPERATOR(pg_catalog.=) resettles_into.area
                    AND rp.valid_from OPERATOR(pg_catalog.<=) resettles_into.on_day
                    AND (rp.valid_until IS NULL OR rp.valid_until OPERATOR(pg_catalog.>=) resettles_into.on_day));
COMMENT ON FUNCTION ttg.resettles_into(text, text, date) IS
  'R-TTG-3: true when the prison resettles into area on on_day (a release on on_day from it into area counts towards the 80% aim). Areas compare exactly (SWM, DLNR, Wales). NULL in, NULL out.';

CREATE FUNCTION ttg.prison_name(prison_code text) RETURNS text
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  RETURN coalesce((SELECT p.prison FROM ttg.prison p
                    WHERE p.prison_code OPERATOR(pg_catalog.=) pg_catalog.upper(prison_name.prison_code)),
                  (SELECT rp.prison FROM ttg.resettlement_prison rp
                    WHERE rp.prison_code OPERATOR(pg_catalog.=) pg_catalog.upper(prison_name.prison_code)
                    ORDER BY rp.valid_from DESC LIMIT 1),
                  'unknown');
COMMENT ON FUNCTION ttg.prison_name(text) IS
  'The name of a prison (NOMIS code, any case) from ttg.prison, else ttg.resettlement_prison, else ''unknown'' (never the bare code). NULL in, NULL out.';
