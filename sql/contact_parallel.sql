-- contact_parallel: the case-month aggregate and mcs_rate in a forced parallel plan give what a serial plan gives.
SET DateStyle = 'ISO, YMD';

-- 60,000 synthetic contacts over 2,000 cases and six months, a deterministic mix of every
-- contact type, outcome and NULL the rules read (no random(): the same rows every run).
CREATE TABLE pc AS
SELECT g % 2000 + 1 AS case_id,
       (ARRAY['COAP','COAP','COAI','CHVS','CTOA','COAP','IVSC'])[(g * 7) % 7 + 1] AS contact_type,
       at AS appointment_at,
       CASE WHEN g % 13 = 0 THEN NULL WHEN g % 29 = 0 THEN at + interval '1 hour'
            ELSE at - ((g % 10) + 1) * interval '1 day' END AS notified_at,
       (ARRAY['attended','attended','attended','failed_to_attend','acceptable_absence',NULL,
              'cancelled_by_case_manager','rearranged_by_case_manager','rearranged_by_service_user'])[(g * 11) % 9 + 1] AS outcome,
       CASE WHEN g % 17 = 0 THEN NULL ELSE 20 + (g * 3) % 40 END AS available_minutes,
       CASE WHEN g % 19 = 0 THEN NULL ELSE g % 23 = 0 END AS other_activity,
       CASE WHEN g % 5 = 0 THEN NULL ELSE at::date + (g * 13) % 11 - 2 END AS next_offered_on,
       CASE WHEN g % 7 = 0 THEN NULL ELSE at::date + (g * 17) % 12 END AS next_appointment_on
  FROM generate_series(1, 60000) g,
       LATERAL (SELECT timestamp '2026-01-01 09:00' + ((g * 37) % 181) * interval '1 day'
                       + (g % 8) * interval '1 hour' AS at) t;
ANALYZE pc;

CREATE VIEW case_months AS
SELECT case_id, date_trunc('month', appointment_at)::date AS month,
       ttg.mcs_tally(contact_type, appointment_at, notified_at, outcome, available_minutes,
                     other_activity, next_offered_on, next_appointment_on) AS tally
  FROM pc GROUP BY 1, 2;

-- Force a parallel plan.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET enable_sort = off;

EXPLAIN (COSTS OFF)
SELECT month, ttg.mcs_rate(ttg.mcs_met(tally)) FROM case_months GROUP BY month;
EXPLAIN (COSTS OFF)
SELECT ttg.mcs_rate(ttg.mcs_contact_valid(contact_type, appointment_at, notified_at, outcome,
                                          available_minutes, other_activity)) FROM pc;

CREATE TEMP TABLE par_tally AS SELECT case_id, month, tally::text AS tally FROM case_months;
CREATE TEMP TABLE par_rate AS
  SELECT month, ttg.mcs_rate(ttg.mcs_met(tally)) AS rate FROM case_months GROUP BY month;
CREATE TEMP TABLE par_valid AS
  SELECT ttg.mcs_rate(ttg.mcs_contact_valid(contact_type, appointment_at, notified_at, outcome,
                                            available_minutes, other_activity)) AS rate FROM pc;

-- The same, serial.
SET max_parallel_workers_per_gather = 0;
EXPLAIN (COSTS OFF)
SELECT month, ttg.mcs_rate(ttg.mcs_met(tally)) FROM case_months GROUP BY month;
CREATE TEMP TABLE ser_tally AS SELECT case_id, month, tally::text AS tally FROM case_months;
CREATE TEMP TABLE ser_rate AS
  SELECT month, ttg.mcs_rate(ttg.mcs_met(tally)) AS rate FROM case_months GROUP BY month;
CREATE TEMP TABLE ser_valid AS
  SELECT ttg.mcs_rate(ttg.mcs_contact_valid(contact_type, appointment_at, notified_at, outcome,
                                            available_minutes, other_activity)) AS rate FROM pc;
RESET max_parallel_workers_per_gather;
RESET enable_sort;

-- Parallel and serial agree on every case-month tally and every rate.
SELECT (SELECT count(*) FROM par_tally) AS case_months,
       (SELECT count(*) FROM (SELECT * FROM par_tally EXCEPT SELECT * FROM ser_tally) d) AS tallies_only_parallel,
       (SELECT count(*) FROM (SELECT * FROM ser_tally EXCEPT SELECT * FROM par_tally) d) AS tallies_only_serial,
       (SELECT count(*) FROM par_rate p JOIN ser_rate s USING (month) WHERE p.rate = s.rate) AS months_same_rate,
       (SELECT p.rate = s.rate FROM par_valid p, ser_valid s) AS same_valid_rate;

-- And both agree with the rules written out in plain SQL (an independent reading of R-MCS-1 to R-MCS-4,
-- re-offer rule 'offer', with the business-day deadline from ttg.add_business_days).
CREATE TEMP TABLE reference AS
SELECT case_id, date_trunc('month', appointment_at)::date AS month,
       count(*) FILTER (WHERE valid) AS valid,
       count(*) FILTER (WHERE valid AND (outcome = 'attended' OR (outcome IN ('failed_to_attend', 'acceptable_absence')
                          AND next_offered_on BETWEEN appointment_at::date AND ttg.add_business_days(appointment_at::date, 5)))) AS counted
  FROM (SELECT *, coalesce(contact_type IN ('COAP', 'COAI', 'CHVS') AND notified_at < appointment_at
                           AND outcome IS DISTINCT FROM 'cancelled_by_case_manager'
                           AND outcome IS DISTINCT FROM 'rearranged_by_case_manager'
                           AND available_minutes >= 30 AND NOT other_activity, false) AS valid
          FROM pc) x
 GROUP BY 1, 2;
SELECT count(*) AS case_months,
       count(*) FILTER (WHERE r.valid <> m.valid_contacts OR r.counted <> m.counted_contacts) AS mismatches,
       count(*) FILTER (WHERE m.mcs_met) > 0 AND count(*) FILTER (WHERE NOT m.mcs_met) > 0 AS both_outcomes_present
  FROM reference r JOIN par_tally p USING (case_id, month), LATERAL ttg.mcs_month(p.tally::ttg.mcs_tally) m;
SELECT count(*) AS months_agreeing_with_reference
  FROM par_rate p
  JOIN (SELECT month, 100.0 * count(*) FILTER (WHERE counted > 0) / count(*) AS rate FROM reference GROUP BY month) r
    USING (month)
 WHERE round(p.rate, 10) = round(r.rate, 10);
-- Every reason shows up in the synthetic mix.
SELECT m.reason, count(*) > 0 AS present
  FROM par_tally p, LATERAL ttg.mcs_month(p.tally::ttg.mcs_tally) m GROUP BY 1 ORDER BY 1;
