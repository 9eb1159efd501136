-- Contact rules as settings and the case history (new in 0.2.0: the update links to this file).

-- ---------------------------------------------------------------------------
-- Contact rules as settings, and the case history (R-MCS-1, R-MCS-3 to R-MCS-5).
-- ---------------------------------------------------------------------------

CREATE FUNCTION ttg.mcs_contact_failure(contact_type text, appointment_at timestamp,
                                        notified_at timestamp, outcome text,
                                        available_minutes integer, other_activity boolean,
                                        notice_lead_minutes integer, sent_home text)
  RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_contact_failure'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_contact_failure(text, timestamp, timestamp, text, integer, boolean, integer, text) IS
  'R-MCS-2, R-MCS-3 as ttg.mcs_contact_failure(six arguments), with two readings as settings: notice_lead_minutes (written notice at least this long before the appointment; 0 or NULL: any time before, the default, as the source names no lead time) and sent_home, how the outcome sent_home_service_issues counts: not_counted (default and NULL: the service did not hold the contact, so it fails as cancelled_by_case_manager), acceptable_absence (counts when re-offered in time, R-MCS-4) or attended. Lead outside 0..527040: 22023.';

CREATE FUNCTION ttg.mcs_contact_valid(contact_type text, appointment_at timestamp,
                                      notified_at timestamp, outcome text,
                                      available_minutes integer, other_activity boolean,
                                      notice_lead_minutes integer, sent_home text)
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_contact_valid'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_contact_valid(text, timestamp, timestamp, text, integer, boolean, integer, text) IS
  'mcs_contact_failure(..., notice_lead_minutes, sent_home) IS NULL. Never NULL.';

CREATE FUNCTION ttg.mcs_in_scope(requirements text[], exempt text[], em_with_curfew_exempt boolean)
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_in_scope'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_in_scope(text[], text[], boolean) IS
  'R-MCS-5 as ttg.mcs_in_scope(requirements, exempt), saying whether electronic_monitoring is exempt alongside an exempt curfew (it is how the curfew is enforced; true is the default of the two-argument form, so curfew with electronic monitoring only is out of scope). NULL in, NULL out.';

CREATE FUNCTION ttg.mcs_tally_step(state ttg.mcs_tally, contact_type text, appointment_at timestamp,
                                   notified_at timestamp, outcome text, available_minutes integer,
                                   other_activity boolean, next_offered_on date, next_appointment_on date,
                                   rule text, calendar text,
                                   following_notified_at timestamp, following_appointment_at timestamp,
                                   notice_lead_minutes integer, sent_home text)
  RETURNS ttg.mcs_tally
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_tally_step'
  LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.mcs_tally_step(ttg.mcs_tally, text, timestamp, timestamp, text, integer, boolean, date, date, text, text, timestamp, timestamp, integer, text) IS
  'Transition of the long ttg.mcs_tally: adds one contact to the tally under the settings given.';

CREATE AGGREGATE ttg.mcs_tally(contact_type text, appointment_at timestamp, notified_at timestamp,
                               outcome text, available_minutes integer, other_activity boolean,
                               next_offered_on date, next_appointment_on date, rule text, calendar text,
                               following_notified_at timestamp, following_appointment_at timestamp,
                               notice_lead_minutes integer, sent_home text) (
  SFUNC = ttg.mcs_tally_step, STYPE = ttg.mcs_tally, INITCOND = '{}',
  COMBINEFUNC = ttg.mcs_tally_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE ttg.mcs_tally(text, timestamp, timestamp, text, integer, boolean, date, date, text, text, timestamp, timestamp, integer, text) IS
  'R-MCS-1 to R-MCS-4 with every setting: as ttg.mcs_tally(..., rule, calendar), plus the following case-manager contact''s notice and appointment times (the re-offer when the record''s next_offered_on and next_appointment_on are both NULL: its notice date is the offer, its appointment date the appointment; R-MCS-4), notice_lead_minutes and sent_home as in ttg.mcs_contact_failure. Parallel (combine function).';

CREATE FUNCTION ttg.mcs_case_months(isp_completed_on date, scope_end date, partial text, go_live date,
                                    requirements text[], exempt text[], em_with_curfew_exempt boolean,
                                    requirement_words text[], requirement_periods daterange[],
                                    pause_kinds text[], pause_periods daterange[], pause_rules text[],
                                    teams text[], regions text[], team_periods daterange[],
                                    attribution text)
  RETURNS TABLE (month date, team text, region text)
  AS 'MODULE_PATHNAME', 'ttg_sql_mcs_case_months'
  LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION ttg.mcs_case_months(date, date, text, date, text[], text[], boolean, text[], daterange[], text[], daterange[], text[], text[], text[], daterange[], text) IS
  'The months a case must be seen in, with its history read (R-MCS-1, R-MCS-5): from the latest of isp_completed_on, 1 October 2018 (the specification''s start) and go_live (an office''s go-live date; NULL: none) to scope_end, part months by partial (full or any). A month is dropped when the requirements active on some day of it (requirement_words with requirement_periods when given, else requirements) are all exempt (ttg.mcs_in_scope with em_with_curfew_exempt), or when pauses take it out: pause_kinds (custody, warrant, suspended) with pause_periods, under pause_rules, three words for custody, warrant and suspended (whole_month: out when paused every day of it, the default and NULL; any_day: out when paused any day; none: stays in). Each month kept is attributed to the team periods (teams, regions, team_periods) by attribution: month_end (the team holding the case on the last day held in the month), by_days (most days, ties to the later) or both (one row per team holding it some day); team and region are NULL when no period covers the month (use the case''s own). Arrays of unequal length: 2202E; NULL elements: 22004; unknown words: 22023.';
