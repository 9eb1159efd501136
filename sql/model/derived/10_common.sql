-- Derived objects every view uses: the settings row and the reporting date. They
-- are dropped and made again by every build (ttg.rebuild_reporting_model).

-- Views read the one settings row through this function, never by joining the
-- table: the planner then counts one row whatever the table's statistics say
-- (an unanalysed one-row table is guessed at hundreds of rows, which multiplies
-- the cost of every view and wakes JIT for small models).
CREATE FUNCTION current_settings() RETURNS settings
  LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
  SELECT st.* FROM settings st;
END;
COMMENT ON FUNCTION current_settings() IS 'The settings row, as the views read it (one row, whatever the table''s statistics).';

CREATE VIEW report_date WITH (security_invoker = true) AS
  SELECT coalesce(st.as_of, current_date) AS as_of FROM current_settings() st;
COMMENT ON VIEW report_date IS 'The date the views report as of: settings.as_of, or today when it is NULL.';
COMMENT ON COLUMN report_date.as_of IS 'Reporting date.';
