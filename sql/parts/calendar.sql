-- ttg install script, assembled by make from sql/parts/*.sql (see Makefile).
\echo Use "CREATE EXTENSION ttg" to load this file. \quit

COMMENT ON SCHEMA ttg IS
  'ttg: rules of probation and resettlement in England and Wales (business days, contact compliance, release windows, travel limits, placement matching).';

-- ===========================================================================
-- Calendar: England and Wales bank holidays and business days.
-- R-MCS-4, R-UPW-3, R-UPW-4 count in business days.
-- ===========================================================================

CREATE FUNCTION ttg.is_bank_holiday(d date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_is_bank_holiday'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.is_bank_holiday(date) IS
  'True when d is an England and Wales bank holiday (the observed day: a substitute weekday when the date falls at a weekend). Supported 1978-01-01 to 2099-12-31; outside, SQLSTATE 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.is_business_day(d date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_is_business_day'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.is_business_day(date) IS
  'True when d is Monday to Friday and not an England and Wales bank holiday. NULL in, NULL out.';

CREATE FUNCTION ttg.add_business_days(d date, n integer) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_sql_add_business_days'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.add_business_days(date, integer) IS
  'n > 0: the n-th business day after d (d itself never counts); n < 0: the |n|-th business day before d; n = 0: d when it is a business day, else the next one. O(1): two lookups in a precomputed index. NULL in, NULL out.';

CREATE FUNCTION ttg.business_days_between(a date, b date) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_sql_business_days_between'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.business_days_between(date, date) IS
  'Business days x with a < x <= b; when b < a, minus business_days_between(b, a). add_business_days(a, business_days_between(a, b)) = b for every business day b > a. NULL in, NULL out.';

CREATE FUNCTION ttg.bank_holidays(from_date date, to_date date,
                                  OUT holiday date, OUT title text)
  RETURNS SETOF record
  AS 'MODULE_PATHNAME', 'ttg_sql_bank_holidays'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION ttg.bank_holidays(date, date) IS
  'England and Wales bank holidays from from_date to to_date inclusive, ordered, with their titles (substitute days marked). Empty when to_date < from_date.';

-- ---------------------------------------------------------------------------
-- Local calendars: office closures on top of the bank holidays.
-- ---------------------------------------------------------------------------

CREATE TABLE ttg.calendar (
  name      text PRIMARY KEY CHECK (name <> ''),
  loaded_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
  loaded_by name NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE ttg.calendar IS
  'Local calendars loaded with ttg.load_calendar: one row per calendar. A DBA''s data: pg_dump keeps it and DROP EXTENSION ttg refuses while it is here (CASCADE drops it). Inserting a name that exists updates its row; a closure for a name not here creates it.';
COMMENT ON COLUMN ttg.calendar.name IS 'Calendar name, passed as the last argument of the business-day functions.';
COMMENT ON COLUMN ttg.calendar.loaded_at IS 'When the calendar was last loaded.';
COMMENT ON COLUMN ttg.calendar.loaded_by IS 'Role that last loaded it.';

-- No FOREIGN KEY to ttg.calendar: pg_restore -j loads the data of config tables in
-- parallel and in no set order, and a closure restored before its calendar failed the
-- key and was lost. The triggers below keep the link instead, whatever the order.
CREATE TABLE ttg.calendar_closure (
  calendar  text NOT NULL CHECK (calendar <> ''),
  closed_on date NOT NULL CHECK (closed_on BETWEEN '1978-01-01' AND '2099-12-31'),
  title     text NOT NULL CHECK (title <> ''),
  PRIMARY KEY (calendar, closed_on)
);
COMMENT ON TABLE ttg.calendar_closure IS
  'Days a local office is closed although they are not bank holidays; weekend days are accepted and change nothing. A DBA''s data, kept like ttg.calendar; a closure for a calendar not in ttg.calendar creates it, deleting a calendar deletes its closures.';
COMMENT ON COLUMN ttg.calendar_closure.calendar IS 'The local calendar (ttg.calendar.name).';
COMMENT ON COLUMN ttg.calendar_closure.closed_on IS 'The closed day.';
COMMENT ON COLUMN ttg.calendar_closure.title IS 'Why the office is closed.';

-- pg_dump keeps loaded calendars.
SELECT pg_catalog.pg_extension_config_dump('ttg.calendar', '');
SELECT pg_catalog.pg_extension_config_dump('ttg.calendar_closure', '');

GRANT SELECT ON ttg.calendar, ttg.calendar_closure TO PUBLIC;

-- The link between a calendar and its closures, kept by triggers (a parent row and
-- its children, in either restore order, converge on what was dumped):
--  * a calendar inserted under a name that exists updates that row (a restore that
--    loads the calendar after its closures keeps the dumped loaded_at and loaded_by);
--  * closures inserted, changed or deleted touch their calendar's row, creating it
--    when missing: the row's version (xmin, ctid) then changes with every change of
--    its closures, and the per-backend cache is keyed by it;
--  * deleting, renaming or truncating calendars does the same to their closures.
CREATE FUNCTION ttg.calendar_merge() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
BEGIN
  UPDATE ttg.calendar AS c SET loaded_at = NEW.loaded_at, loaded_by = NEW.loaded_by
   WHERE c.name OPERATOR(pg_catalog.=) NEW.name;
  IF FOUND THEN
    RETURN NULL;
  END IF;
  RETURN NEW;
END $$;
COMMENT ON FUNCTION ttg.calendar_merge() IS
  'Row trigger before INSERT on ttg.calendar: a name that exists updates its loaded_at and loaded_by instead, so a restore converges whichever table it loads first.';
CREATE TRIGGER calendar_merge BEFORE INSERT ON ttg.calendar
  FOR EACH ROW EXECUTE FUNCTION ttg.calendar_merge();

CREATE FUNCTION ttg.calendar_cascade() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
BEGIN
  IF TG_OP OPERATOR(pg_catalog.=) 'TRUNCATE' THEN
    TRUNCATE ttg.calendar_closure;
  ELSIF TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN
    DELETE FROM ttg.calendar_closure AS cc
     WHERE cc.calendar OPERATOR(pg_catalog.=) ANY (SELECT o.name FROM old_calendars AS o);
  ELSIF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' AND NEW.name OPERATOR(pg_catalog.<>) OLD.name THEN
    UPDATE ttg.calendar_closure AS cc SET calendar = NEW.name
     WHERE cc.calendar OPERATOR(pg_catalog.=) OLD.name;
  END IF;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION ttg.calendar_cascade() IS
  'Triggers after DELETE, UPDATE OF name and TRUNCATE on ttg.calendar: the closures of a deleted calendar are deleted, of a renamed one renamed, of all of them truncated.';
CREATE TRIGGER calendar_cascade_delete AFTER DELETE ON ttg.calendar
  REFERENCING OLD TABLE AS old_calendars
  FOR EACH STATEMENT EXECUTE FUNCTION ttg.calendar_cascade();
CREATE TRIGGER calendar_cascade_rename AFTER UPDATE OF name ON ttg.calendar
  FOR EACH ROW EXECUTE FUNCTION ttg.calendar_cascade();
CREATE TRIGGER calendar_cascade_truncate AFTER TRUNCATE ON ttg.calendar
  FOR EACH STATEMENT EXECUTE FUNCTION ttg.calendar_cascade();

CREATE FUNCTION ttg.calendar_closure_touch() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
BEGIN
  -- A touch writes a new row version and changes nothing else.
  IF TG_OP OPERATOR(pg_catalog.=) 'TRUNCATE' THEN
    UPDATE ttg.calendar AS c SET loaded_at = c.loaded_at;
  ELSIF TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN
    UPDATE ttg.calendar AS c SET loaded_at = c.loaded_at
     WHERE c.name OPERATOR(pg_catalog.=) ANY (SELECT o.calendar FROM old_closures AS o);
  ELSE
    IF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' THEN
      UPDATE ttg.calendar AS c SET loaded_at = c.loaded_at
       WHERE c.name OPERATOR(pg_catalog.=) ANY (SELECT o.calendar FROM old_closures AS o)
         AND c.name OPERATOR(pg_catalog.<>) ALL (SELECT n.calendar FROM new_closures AS n);
    END IF;
    UPDATE ttg.calendar AS c SET loaded_at = c.loaded_at
     WHERE c.name OPERATOR(pg_catalog.=) ANY (SELECT n.calendar FROM new_closures AS n);
    INSERT INTO ttg.calendar (name)
      SELECT DISTINCT n.calendar FROM new_closures AS n
       WHERE NOT EXISTS (SELECT 1 FROM ttg.calendar AS c WHERE c.name OPERATOR(pg_catalog.=) n.calendar);
  END IF;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION ttg.calendar_closure_touch() IS
  'Statement triggers after INSERT, UPDATE, DELETE and TRUNCATE on ttg.calendar_closure: touch the calendars whose closures changed (a new row version, the key of the per-backend cache), creating a calendar a new closure names.';
CREATE TRIGGER calendar_closure_touch_insert AFTER INSERT ON ttg.calendar_closure
  REFERENCING NEW TABLE AS new_closures
  FOR EACH STATEMENT EXECUTE FUNCTION ttg.calendar_closure_touch();
CREATE TRIGGER calendar_closure_touch_update AFTER UPDATE ON ttg.calendar_closure
  REFERENCING OLD TABLE AS old_closures NEW TABLE AS new_closures
  FOR EACH STATEMENT EXECUTE FUNCTION ttg.calendar_closure_touch();
CREATE TRIGGER calendar_closure_touch_delete AFTER DELETE ON ttg.calendar_closure
  REFERENCING OLD TABLE AS old_closures
  FOR EACH STATEMENT EXECUTE FUNCTION ttg.calendar_closure_touch();
CREATE TRIGGER calendar_closure_touch_truncate AFTER TRUNCATE ON ttg.calendar_closure
  FOR EACH STATEMENT EXECUTE FUNCTION ttg.calendar_closure_touch();

CREATE FUNCTION ttg.load_calendar(name text, csv text) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_sql_load_calendar'
  LANGUAGE C VOLATILE STRICT SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION ttg.load_calendar(text, text) IS
  'Replace local calendar `name` from CSV text with header "date,title" and ISO dates; returns the rows loaded. A bad row raises 22P04 naming its line and column and nothing is kept. Only the extension owner, or a role granted EXECUTE, may call it.';
REVOKE ALL ON FUNCTION ttg.load_calendar(text, text) FROM PUBLIC;

CREATE FUNCTION ttg.is_business_day(d date, calendar text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_is_business_day_calendar'
  LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.is_business_day(date, text) IS
  'As is_business_day(d), and not a closure of the named local calendar (cached per backend, keyed by the calendar row''s version read under the statement''s snapshot). Unknown calendar: 22023.';

CREATE FUNCTION ttg.add_business_days(d date, n integer, calendar text) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_sql_add_business_days_calendar'
  LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.add_business_days(date, integer, text) IS
  'As add_business_days(d, n), skipping the closures of the named local calendar too. Unknown calendar: 22023.';

CREATE FUNCTION ttg.business_days_between(a date, b date, calendar text) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_sql_business_days_between_calendar'
  LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.business_days_between(date, date, text) IS
  'As business_days_between(a, b), not counting the closures of the named local calendar. Unknown calendar: 22023.';

GRANT USAGE ON SCHEMA ttg TO PUBLIC;

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
