
-- ===========================================================================
-- Unpaid Work timescales and hours, on the business-day calendar.
-- R-UPW-3 assessment in 10 business days; R-UPW-4 first session in 7 business
-- days before 26 June 2021, 15 from then; R-UPW-5 reviews at 6 and 9 months,
-- hours done in 12; R-UPW-6 ETE hours capped at a share of the hours ordered.
-- ===========================================================================

CREATE FUNCTION ttg.upw_assessment_due(sentence_date date) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_sql_upw_assessment_due'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_assessment_due(date) IS
  'The day the Unpaid Work assessment is due (R-UPW-3): the 10th business day after sentence_date (England and Wales bank holidays skipped; the sentence day never counts). Outside 1978..2099: 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_start_days(sentence_date date) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_sql_upw_start_days'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_start_days(date) IS
  'Business days allowed from sentence to the first work session by the rule in force on sentence_date (R-UPW-4, Draft Target Operating Model update, 2020, 3.5 and 3.6): 7 before 26 June 2021, 15 from then (the 20 of the draft model was never in force). Outside 1978..2099: 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_start_due(sentence_date date) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_sql_upw_start_due'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_start_due(date) IS
  'The last day for the first work session (R-UPW-4, date-effective): the upw_start_days(sentence_date)-th business day after sentence_date, 7 for orders made before 26 June 2021 and 15 from then. Outside 1978..2099: 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_start_due(sentence_date date, business_days integer) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_sql_upw_start_due_business_days'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_start_due(date, integer) IS
  'The first work session deadline for a local target: the business_days-th business day after sentence_date (R-UPW-4). business_days below 1: 22023; outside 1978..2099: 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_review_dates(order_start date) RETURNS date[]
  AS 'MODULE_PATHNAME', 'ttg_sql_upw_review_dates'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_review_dates(date) IS
  'The 6-month and 9-month review dates of an Unpaid Work requirement (R-UPW-5), {order_start + 6 months, order_start + 9 months}, with PostgreSQL''s month arithmetic: a day missing from the target month becomes its last day (31 Aug + 6 months = 28 or 29 Feb). Outside 1978..2099: 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_completion_due(order_start date) RETURNS date
  AS 'MODULE_PATHNAME', 'ttg_sql_upw_completion_due'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_completion_due(date) IS
  'The day by which all hours are to be done (R-UPW-5): order_start + 12 months, clamped like date + interval ''12 months'' (29 Feb 2024 gives 28 Feb 2025). Outside 1978..2099: 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_progress(hours_ordered numeric, hours_completed numeric,
                                 order_start date, as_of date,
                                 tolerance_hours numeric DEFAULT 0)
  RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_sql_upw_progress'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_progress(numeric, numeric, date, date, numeric) IS
  'Progress of an Unpaid Work requirement at as_of against an even pace over its 12 months (R-UPW-5): complete when hours_completed = hours_ordered; else overdue when as_of is after upw_completion_due(order_start); else on_track when hours_completed + tolerance_hours >= hours_ordered * elapsed / total (elapsed = as_of - order_start, total = completion date - order_start, in days), compared exactly; else behind. hours_ordered <= 0, negative hours or tolerance, hours_completed above hours_ordered, or as_of before order_start: 22023; dates outside 1978..2099: 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_ete_cap_minutes(hours_ordered numeric, cap numeric DEFAULT 0.20)
  RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_sql_upw_ete_cap_minutes'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_ete_cap_minutes(numeric, numeric) IS
  'Most minutes of ETE activity that may count against the hours ordered (R-UPW-6), in whole minutes as the services count: the minutes ordered (hours_ordered * 60, to the nearest minute) times cap, truncated (20 minutes at 0.30 is 6). cap defaults to 0.20 (the 20% of the Draft Target Operating Model update, 2020); the dated policy and eligibility are in the four-argument form. hours_ordered <= 0 or cap outside 0..1: 22023. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_ete_ok(hours_ordered numeric, ete_minutes_so_far numeric,
                               cap numeric DEFAULT 0.20)
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_upw_ete_ok'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_ete_ok(numeric, numeric, numeric) IS
  'True while ete_minutes_so_far does not exceed upw_ete_cap_minutes(hours_ordered, cap) (R-UPW-6): reaching the cap exactly is still ok. To ask whether a planned session fits, add its minutes to ete_minutes_so_far. Eligibility and the dated policy: the five-argument form. Negative minutes, hours_ordered <= 0 or cap outside 0..1: 22023. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_ete_cap_share(as_of date) RETURNS numeric
  AS 'MODULE_PATHNAME', 'ttg_sql_upw_ete_cap_share'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_ete_cap_share(date) IS
  'The ETE cap in force on as_of as a share of the hours ordered (R-UPW-6, dated policy): 0.20 (Draft Target Operating Model update, 2020) before 1 April 2024, 0.30 (the Community Payback service code) from then. No source dates the change: 1 April 2024 is ttg''s documented choice; pass an explicit cap where a region''s date differs. Outside 1978..2099: 22008. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_ete_cap_minutes(hours_ordered numeric, ete_eligible boolean, as_of date,
                                        cap numeric DEFAULT NULL) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_sql_upw_ete_cap_minutes_eligible'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_ete_cap_minutes(numeric, boolean, date, numeric) IS
  'The ETE cap of R-UPW-6 for one person ("for those eligible"): 0 when ete_eligible is false; else upw_ete_cap_minutes(hours_ordered, cap), with cap NULL (the default) meaning the policy in force on as_of, upw_ete_cap_share(as_of). NULL hours_ordered, ete_eligible or as_of: NULL. hours_ordered <= 0 or cap outside 0..1: 22023; as_of outside 1978..2099: 22008.';

CREATE FUNCTION ttg.upw_ete_ok(hours_ordered numeric, ete_minutes_so_far numeric, ete_eligible boolean,
                               as_of date, cap numeric DEFAULT NULL) RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_upw_ete_ok_eligible'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_ete_ok(numeric, numeric, boolean, date, numeric) IS
  'True while ete_minutes_so_far does not exceed upw_ete_cap_minutes(hours_ordered, ete_eligible, as_of, cap) (R-UPW-6): a person not eligible for ETE is within the cap only with no ETE minutes. NULL hours, minutes, ete_eligible or as_of: NULL. Negative minutes, hours_ordered <= 0 or cap outside 0..1: 22023.';
