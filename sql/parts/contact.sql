
-- ===========================================================================
-- Contact compliance: the Minimum Contact Specification.
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
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_rate_step(bigint[], boolean) IS
  'Transition of ttg.mcs_rate: state {met, total} with 0 <= met <= total (else 22023); a NULL met is skipped (STRICT: NULL in, NULL out when called directly). A count past the bigint range: 22003.';

CREATE FUNCTION ttg.mcs_rate_combine(bigint[], bigint[]) RETURNS bigint[]
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_rate_combine'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_rate_combine(bigint[], bigint[]) IS
  'Combine of ttg.mcs_rate: adds two {met, total} states (each 0 <= met <= total, else 22023; a sum past the bigint range: 22003).';

CREATE FUNCTION ttg.mcs_rate_final(bigint[]) RETURNS numeric
  AS 'MODULE_PATHNAME', 'ttg_pg_mcs_rate_final'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_rate_final(bigint[]) IS
  'Final of ttg.mcs_rate: 100 * met / total, NULL when total is 0. A state with met above total or a negative count: 22023.';

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
