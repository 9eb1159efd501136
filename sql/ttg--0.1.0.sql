-- ttg install script, assembled by make from sql/parts/*.sql (see Makefile).
\echo Use "CREATE EXTENSION ttg" to load this file. \quit

COMMENT ON SCHEMA ttg IS
  'ttg: rules of probation and resettlement in England and Wales (business days, contact compliance, release windows, travel limits, placement matching).';

-- ===========================================================================
-- Calendar: England and Wales bank holidays and business days (issue 2).
-- R-MCS-4, R-UPW-3, R-UPW-4 count in business days.
-- ===========================================================================

CREATE FUNCTION ttg.is_bank_holiday(d date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_is_bank_holiday'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.is_bank_holiday(date) IS
  'True when d is an England and Wales bank holiday (the observed day: a substitute weekday when the date falls at a weekend). Supported 1978-01-01 to 2099-12-31; outside, SQLSTATE 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.is_business_day(d date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_is_business_day'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.is_business_day(date) IS
  'True when d is Monday to Friday and not an England and Wales bank holiday. NULL in, NULL out.';

CREATE FUNCTION ttg.add_business_days(d date, n integer) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_add_business_days'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.add_business_days(date, integer) IS
  'n > 0: the n-th business day after d (d itself never counts); n < 0: the |n|-th business day before d; n = 0: d when it is a business day, else the next one. O(1): two lookups in a precomputed index. NULL in, NULL out.';

CREATE FUNCTION ttg.business_days_between(a date, b date) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_business_days_between'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.business_days_between(date, date) IS
  'Business days x with a < x <= b; when b < a, minus business_days_between(b, a). add_business_days(a, business_days_between(a, b)) = b for every business day b > a. NULL in, NULL out.';

CREATE FUNCTION ttg.bank_holidays(from_date date, to_date date,
                                  OUT holiday date, OUT title text)
  RETURNS SETOF record
  AS 'MODULE_PATHNAME', 'ttg_bank_holidays'
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
  'Local calendars loaded with ttg.load_calendar: one row per calendar.';
COMMENT ON COLUMN ttg.calendar.name IS 'Calendar name, passed as the last argument of the business-day functions.';
COMMENT ON COLUMN ttg.calendar.loaded_at IS 'When the calendar was last loaded.';
COMMENT ON COLUMN ttg.calendar.loaded_by IS 'Role that last loaded it.';

CREATE TABLE ttg.calendar_closure (
  calendar  text NOT NULL REFERENCES ttg.calendar (name) ON DELETE CASCADE,
  closed_on date NOT NULL CHECK (closed_on BETWEEN '1978-01-01' AND '2099-12-31'),
  title     text NOT NULL CHECK (title <> ''),
  PRIMARY KEY (calendar, closed_on)
);
COMMENT ON TABLE ttg.calendar_closure IS
  'Days a local office is closed although they are not bank holidays; weekend days are accepted and change nothing.';
COMMENT ON COLUMN ttg.calendar_closure.calendar IS 'The local calendar (ttg.calendar.name).';
COMMENT ON COLUMN ttg.calendar_closure.closed_on IS 'The closed day.';
COMMENT ON COLUMN ttg.calendar_closure.title IS 'Why the office is closed.';

-- pg_dump keeps loaded calendars.
SELECT pg_catalog.pg_extension_config_dump('ttg.calendar', '');
SELECT pg_catalog.pg_extension_config_dump('ttg.calendar_closure', '');

GRANT SELECT ON ttg.calendar, ttg.calendar_closure TO PUBLIC;

CREATE FUNCTION ttg.calendar_invalidate() RETURNS trigger
  AS 'MODULE_PATHNAME', 'ttg_calendar_invalidate'
  LANGUAGE C;
COMMENT ON FUNCTION ttg.calendar_invalidate() IS
  'Statement trigger on the calendar tables: makes every backend drop its cached local calendars.';

CREATE TRIGGER calendar_invalidate
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ttg.calendar
  FOR EACH STATEMENT EXECUTE FUNCTION ttg.calendar_invalidate();
CREATE TRIGGER calendar_invalidate
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ttg.calendar_closure
  FOR EACH STATEMENT EXECUTE FUNCTION ttg.calendar_invalidate();

CREATE FUNCTION ttg.load_calendar(name text, csv text) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_load_calendar'
  LANGUAGE C VOLATILE STRICT SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION ttg.load_calendar(text, text) IS
  'Replace local calendar `name` from CSV text with header "date,title" and ISO dates; returns the rows loaded. A bad row raises 22P04 naming its line and column and nothing is kept. Only the extension owner, or a role granted EXECUTE, may call it.';
REVOKE ALL ON FUNCTION ttg.load_calendar(text, text) FROM PUBLIC;

CREATE FUNCTION ttg.is_business_day(d date, calendar text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_is_business_day_cal'
  LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.is_business_day(date, text) IS
  'As is_business_day(d), and not a closure of the named local calendar (cached per backend). Unknown calendar: 22023.';

CREATE FUNCTION ttg.add_business_days(d date, n integer, calendar text) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_add_business_days_cal'
  LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.add_business_days(date, integer, text) IS
  'As add_business_days(d, n), skipping the closures of the named local calendar too. Unknown calendar: 22023.';

CREATE FUNCTION ttg.business_days_between(a date, b date, calendar text) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_business_days_between_cal'
  LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.business_days_between(date, date, text) IS
  'As business_days_between(a, b), not counting the closures of the named local calendar. Unknown calendar: 22023.';

GRANT USAGE ON SCHEMA ttg TO PUBLIC;

-- ===========================================================================
-- Contact compliance: the Minimum Contact Specification (issue 3).
-- R-MCS-1 to R-MCS-7, source [002] (Wales CRC, October 2018).
-- ===========================================================================

-- ---------------------------------------------------------------------------
-- Contacts (R-MCS-2, R-MCS-3).
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.mcs_contact_failure(contact_type text, appointment_at timestamp,
                                        notified_at timestamp, outcome text,
                                        available_minutes integer, other_activity boolean)
  RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_contact_failure'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_contact_failure(text, timestamp, timestamp, text, integer, boolean) IS
  'R-MCS-2, R-MCS-3: NULL for a valid case-manager contact, else the first failing reason in this order: not_case_manager_contact (type not COAP, COAI or CHVS), no_written_notice (notified_at NULL or not before appointment_at), cancelled_by_case_manager, rearranged_by_case_manager (from outcome), available_under_30_minutes (below 30 or NULL), shared_with_other_activity (true or NULL). contact_type or appointment_at NULL: 22004. outcome NULL means not yet recorded (valid); an unknown outcome word: 22023.';

CREATE FUNCTION ttg.mcs_contact_valid(contact_type text, appointment_at timestamp,
                                      notified_at timestamp, outcome text,
                                      available_minutes integer, other_activity boolean)
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_contact_valid'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_contact_valid(text, timestamp, timestamp, text, integer, boolean) IS
  'R-MCS-2, R-MCS-3: mcs_contact_failure(...) IS NULL, with the same NULL readings and errors. Never NULL.';

-- nDelius outcome codes mapped to the canonical outcome words.
CREATE TABLE ttg.mcs_outcome_code (
  code        text PRIMARY KEY CHECK (code <> ''),
  outcome     text CHECK (outcome IN ('attended', 'failed_to_attend', 'acceptable_absence',
                                      'cancelled_by_case_manager', 'rearranged_by_case_manager',
                                      'rearranged_by_service_user')),
  description text NOT NULL,
  shipped     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE ttg.mcs_outcome_code IS
  'nDelius contact outcome codes and the canonical outcome word each means for the Minimum Contact Specification. Seeded with the documented national codes (shipped = true); a DBA adds local codes, which pg_dump keeps.';
COMMENT ON COLUMN ttg.mcs_outcome_code.code IS 'nDelius outcome code, exactly as recorded (e.g. ATTC).';
COMMENT ON COLUMN ttg.mcs_outcome_code.outcome IS 'Canonical outcome word; NULL when the code records no outcome for this purpose.';
COMMENT ON COLUMN ttg.mcs_outcome_code.description IS 'nDelius description of the code.';
COMMENT ON COLUMN ttg.mcs_outcome_code.shipped IS 'True for rows the extension ships; pg_dump keeps only the rows a DBA added.';

INSERT INTO ttg.mcs_outcome_code (code, outcome, description, shipped) VALUES
  ('ATTC', 'attended',                   'Attended - Complied', true),
  ('AFTC', 'attended',                   'Attended - Failed to Comply', true),
  ('AFDA', 'attended',                   'Attended - FTC Deemed Acceptable', true),
  ('ATSH', 'attended',                   'Attended - Sent Home (behaviour)', true),
  ('ATSS', 'attended',                   'Attended - Sent Home (service issues)', true),
  ('AFTA', 'failed_to_attend',           'Failed to Attend', true),
  ('UAAB', 'failed_to_attend',           'Unacceptable Absence', true),
  ('AAAA', 'acceptable_absence',         'Acceptable Absence - Other', true),
  ('AACL', 'acceptable_absence',         'Acceptable Absence - Court/Legal', true),
  ('AAEM', 'acceptable_absence',         'Acceptable Absence - Employment', true),
  ('AAFC', 'acceptable_absence',         'Acceptable Absence - Family/Childcare', true),
  ('AAHO', 'acceptable_absence',         'Acceptable Absence - Holiday', true),
  ('AAME', 'acceptable_absence',         'Acceptable Absence - Medical', true),
  ('AARC', 'acceptable_absence',         'Acceptable Absence - RIC', true),
  ('AARE', 'acceptable_absence',         'Acceptable Absence - Religious', true),
  ('AASD', 'acceptable_absence',         'Acceptable Absence - Stood Down', true),
  ('CO05', 'acceptable_absence',         'Acceptable Absence - Professional Judgement Decision', true),
  ('RSOF', 'rearranged_by_service_user', 'Rescheduled - Offender (service user) Request', true),
  ('RSSR', 'rearranged_by_case_manager', 'Rescheduled - Service Request', true);

-- pg_dump keeps the rows a DBA added (the shipped ones come back with CREATE EXTENSION).
SELECT pg_catalog.pg_extension_config_dump('ttg.mcs_outcome_code', 'WHERE NOT shipped');
GRANT SELECT ON ttg.mcs_outcome_code TO PUBLIC;

-- Shipped rows are read-only: an edit would not survive pg_dump, and a local row reusing a
-- shipped code would collide with it on restore.
CREATE FUNCTION ttg.mcs_outcome_code_guard() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, pg_temp
  AS $$
BEGIN
  IF (TG_OP IN ('UPDATE', 'DELETE') AND OLD.shipped) OR (TG_OP IN ('INSERT', 'UPDATE') AND NEW.shipped) THEN
    RAISE EXCEPTION USING ERRCODE = '55000',
      MESSAGE = CASE WHEN TG_OP = 'INSERT' THEN format('outcome code "%s" cannot be added as shipped', NEW.code)
                     ELSE format('outcome code "%s" is shipped with ttg and cannot be changed', OLD.code) END,
      HINT = 'Add local codes with shipped = false (the default); map a local code to the outcome you need.';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
COMMENT ON FUNCTION ttg.mcs_outcome_code_guard() IS
  'Row trigger on ttg.mcs_outcome_code: shipped rows cannot be inserted, changed or deleted by hand (SQLSTATE 55000), so dump and restore stay consistent.';
CREATE TRIGGER mcs_outcome_code_guard
  BEFORE INSERT OR UPDATE OR DELETE ON ttg.mcs_outcome_code
  FOR EACH ROW EXECUTE FUNCTION ttg.mcs_outcome_code_guard();

CREATE FUNCTION ttg.mcs_outcome(code text) RETURNS text
  LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
  AS $$
DECLARE
  result text;
BEGIN
  SELECT o.outcome INTO result FROM ttg.mcs_outcome_code AS o WHERE o.code OPERATOR(pg_catalog.=) $1;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = '22023',
      MESSAGE = format('invalid nDelius outcome code: "%s"', $1),
      HINT = 'Accepted codes are those in ttg.mcs_outcome_code (' ||
             (SELECT string_agg(o.code, ', ' ORDER BY o.code) FROM ttg.mcs_outcome_code AS o) ||
             '); a DBA may add local ones.';
  END IF;
  RETURN result;
END $$;
COMMENT ON FUNCTION ttg.mcs_outcome(text) IS
  'The canonical outcome word for an nDelius outcome code, from ttg.mcs_outcome_code (STABLE: reads the table). An unknown code: 22023 listing the known ones. NULL in, NULL out (no outcome recorded). For millions of rows, join the table instead.';

-- ---------------------------------------------------------------------------
-- Non-attendance (R-MCS-4).
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.mcs_reoffer_ok(missed_on date, next_offered_on date,
                                   next_appointment_on date, rule text DEFAULT 'offer')
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_reoffer_ok'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_reoffer_ok(date, date, date, text) IS
  'R-MCS-4: after a missed appointment, was a further appointment offered within 5 business days (England and Wales)? rule ''offer'' (default): missed_on <= next_offered_on <= missed_on + 5 business days; rule ''appointment'': missed_on <= next_appointment_on <= missed_on + 5 business days. The date the rule reads NULL: false (no further offer). missed_on NULL: NULL. rule NULL: 22004; unknown rule: 22023; missed_on outside 1978-2099: 22008.';

CREATE FUNCTION ttg.mcs_reoffer_ok(missed_on date, next_offered_on date,
                                   next_appointment_on date, rule text, calendar text)
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_reoffer_ok'
  LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_reoffer_ok(date, date, date, text, text) IS
  'R-MCS-4 as mcs_reoffer_ok(missed_on, next_offered_on, next_appointment_on, rule), counting business days that are also open in the named local calendar (ttg.load_calendar). calendar NULL: the national calendar. Unknown calendar: 22023. STABLE: reads the cached calendar.';

-- ---------------------------------------------------------------------------
-- Scope and months (R-MCS-5, R-MCS-1).
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.mcs_in_scope(requirements text[],
                                 exempt text[] DEFAULT '{unpaid_work,curfew,exclusion,prohibited_activity,residence}')
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_in_scope'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_in_scope(text[], text[]) IS
  'R-MCS-5: false when the order has requirements and every one is in exempt (default: unpaid_work, curfew, exclusion, prohibited_activity, residence); true otherwise, including an empty array (a licence). Words: unpaid_work, rar, accredited_programme, prohibited_activity, curfew, exclusion, residence, foreign_travel_prohibition, mental_health_treatment, drug_rehabilitation, alcohol_treatment, alcohol_abstinence, attendance_centre, electronic_monitoring; others 22023, a NULL element 22004. NULL array in, NULL out.';

CREATE FUNCTION ttg.mcs_months(isp_completed_on date, scope_end date, partial text DEFAULT 'full')
  RETURNS SETOF date
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_months'
  LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION ttg.mcs_months(date, date, text) IS
  'R-MCS-1: the first day of each month a case must be seen in, from ISP completion to scope_end inclusive. partial ''full'' (default): only months wholly inside (the ISP month counts when the ISP is on the 1st, the end month when scope_end is its last day); ''any'': every month touched. isp_completed_on NULL: no rows (the rule has not started). scope_end NULL: 22004 (pass the end of the reporting period for an open case). scope_end before the ISP: no rows. Dates outside 1978-2099: 22008.';

-- ---------------------------------------------------------------------------
-- The case-month tally: a parallel aggregate over a case's contacts in a month.
-- ---------------------------------------------------------------------------

CREATE TYPE ttg.mcs_tally;

CREATE FUNCTION ttg.mcs_tally_in(cstring) RETURNS ttg.mcs_tally
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_tally_in'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_in(cstring) IS 'Text input of ttg.mcs_tally: {field=n,...}.';

CREATE FUNCTION ttg.mcs_tally_out(ttg.mcs_tally) RETURNS cstring
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_tally_out'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_out(ttg.mcs_tally) IS 'Text output of ttg.mcs_tally: nonzero fields in a fixed order.';

CREATE FUNCTION ttg.mcs_tally_recv(internal) RETURNS ttg.mcs_tally
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_tally_recv'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_recv(internal) IS 'Binary input of ttg.mcs_tally (the 64-bit word).';

CREATE FUNCTION ttg.mcs_tally_send(ttg.mcs_tally) RETURNS bytea
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_tally_send'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_send(ttg.mcs_tally) IS 'Binary output of ttg.mcs_tally (the 64-bit word).';

CREATE TYPE ttg.mcs_tally (
  INPUT = ttg.mcs_tally_in, OUTPUT = ttg.mcs_tally_out,
  RECEIVE = ttg.mcs_tally_recv, SEND = ttg.mcs_tally_send,
  INTERNALLENGTH = 8, PASSEDBYVALUE, ALIGNMENT = double, STORAGE = plain
);
COMMENT ON TYPE ttg.mcs_tally IS
  'How a case''s contacts in one month land for the Minimum Contact Specification: counted (valid and attended, or missed and re-offered in time), missed_without_reoffer, unattended (valid, outcome not recorded or rearranged by the service user), and invalid contacts by failure. Nine counters of 0..127 (saturating) packed in 8 bytes, passed by value; text form {counted=2,not_case_manager_contact=3} round-trips.';

CREATE FUNCTION ttg.mcs_tally_step(state ttg.mcs_tally, contact_type text, appointment_at timestamp,
                                   notified_at timestamp, outcome text, available_minutes integer,
                                   other_activity boolean, next_offered_on date, next_appointment_on date)
  RETURNS ttg.mcs_tally
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_tally_step'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_step(ttg.mcs_tally, text, timestamp, timestamp, text, integer, boolean, date, date) IS
  'Transition of ttg.mcs_tally (re-offer rule ''offer''): adds one contact to the tally.';

CREATE FUNCTION ttg.mcs_tally_step(state ttg.mcs_tally, contact_type text, appointment_at timestamp,
                                   notified_at timestamp, outcome text, available_minutes integer,
                                   other_activity boolean, next_offered_on date, next_appointment_on date,
                                   rule text)
  RETURNS ttg.mcs_tally
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_tally_step'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_step(ttg.mcs_tally, text, timestamp, timestamp, text, integer, boolean, date, date, text) IS
  'Transition of ttg.mcs_tally with a re-offer rule (''offer'' or ''appointment''): adds one contact to the tally.';

CREATE FUNCTION ttg.mcs_tally_step(state ttg.mcs_tally, contact_type text, appointment_at timestamp,
                                   notified_at timestamp, outcome text, available_minutes integer,
                                   other_activity boolean, next_offered_on date, next_appointment_on date,
                                   rule text, calendar text)
  RETURNS ttg.mcs_tally
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_tally_step'
  LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_step(ttg.mcs_tally, text, timestamp, timestamp, text, integer, boolean, date, date, text, text) IS
  'Transition of ttg.mcs_tally with a re-offer rule and a local calendar (NULL: national): adds one contact to the tally.';

CREATE FUNCTION ttg.mcs_tally_combine(ttg.mcs_tally, ttg.mcs_tally) RETURNS ttg.mcs_tally
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_tally_combine'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_combine(ttg.mcs_tally, ttg.mcs_tally) IS
  'Combine of ttg.mcs_tally: field-by-field sum, saturating at 127. NULL counts as empty.';

CREATE AGGREGATE ttg.mcs_tally(contact_type text, appointment_at timestamp, notified_at timestamp,
                               outcome text, available_minutes integer, other_activity boolean,
                               next_offered_on date, next_appointment_on date) (
  SFUNC = ttg.mcs_tally_step, STYPE = ttg.mcs_tally, INITCOND = '{}',
  COMBINEFUNC = ttg.mcs_tally_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE ttg.mcs_tally(text, timestamp, timestamp, text, integer, boolean, date, date) IS
  'R-MCS-1 to R-MCS-4 over the contacts of one case-month (GROUP BY case, month): classifies each contact and returns the ttg.mcs_tally; judge it with ttg.mcs_met, ttg.mcs_brag_met, ttg.mcs_reason or ttg.mcs_month. Re-offer rule ''offer''. next_offered_on / next_appointment_on are the further offer''s date and appointment date after a miss. Parallel (combine function). NULL readings as ttg.mcs_contact_failure.';

CREATE AGGREGATE ttg.mcs_tally(contact_type text, appointment_at timestamp, notified_at timestamp,
                               outcome text, available_minutes integer, other_activity boolean,
                               next_offered_on date, next_appointment_on date, rule text) (
  SFUNC = ttg.mcs_tally_step, STYPE = ttg.mcs_tally, INITCOND = '{}',
  COMBINEFUNC = ttg.mcs_tally_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE ttg.mcs_tally(text, timestamp, timestamp, text, integer, boolean, date, date, text) IS
  'As ttg.mcs_tally with the re-offer rule given: ''offer'' or ''appointment'' (R-MCS-4).';

CREATE AGGREGATE ttg.mcs_tally(contact_type text, appointment_at timestamp, notified_at timestamp,
                               outcome text, available_minutes integer, other_activity boolean,
                               next_offered_on date, next_appointment_on date, rule text, calendar text) (
  SFUNC = ttg.mcs_tally_step, STYPE = ttg.mcs_tally, INITCOND = '{}',
  COMBINEFUNC = ttg.mcs_tally_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE ttg.mcs_tally(text, timestamp, timestamp, text, integer, boolean, date, date, text, text) IS
  'As ttg.mcs_tally with the re-offer rule and a local calendar whose closures also stop the 5-business-day count (NULL: national). Unknown calendar: 22023.';

CREATE FUNCTION ttg.mcs_met(tally ttg.mcs_tally) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_met'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_met(ttg.mcs_tally) IS
  'R-MCS-1: the case-month holds at least one valid contact that was attended, or missed and re-offered in time. NULL tally (no contacts, e.g. from a LEFT JOIN): false.';

CREATE FUNCTION ttg.mcs_brag_met(tally ttg.mcs_tally, brag_frequency integer DEFAULT 1) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_brag_met'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_brag_met(ttg.mcs_tally, integer) IS
  'R-MCS-6: at least brag_frequency counted contacts in the case-month (local policy; default and NULL: 1, the monthly minimum). Frequency outside 1..127: 22023. NULL tally: no contacts.';

CREATE FUNCTION ttg.mcs_reason(tally ttg.mcs_tally) RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_reason'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_reason(ttg.mcs_tally) IS
  'Why a case-month is not met: no_contact, no_valid_contact, missed_without_reoffer, no_attended_contact (valid contacts, none attended or missed); NULL when met. NULL tally: no_contact.';

CREATE FUNCTION ttg.mcs_month(tally ttg.mcs_tally, brag_frequency integer DEFAULT 1,
                              OUT mcs_met boolean, OUT brag_met boolean, OUT contacts integer,
                              OUT valid_contacts integer, OUT counted_contacts integer,
                              OUT reason text, OUT failure text)
  RETURNS record
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_month'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_month(ttg.mcs_tally, integer) IS
  'R-MCS-1, R-MCS-6: the case-month judged: mcs_met, brag_met, contacts, valid_contacts, counted_contacts, reason (NULL when met) and failure (the commonest failure among invalid contacts, ties to the earlier check; NULL when none). NULL tally: no contacts; NULL frequency: 1. Call it in FROM or LATERAL so it runs once per row.';

-- ---------------------------------------------------------------------------
-- Rates and bands (R-MCS-7).
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.mcs_rate_step(state bigint[], met boolean) RETURNS bigint[]
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_rate_step'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_rate_step(bigint[], boolean) IS
  'Transition of ttg.mcs_rate: state {met, total}; a NULL met is skipped.';

CREATE FUNCTION ttg.mcs_rate_combine(bigint[], bigint[]) RETURNS bigint[]
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_rate_combine'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_rate_combine(bigint[], bigint[]) IS
  'Combine of ttg.mcs_rate: adds two {met, total} states.';

CREATE FUNCTION ttg.mcs_rate_final(bigint[]) RETURNS numeric
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_rate_final'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_rate_final(bigint[]) IS
  'Final of ttg.mcs_rate: 100 * met / total, NULL when total is 0.';

CREATE AGGREGATE ttg.mcs_rate(met boolean) (
  SFUNC = ttg.mcs_rate_step, STYPE = bigint[], INITCOND = '{0,0}',
  FINALFUNC = ttg.mcs_rate_final, COMBINEFUNC = ttg.mcs_rate_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE ttg.mcs_rate(boolean) IS
  'R-MCS-7: percentage (0 to 100, full numeric precision) of true among non-NULL values; NULL when there are none. State bigint[] {met, total}, whose text form round-trips, with a combine function: parallel, and splittable by Citus.';

CREATE FUNCTION ttg.mcs_band(rate numeric, month date, target numeric DEFAULT 95,
                             trigger numeric DEFAULT 85)
  RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_band'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_band(numeric, date, numeric, numeric) IS
  'R-MCS-7: not_applicable for months before October 2018, ramp_up for October to December 2018, then met (rate >= target), below_target (trigger <= rate < target), improvement (rate < trigger). Exact numeric comparison. target below trigger or a NaN: 22023. NULL in, NULL out.';

-- ---------------------------------------------------------------------------
-- The evaluator: SQL text in (pgRouting style), one row per case per month.
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.mcs_evaluate(cases_sql text, contacts_sql text,
                                 period_start date, period_end date,
                                 partial text DEFAULT 'full', reoffer_rule text DEFAULT 'offer',
                                 brag_frequency jsonb DEFAULT '{}',
                                 exempt text[] DEFAULT '{unpaid_work,curfew,exclusion,prohibited_activity,residence}',
                                 calendar text DEFAULT NULL)
  RETURNS TABLE (case_id bigint, month date, mcs_met boolean, brag_met boolean,
                 contacts integer, valid_contacts integer, counted_contacts integer,
                 reason text, failure text, brag_frequency integer, brag_status text)
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_evaluate'
  LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION ttg.mcs_evaluate(text, text, date, date, text, text, jsonb, text[], text) IS
  'R-MCS-1 to R-MCS-6: one row per in-scope case per month of period_start..period_end it must be seen in. cases_sql columns: case_id (integer types), isp_completed_on date; optional scope_end date (NULL: open), requirements text[] (absent or NULL: in scope), brag_status text. contacts_sql columns: case_id, contact_type text, appointment_at timestamp, notified_at timestamp, outcome text, available_minutes integer, other_activity boolean; optional next_offered_on date, next_appointment_on date (both absent: taken from the case''s next case-manager contact). Missing column 42703, wrong type 42804. brag_frequency: jsonb {"status": n}; unlisted statuses 1. calendar: a local calendar for the re-offer count (NULL: national). Any other NULL argument: 22004.';

-- ===========================================================================
-- Release windows (issue 4): release dates, Through the Gate (R-TTG-1..4),
-- offender management in custody (R-OM-1..4) and the OMiC handover models.
-- All rule functions are IMMUTABLE: the rules are compiled into the library.
-- ===========================================================================

CREATE FUNCTION ttg.release_date(confirmed date, actual_parole date, hdc_actual date,
                                 crd date, ard date) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_release_date'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.release_date(date, date, date, date, date) IS
  'The release date to plan from: the first non-NULL of confirmed release, actual parole, HDC actual, CRD, ARD (in that order of precedence). NULL only when all five are NULL. Dates outside 1978..2099: 22008.';

CREATE FUNCTION ttg.earliest_release_date(ped date, crd date, ard date) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_earliest_release_date'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.earliest_release_date(date, date, date) IS
  'The parole eligibility date when there is one, else the earlier of CRD and ARD (a NULL one ignored). NULL only when all three are NULL.';

CREATE FUNCTION ttg.ttg_window(release date) RETURNS daterange
  AS 'MODULE_PATHNAME', 'ttg_ttg_window'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.ttg_window(date) IS
  'R-TTG-1, R-TTG-4: the 12-week Through the Gate window, [release - 84 days, release] inclusive of the release day (shown canonically as [release - 84, release + 1)). NULL in, NULL out.';

CREATE FUNCTION ttg.in_ttg_window(release date, as_of date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_in_ttg_window'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.in_ttg_window(date, date) IS
  'R-TTG-1: true when release - 84 days <= as_of <= release. NULL in, NULL out.';

CREATE FUNCTION ttg.ttg_referral_due(release date) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_ttg_referral_due'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.ttg_referral_due(date) IS
  'R-TTG-2: the day the NPS Responsible Officer notifies the CRC of a release from a non-resettlement prison, release - 15 weeks (105 days). NULL in, NULL out.';

CREATE FUNCTION ttg.ttg_stage(release date, as_of date, resettlement_prison boolean) RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_ttg_stage'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.ttg_stage(date, date, boolean) IS
  'R-TTG-1, R-TTG-2: before_referral; referral_due (non-resettlement prisons only, release - 105 to release - 85 days); in_window (release - 84 days to the release day); released (after it). NULL release or as_of: NULL. NULL resettlement_prison: NULL only from 105 to 85 days before release, where the answer depends on it.';

-- ---------------------------------------------------------------------------
-- Resettlement prisons (R-TTG-3), shipped as CSV and extendable by a DBA.
-- ---------------------------------------------------------------------------

CREATE TABLE ttg.resettlement_prison (
  prison_code text PRIMARY KEY CHECK (prison_code ~ '^[A-Z0-9]{1,8}$'),
  prison      text NOT NULL CHECK (prison <> ''),
  cpa         text NOT NULL CHECK (cpa <> ''),
  crc         text NOT NULL CHECK (crc <> ''),
  role        text NOT NULL CHECK (role IN ('lead_host', 'host')),
  live_from   date CHECK (live_from BETWEEN '1978-01-01' AND '2099-12-31'),
  shipped     boolean NOT NULL DEFAULT false,
  loaded_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
  loaded_by   name NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE ttg.resettlement_prison IS
  'R-TTG-3: resettlement prisons, each releasing into its Contract Package Area. Ships with the prisons named in source [000]; add more with ttg.load_resettlement_prisons(csv).';
COMMENT ON COLUMN ttg.resettlement_prison.prison_code IS 'NOMIS agency id of the prison (e.g. LCI for HMP Leicester).';
COMMENT ON COLUMN ttg.resettlement_prison.prison IS 'Name of the prison.';
COMMENT ON COLUMN ttg.resettlement_prison.cpa IS 'Contract Package Area the prison resettles into (SWM, DLNR, ...): compare with a person''s home CPA for R-TTG-3.';
COMMENT ON COLUMN ttg.resettlement_prison.crc IS 'The CRC delivering Through the Gate there (RRP: the Reducing Reoffending Partnership, SWM and DLNR together).';
COMMENT ON COLUMN ttg.resettlement_prison.role IS 'lead_host or host, as source [000] names the CRC''s part.';
COMMENT ON COLUMN ttg.resettlement_prison.live_from IS 'When the enhanced TTG specification went live there, when known.';
COMMENT ON COLUMN ttg.resettlement_prison.shipped IS 'True for rows from the CSV shipped with ttg (left out of pg_dump, reloaded by CREATE EXTENSION); false for rows a DBA added (dumped).';
COMMENT ON COLUMN ttg.resettlement_prison.loaded_at IS 'When the row was last loaded.';
COMMENT ON COLUMN ttg.resettlement_prison.loaded_by IS 'Role that last loaded it (the caller, although the loaders run as the extension owner).';

-- pg_dump keeps the rows a DBA added; the shipped rows come back with CREATE EXTENSION.
SELECT pg_catalog.pg_extension_config_dump('ttg.resettlement_prison', 'WHERE NOT shipped');
GRANT SELECT ON ttg.resettlement_prison TO PUBLIC;

CREATE FUNCTION ttg.load_resettlement_prisons(csv text) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_load_resettlement_prisons'
  LANGUAGE C VOLATILE STRICT SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION ttg.load_resettlement_prisons(text) IS
  'Add (or reload) resettlement prisons from CSV text with header "prison_code,prison,cpa,crc,role,live_from"; returns the rows loaded. A bad row, a repeated code or a shipped prison raises 22P04 naming its line and column, and nothing is kept. Only the extension owner, or a role granted EXECUTE, may call it.';
REVOKE ALL ON FUNCTION ttg.load_resettlement_prisons(text) FROM PUBLIC;

CREATE FUNCTION ttg.load_shipped_resettlement_prisons() RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_load_shipped_resettlement_prisons'
  LANGUAGE C VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION ttg.load_shipped_resettlement_prisons() IS
  'Reload the resettlement prisons shipped with the package (SHAREDIR/extension/ttg_resettlement_prisons.csv); CREATE EXTENSION calls it. Returns the rows loaded.';
REVOKE ALL ON FUNCTION ttg.load_shipped_resettlement_prisons() FROM PUBLIC;

SELECT ttg.load_shipped_resettlement_prisons();

CREATE FUNCTION ttg.is_resettlement_prison(prison_code text) RETURNS boolean
  LANGUAGE sql STABLE STRICT PARALLEL SAFE
  RETURN EXISTS (SELECT 1 FROM ttg.resettlement_prison rp
                  WHERE rp.prison_code OPERATOR(pg_catalog.=) pg_catalog.upper(is_resettlement_prison.prison_code));
COMMENT ON FUNCTION ttg.is_resettlement_prison(text) IS
  'True when the prison (NOMIS code, any case) is in ttg.resettlement_prison: the third argument of ttg_stage. NULL in, NULL out.';

-- ---------------------------------------------------------------------------
-- Offender management in custody, the 2013 model (source [003]).
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.om_in_scope(sentence_months numeric, rosh text, ipp boolean,
                                ppo boolean, sentenced_on date) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_om_in_scope'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.om_in_scope(numeric, text, boolean, boolean, date) IS
  'R-OM-1: sentences of 12 months or more; sentenced before 1 October 2012 (MTCS) only when ROSH is high or very_high, or IPP, or PPO. ROSH words: low, medium, high, very_high (any case), else 22023. Kleene logic: NULL only when the answer depends on a NULL argument (under 12 months is false whatever else is NULL).';

CREATE FUNCTION ttg.om_handover_date(release date, parole_process_start date DEFAULT NULL)
  RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_om_handover_date'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.om_handover_date(date, date) IS
  'R-OM-2: responsibility moves to the community at the earlier of release - 6 months (clamped like date - interval ''6 months'': 31 August gives 28 or 29 February) and the start of any parole process. NULL release: NULL; NULL parole_process_start: no parole process.';

CREATE FUNCTION ttg.om_responsibility(as_of date, release date, parole_process_start date,
                                      parole_refused_on date DEFAULT NULL,
                                      next_review_start date DEFAULT NULL) RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_om_responsibility'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.om_responsibility(date, date, date, date, date) IS
  'R-OM-2, R-OM-3: prison or community on as_of. From om_handover_date the community holds the case; after a parole refusal (on or before as_of) it returns to the prison until next_review_start, or until release - 6 months when release is later than the refusal. NULL as_of or release: NULL. next_review_start before the refusal: 22023.';

CREATE FUNCTION ttg.pom_grade(tier text) RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_pom_grade'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.pom_grade(text) IS
  'R-OM-4: probation_officer for tiers A and B (high risk), prison_officer for C and D, while the prison holds the case. Tiers: A to D, optionally with one digit 0-3 (A1), any case; else 22023. NULL in, NULL out.';

-- ---------------------------------------------------------------------------
-- OMiC handover (2019 and April 2023 models, as the MoJ Manage POM Cases
-- service computes them; see docs/release.md for where each rule was read).
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.omic_handover(sentence_start date, crd date, ard date DEFAULT NULL,
                                  ped date DEFAULT NULL, tariff date DEFAULT NULL,
                                  hdc_actual date DEFAULT NULL, hdc_eligibility date DEFAULT NULL,
                                  indeterminate boolean DEFAULT false,
                                  early_allocation boolean DEFAULT false,
                                  provider text DEFAULT 'nps', mappa_level integer DEFAULT NULL,
                                  wales boolean DEFAULT false, era text DEFAULT 'auto',
                                  parole_process_start date DEFAULT NULL,
                                  OUT handover_date date, OUT applied_era text, OUT rule text)
  AS 'MODULE_PATHNAME', 'ttg_omic_handover'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.omic_handover(date, date, date, date, date, date, date, boolean, boolean, text, integer, boolean, text, date) IS
  'The day offender-management responsibility moves to the community under the OMiC model in force (era auto: the rule in force on the day it would move; or omcp_2013, omic_2019, omic_2023), with the era applied and the rule that gave the date. Rows whose rule is determinate_short have no handover: the date is the sentence start. NULL indeterminate, early_allocation, provider or wales: NULL record; missing dates: rule missing_dates and a NULL date. Bad era, provider or MAPPA level: 22023; a release date before sentence_start: 22023.';

CREATE FUNCTION ttg.omic_handover_date(sentence_start date, crd date, ard date DEFAULT NULL,
                                       ped date DEFAULT NULL, tariff date DEFAULT NULL,
                                       hdc_actual date DEFAULT NULL, hdc_eligibility date DEFAULT NULL,
                                       indeterminate boolean DEFAULT false,
                                       early_allocation boolean DEFAULT false,
                                       provider text DEFAULT 'nps', mappa_level integer DEFAULT NULL,
                                       wales boolean DEFAULT false, era text DEFAULT 'auto',
                                       parole_process_start date DEFAULT NULL) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_omic_handover_date'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.omic_handover_date(date, date, date, date, date, date, date, boolean, boolean, text, integer, boolean, text, date) IS
  'The handover_date of ttg.omic_handover with the same arguments: the day responsibility moves to the community (the sentence start when there is no handover). NULL when the dates do not allow one.';

-- ===========================================================================
-- Travel: the 90/60-minute rules and travel-time estimates (issue 5).
-- R-UPW-1 Unpaid Work: at most 90 minutes each way; at most 60 minutes each
-- way, when supervised, credited against the hours ordered.
-- R-UPW-2 Accredited Programmes and Structured Interventions: 90 minutes.
-- Every function that takes a time takes minutes: pass a routed time from
-- your own routing engine when you have one; the estimates are a fallback.
-- ===========================================================================

CREATE FUNCTION ttg.travel_limit_minutes(activity text) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_travel_limit_minutes_sql'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.travel_limit_minutes(text) IS
  'Most minutes of travel each way for an activity: unpaid_work (R-UPW-1), accredited_programme or structured_intervention (R-UPW-2), all 90. Any other word: 22023 listing the accepted ones. NULL in, NULL out.';

CREATE FUNCTION ttg.within_travel_limit(minutes_each_way numeric,
                                        activity text DEFAULT 'unpaid_work')
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_within_travel_limit_sql'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.within_travel_limit(numeric, text) IS
  'True when a journey of minutes_each_way (routed or estimated) is within the activity''s limit: exactly 90 is within, 90.01 is not (R-UPW-1, R-UPW-2). Negative, NaN or infinite minutes, or an unknown activity: 22023. NULL in, NULL out.';

CREATE FUNCTION ttg.credited_travel_minutes(minutes_each_way numeric,
                                            supervised boolean DEFAULT true)
  RETURNS numeric
  AS 'MODULE_PATHNAME', 'ttg_credited_travel_minutes_sql'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.credited_travel_minutes(numeric, boolean) IS
  'Minutes of one journey credited against the hours ordered (R-UPW-1): supervised, the journey up to 60 (exactly 60 at 60 or more, even past the 90-minute limit, which within_travel_limit reports); unsupervised, 0. Negative, NaN or infinite minutes: 22023. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_session_credit(work_minutes numeric, outbound_minutes numeric,
                                       return_minutes numeric,
                                       supervised boolean DEFAULT true)
  RETURNS numeric
  AS 'MODULE_PATHNAME', 'ttg_upw_session_credit'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_session_credit(numeric, numeric, numeric, boolean) IS
  'Minutes credited for one Unpaid Work session: work_minutes plus credited_travel_minutes of the outbound and of the return journey (R-UPW-1), exact. Any negative, NaN or infinite minutes: 22023. NULL in, NULL out.';

CREATE FUNCTION ttg.estimate_travel_minutes(lat1 float8, lon1 float8, lat2 float8, lon2 float8,
                                            mode text DEFAULT 'public_transport',
                                            circuity float8 DEFAULT NULL,
                                            speed_kmh float8 DEFAULT NULL,
                                            access_minutes float8 DEFAULT NULL)
  RETURNS numeric
  AS 'MODULE_PATHNAME', 'ttg_estimate_travel_minutes'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.estimate_travel_minutes(float8, float8, float8, float8, text, float8, float8, float8) IS
  'Estimated door-to-door minutes between two WGS84 points when no routed time is known: access_minutes + 60 * great_circle_km * circuity / speed_kmh, rounded to 0.1 minute. mode is walk, public_transport, car or minibus and sets the defaults (see ttg.travel_mode_defaults()); a non-NULL circuity, speed_kmh or access_minutes overrides the mode''s. NULL in a point or mode gives NULL; a NULL override means the default. Latitude outside -90..90 or longitude outside -180..180, an unknown mode, circuity < 1, speed_kmh <= 0 or access_minutes < 0: 22023. A routed time from your own routing engine is always better.';

CREATE FUNCTION ttg.estimate_travel_minutes_bng(easting1 float8, northing1 float8,
                                                easting2 float8, northing2 float8,
                                                mode text DEFAULT 'public_transport',
                                                circuity float8 DEFAULT NULL,
                                                speed_kmh float8 DEFAULT NULL,
                                                access_minutes float8 DEFAULT NULL)
  RETURNS numeric
  AS 'MODULE_PATHNAME', 'ttg_estimate_travel_minutes_bng'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.estimate_travel_minutes_bng(float8, float8, float8, float8, text, float8, float8, float8) IS
  'As estimate_travel_minutes, for British National Grid eastings and northings in metres (as the ONS postcode directory gives them): each point is converted to WGS84 (bng_to_wgs84) first. Easting outside 0..700000 or northing outside 0..1300000: 22023. Same NULL handling and overrides.';

CREATE FUNCTION ttg.great_circle_km(lat1 float8, lon1 float8, lat2 float8, lon2 float8)
  RETURNS float8
  AS 'MODULE_PATHNAME', 'ttg_great_circle_km_sql'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.great_circle_km(float8, float8, float8, float8) IS
  'Great-circle distance in km between two WGS84 points (haversine on a sphere of mean radius 6371.0088 km; within 0.5% of the ellipsoidal distance). Out-of-range coordinates: 22023. NULL in, NULL out.';

CREATE FUNCTION ttg.bng_to_wgs84(easting float8, northing float8,
                                 OUT lat float8, OUT lon float8)
  RETURNS record
  AS 'MODULE_PATHNAME', 'ttg_bng_to_wgs84_sql'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.bng_to_wgs84(float8, float8) IS
  'British National Grid (OSGB36, metres) to WGS84 latitude and longitude in degrees: the Ordnance Survey''s Transverse Mercator inverse on Airy 1830 and its seven-parameter Helmert transform, good to a few metres (not OSTN15). Easting outside 0..700000 or northing outside 0..1300000: 22023. NULL in, NULL out.';

CREATE FUNCTION ttg.travel_mode_defaults(OUT mode text, OUT circuity float8,
                                         OUT speed_kmh float8, OUT access_minutes float8)
  RETURNS SETOF record
  AS 'MODULE_PATHNAME', 'ttg_travel_mode_defaults'
  LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION ttg.travel_mode_defaults() IS
  'The compiled defaults of each mode of travel used by the estimates: circuity (route over straight-line distance), speed_kmh along the route, access_minutes at the ends. Sources in the README''s travel section.';

-- ===========================================================================
-- Unpaid Work timescales and hours (issue 5), on the business-day calendar.
-- R-UPW-3 assessment in 10 business days; R-UPW-4 first session in 7 business
-- days before 26 June 2021, 15 from then; R-UPW-5 reviews at 6 and 9 months,
-- hours done in 12; R-UPW-6 ETE hours capped at a share of the hours ordered.
-- ===========================================================================

CREATE FUNCTION ttg.upw_assessment_due(sentence_date date) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_upw_assessment_due_sql'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_assessment_due(date) IS
  'The day the Unpaid Work assessment is due (R-UPW-3): the 10th business day after sentence_date (England and Wales bank holidays skipped; the sentence day never counts). Outside 1978..2099: 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_start_days(sentence_date date) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_upw_start_days_sql'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_start_days(date) IS
  'Business days allowed from sentence to the first work session by the rule in force on sentence_date (R-UPW-4): 7 before 26 June 2021, 15 from then. Outside 1978..2099: 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_start_due(sentence_date date) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_upw_start_due_sql'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_start_due(date) IS
  'The last day for the first work session (R-UPW-4, date-effective): the upw_start_days(sentence_date)-th business day after sentence_date, 7 for orders made before 26 June 2021 and 15 from then. Outside 1978..2099: 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_start_due(sentence_date date, business_days integer) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_upw_start_due_days_sql'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_start_due(date, integer) IS
  'The first work session deadline for a local target: the business_days-th business day after sentence_date (R-UPW-4). business_days below 1: 22023; outside 1978..2099: 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_review_dates(order_start date) RETURNS date[]
  AS 'MODULE_PATHNAME', 'ttg_upw_review_dates_sql'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_review_dates(date) IS
  'The 6-month and 9-month review dates of an Unpaid Work requirement (R-UPW-5), {order_start + 6 months, order_start + 9 months}, with PostgreSQL''s month arithmetic: a day missing from the target month becomes its last day (31 Aug + 6 months = 28 or 29 Feb). Outside 1978..2099: 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_completion_due(order_start date) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_upw_completion_due_sql'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_completion_due(date) IS
  'The day by which all hours are to be done (R-UPW-5): order_start + 12 months, clamped like date + interval ''12 months'' (29 Feb 2024 gives 28 Feb 2025). Outside 1978..2099: 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_progress(hours_ordered numeric, hours_completed numeric,
                                 order_start date, as_of date,
                                 tolerance_hours numeric DEFAULT 0)
  RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_upw_progress_sql'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_progress(numeric, numeric, date, date, numeric) IS
  'Progress of an Unpaid Work requirement at as_of against an even pace over its 12 months (R-UPW-5): complete when hours_completed = hours_ordered; else overdue when as_of is after upw_completion_due(order_start); else on_track when hours_completed + tolerance_hours >= hours_ordered * elapsed / total (elapsed = as_of - order_start, total = completion date - order_start, in days), compared exactly; else behind. hours_ordered <= 0, negative hours or tolerance, hours_completed above hours_ordered, or as_of before order_start: 22023; dates outside 1978..2099: 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_ete_cap_minutes(hours_ordered numeric, cap numeric DEFAULT 0.20)
  RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_upw_ete_cap_minutes'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_ete_cap_minutes(numeric, numeric) IS
  'Most minutes of ETE activity that may count against the hours ordered (R-UPW-6): hours_ordered * 60 * cap in exact decimals, rounded toward zero to whole minutes as nDelius does. cap defaults to 0.20 (the 20% of source [001]); pass the policy in force (Community Payback code in 2026 uses 0.30). hours_ordered <= 0 or cap outside 0..1: 22023. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_ete_ok(hours_ordered numeric, ete_minutes_so_far numeric,
                               cap numeric DEFAULT 0.20)
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_upw_ete_ok'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_ete_ok(numeric, numeric, numeric) IS
  'True while ete_minutes_so_far does not exceed upw_ete_cap_minutes(hours_ordered, cap) (R-UPW-6): reaching the cap exactly is still ok. To ask whether a planned session fits, add its minutes to ete_minutes_so_far. Negative minutes, hours_ordered <= 0 or cap outside 0..1: 22023. NULL in, NULL out.';

-- ===========================================================================
-- Match: Unpaid Work placements, assigned optimally (issue 6).
-- R-UPW-1 (90 minutes each way), R-UPW-6 and R-UPW-8 (ETE preferred),
-- R-UPW-7 (all-male and female-only groups), ROSH, days, capacity.
-- ===========================================================================

CREATE FUNCTION ttg.match_placements(people_sql text, placements_sql text,
                                     travel_sql text DEFAULT NULL,
                                     ete_bonus_minutes numeric DEFAULT 15)
  RETURNS TABLE (person_id bigint, placement_id bigint, travel_minutes numeric, reason text)
  AS 'MODULE_PATHNAME', 'ttg_match_placements'
  LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL RESTRICTED ROWS 1000;
COMMENT ON FUNCTION ttg.match_placements(text, text, text, numeric) IS
  'Optimal Unpaid Work placements: the most people placed, then the least total travel, ete_bonus_minutes (0 to 1440, default 15) counted off the travel of an ETE-eligible person at an ETE placement (R-UPW-6, R-UPW-8). A pair is allowed when travel is at most 90 minutes each way (R-UPW-1; routed minutes from travel_sql, else the public_transport estimate), a person who asked is never in an all_male placement and only women go to female_only ones (R-UPW-7), high or very_high ROSH only where accepted, with a day in common; capacity is never exceeded. people_sql returns person_id, lat, lon, sex, avoid_all_male, ete_eligible, rosh, available_days; placements_sql returns placement_id, lat, lon, capacity, environment, provides_ete, accepts_high_rosh, session_days; travel_sql returns person_id, placement_id, minutes (NULL: no route). One row per person in person_id order; an unplaced person has NULL placement_id and a reason: no_placement_in_travel_limit, no_placement_fits_rules: <rule> (nearest: placement <id>), or capacity_taken. Missing column 42703, mistyped 42804. NULL people_sql, placements_sql or ete_bonus_minutes: no rows. VOLATILE and PARALLEL RESTRICTED because it runs the queries it is given.';

CREATE FUNCTION ttg.placement_failure(person_lat double precision, person_lon double precision,
                                      sex text, avoid_all_male boolean, rosh text,
                                      available_days integer,
                                      placement_lat double precision, placement_lon double precision,
                                      capacity integer, environment text,
                                      accepts_high_rosh boolean, session_days integer,
                                      routed_minutes numeric DEFAULT NULL)
  RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_placement_failure'
  LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.placement_failure(double precision, double precision, text, boolean, text, integer, double precision, double precision, integer, text, boolean, integer, numeric) IS
  'Why ttg.match_placements may not put this person in this placement: NULL when the pair is allowed, else the first rule that blocks, in this order: travel_over_limit (R-UPW-1: routed_minutes, or the public_transport estimate when NULL, over 90), all_male_declined (R-UPW-7), female_only (R-UPW-7), rosh_not_accepted, no_common_day, no_capacity (capacity 0). NULL positions or environment: NULL. NULL sex is not female; NULL avoid_all_male and accepts_high_rosh are false; NULL rosh counts as high; NULL day masks mean any day; NULL capacity is not checked. Bad words 22023.';

CREATE FUNCTION ttg.placement_candidates(people_sql text, placements_sql text,
                                         travel_sql text DEFAULT NULL,
                                         ete_bonus_minutes numeric DEFAULT 15)
  RETURNS TABLE (person_id bigint, placement_id bigint, travel_minutes numeric, cost numeric)
  AS 'MODULE_PATHNAME', 'ttg_placement_candidates'
  LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL RESTRICTED ROWS 10000;
COMMENT ON FUNCTION ttg.placement_candidates(text, text, text, numeric) IS
  'The allowed pairs ttg.match_placements chooses from (same arguments, same checks, same rules): person_id, placement_id, travel_minutes, and cost = travel_minutes less ete_bonus_minutes for an ETE-eligible person at an ETE placement (may be negative), in hundredths of a minute. Ordered by person_id, then placement_id. For "where could this person go" lists and for checking the optimum with another solver.';

-- ===========================================================================
-- The reporting model (issue 7): tables a region loads its extracts into,
-- created by a function into a schema the user names, so they are never
-- members of the extension (DROP EXTENSION cannot take a region's data), and
-- views a dashboard reads as they are.
-- ===========================================================================

-- The tables of a model. @s@ stands for the quoted schema name.
CREATE FUNCTION ttg._reporting_tables_ddl() RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $ddl$ SELECT $t$
CREATE TABLE @s@.settings (
  id                 boolean PRIMARY KEY DEFAULT true CHECK (id),
  as_of              date,
  brag_red           integer NOT NULL DEFAULT 1 CHECK (brag_red >= 1),
  brag_amber         integer NOT NULL DEFAULT 1 CHECK (brag_amber >= 1),
  brag_green         integer NOT NULL DEFAULT 1 CHECK (brag_green >= 1),
  brag_blue          integer NOT NULL DEFAULT 1 CHECK (brag_blue >= 1),
  reoffer_rule       text NOT NULL DEFAULT 'offer' CHECK (reoffer_rule IN ('offer', 'appointment')),
  partial_month      text NOT NULL DEFAULT 'full' CHECK (partial_month IN ('full', 'any')),
  mcs_target         numeric NOT NULL DEFAULT 95 CHECK (mcs_target BETWEEN 0 AND 100),
  mcs_trigger        numeric NOT NULL DEFAULT 85 CHECK (mcs_trigger BETWEEN 0 AND 100),
  ete_cap            numeric NOT NULL DEFAULT 0.20 CHECK (ete_cap >= 0 AND ete_cap <= 1),
  ete_bonus_minutes  numeric NOT NULL DEFAULT 15 CHECK (ete_bonus_minutes >= 0),
  forecast_months    integer NOT NULL DEFAULT 6 CHECK (forecast_months BETWEEN 1 AND 36),
  CHECK (mcs_trigger <= mcs_target)
);
INSERT INTO @s@.settings DEFAULT VALUES;

CREATE TABLE @s@.region_access (
  role_name name NOT NULL,
  region    text NOT NULL,
  PRIMARY KEY (role_name, region)
);

CREATE TABLE @s@.cases (
  case_id           bigint PRIMARY KEY,
  region            text NOT NULL,
  team              text NOT NULL,
  sex               text NOT NULL CHECK (sex IN ('female', 'male')),
  brag              text NOT NULL DEFAULT 'green' CHECK (brag IN ('blue', 'red', 'amber', 'green')),
  order_type        text NOT NULL CHECK (order_type IN ('community_order', 'suspended_sentence_order', 'licence', 'post_sentence_supervision')),
  requirements      text[] NOT NULL DEFAULT '{}',
  isp_completed_on  date,
  supervision_start date NOT NULL,
  supervision_end   date,
  CHECK (supervision_end IS NULL OR supervision_end >= supervision_start),
  CHECK (isp_completed_on IS NULL OR isp_completed_on >= supervision_start)
);
CREATE INDEX ON @s@.cases (region, team);

CREATE TABLE @s@.contacts (
  contact_id          bigint PRIMARY KEY,
  case_id             bigint NOT NULL REFERENCES @s@.cases ON DELETE CASCADE,
  contact_type        text NOT NULL,
  appointment_at      timestamp NOT NULL,
  notified_at         timestamp,
  outcome             text,
  available_minutes   integer CHECK (available_minutes >= 0),
  other_activity      boolean,
  next_offered_on     date,
  next_appointment_on date
);
CREATE INDEX ON @s@.contacts (case_id, appointment_at);

CREATE TABLE @s@.custody (
  person_id            bigint PRIMARY KEY,
  region               text NOT NULL,
  home_area            text NOT NULL,
  prison_code          text NOT NULL,
  sentence_months      numeric NOT NULL CHECK (sentence_months > 0),
  sentenced_on         date NOT NULL,
  indeterminate        boolean NOT NULL DEFAULT false,
  ped                  date,
  crd                  date,
  ard                  date,
  hdc_eligibility      date,
  hdc_actual           date,
  confirmed_release    date,
  actual_parole        date,
  parole_process_start date,
  parole_refused_on    date,
  next_review_start    date,
  rosh                 text NOT NULL CHECK (rosh IN ('low', 'medium', 'high', 'very_high')),
  tier                 text NOT NULL CHECK (tier IN ('A', 'B', 'C', 'D')),
  mappa_level          integer CHECK (mappa_level BETWEEN 1 AND 3),
  ipp                  boolean NOT NULL DEFAULT false,
  ppo                  boolean NOT NULL DEFAULT false,
  nps_case             boolean NOT NULL DEFAULT true,
  early_allocation     boolean NOT NULL DEFAULT false,
  CHECK (crd IS NULL OR crd > sentenced_on),
  CHECK (ard IS NULL OR ard > sentenced_on)
);
CREATE INDEX ON @s@.custody (prison_code);

CREATE TABLE @s@.placements (
  placement_id      bigint PRIMARY KEY,
  region            text NOT NULL,
  name              text NOT NULL,
  town              text,
  lat               double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon               double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  capacity          integer NOT NULL CHECK (capacity >= 0),
  environment       text NOT NULL CHECK (environment IN ('all_male', 'mixed', 'female_only', 'individual')),
  provides_ete      boolean NOT NULL DEFAULT false,
  accepts_high_rosh boolean NOT NULL DEFAULT false,
  session_days      integer NOT NULL DEFAULT 127 CHECK (session_days BETWEEN 1 AND 127)
);

CREATE TABLE @s@.upw_orders (
  order_id          bigint PRIMARY KEY,
  case_id           bigint NOT NULL REFERENCES @s@.cases ON DELETE CASCADE,
  sentence_date     date NOT NULL,
  order_start       date,
  assessed_on       date,
  first_session_on  date,
  hours_ordered     numeric NOT NULL CHECK (hours_ordered > 0),
  hours_completed   numeric NOT NULL DEFAULT 0 CHECK (hours_completed >= 0),
  ete_eligible      boolean NOT NULL DEFAULT false,
  ete_minutes       numeric NOT NULL DEFAULT 0 CHECK (ete_minutes >= 0),
  home_lat          double precision CHECK (home_lat BETWEEN -90 AND 90),
  home_lon          double precision CHECK (home_lon BETWEEN -180 AND 180),
  avoid_all_male    boolean NOT NULL DEFAULT false,
  available_days    integer CHECK (available_days BETWEEN 1 AND 127),
  rosh              text NOT NULL DEFAULT 'low' CHECK (rosh IN ('low', 'medium', 'high', 'very_high')),
  awaiting_placement boolean NOT NULL DEFAULT false,
  CHECK (hours_completed <= hours_ordered),
  CHECK (order_start IS NULL OR order_start >= sentence_date),
  CHECK (NOT awaiting_placement OR (home_lat IS NOT NULL AND home_lon IS NOT NULL))
);
CREATE INDEX ON @s@.upw_orders (case_id);

CREATE TABLE @s@.upw_sessions (
  session_id        bigint PRIMARY KEY,
  order_id          bigint NOT NULL REFERENCES @s@.upw_orders ON DELETE CASCADE,
  placement_id      bigint REFERENCES @s@.placements,
  session_on        date NOT NULL,
  work_minutes      numeric NOT NULL CHECK (work_minutes >= 0),
  outbound_minutes  numeric CHECK (outbound_minutes >= 0),
  return_minutes    numeric CHECK (return_minutes >= 0),
  supervised        boolean NOT NULL DEFAULT true,
  ete               boolean NOT NULL DEFAULT false
);
CREATE INDEX ON @s@.upw_sessions (order_id);

CREATE TABLE @s@.travel_times (
  order_id     bigint NOT NULL REFERENCES @s@.upw_orders ON DELETE CASCADE,
  placement_id bigint NOT NULL REFERENCES @s@.placements ON DELETE CASCADE,
  minutes      numeric NOT NULL CHECK (minutes >= 0),
  PRIMARY KEY (order_id, placement_id)
);
$t$ $ddl$;
COMMENT ON FUNCTION ttg._reporting_tables_ddl() IS 'Internal: the DDL of a reporting model''s tables, with @s@ for the schema.';

-- Comments on the model's tables and columns (BI tools show them).
CREATE FUNCTION ttg._reporting_comments_ddl() RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $ddl$ SELECT $t$
COMMENT ON TABLE @s@.settings IS 'Local policy the views pass to the ttg functions: one row.';
COMMENT ON COLUMN @s@.settings.id IS 'Always true: the table holds one row.';
COMMENT ON COLUMN @s@.settings.as_of IS 'The date the views report as of; NULL means today.';
COMMENT ON COLUMN @s@.settings.brag_red IS 'Valid contacts a month required for a Red case (R-MCS-6); default 1, the monthly minimum.';
COMMENT ON COLUMN @s@.settings.brag_amber IS 'Valid contacts a month required for an Amber case (R-MCS-6).';
COMMENT ON COLUMN @s@.settings.brag_green IS 'Valid contacts a month required for a Green case (R-MCS-6).';
COMMENT ON COLUMN @s@.settings.brag_blue IS 'Valid contacts a month required for a Blue case (R-MCS-6).';
COMMENT ON COLUMN @s@.settings.reoffer_rule IS 'Reading of R-MCS-4: offer (the offer is made within 5 business days) or appointment (the appointment falls within them).';
COMMENT ON COLUMN @s@.settings.partial_month IS 'Whether the months of ISP completion and of the end count (any) or only whole months (full), R-MCS-1.';
COMMENT ON COLUMN @s@.settings.mcs_target IS 'MCS target rate, percent (R-MCS-7, default 95).';
COMMENT ON COLUMN @s@.settings.mcs_trigger IS 'Rate below which improvement is triggered, percent (R-MCS-7, default 85).';
COMMENT ON COLUMN @s@.settings.ete_cap IS 'Share of Unpaid Work hours that may be ETE (R-UPW-6, default 0.20).';
COMMENT ON COLUMN @s@.settings.ete_bonus_minutes IS 'Minutes taken off the travel of an ETE-eligible person placed where ETE is provided, in matching (R-UPW-8).';
COMMENT ON COLUMN @s@.settings.forecast_months IS 'Months ahead the release forecast covers.';
COMMENT ON TABLE @s@.region_access IS 'Which roles may read which regions when row-level security is on.';
COMMENT ON COLUMN @s@.region_access.role_name IS 'A role (members of it inherit the grant).';
COMMENT ON COLUMN @s@.region_access.region IS 'A region the role may read.';
COMMENT ON TABLE @s@.cases IS 'Community cases (nDelius extract): one row per case.';
COMMENT ON COLUMN @s@.cases.case_id IS 'Case identifier.';
COMMENT ON COLUMN @s@.cases.region IS 'Region (or CRC/CPA area) the case belongs to.';
COMMENT ON COLUMN @s@.cases.team IS 'Probation team.';
COMMENT ON COLUMN @s@.cases.sex IS 'female or male.';
COMMENT ON COLUMN @s@.cases.brag IS 'BRAG status: blue, red, amber or green.';
COMMENT ON COLUMN @s@.cases.order_type IS 'community_order, suspended_sentence_order, licence or post_sentence_supervision.';
COMMENT ON COLUMN @s@.cases.requirements IS 'Requirement words of the order (unpaid_work, rar, curfew, ...); empty for a licence.';
COMMENT ON COLUMN @s@.cases.isp_completed_on IS 'Date the Initial Sentence Plan was completed; MCS runs from then (R-MCS-1).';
COMMENT ON COLUMN @s@.cases.supervision_start IS 'Start of supervision.';
COMMENT ON COLUMN @s@.cases.supervision_end IS 'End of supervision; NULL while open.';
COMMENT ON TABLE @s@.contacts IS 'Contacts (nDelius extract): one row per appointment.';
COMMENT ON COLUMN @s@.contacts.contact_id IS 'Contact identifier.';
COMMENT ON COLUMN @s@.contacts.case_id IS 'The case.';
COMMENT ON COLUMN @s@.contacts.contact_type IS 'nDelius contact type code (COAP, COAI, CHVS count for MCS, R-MCS-2).';
COMMENT ON COLUMN @s@.contacts.appointment_at IS 'Appointment date and time (local time, no time zone).';
COMMENT ON COLUMN @s@.contacts.notified_at IS 'When written notice (appointment slip) was given; NULL when none is recorded.';
COMMENT ON COLUMN @s@.contacts.outcome IS 'Outcome word (attended, failed_to_attend, acceptable_absence, cancelled_by_case_manager, rearranged_by_case_manager, rearranged_by_service_user); NULL when not yet recorded.';
COMMENT ON COLUMN @s@.contacts.available_minutes IS 'Minutes the case manager was available (R-MCS-3c).';
COMMENT ON COLUMN @s@.contacts.other_activity IS 'True when the time was shared with another activity (R-MCS-3d).';
COMMENT ON COLUMN @s@.contacts.next_offered_on IS 'After a missed appointment: when the further appointment was offered (R-MCS-4).';
COMMENT ON COLUMN @s@.contacts.next_appointment_on IS 'After a missed appointment: the date of the further appointment (R-MCS-4).';
COMMENT ON TABLE @s@.custody IS 'People in custody (prison extract): sentence, release and parole dates, risk.';
COMMENT ON COLUMN @s@.custody.person_id IS 'Person identifier.';
COMMENT ON COLUMN @s@.custody.region IS 'Region that will supervise on release.';
COMMENT ON COLUMN @s@.custody.home_area IS 'Contract Package Area (CRC) the person will be released to (R-TTG-3).';
COMMENT ON COLUMN @s@.custody.prison_code IS 'Current prison, NOMIS code (BMI, NMI, ...), as in ttg.resettlement_prison.';
COMMENT ON COLUMN @s@.custody.sentence_months IS 'Sentence length in months.';
COMMENT ON COLUMN @s@.custody.sentenced_on IS 'Sentence date.';
COMMENT ON COLUMN @s@.custody.indeterminate IS 'True for an indeterminate sentence (IPP, life).';
COMMENT ON COLUMN @s@.custody.ped IS 'Parole eligibility date.';
COMMENT ON COLUMN @s@.custody.crd IS 'Conditional release date.';
COMMENT ON COLUMN @s@.custody.ard IS 'Automatic release date.';
COMMENT ON COLUMN @s@.custody.hdc_eligibility IS 'Home detention curfew eligibility date.';
COMMENT ON COLUMN @s@.custody.hdc_actual IS 'Home detention curfew actual date.';
COMMENT ON COLUMN @s@.custody.confirmed_release IS 'Confirmed release date.';
COMMENT ON COLUMN @s@.custody.actual_parole IS 'Actual parole date.';
COMMENT ON COLUMN @s@.custody.parole_process_start IS 'Start of the parole process (R-OM-2).';
COMMENT ON COLUMN @s@.custody.parole_refused_on IS 'Date of a negative parole decision (R-OM-3).';
COMMENT ON COLUMN @s@.custody.next_review_start IS 'Start of the next parole review process after a refusal (R-OM-3).';
COMMENT ON COLUMN @s@.custody.rosh IS 'Risk of Serious Harm: low, medium, high, very_high.';
COMMENT ON COLUMN @s@.custody.tier IS 'Case tier A to D (A and B high risk, R-OM-4).';
COMMENT ON COLUMN @s@.custody.mappa_level IS 'MAPPA level 1 to 3; NULL when not a MAPPA case.';
COMMENT ON COLUMN @s@.custody.ipp IS 'Indeterminate sentence for Public Protection.';
COMMENT ON COLUMN @s@.custody.ppo IS 'Prolific and Priority Offender.';
COMMENT ON COLUMN @s@.custody.nps_case IS 'True for an NPS case, false for a CRC case (OMiC 2019 handover).';
COMMENT ON COLUMN @s@.custody.early_allocation IS 'Early allocation to the community (OMiC 2023: 15 months).';
COMMENT ON TABLE @s@.placements IS 'Unpaid Work placements.';
COMMENT ON COLUMN @s@.placements.placement_id IS 'Placement identifier.';
COMMENT ON COLUMN @s@.placements.region IS 'Region of the placement.';
COMMENT ON COLUMN @s@.placements.name IS 'Placement name.';
COMMENT ON COLUMN @s@.placements.town IS 'Town of the placement.';
COMMENT ON COLUMN @s@.placements.lat IS 'Latitude (WGS84).';
COMMENT ON COLUMN @s@.placements.lon IS 'Longitude (WGS84).';
COMMENT ON COLUMN @s@.placements.capacity IS 'People the placement can take.';
COMMENT ON COLUMN @s@.placements.environment IS 'all_male, mixed, female_only or individual (R-UPW-7).';
COMMENT ON COLUMN @s@.placements.provides_ete IS 'True when the placement provides ETE activity (R-UPW-6, R-UPW-8).';
COMMENT ON COLUMN @s@.placements.accepts_high_rosh IS 'True when high and very high ROSH cases may work there.';
COMMENT ON COLUMN @s@.placements.session_days IS 'Days sessions run: bitmask Monday = 1 ... Sunday = 64.';
COMMENT ON TABLE @s@.upw_orders IS 'Unpaid Work requirements: one row per order.';
COMMENT ON COLUMN @s@.upw_orders.order_id IS 'Order identifier.';
COMMENT ON COLUMN @s@.upw_orders.case_id IS 'The case.';
COMMENT ON COLUMN @s@.upw_orders.sentence_date IS 'Date the order was made.';
COMMENT ON COLUMN @s@.upw_orders.order_start IS 'Start of the order (the 12 months run from here, R-UPW-5).';
COMMENT ON COLUMN @s@.upw_orders.assessed_on IS 'Date the UPW assessment was completed (R-UPW-3).';
COMMENT ON COLUMN @s@.upw_orders.first_session_on IS 'Date of the first work session (R-UPW-4).';
COMMENT ON COLUMN @s@.upw_orders.hours_ordered IS 'Hours ordered by the court.';
COMMENT ON COLUMN @s@.upw_orders.hours_completed IS 'Hours completed so far.';
COMMENT ON COLUMN @s@.upw_orders.ete_eligible IS 'Eligible for ETE activity (R-UPW-6).';
COMMENT ON COLUMN @s@.upw_orders.ete_minutes IS 'Minutes of ETE activity counted so far.';
COMMENT ON COLUMN @s@.upw_orders.home_lat IS 'Home latitude (WGS84), for matching.';
COMMENT ON COLUMN @s@.upw_orders.home_lon IS 'Home longitude (WGS84), for matching.';
COMMENT ON COLUMN @s@.upw_orders.avoid_all_male IS 'The person chose not to be placed in an all-male group (R-UPW-7).';
COMMENT ON COLUMN @s@.upw_orders.available_days IS 'Days the person can work: bitmask Monday = 1 ... Sunday = 64; NULL means any.';
COMMENT ON COLUMN @s@.upw_orders.rosh IS 'Risk of Serious Harm: low, medium, high, very_high.';
COMMENT ON COLUMN @s@.upw_orders.awaiting_placement IS 'True while the person waits for a placement (placement_plan matches these).';
COMMENT ON TABLE @s@.upw_sessions IS 'Unpaid Work sessions worked.';
COMMENT ON COLUMN @s@.upw_sessions.session_id IS 'Session identifier.';
COMMENT ON COLUMN @s@.upw_sessions.order_id IS 'The order.';
COMMENT ON COLUMN @s@.upw_sessions.placement_id IS 'The placement.';
COMMENT ON COLUMN @s@.upw_sessions.session_on IS 'Date of the session.';
COMMENT ON COLUMN @s@.upw_sessions.work_minutes IS 'Minutes worked.';
COMMENT ON COLUMN @s@.upw_sessions.outbound_minutes IS 'Travel minutes to the placement (routed or recorded).';
COMMENT ON COLUMN @s@.upw_sessions.return_minutes IS 'Travel minutes back.';
COMMENT ON COLUMN @s@.upw_sessions.supervised IS 'True when the travel was supervised (credited up to 60 minutes each way, R-UPW-1).';
COMMENT ON COLUMN @s@.upw_sessions.ete IS 'True for an ETE session (R-UPW-6).';
COMMENT ON TABLE @s@.travel_times IS 'Routed travel times from the region''s own routing engine; they replace estimates.';
COMMENT ON COLUMN @s@.travel_times.order_id IS 'The order (person).';
COMMENT ON COLUMN @s@.travel_times.placement_id IS 'The placement.';
COMMENT ON COLUMN @s@.travel_times.minutes IS 'Routed minutes each way.';
$t$ $ddl$;
COMMENT ON FUNCTION ttg._reporting_comments_ddl() IS 'Internal: comments on a reporting model''s tables and columns, with @s@ for the schema.';

-- Row-level security: a role reads only the regions granted to it (or to a role
-- it is a member of) in region_access; child tables follow their parent's rows.
CREATE FUNCTION ttg._reporting_rls_ddl() RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $ddl$ SELECT $t$
CREATE FUNCTION @s@.visible_region(region text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS 'SELECT EXISTS (SELECT 1 FROM @s@.region_access a WHERE a.region = $1 AND pg_catalog.pg_has_role(CURRENT_USER, a.role_name, ''MEMBER''))';
COMMENT ON FUNCTION @s@.visible_region(text) IS 'True when the current role may read the region (row-level security).';
ALTER TABLE @s@.region_access ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_grants ON @s@.region_access USING (pg_catalog.pg_has_role(CURRENT_USER, role_name, 'MEMBER'));
ALTER TABLE @s@.cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_region ON @s@.cases USING (@s@.visible_region(region));
ALTER TABLE @s@.custody ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_region ON @s@.custody USING (@s@.visible_region(region));
ALTER TABLE @s@.placements ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_region ON @s@.placements USING (@s@.visible_region(region));
ALTER TABLE @s@.contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_case ON @s@.contacts USING (EXISTS (SELECT 1 FROM @s@.cases c WHERE c.case_id = contacts.case_id));
ALTER TABLE @s@.upw_orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_case ON @s@.upw_orders USING (EXISTS (SELECT 1 FROM @s@.cases c WHERE c.case_id = upw_orders.case_id));
ALTER TABLE @s@.upw_sessions ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_order ON @s@.upw_sessions USING (EXISTS (SELECT 1 FROM @s@.upw_orders o WHERE o.order_id = upw_sessions.order_id));
ALTER TABLE @s@.travel_times ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_order ON @s@.travel_times USING (EXISTS (SELECT 1 FROM @s@.upw_orders o WHERE o.order_id = travel_times.order_id));
$t$ $ddl$;
COMMENT ON FUNCTION ttg._reporting_rls_ddl() IS 'Internal: row-level security of a reporting model, with @s@ for the schema.';

CREATE FUNCTION ttg.create_reporting_model(target_schema name, row_security boolean DEFAULT false)
RETURNS text LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  s text := quote_ident(target_schema);
BEGIN
  IF target_schema IS NULL OR row_security IS NULL THEN
    RAISE EXCEPTION 'create_reporting_model: target_schema and row_security must not be NULL'
      USING ERRCODE = '22004', HINT = 'Name a schema, for example SELECT ttg.create_reporting_model(''probation'').';
  END IF;
  IF target_schema IN ('ttg', 'public', 'information_schema') OR target_schema LIKE 'pg\_%'
     OR position('''' IN target_schema) > 0 THEN
    RAISE EXCEPTION 'cannot create a reporting model in schema "%"', target_schema
      USING ERRCODE = '22023', HINT = 'Use a schema of its own, for example ''probation''.';
  END IF;
  IF to_regclass(s || '.settings') IS NOT NULL THEN
    RAISE EXCEPTION 'schema "%" already holds a reporting model', target_schema
      USING ERRCODE = '42P07', HINT = 'Use another schema, or drop this one first.';
  END IF;
  EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I', target_schema);
  EXECUTE replace(ttg._reporting_tables_ddl(), '@s@', s);
  EXECUTE replace(ttg._reporting_comments_ddl(), '@s@', s);
  EXECUTE replace(ttg._reporting_views_ddl(), '@s@', s);
  IF row_security THEN
    EXECUTE replace(ttg._reporting_rls_ddl(), '@s@', s);
  END IF;
  EXECUTE format('COMMENT ON SCHEMA %I IS %L', target_schema,
                 'ttg reporting model: load extracts into the tables, point dashboards at the views.'
                 || CASE WHEN row_security THEN ' Row-level security by region (region_access).' ELSE '' END);
  RETURN format('reporting model created in schema %s%s', s,
                CASE WHEN row_security THEN ' with row-level security' ELSE '' END);
END
$fn$;
COMMENT ON FUNCTION ttg.create_reporting_model(name, boolean) IS
  'Create the reporting model (tables, views, settings) in target_schema. The tables are not members of the extension: DROP EXTENSION never takes their data (it refuses while the views exist; with CASCADE it drops the views and leaves the tables). row_security => true limits each role to the regions granted in region_access.';

-- Views of a reporting model. Every view is security_invoker (row-level security
-- of the caller applies) and exposes plain column types only (text, date,
-- integer, numeric, boolean), which BI tools read as they are. @s@ is the schema.
CREATE FUNCTION ttg._reporting_views_ddl() RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $ddl$ SELECT $t$
CREATE VIEW @s@.report_date WITH (security_invoker = true) AS
  SELECT coalesce(st.as_of, current_date) AS as_of FROM @s@.settings st;
COMMENT ON VIEW @s@.report_date IS 'The date the views report as of: settings.as_of, or today when it is NULL.';
COMMENT ON COLUMN @s@.report_date.as_of IS 'Reporting date.';

-- Unpaid Work timeliness (R-UPW-3, R-UPW-4, R-UPW-5, R-UPW-6).
CREATE VIEW @s@.upw_timeliness WITH (security_invoker = true) AS
  SELECT o.order_id, o.case_id, c.region, c.team, o.sentence_date,
         d.assessment_due, o.assessed_on,
         CASE WHEN o.assessed_on IS NOT NULL THEN CASE WHEN o.assessed_on <= d.assessment_due THEN 'on_time' ELSE 'late' END
              WHEN r.as_of > d.assessment_due THEN 'overdue' ELSE 'pending' END AS assessment_status,
         d.start_due, o.first_session_on,
         CASE WHEN o.first_session_on IS NOT NULL THEN CASE WHEN o.first_session_on <= d.start_due THEN 'on_time' ELSE 'late' END
              WHEN r.as_of > d.start_due THEN 'overdue' ELSE 'pending' END AS start_status,
         o.order_start,
         (ttg.upw_review_dates(o.order_start))[1] AS review_6_months_due,
         (ttg.upw_review_dates(o.order_start))[2] AS review_9_months_due,
         ttg.upw_completion_due(o.order_start) AS completion_due,
         o.hours_ordered, o.hours_completed,
         CASE WHEN o.order_start IS NULL OR r.as_of < o.order_start THEN 'not_started'
              ELSE ttg.upw_progress(o.hours_ordered, o.hours_completed, o.order_start, r.as_of) END AS progress,
         o.ete_eligible, o.ete_minutes,
         ttg.upw_ete_cap_minutes(o.hours_ordered, st.ete_cap) AS ete_cap_minutes,
         ttg.upw_ete_ok(o.hours_ordered, o.ete_minutes, st.ete_cap) AS ete_within_cap
    FROM @s@.upw_orders o
    JOIN @s@.cases c ON c.case_id = o.case_id
    CROSS JOIN @s@.settings st
    CROSS JOIN @s@.report_date r
    CROSS JOIN LATERAL (SELECT ttg.upw_assessment_due(o.sentence_date) AS assessment_due,
                               ttg.upw_start_due(o.sentence_date) AS start_due) d;
COMMENT ON VIEW @s@.upw_timeliness IS 'Unpaid Work orders against their timescales: assessment in 10 business days (R-UPW-3), first session in 7 or 15 business days by date (R-UPW-4), reviews at 6 and 9 months and completion in 12 (R-UPW-5), progress at an even pace, ETE within the cap (R-UPW-6).';
COMMENT ON COLUMN @s@.upw_timeliness.order_id IS 'The order.';
COMMENT ON COLUMN @s@.upw_timeliness.case_id IS 'The case.';
COMMENT ON COLUMN @s@.upw_timeliness.region IS 'Region of the case.';
COMMENT ON COLUMN @s@.upw_timeliness.team IS 'Team of the case.';
COMMENT ON COLUMN @s@.upw_timeliness.sentence_date IS 'Date the order was made.';
COMMENT ON COLUMN @s@.upw_timeliness.assessment_due IS 'Assessment due: 10 business days after sentence (R-UPW-3).';
COMMENT ON COLUMN @s@.upw_timeliness.assessed_on IS 'Date the assessment was completed.';
COMMENT ON COLUMN @s@.upw_timeliness.assessment_status IS 'on_time, late, overdue (not done and past due) or pending.';
COMMENT ON COLUMN @s@.upw_timeliness.start_due IS 'First session due: 7 business days for orders before 26 June 2021, 15 from then (R-UPW-4).';
COMMENT ON COLUMN @s@.upw_timeliness.first_session_on IS 'Date of the first work session.';
COMMENT ON COLUMN @s@.upw_timeliness.start_status IS 'on_time, late, overdue (no session and past due) or pending.';
COMMENT ON COLUMN @s@.upw_timeliness.order_start IS 'Start of the order.';
COMMENT ON COLUMN @s@.upw_timeliness.review_6_months_due IS '6-month review date (R-UPW-5).';
COMMENT ON COLUMN @s@.upw_timeliness.review_9_months_due IS '9-month review date (R-UPW-5).';
COMMENT ON COLUMN @s@.upw_timeliness.completion_due IS 'All hours due: 12 months from the start (R-UPW-5).';
COMMENT ON COLUMN @s@.upw_timeliness.hours_ordered IS 'Hours ordered.';
COMMENT ON COLUMN @s@.upw_timeliness.hours_completed IS 'Hours completed.';
COMMENT ON COLUMN @s@.upw_timeliness.progress IS 'complete, on_track, behind, overdue (past 12 months with hours left) or not_started.';
COMMENT ON COLUMN @s@.upw_timeliness.ete_eligible IS 'Eligible for ETE activity.';
COMMENT ON COLUMN @s@.upw_timeliness.ete_minutes IS 'ETE minutes counted so far.';
COMMENT ON COLUMN @s@.upw_timeliness.ete_cap_minutes IS 'Most ETE minutes that may count, at settings.ete_cap (R-UPW-6).';
COMMENT ON COLUMN @s@.upw_timeliness.ete_within_cap IS 'True while ETE minutes are within the cap.';

-- Unpaid Work travel (R-UPW-1).
CREATE VIEW @s@.upw_travel WITH (security_invoker = true) AS
  SELECT s.session_id, s.order_id, o.case_id, c.region, c.team, s.placement_id, p.name AS placement,
         s.session_on, s.work_minutes, s.outbound_minutes, s.return_minutes, s.supervised,
         NOT (ttg.within_travel_limit(s.outbound_minutes) AND ttg.within_travel_limit(s.return_minutes)) AS over_limit,
         ttg.credited_travel_minutes(s.outbound_minutes, s.supervised) AS credited_outbound_minutes,
         ttg.credited_travel_minutes(s.return_minutes, s.supervised) AS credited_return_minutes,
         ttg.upw_session_credit(s.work_minutes, s.outbound_minutes, s.return_minutes, s.supervised) AS credited_minutes
    FROM @s@.upw_sessions s
    JOIN @s@.upw_orders o ON o.order_id = s.order_id
    JOIN @s@.cases c ON c.case_id = o.case_id
    LEFT JOIN @s@.placements p ON p.placement_id = s.placement_id;
COMMENT ON VIEW @s@.upw_travel IS 'Unpaid Work sessions with their travel: over the 90-minute limit either way, and the travel credited (supervised, at most 60 minutes each way), R-UPW-1. NULL travel minutes give NULL flags and credits.';
COMMENT ON COLUMN @s@.upw_travel.session_id IS 'The session.';
COMMENT ON COLUMN @s@.upw_travel.order_id IS 'The order.';
COMMENT ON COLUMN @s@.upw_travel.case_id IS 'The case.';
COMMENT ON COLUMN @s@.upw_travel.region IS 'Region of the case.';
COMMENT ON COLUMN @s@.upw_travel.team IS 'Team of the case.';
COMMENT ON COLUMN @s@.upw_travel.placement_id IS 'The placement.';
COMMENT ON COLUMN @s@.upw_travel.placement IS 'Placement name.';
COMMENT ON COLUMN @s@.upw_travel.session_on IS 'Date of the session.';
COMMENT ON COLUMN @s@.upw_travel.work_minutes IS 'Minutes worked.';
COMMENT ON COLUMN @s@.upw_travel.outbound_minutes IS 'Travel to the placement, minutes.';
COMMENT ON COLUMN @s@.upw_travel.return_minutes IS 'Travel back, minutes.';
COMMENT ON COLUMN @s@.upw_travel.supervised IS 'Supervised travel.';
COMMENT ON COLUMN @s@.upw_travel.over_limit IS 'True when either journey is over 90 minutes (R-UPW-1).';
COMMENT ON COLUMN @s@.upw_travel.credited_outbound_minutes IS 'Outbound minutes credited against the hours.';
COMMENT ON COLUMN @s@.upw_travel.credited_return_minutes IS 'Return minutes credited against the hours.';
COMMENT ON COLUMN @s@.upw_travel.credited_minutes IS 'Work plus credited travel for the session.';

-- Through the Gate pipeline (R-TTG-1, R-TTG-2, R-TTG-4).
CREATE VIEW @s@.ttg_pipeline WITH (security_invoker = true) AS
  SELECT k.person_id, k.region, k.prison_code, coalesce(rp.prison, k.prison_code) AS prison,
         rp.prison_code IS NOT NULL AS resettlement_prison, k.home_area,
         rel.release_date, ttg.ttg_referral_due(rel.release_date) AS referral_due,
         lower(ttg.ttg_window(rel.release_date)) AS window_start, rel.release_date AS window_end,
         ttg.ttg_stage(rel.release_date, r.as_of, rp.prison_code IS NOT NULL) AS stage,
         rel.release_date - r.as_of AS days_to_release
    FROM @s@.custody k
    CROSS JOIN @s@.report_date r
    CROSS JOIN LATERAL (SELECT ttg.release_date(k.confirmed_release, k.actual_parole, k.hdc_actual, k.crd, k.ard) AS release_date) rel
    LEFT JOIN ttg.resettlement_prison rp ON rp.prison_code = k.prison_code;
COMMENT ON VIEW @s@.ttg_pipeline IS 'Every person in custody with their release date (confirmed, actual parole, HDC actual, CRD, ARD in that order), the referral date for non-resettlement prisons (release - 15 weeks, R-TTG-2), the 12-week TTG window (R-TTG-1) and their stage today.';
COMMENT ON COLUMN @s@.ttg_pipeline.person_id IS 'The person.';
COMMENT ON COLUMN @s@.ttg_pipeline.region IS 'Region that will supervise on release.';
COMMENT ON COLUMN @s@.ttg_pipeline.prison_code IS 'Prison, NOMIS code.';
COMMENT ON COLUMN @s@.ttg_pipeline.prison IS 'Prison name when it is a resettlement prison, else its code.';
COMMENT ON COLUMN @s@.ttg_pipeline.resettlement_prison IS 'True when the prison is in ttg.resettlement_prison.';
COMMENT ON COLUMN @s@.ttg_pipeline.home_area IS 'Contract Package Area the person is released to.';
COMMENT ON COLUMN @s@.ttg_pipeline.release_date IS 'Release date (ttg.release_date); NULL when no date is known (indeterminate).';
COMMENT ON COLUMN @s@.ttg_pipeline.referral_due IS 'Release - 105 days: the NPS RO notifies the CRC (non-resettlement prisons, R-TTG-2).';
COMMENT ON COLUMN @s@.ttg_pipeline.window_start IS 'First day of the TTG window, release - 84 days (R-TTG-1).';
COMMENT ON COLUMN @s@.ttg_pipeline.window_end IS 'Last day of the TTG window, the release day.';
COMMENT ON COLUMN @s@.ttg_pipeline.stage IS 'before_referral, referral_due, in_window or released, as of the report date.';
COMMENT ON COLUMN @s@.ttg_pipeline.days_to_release IS 'Days from the report date to release (negative once released).';

-- Releases ahead, per prison, area and month (R-TTG-3; the forecast volumes of source 000).
CREATE VIEW @s@.release_forecast WITH (security_invoker = true) AS
  SELECT date_trunc('month', p.release_date)::date AS month, p.region, p.prison_code, p.prison,
         p.resettlement_prison, p.home_area,
         count(*)::integer AS releases,
         count(*) FILTER (WHERE rp.cpa = p.home_area)::integer AS own_area_resettlement_releases
    FROM @s@.ttg_pipeline p
    CROSS JOIN @s@.report_date r
    CROSS JOIN @s@.settings st
    LEFT JOIN ttg.resettlement_prison rp ON rp.prison_code = p.prison_code
   WHERE p.release_date >= date_trunc('month', r.as_of)::date
     AND p.release_date < (date_trunc('month', r.as_of) + make_interval(months => st.forecast_months))::date
   GROUP BY 1, 2, 3, 4, 5, 6;
COMMENT ON VIEW @s@.release_forecast IS 'Forecast releases per month (from the report month, settings.forecast_months ahead), prison and home area: the volumes by prison and CPA that source 000 plans TTG services from, and those released from a resettlement prison into their own area (R-TTG-3).';
COMMENT ON COLUMN @s@.release_forecast.month IS 'First day of the release month.';
COMMENT ON COLUMN @s@.release_forecast.region IS 'Region that will supervise.';
COMMENT ON COLUMN @s@.release_forecast.prison_code IS 'Releasing prison, NOMIS code.';
COMMENT ON COLUMN @s@.release_forecast.prison IS 'Releasing prison.';
COMMENT ON COLUMN @s@.release_forecast.resettlement_prison IS 'True for a resettlement prison.';
COMMENT ON COLUMN @s@.release_forecast.home_area IS 'Contract Package Area released to.';
COMMENT ON COLUMN @s@.release_forecast.releases IS 'People to be released.';
COMMENT ON COLUMN @s@.release_forecast.own_area_resettlement_releases IS 'Of them, released from a resettlement prison of their own CPA (R-TTG-3).';

CREATE VIEW @s@.resettlement_share WITH (security_invoker = true) AS
  SELECT month, home_area, sum(releases)::integer AS releases,
         sum(own_area_resettlement_releases)::integer AS own_area_resettlement_releases,
         round(100.0 * sum(own_area_resettlement_releases) / sum(releases), 1) AS share_percent,
         80::numeric AS target_percent,
         100.0 * sum(own_area_resettlement_releases) / sum(releases) >= 80 AS target_met
    FROM @s@.release_forecast
   GROUP BY month, home_area;
COMMENT ON VIEW @s@.resettlement_share IS 'R-TTG-3: the share of releases to each area that come from a resettlement prison in that area, per month, against the 80% aim.';
COMMENT ON COLUMN @s@.resettlement_share.month IS 'First day of the release month.';
COMMENT ON COLUMN @s@.resettlement_share.home_area IS 'Contract Package Area released to.';
COMMENT ON COLUMN @s@.resettlement_share.releases IS 'People to be released to the area.';
COMMENT ON COLUMN @s@.resettlement_share.own_area_resettlement_releases IS 'Of them, from a resettlement prison of the area.';
COMMENT ON COLUMN @s@.resettlement_share.share_percent IS 'Percentage from a resettlement prison of the area.';
COMMENT ON COLUMN @s@.resettlement_share.target_percent IS 'The aim, 80% (R-TTG-3).';
COMMENT ON COLUMN @s@.resettlement_share.target_met IS 'True when the share reaches 80%.';

-- Who holds each case today (R-OM-1 to R-OM-4, OMiC).
CREATE VIEW @s@.om_responsibility WITH (security_invoker = true) AS
  SELECT k.person_id, k.region, k.prison_code, k.tier, k.rosh, k.mappa_level,
         ttg.om_in_scope(k.sentence_months, k.rosh, k.ipp, k.ppo, k.sentenced_on) AS in_scope,
         rel.release_date,
         ttg.om_handover_date(rel.release_date, k.parole_process_start) AS handover_date_2013,
         ttg.om_responsibility(r.as_of, rel.release_date, k.parole_process_start,
                               k.parole_refused_on, k.next_review_start) AS responsibility_2013,
         o.handover_date AS omic_handover_date,
         CASE WHEN o.handover_date IS NULL THEN NULL
              WHEN r.as_of >= o.handover_date THEN 'community' ELSE 'prison' END AS omic_responsibility,
         CASE WHEN o.handover_date IS NULL OR r.as_of < o.handover_date THEN ttg.pom_grade(k.tier) END AS pom_grade
    FROM @s@.custody k
    CROSS JOIN @s@.report_date r
    CROSS JOIN LATERAL (SELECT ttg.release_date(k.confirmed_release, k.actual_parole, k.hdc_actual, k.crd, k.ard) AS release_date) rel
    CROSS JOIN LATERAL (SELECT ttg.omic_handover_date(k.sentenced_on, k.crd, k.ard, k.ped, NULL, k.hdc_actual,
                                                      k.hdc_eligibility, k.indeterminate, k.early_allocation,
                                                      CASE WHEN k.nps_case THEN 'nps' ELSE 'crc' END, k.mappa_level,
                                                      k.home_area = 'Wales', 'auto', k.parole_process_start) AS handover_date) o;
COMMENT ON VIEW @s@.om_responsibility IS 'Who holds offender-management responsibility for each person in custody on the report date: under the 2013 model (handover at release - 6 months or the start of parole, back to prison after a refusal until the next review, R-OM-2, R-OM-3) and under the OMiC rule in force on the handover day (2019 or 2023), with the POM grade while the prison holds the case (R-OM-4).';
COMMENT ON COLUMN @s@.om_responsibility.person_id IS 'The person.';
COMMENT ON COLUMN @s@.om_responsibility.region IS 'Region that will supervise.';
COMMENT ON COLUMN @s@.om_responsibility.prison_code IS 'Prison, NOMIS code.';
COMMENT ON COLUMN @s@.om_responsibility.tier IS 'Case tier.';
COMMENT ON COLUMN @s@.om_responsibility.rosh IS 'Risk of Serious Harm.';
COMMENT ON COLUMN @s@.om_responsibility.mappa_level IS 'MAPPA level.';
COMMENT ON COLUMN @s@.om_responsibility.in_scope IS 'In scope of offender management (R-OM-1).';
COMMENT ON COLUMN @s@.om_responsibility.release_date IS 'Release date.';
COMMENT ON COLUMN @s@.om_responsibility.handover_date_2013 IS 'Handover under the 2013 model: release - 6 months or the start of parole, whichever first (R-OM-2).';
COMMENT ON COLUMN @s@.om_responsibility.responsibility_2013 IS 'prison or community under the 2013 model, refusals included (R-OM-2, R-OM-3).';
COMMENT ON COLUMN @s@.om_responsibility.omic_handover_date IS 'Handover under the OMiC rule in force (ttg.omic_handover_date, era auto).';
COMMENT ON COLUMN @s@.om_responsibility.omic_responsibility IS 'prison or community under OMiC on the report date.';
COMMENT ON COLUMN @s@.om_responsibility.pom_grade IS 'probation_officer (tiers A, B) or prison_officer while the prison holds the case under OMiC (R-OM-4); NULL once the community holds it.';

-- The optimal Unpaid Work placement for everyone waiting (R-UPW-1, R-UPW-6, R-UPW-7, R-UPW-8).
CREATE VIEW @s@.placement_plan WITH (security_invoker = true) AS
  SELECT m.person_id AS order_id, o.case_id, c.region, c.team, m.placement_id IS NOT NULL AS placed,
         m.placement_id, p.name AS placement, p.town, m.travel_minutes, m.reason
    FROM ttg.match_placements(
           'SELECT o.order_id AS person_id, o.home_lat AS lat, o.home_lon AS lon, c.sex, o.avoid_all_male,
                   o.ete_eligible, o.rosh, o.available_days
              FROM @s@.upw_orders o JOIN @s@.cases c ON c.case_id = o.case_id
             WHERE o.awaiting_placement',
           'SELECT placement_id, lat, lon, capacity, environment, provides_ete, accepts_high_rosh, session_days
              FROM @s@.placements',
           'SELECT order_id AS person_id, placement_id, minutes FROM @s@.travel_times',
           (SELECT st.ete_bonus_minutes FROM @s@.settings st)) m
    JOIN @s@.upw_orders o ON o.order_id = m.person_id
    JOIN @s@.cases c ON c.case_id = o.case_id
    LEFT JOIN @s@.placements p ON p.placement_id = m.placement_id;
COMMENT ON VIEW @s@.placement_plan IS 'The optimal match (ttg.match_placements: most people placed, then least travel with the ETE bonus) of everyone awaiting an Unpaid Work placement, under the 90-minute limit, the all-male choice, female-only places, ROSH, days and capacity; routed times from travel_times replace estimates. Every waiting person appears once, with the reason when unplaced. Solved afresh on each read.';
COMMENT ON COLUMN @s@.placement_plan.order_id IS 'The order (person) waiting.';
COMMENT ON COLUMN @s@.placement_plan.case_id IS 'The case.';
COMMENT ON COLUMN @s@.placement_plan.region IS 'Region of the case.';
COMMENT ON COLUMN @s@.placement_plan.team IS 'Team of the case.';
COMMENT ON COLUMN @s@.placement_plan.placed IS 'True when the plan places the person.';
COMMENT ON COLUMN @s@.placement_plan.placement_id IS 'The placement; NULL when unplaced.';
COMMENT ON COLUMN @s@.placement_plan.placement IS 'Placement name.';
COMMENT ON COLUMN @s@.placement_plan.town IS 'Placement town.';
COMMENT ON COLUMN @s@.placement_plan.travel_minutes IS 'Travel each way, minutes (routed when known, else estimated).';
COMMENT ON COLUMN @s@.placement_plan.reason IS 'Why an unplaced person could not be placed: no_placement_in_travel_limit, no_placement_fits_rules (with the rule and the nearest placement) or capacity_taken.';

-- Contact compliance, case by case and month by month (R-MCS-1 to R-MCS-7).
CREATE VIEW @s@.mcs_case_month WITH (security_invoker = true) AS
  SELECT c.case_id, c.region, c.team, c.brag, m.month,
         j.mcs_met, j.brag_met, j.contacts, j.valid_contacts, j.reason, j.failure AS commonest_failure
    FROM @s@.cases c
    CROSS JOIN @s@.settings st
    CROSS JOIN @s@.report_date r
    CROSS JOIN LATERAL ttg.mcs_months(c.isp_completed_on, least(coalesce(c.supervision_end, r.as_of), r.as_of),
                                      st.partial_month) AS m(month)
    LEFT JOIN (SELECT k.case_id, date_trunc('month', k.appointment_at)::date AS month,
                      ttg.mcs_tally(k.contact_type, k.appointment_at, k.notified_at, k.outcome, k.available_minutes,
                                    k.other_activity, k.next_offered_on, k.next_appointment_on, s2.reoffer_rule) AS tally
                 FROM @s@.contacts k CROSS JOIN @s@.settings s2
                GROUP BY 1, 2) t ON t.case_id = c.case_id AND t.month = m.month
    CROSS JOIN LATERAL ttg.mcs_month(t.tally, CASE c.brag WHEN 'red' THEN st.brag_red WHEN 'amber' THEN st.brag_amber
                                                          WHEN 'blue' THEN st.brag_blue ELSE st.brag_green END) j
   WHERE c.isp_completed_on IS NOT NULL
     AND c.isp_completed_on <= least(coalesce(c.supervision_end, r.as_of), r.as_of)
     AND ttg.mcs_in_scope(c.requirements);
COMMENT ON VIEW @s@.mcs_case_month IS 'One row per case in scope (R-MCS-5) per month it must be seen in, from ISP completion to the end of supervision or the report date (settings.partial_month decides the part months, R-MCS-1): whether the month holds a valid face-to-face case-manager contact (R-MCS-2, R-MCS-3) attended or missed and re-offered in time (R-MCS-4, settings.reoffer_rule), whether the BRAG frequency is met (R-MCS-6), and why not.';
COMMENT ON COLUMN @s@.mcs_case_month.case_id IS 'The case.';
COMMENT ON COLUMN @s@.mcs_case_month.region IS 'Region.';
COMMENT ON COLUMN @s@.mcs_case_month.team IS 'Team.';
COMMENT ON COLUMN @s@.mcs_case_month.brag IS 'BRAG status of the case.';
COMMENT ON COLUMN @s@.mcs_case_month.month IS 'First day of the month.';
COMMENT ON COLUMN @s@.mcs_case_month.mcs_met IS 'True when the Minimum Contact Specification is met this month (R-MCS-1).';
COMMENT ON COLUMN @s@.mcs_case_month.brag_met IS 'True when the BRAG frequency of settings is met (R-MCS-6).';
COMMENT ON COLUMN @s@.mcs_case_month.contacts IS 'Contacts recorded in the month.';
COMMENT ON COLUMN @s@.mcs_case_month.valid_contacts IS 'Valid case-manager contacts in the month (R-MCS-2, R-MCS-3).';
COMMENT ON COLUMN @s@.mcs_case_month.reason IS 'Why not met: no_contact, no_valid_contact, missed_without_reoffer or no_attended_contact; NULL when met.';
COMMENT ON COLUMN @s@.mcs_case_month.commonest_failure IS 'The commonest reason contacts of the month were not valid (ttg.mcs_contact_failure); NULL when none failed.';

CREATE VIEW @s@.mcs_team_month WITH (security_invoker = true) AS
  SELECT cm.region, cm.team, cm.month, count(*)::integer AS cases,
         count(*) FILTER (WHERE cm.mcs_met)::integer AS cases_met,
         round(ttg.mcs_rate(cm.mcs_met), 1) AS rate_percent,
         ttg.mcs_band(ttg.mcs_rate(cm.mcs_met), cm.month, st.mcs_target, st.mcs_trigger) AS band,
         round(ttg.mcs_rate(cm.brag_met), 1) AS brag_rate_percent,
         count(*) FILTER (WHERE cm.reason = 'no_contact')::integer AS no_contact,
         count(*) FILTER (WHERE cm.reason = 'no_valid_contact')::integer AS no_valid_contact,
         count(*) FILTER (WHERE cm.reason = 'missed_without_reoffer')::integer AS missed_without_reoffer,
         count(*) FILTER (WHERE cm.reason = 'no_attended_contact')::integer AS no_attended_contact
    FROM @s@.mcs_case_month cm
    CROSS JOIN @s@.settings st
   GROUP BY cm.region, cm.team, cm.month, st.mcs_target, st.mcs_trigger;
COMMENT ON VIEW @s@.mcs_team_month IS 'Contact compliance per region, team and month: the share of case-months met and its band against the target and trigger of settings (R-MCS-7: 95% and 85% by default; ramp-up to December 2018), with the reasons counted.';
COMMENT ON COLUMN @s@.mcs_team_month.region IS 'Region.';
COMMENT ON COLUMN @s@.mcs_team_month.team IS 'Team.';
COMMENT ON COLUMN @s@.mcs_team_month.month IS 'First day of the month.';
COMMENT ON COLUMN @s@.mcs_team_month.cases IS 'Cases in scope that month.';
COMMENT ON COLUMN @s@.mcs_team_month.cases_met IS 'Of them, met.';
COMMENT ON COLUMN @s@.mcs_team_month.rate_percent IS 'Percentage met (R-MCS-7), one decimal.';
COMMENT ON COLUMN @s@.mcs_team_month.band IS 'met, below_target, improvement, ramp_up or not_applicable (ttg.mcs_band on the exact rate).';
COMMENT ON COLUMN @s@.mcs_team_month.brag_rate_percent IS 'Percentage meeting their BRAG frequency (R-MCS-6).';
COMMENT ON COLUMN @s@.mcs_team_month.no_contact IS 'Case-months with no contact at all.';
COMMENT ON COLUMN @s@.mcs_team_month.no_valid_contact IS 'Case-months with contacts, none valid.';
COMMENT ON COLUMN @s@.mcs_team_month.missed_without_reoffer IS 'Case-months whose valid contact was missed and not re-offered within 5 business days.';
COMMENT ON COLUMN @s@.mcs_team_month.no_attended_contact IS 'Case-months with valid contacts none of which was attended or missed (not yet recorded, or moved by the service user).';
$t$ $ddl$;
COMMENT ON FUNCTION ttg._reporting_views_ddl() IS 'Internal: the views of a reporting model, with @s@ for the schema.';

-- ===========================================================================
-- Demo data (issue 7): realistic, reproducible synthetic extracts.
-- ===========================================================================

-- Towns of England and Wales with their probation region (coordinates: town
-- centres, WGS84, rounded to 0.01 degree).
CREATE FUNCTION ttg._demo_towns(OUT town text, OUT region text, OUT lat float8, OUT lon float8, OUT weight int)
RETURNS SETOF record LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
VALUES ('Nottingham', 'DLNR', 52.95, -1.16, 8), ('Derby', 'DLNR', 52.92, -1.48, 6),
       ('Leicester', 'DLNR', 52.64, -1.13, 8), ('Mansfield', 'DLNR', 53.14, -1.20, 3),
       ('Chesterfield', 'DLNR', 53.24, -1.42, 3), ('Loughborough', 'DLNR', 52.77, -1.21, 2),
       ('Lincoln', 'DLNR', 53.23, -0.54, 3), ('Birmingham', 'SWM', 52.48, -1.89, 12),
       ('Wolverhampton', 'SWM', 52.59, -2.13, 6), ('Coventry', 'SWM', 52.41, -1.51, 6),
       ('Stoke-on-Trent', 'SWM', 53.00, -2.18, 5), ('Walsall', 'SWM', 52.59, -1.98, 4),
       ('Stafford', 'SWM', 52.81, -2.12, 2), ('Burton upon Trent', 'SWM', 52.80, -1.64, 2),
       ('Cardiff', 'Wales', 51.48, -3.18, 6), ('Swansea', 'Wales', 51.62, -3.94, 4),
       ('Newport', 'Wales', 51.58, -3.00, 3), ('Wrexham', 'Wales', 53.05, -2.99, 2),
       ('Bangor', 'Wales', 53.23, -4.13, 1), ('Aberystwyth', 'Wales', 52.42, -4.08, 1)
$$;
COMMENT ON FUNCTION ttg._demo_towns() IS 'Internal: towns used by the demo data, with region, coordinates and a weight.';

-- Prisons used by the demo: NOMIS code, the Contract Package Area it releases
-- to (as in ttg.resettlement_prison for the resettlement prisons) and a weight.
CREATE FUNCTION ttg._demo_prisons(OUT prison_code text, OUT area text, OUT weight int)
RETURNS SETOF record LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
VALUES ('NMI', 'DLNR', 6), ('RNI', 'DLNR', 5), ('FHI', 'DLNR', 2), ('SUI', 'DLNR', 3), ('LCI', 'DLNR', 3),
       ('BMI', 'SWM', 7), ('OWI', 'SWM', 8), ('BSI', 'SWM', 3), ('DGI', 'SWM', 4), ('DHI', 'SWM', 2),
       ('HEI', 'WWM', 4), ('PBI', 'BeNCH', 2), ('CFI', 'Wales', 5), ('SWI', 'Wales', 3), ('PRI', 'Wales', 5),
       ('BWI', 'Wales', 5), ('SHI', 'SWM', 3), ('LII', 'DLNR', 3), ('WWI', 'London', 2), ('MRI', 'North West', 2)
$$;
COMMENT ON FUNCTION ttg._demo_prisons() IS 'Internal: prisons used by the demo data (NOMIS code), with the area they release to and a weight.';

CREATE FUNCTION ttg.generate_demo_data(target_schema name, cases integer DEFAULT 10000, seed integer DEFAULT 1,
                                       history_months integer DEFAULT 12)
RETURNS TABLE(table_name text, rows_loaded bigint)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  s text := quote_ident(target_schema);
  as_of date;
  n bigint;
BEGIN
  IF target_schema IS NULL OR cases IS NULL OR seed IS NULL OR history_months IS NULL THEN
    RAISE EXCEPTION 'generate_demo_data: no argument may be NULL' USING ERRCODE = '22004';
  END IF;
  IF cases < 1 OR cases > 10000000 THEN
    RAISE EXCEPTION 'generate_demo_data: cases must be between 1 and 10000000, not %', cases
      USING ERRCODE = '22023', HINT = 'The default is 10000.';
  END IF;
  IF history_months < 1 OR history_months > 120 THEN
    RAISE EXCEPTION 'generate_demo_data: history_months must be between 1 and 120, not %', history_months
      USING ERRCODE = '22023', HINT = 'The default is 12.';
  END IF;
  IF to_regclass(s || '.settings') IS NULL THEN
    RAISE EXCEPTION 'schema "%" holds no reporting model', target_schema
      USING ERRCODE = '42P01', HINT = 'Create it first: SELECT ttg.create_reporting_model(''' || target_schema || ''').';
  END IF;
  EXECUTE format('SELECT coalesce(as_of, current_date) FROM %s.settings', s) INTO as_of;
  PERFORM setseed((seed % 1000000) / 1000000.0);

  -- Weighted pickers: a random number in [0, 1) picks a town or prison by cumulative weight.
  CREATE TEMP TABLE IF NOT EXISTS _ttg_towns ON COMMIT DROP AS
    SELECT t.*, (sum(weight) OVER (ORDER BY town) - weight)::float8 / sum(weight) OVER () AS lo,
           sum(weight) OVER (ORDER BY town)::float8 / sum(weight) OVER () AS hi
      FROM ttg._demo_towns() t;
  CREATE TEMP TABLE IF NOT EXISTS _ttg_prisons ON COMMIT DROP AS
    SELECT p.*, (sum(weight) OVER (ORDER BY prison_code) - weight)::float8 / sum(weight) OVER () AS lo,
           sum(weight) OVER (ORDER BY prison_code)::float8 / sum(weight) OVER () AS hi
      FROM ttg._demo_prisons() p;

  -- Cases: orders and licences over the regions; ISP within three weeks of the start.
  EXECUTE format($q$
    INSERT INTO %1$s.cases
    SELECT g, t.region, t.town || ' ' || (1 + (g %% 3))::text, CASE WHEN r.sx < 0.15 THEN 'female' ELSE 'male' END,
           CASE WHEN r.bg < 0.10 THEN 'red' WHEN r.bg < 0.35 THEN 'amber' WHEN r.bg < 0.95 THEN 'green' ELSE 'blue' END,
           ot.order_type, ot.reqs, st.start + (r.isp * 21)::int, st.start,
           CASE WHEN r.en < 0.3 THEN st.start + (180 + r.en * 900)::int END
      FROM generate_series(1, %2$s) g
      CROSS JOIN LATERAL (SELECT random() AS tw, random() AS sx, random() AS bg, random() AS ot, random() AS rq,
                                 random() AS isp, random() AS en, random() AS sd, g AS g2) r
      JOIN _ttg_towns t ON r.tw >= t.lo AND r.tw < t.hi
      CROSS JOIN LATERAL (SELECT %3$L::date - (30 + r.sd * %4$s * 30.4)::int AS start) st
      CROSS JOIN LATERAL (SELECT
          CASE WHEN r.ot < 0.40 THEN 'community_order' WHEN r.ot < 0.60 THEN 'suspended_sentence_order'
               WHEN r.ot < 0.95 THEN 'licence' ELSE 'post_sentence_supervision' END AS order_type,
          CASE WHEN r.ot >= 0.60 THEN '{}'::text[]
               WHEN r.rq < 0.25 THEN '{unpaid_work}'::text[]
               WHEN r.rq < 0.32 THEN '{unpaid_work,curfew}'::text[]
               WHEN r.rq < 0.36 THEN '{curfew,electronic_monitoring}'::text[]
               WHEN r.rq < 0.60 THEN '{rar}'::text[]
               WHEN r.rq < 0.75 THEN '{rar,unpaid_work}'::text[]
               WHEN r.rq < 0.85 THEN '{accredited_programme,rar}'::text[]
               WHEN r.rq < 0.92 THEN '{drug_rehabilitation,rar}'::text[]
               ELSE '{alcohol_treatment,rar}'::text[] END AS reqs) ot
  $q$, s, cases, as_of, history_months);
  GET DIAGNOSTICS n = ROW_COUNT; table_name := 'cases'; rows_loaded := n; RETURN NEXT;

  -- Contacts: about two a month from ISP completion to the end (or as_of), with the
  -- failures the rules look for: no written notice, cancelled or rearranged by the
  -- case manager, under 30 minutes, shared time, missed without a timely re-offer.
  EXECUTE format($q$
    INSERT INTO %1$s.contacts
    SELECT row_number() OVER (ORDER BY c.case_id, k.at), c.case_id, k.ctype, k.at,
           CASE WHEN k.r1 < 0.04 THEN NULL ELSE k.at - make_interval(days => 2 + (k.r2 * 12)::int) END,
           CASE WHEN k.at::date > %2$L::date THEN NULL
                WHEN k.r3 < 0.80 THEN 'attended' WHEN k.r3 < 0.88 THEN 'failed_to_attend'
                WHEN k.r3 < 0.91 THEN 'acceptable_absence' WHEN k.r3 < 0.94 THEN 'cancelled_by_case_manager'
                WHEN k.r3 < 0.96 THEN 'rearranged_by_case_manager' ELSE 'rearranged_by_service_user' END,
           CASE WHEN k.r4 < 0.03 THEN NULL WHEN k.r4 < 0.08 THEN 20 ELSE 30 + (k.r4 * 30)::int END,
           CASE WHEN k.r5 < 0.02 THEN NULL ELSE k.r5 > 0.97 END,
           CASE WHEN k.r3 >= 0.80 AND k.r3 < 0.91 AND k.r6 > 0.05 THEN k.at::date + (1 + k.r6 * 8)::int END,
           CASE WHEN k.r3 >= 0.80 AND k.r3 < 0.91 AND k.r6 > 0.05 THEN k.at::date + (3 + k.r6 * 10)::int END
      FROM %1$s.cases c
      CROSS JOIN LATERAL generate_series(0, greatest(0, (least(coalesce(c.supervision_end, %2$L::date), %2$L::date)
                                          - coalesce(c.isp_completed_on, c.supervision_start)) / 15)) AS slot
      CROSS JOIN LATERAL (SELECT random() AS r0, random() AS r1, random() AS r2, random() AS r3,
                                 random() AS r4, random() AS r5, random() AS r6, random() AS r7, slot AS s2) r
      CROSS JOIN LATERAL (SELECT
          (coalesce(c.isp_completed_on, c.supervision_start) + slot * 15 + (r.r0 * 10)::int)::timestamp
            + make_interval(hours => 9 + (r.r7 * 7)::int) AS at,
          CASE WHEN r.r7 < 0.72 THEN 'COAP' WHEN r.r7 < 0.76 THEN 'COAI' WHEN r.r7 < 0.88 THEN 'CHVS'
               WHEN r.r7 < 0.95 THEN 'CRAR' ELSE 'CTOA' END AS ctype,
          r.r1, r.r2, r.r3, r.r4, r.r5, r.r6) k
     WHERE c.isp_completed_on IS NOT NULL AND r.r0 > 0.04
  $q$, s, as_of);
  GET DIAGNOSTICS n = ROW_COUNT; table_name := 'contacts'; rows_loaded := n; RETURN NEXT;

  -- Custody: one person in custody for every four cases; release dates ahead of and
  -- behind as_of; parole processes for the longer sentences.
  EXECUTE format($q$
    INSERT INTO %1$s.custody
    SELECT g, h.home_area, h.home_area, p.prison_code, sm.months, sm.sentenced,
           r.ind < 0.03, ped.ped,
           CASE WHEN r.ind >= 0.03 THEN sm.sentenced + (sm.months * 30.4 / 2)::int END,
           NULL,
           CASE WHEN sm.months < 48 AND r.ind >= 0.03 THEN sm.sentenced + (sm.months * 30.4 / 2)::int - 135 END,
           CASE WHEN sm.months < 48 AND r.ind >= 0.03 AND r.hd < 0.3 THEN sm.sentenced + (sm.months * 30.4 / 2)::int - 120 END,
           NULL, NULL,
           CASE WHEN ped.ped IS NOT NULL THEN ped.ped - 240 END,
           CASE WHEN ped.ped IS NOT NULL AND r.pr < 0.3 AND ped.ped < %2$L::date THEN ped.ped END,
           CASE WHEN ped.ped IS NOT NULL AND r.pr < 0.3 AND ped.ped < %2$L::date THEN ped.ped + 365 END,
           (ARRAY['low', 'medium', 'medium', 'high', 'high', 'very_high'])[1 + floor(r.rs * 6)::int],
           (ARRAY['A', 'B', 'B', 'C', 'C', 'D'])[1 + floor(r.tr * 6)::int],
           CASE WHEN r.mp < 0.70 THEN NULL WHEN r.mp < 0.90 THEN 1 WHEN r.mp < 0.97 THEN 2 ELSE 3 END,
           r.ind < 0.03, r.pp < 0.05, r.np < 0.55, r.ea < 0.02
      FROM generate_series(1, greatest(1, %3$s / 4)) g
      CROSS JOIN LATERAL (SELECT random() AS pw, random() AS hm, random() AS sl, random() AS ag, random() AS ind,
                                 random() AS hd, random() AS pr, random() AS rs, random() AS tr, random() AS mp,
                                 random() AS pp, random() AS np, random() AS ea, random() AS pe, g AS g2) r
      JOIN _ttg_prisons p ON r.pw >= p.lo AND r.pw < p.hi
      CROSS JOIN LATERAL (SELECT CASE WHEN r.hm < 0.78 AND p.area IN ('DLNR', 'SWM', 'Wales') THEN p.area
                                      ELSE (ARRAY['DLNR', 'SWM', 'Wales'])[1 + (r.hm * 100)::int %% 3] END AS home_area) h
      CROSS JOIN LATERAL (SELECT (12 + (r.sl ^ 2) * 108)::int AS months) m
      CROSS JOIN LATERAL (SELECT m.months,
                                 (%2$L::date - (r.ag * least(m.months * 30.4 / 2, 900) + 30)::int + 60) AS sentenced) sm
      CROSS JOIN LATERAL (SELECT CASE WHEN r.ind < 0.03 OR (sm.months >= 48 AND r.pe < 0.5)
                                      THEN sm.sentenced + (sm.months * 30.4 / 3)::int END AS ped) ped
  $q$, s, as_of, cases);
  GET DIAGNOSTICS n = ROW_COUNT; table_name := 'custody'; rows_loaded := n; RETURN NEXT;

  -- Placements: about one for every fifty cases, in the towns, of each environment.
  EXECUTE format($q$
    INSERT INTO %1$s.placements
    SELECT g, t.region, t.town || ' ' || (ARRAY['community garden', 'charity shop', 'canal clearance', 'church hall',
                                                'food bank', 'park maintenance', 'furniture project'])[1 + g %% 7],
           t.town, t.lat + (r.dy - 0.5) * 0.08, t.lon + (r.dx - 0.5) * 0.12,
           2 + (r.cp * 8)::int,
           CASE WHEN r.ev < 0.35 THEN 'all_male' WHEN r.ev < 0.85 THEN 'mixed' WHEN r.ev < 0.93 THEN 'female_only' ELSE 'individual' END,
           r.et < 0.25, r.hr < 0.40,
           CASE WHEN r.dd < 0.5 THEN 31 WHEN r.dd < 0.8 THEN 127 ELSE 96 END
      FROM generate_series(1, greatest(3, %2$s / 50)) g
      CROSS JOIN LATERAL (SELECT random() AS tw, random() AS dy, random() AS dx, random() AS cp, random() AS ev,
                                 random() AS et, random() AS hr, random() AS dd, g AS g2) r
      JOIN _ttg_towns t ON r.tw >= t.lo AND r.tw < t.hi
  $q$, s, cases);
  GET DIAGNOSTICS n = ROW_COUNT; table_name := 'placements'; rows_loaded := n; RETURN NEXT;

  -- Unpaid Work orders for the cases with an unpaid_work requirement.
  EXECUTE format($q$
    INSERT INTO %1$s.upw_orders
    SELECT c.case_id, c.case_id, c.supervision_start, c.supervision_start + (r.st * 10)::int,
           CASE WHEN r.asd < 0.9 THEN c.supervision_start + (3 + r.asd * 12)::int END,
           CASE WHEN r.fs < 0.85 AND c.supervision_start + 40 < %2$L::date THEN c.supervision_start + (r.st * 10)::int + (2 + r.fs * 22)::int END,
           h.hours, least(h.hours, round((h.hours * least(1.0, greatest(0, %2$L::date - c.supervision_start - 10) / 365.0) * (0.75 + r.pg * 0.45))::numeric)),
           r.ee < 0.3, CASE WHEN r.ee < 0.3 THEN round((r.em * h.hours * 60 * 0.25)::numeric) ELSE 0 END,
           t.lat + (r.dy - 0.5) * 0.10, t.lon + (r.dx - 0.5) * 0.15,
           c.sex = 'female' AND r.am < 0.6,
           CASE WHEN r.av < 0.4 THEN NULL WHEN r.av < 0.7 THEN 31 WHEN r.av < 0.9 THEN 96 ELSE 21 END,
           (ARRAY['low', 'low', 'medium', 'medium', 'high', 'very_high'])[1 + floor(r.rs * 6)::int],
           r.aw < 0.08
      FROM %1$s.cases c
      JOIN _ttg_towns t ON c.team LIKE t.town || ' %%'
      CROSS JOIN LATERAL (SELECT random() AS st, random() AS asd, random() AS fs, random() AS pg, random() AS ee,
                                 random() AS em, random() AS dy, random() AS dx, random() AS am, random() AS av,
                                 random() AS rs, random() AS aw, random() AS hr, c.case_id AS c2) r
      CROSS JOIN LATERAL (SELECT (ARRAY[40, 60, 80, 100, 120, 150, 200, 250, 300])[1 + floor(r.hr * 9)::int]::numeric AS hours) h
     WHERE 'unpaid_work' = ANY (c.requirements)
  $q$, s, as_of);
  GET DIAGNOSTICS n = ROW_COUNT; table_name := 'upw_orders'; rows_loaded := n; RETURN NEXT;

  -- Sessions: the last few weeks of work, at a placement of the order's region.
  EXECUTE format($q$
    INSERT INTO %1$s.upw_sessions
    SELECT row_number() OVER (ORDER BY o.order_id, w), o.order_id,
           pr.ids[1 + (r.pk * (cardinality(pr.ids) - 1))::int],
           %2$L::date - 7 * w - (r.dd * 4)::int, 420,
           round((10 + r.tt ^ 2 * 100)::numeric), round((10 + r.tr ^ 2 * 100)::numeric), r.sp < 0.7, false
      FROM %1$s.upw_orders o
      JOIN %1$s.cases c USING (case_id)
      JOIN (SELECT region, array_agg(placement_id ORDER BY placement_id) AS ids
              FROM %1$s.placements GROUP BY region) pr ON pr.region = c.region
      CROSS JOIN generate_series(1, 4) w
      CROSS JOIN LATERAL (SELECT random() AS dd, random() AS tt, random() AS tr, random() AS sp, random() AS pk, o.order_id + w AS w2) r
     WHERE NOT o.awaiting_placement AND o.first_session_on IS NOT NULL AND o.first_session_on < %2$L::date - 7 * w
  $q$, s, as_of);
  GET DIAGNOSTICS n = ROW_COUNT; table_name := 'upw_sessions'; rows_loaded := n; RETURN NEXT;

  EXECUTE format('ANALYZE %1$s.cases; ANALYZE %1$s.contacts; ANALYZE %1$s.custody; ANALYZE %1$s.placements;
                  ANALYZE %1$s.upw_orders; ANALYZE %1$s.upw_sessions', s);
  DROP TABLE IF EXISTS _ttg_towns;
  DROP TABLE IF EXISTS _ttg_prisons;
END
$fn$;
COMMENT ON FUNCTION ttg.generate_demo_data(name, integer, integer, integer) IS
  'Fill a reporting model with realistic synthetic data: cases over English and Welsh towns, contacts with the failures the MCS rules look for, people in custody in real prisons, Unpaid Work orders, sessions and placements. The same seed gives the same data for the same settings.as_of (NULL: today). history_months sets how far back supervision starts.';
