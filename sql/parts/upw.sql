
-- ===========================================================================
-- Unpaid Work timescales and hours, on the business-day calendar.
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
