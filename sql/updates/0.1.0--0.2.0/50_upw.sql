-- Unpaid Work: the ETE cap in whole minutes, for those eligible, as dated policy (R-UPW-6).

COMMENT ON FUNCTION ttg.upw_start_days(date) IS
  'Business days allowed from sentence to the first work session by the rule in force on sentence_date (R-UPW-4, Draft Target Operating Model update, 2020, 3.5 and 3.6): 7 before 26 June 2021, 15 from then (the 20 of the draft model was never in force). Outside 1978..2099: 22008. NULL in, NULL out.';

COMMENT ON FUNCTION ttg.upw_ete_cap_minutes(numeric, numeric) IS
  'Most minutes of ETE activity that may count against the hours ordered (R-UPW-6), in whole minutes as the services count: the minutes ordered (hours_ordered * 60, to the nearest minute) times cap, truncated (20 minutes at 0.30 is 6). cap defaults to 0.20 (the 20% of the Draft Target Operating Model update, 2020); the dated policy and eligibility are in the four-argument form. hours_ordered <= 0 or cap outside 0..1: 22023. NULL in, NULL out.';

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
