-- What DROP EXTENSION keeps (new in 0.2.0: the update links to this file).

-- ---------------------------------------------------------------------------
-- A DBA's data (local calendars, added prisons, local outcome codes) is every
-- row a configuration table's pg_extension_config_dump condition keeps.
-- DROP EXTENSION ttg without CASCADE refuses while there is any (2BP01).
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.keep_local_data() RETURNS event_trigger
  AS 'MODULE_PATHNAME', 'ttg_sql_keep_local_data'
  LANGUAGE C;
COMMENT ON FUNCTION ttg.keep_local_data() IS
  'Event trigger before DROP EXTENSION: refuses to drop ttg without CASCADE while a configuration table (ttg.calendar, ttg.calendar_closure, ttg.mcs_outcome_code, ttg.resettlement_prison, ...) holds rows pg_dump would keep, i.e. data a DBA loaded (SQLSTATE 2BP01, listing the tables).';
CREATE EVENT TRIGGER ttg_keep_local_data ON ddl_command_start
  WHEN TAG IN ('DROP EXTENSION')
  EXECUTE FUNCTION ttg.keep_local_data();
COMMENT ON EVENT TRIGGER ttg_keep_local_data IS
  'ttg: DROP EXTENSION ttg without CASCADE keeps a DBA''s loaded data (see ttg.keep_local_data()).';
