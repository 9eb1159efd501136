-- Resettlement prisons as dated, many-to-many reference data (R-TTG-3): one row
-- per prison, area and period; the names of prisons. The rows a DBA added in
-- 0.1.0 keep their area, from 1978 (valid_from) and still in force.
ALTER TABLE ttg.resettlement_prison
  ADD COLUMN valid_from date NOT NULL DEFAULT '1978-01-01' CHECK (valid_from BETWEEN '1978-01-01' AND '2099-12-31'),
  ADD COLUMN valid_until date CHECK (valid_until BETWEEN '1978-01-01' AND '2099-12-31'),
  DROP CONSTRAINT resettlement_prison_pkey,
  ADD CONSTRAINT resettlement_prison_pkey PRIMARY KEY (prison_code, cpa, valid_from),
  ADD CONSTRAINT resettlement_prison_period CHECK (valid_until IS NULL OR valid_until >= valid_from);

COMMENT ON TABLE ttg.resettlement_prison IS
  'R-TTG-3: resettlement prisons, each releasing into its Contract Package Areas: one row per prison, area and period (valid_from to valid_until). Ships with the 12 prisons TTG News, February 2019 names; a region loads its own list with ttg.load_resettlement_prisons(csv, replace_areas).';
COMMENT ON COLUMN ttg.resettlement_prison.prison_code IS 'NOMIS agency id of the prison (e.g. LCI for HMP Leicester).';
COMMENT ON COLUMN ttg.resettlement_prison.prison IS 'Name of the prison.';
COMMENT ON COLUMN ttg.resettlement_prison.cpa IS 'Contract Package Area (or probation area) the prison resettles into in this period (SWM, DLNR, Wales, ...): compare with a person''s home area for R-TTG-3.';
COMMENT ON COLUMN ttg.resettlement_prison.crc IS 'The CRC (or provider) delivering Through the Gate there (RRP: the Reducing Reoffending Partnership, SWM and DLNR together).';
COMMENT ON COLUMN ttg.resettlement_prison.role IS 'lead_host or host, as TTG News, February 2019 names the CRC''s part.';
COMMENT ON COLUMN ttg.resettlement_prison.live_from IS 'When the enhanced TTG specification went live there (1 February 2019 in the 12 named prisons); ttg_stage(release, as_of, true, live_from) starts the window from it.';
COMMENT ON COLUMN ttg.resettlement_prison.shipped IS 'True for rows from the CSV shipped with ttg (left out of pg_dump, reloaded by CREATE EXTENSION); false for rows a DBA added (dumped).';
COMMENT ON COLUMN ttg.resettlement_prison.loaded_at IS 'When the row was last loaded.';
COMMENT ON COLUMN ttg.resettlement_prison.loaded_by IS 'Role that last loaded it (the caller, although the loaders run as the extension owner).';
COMMENT ON COLUMN ttg.resettlement_prison.valid_from IS 'First day the prison resettles into this area (1978-01-01 when the CSV leaves it empty: since always). The shipped rows start on 1 February 2019, the day TTG News, February 2019 speaks of.';
COMMENT ON COLUMN ttg.resettlement_prison.valid_until IS 'Last day it does (NULL: still). Periods of one prison and area never overlap (the loaders check).';


CREATE TABLE ttg.prison (
  prison_code text PRIMARY KEY CHECK (prison_code ~ '^[A-Z0-9]{1,8}$'),
  prison      text NOT NULL CHECK (prison <> ''),
  shipped     boolean NOT NULL DEFAULT false,
  loaded_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
  loaded_by   name NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE ttg.prison IS
  'Names of prisons by NOMIS code, for every code the shipped data and the demo use; add a region''s own with ttg.load_prisons(csv). ttg.prison_name shows ''unknown'' for a code in neither this table nor ttg.resettlement_prison.';
COMMENT ON COLUMN ttg.prison.prison_code IS 'NOMIS agency id of the prison.';
COMMENT ON COLUMN ttg.prison.prison IS 'Name of the prison.';
COMMENT ON COLUMN ttg.prison.shipped IS 'True for rows shipped with ttg (left out of pg_dump, reloaded by CREATE EXTENSION); false for rows a DBA added (dumped).';
COMMENT ON COLUMN ttg.prison.loaded_at IS 'When the row was last loaded.';
COMMENT ON COLUMN ttg.prison.loaded_by IS 'Role that last loaded it.';
SELECT pg_catalog.pg_extension_config_dump('ttg.prison', 'WHERE NOT shipped');
GRANT SELECT ON ttg.prison TO PUBLIC;


COMMENT ON FUNCTION ttg.load_resettlement_prisons(text) IS
  'Add (or reload) resettlement prisons from CSV text with header "prison_code,prison,cpa,crc,role,live_from,valid_from,valid_until" (or the 0.1.0 header of the first six): one row per prison, area and period, dates ISO or empty (valid_from empty: since 1978; valid_until empty: still). Returns the rows loaded. A bad row, a repeated prison, area and valid_from, a period overlapping another of the same prison and area, or a shipped row raises 22P04 naming its line and column, and nothing is kept. Only the extension owner, or a role granted EXECUTE, may call it.';

CREATE FUNCTION ttg.load_resettlement_prisons(csv text, replace_areas boolean) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_sql_load_resettlement_prisons'
  LANGUAGE C VOLATILE STRICT SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION ttg.load_resettlement_prisons(text, boolean) IS
  'ttg.load_resettlement_prisons(csv) for the full list a region holds: with replace_areas true, the rows a DBA added for every area the CSV names are deleted first, so the CSV becomes the whole list of those areas (shipped rows stay). Errors as the one-argument form; only the extension owner, or a role granted EXECUTE, may call it.';
REVOKE ALL ON FUNCTION ttg.load_resettlement_prisons(text, boolean) FROM PUBLIC;

CREATE FUNCTION ttg.load_prisons(csv text) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_sql_load_prisons'
  LANGUAGE C VOLATILE STRICT SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION ttg.load_prisons(text) IS
  'Add (or reload) prison names from CSV text with header "prison_code,prison"; returns the rows loaded. A bad or repeated code, an empty name or a shipped prison raises 22P04 naming its line and column, and nothing is kept. Only the extension owner, or a role granted EXECUTE, may call it.';
REVOKE ALL ON FUNCTION ttg.load_prisons(text) FROM PUBLIC;

CREATE FUNCTION ttg.load_shipped_prisons() RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_sql_load_shipped_prisons'
  LANGUAGE C VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION ttg.load_shipped_prisons() IS
  'Reload the prison names shipped with the package (SHAREDIR/extension/ttg_prisons.csv); CREATE EXTENSION calls it. Returns the rows loaded.';
REVOKE ALL ON FUNCTION ttg.load_shipped_prisons() FROM PUBLIC;


-- The shipped rows again, with their periods, and the shipped names.
DELETE FROM ttg.resettlement_prison WHERE shipped;
SELECT ttg.load_shipped_resettlement_prisons();
SELECT ttg.load_shipped_prisons();
