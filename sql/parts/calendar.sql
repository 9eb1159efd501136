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
