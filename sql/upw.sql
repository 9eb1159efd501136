-- upw: Unpaid Work timescales and hours (R-UPW-3 to R-UPW-6).
SET DateStyle = 'ISO, YMD';
-- err(q) runs q and shows SQLSTATE, message and hint on one line.
\i sql/include/err.sql
-- Expected dates were counted by hand on a printed calendar.

-- R-UPW-3, assessment in 10 business days.
-- Fri 22 Aug 2025 before bank holiday Mon 25 Aug: Tue 26 (1) .. Fri 29 (4), Mon 1 Sep (5) .. Mon 8 Sep (10).
-- Thu 21 Aug 2025: Fri 22 (1), Tue 26 (2) .. Fri 5 Sep (10).
-- Fri 15 Aug 2025: Mon 18 (1) .. Fri 22 (5), Tue 26 (6) .. Mon 1 Sep (10).
-- Sat 23 Aug 2025: as from Friday 22, Mon 8 Sep.
SELECT d, to_char(d, 'Dy') AS dow, ttg.upw_assessment_due(d)
  FROM unnest(ARRAY['2025-08-22', '2025-08-21', '2025-08-15', '2025-08-23']::date[]) d;

-- R-UPW-4, date-effective: 7 business days before 26 June 2021, 15 from then.
-- Fri 25 Jun 2021 (7): Mon 28 (1) .. Fri 2 Jul (5), Mon 5, Tue 6 Jul (7).
-- Sat 26 Jun 2021 (15): Mon 28 (1) .. Fri 16 Jul (15).
-- Mon 28 Jun 2021 (15): Tue 29 (1) .. Mon 19 Jul (15).
-- Fri 22 May 2020 before bank holiday Mon 25 May (7): Tue 26 (1) .. Fri 29 (4), Mon 1, Tue 2, Wed 3 Jun (7).
-- Fri 22 Aug 2025 before bank holiday Mon 25 Aug (15): Mon 8 Sep (10) .. Mon 15 Sep (15).
SELECT d, to_char(d, 'Dy') AS dow, ttg.upw_start_days(d) AS days, ttg.upw_start_due(d)
  FROM unnest(ARRAY['2021-06-25', '2021-06-26', '2021-06-28', '2020-05-22', '2025-08-22']::date[]) d;

-- A local target: 20 days from Fri 22 Aug 2025 is Mon 22 Sep; 1 day is Tue 26 Aug;
-- 7 days from 26 Jun 2021 overrides the 15 in force (Tue 6 Jul... from Sat: Mon 28 (1) .. Tue 6 Jul (7)).
SELECT ttg.upw_start_due('2025-08-22', 20) AS a_0922,
       ttg.upw_start_due('2025-08-22', 1) AS b_0826,
       ttg.upw_start_due('2021-06-26', 7) AS c_0706;

-- R-UPW-5: reviews at 6 and 9 months, completion at 12, with PostgreSQL's month-end
-- arithmetic (checked here against date + interval itself as well as by hand).
SELECT s, ttg.upw_review_dates(s) AS reviews, ttg.upw_completion_due(s) AS completion,
       ttg.upw_review_dates(s) = ARRAY[(s + interval '6 months')::date, (s + interval '9 months')::date]
         AND ttg.upw_completion_due(s) = (s + interval '12 months')::date AS same_as_interval
  FROM unnest(ARRAY['2025-01-29', '2025-01-30', '2025-01-31', '2025-08-31', '2023-08-31',
                    '2025-05-31', '2025-03-31', '2024-02-29', '2025-06-15']::date[]) s;

-- Progress against an even pace. 31 Jan 2025 + 12 months = 31 Jan 2026, 365 days;
-- 73 hours is 0.2 hours a day; 2 Mar 2025 is day 30, so 6 hours are expected.
SELECT h, ttg.upw_progress(73, h, '2025-01-31', '2025-03-02') AS status
  FROM unnest(ARRAY[0, 5.75, 5.99, 6, 6.01, 72.99, 73]::numeric[]) h;
-- A tolerance: 5.75 hours with 0.25 in hand meets the 6 expected; 5.74 does not.
SELECT ttg.upw_progress(73, 5.75, '2025-01-31', '2025-03-02', 0.25) AS a_on_track,
       ttg.upw_progress(73, 5.74, '2025-01-31', '2025-03-02', 0.25) AS b_behind;
-- Day 0 nothing is expected; day 1 with nothing done is behind. On the completion
-- date itself hours left are behind (not yet overdue); the day after, overdue.
SELECT ttg.upw_progress(73, 0, '2025-01-31', '2025-01-31') AS day0_on_track,
       ttg.upw_progress(73, 0, '2025-01-31', '2025-02-01') AS day1_behind,
       ttg.upw_progress(73, 72.99, '2025-01-31', '2026-01-31') AS due_day_behind,
       ttg.upw_progress(73, 72.99, '2025-01-31', '2026-02-01') AS next_day_overdue,
       ttg.upw_progress(73, 0, '2025-01-31', '2026-02-01', 1000) AS tolerance_cannot_save,
       ttg.upw_progress(73, 73, '2025-01-31', '2027-06-01') AS complete_late;
-- Exact decimals: 100 hours over 365 days, day 73 expects exactly 20 hours.
SELECT ttg.upw_progress(100, 20, '2025-01-31', '2025-04-14') AS on_track_20,
       ttg.upw_progress(100, 19.999999999999999999, '2025-01-31', '2025-04-14') AS behind_just;

-- R-UPW-6, ETE cap in whole minutes as the services count: minutes ordered (hours * 60 to the
-- nearest minute) times the cap, truncated.
-- 100 h * 60 * 0.20 = 1200; 7 h at 30% = 126 exactly (binary floating point gives 125.99...);
-- 1.01 h = 60.6 min -> 61 min, * 0.2 = 12.2 -> 12; 10 h at 0.333: 199.8 -> 199;
-- 0.0833 h = 4.998 min -> 5 min, * 0.2 = 1; 300 h at 30% = 5400; cap 0 -> 0; cap 1 -> all 2400 minutes of 40 hours.
SELECT ttg.upw_ete_cap_minutes(100) AS a_1200,
       ttg.upw_ete_cap_minutes(7, 0.30) AS b_126,
       ttg.upw_ete_cap_minutes(1.01) AS c_12,
       ttg.upw_ete_cap_minutes(10, 0.333) AS d_199,
       ttg.upw_ete_cap_minutes(0.0833) AS e_1,
       ttg.upw_ete_cap_minutes(300, 0.30) AS f_5400,
       ttg.upw_ete_cap_minutes(40, 0) AS g_0,
       ttg.upw_ete_cap_minutes(40, 1) AS h_2400;
-- Reaching the cap exactly is still ok; a fraction over is not.
SELECT ttg.upw_ete_ok(100, 0) AS a_t, ttg.upw_ete_ok(100, 1200) AS b_t,
       ttg.upw_ete_ok(100, 1200.5) AS c_f, ttg.upw_ete_ok(7, 126, 0.30) AS d_t,
       ttg.upw_ete_ok(7, 126.01, 0.30) AS e_f, ttg.upw_ete_ok(1.01, 12.5) AS f_f;

-- The manager's worked example in the README's Unpaid Work section: an order of 100 hours made on
-- Fri 22 Aug 2025. Completion Sat 22 Aug 2026; day 39 of 365 expects 10.7 hours.
SELECT ttg.upw_assessment_due('2025-08-22') AS assess_0908,
       ttg.upw_start_due('2025-08-22') AS start_0915,
       ttg.upw_start_due('2025-08-22', 20) AS local_0922,
       ttg.upw_review_dates('2025-08-22') AS reviews,
       ttg.upw_completion_due('2025-08-22') AS complete_by,
       ttg.upw_progress(100, 0, '2025-08-22', '2025-09-30') AS behind,
       ttg.upw_ete_cap_minutes(100) AS ete_1200,
       ttg.upw_ete_cap_minutes(100, 0.30) AS ete_1800,
       ttg.upw_ete_ok(100, 1100 + 120) AS two_more_hours_f;
-- A local calendar's closures with the rule in force:
-- closing Tue 9 Sep 2025 pushes the 15th business day from Mon 15 to Tue 16 Sep.
SELECT ttg.load_calendar('upw_test', E'date,title\n2025-09-09,staff training\n') AS loaded;
SELECT ttg.add_business_days('2025-08-22', ttg.upw_start_days('2025-08-22'), 'upw_test') AS local_0916;
DELETE FROM ttg.calendar WHERE name = 'upw_test';  -- later tests list the loaded calendars

-- A dashboard over a small caseload, as of 30 Sep 2025.
CREATE TEMP TABLE upw_order (id int PRIMARY KEY, sentence_date date, order_start date,
  hours_ordered numeric, hours_completed numeric, first_session date, ete_minutes numeric);
INSERT INTO upw_order VALUES
  (1, '2025-08-22', '2025-08-22', 100, 0, '2025-09-15', 0),     -- Fri before a bank holiday
  (2, '2025-08-21', '2025-08-21', 80, 14, '2025-09-16', 300),
  (3, '2024-09-02', '2024-09-02', 120, 100, '2024-09-20', 1500),
  (4, '2025-01-31', '2025-01-31', 73, 50, '2025-02-24', 876),
  (5, '2021-06-25', '2021-06-25', 40, 40, '2021-07-06', 0),     -- old 7-day rule
  (6, '2025-04-15', '2025-04-15', 60, 10, '2025-05-09', 721);   -- across Easter

-- Starts: due dates by the rule in force, and whether the first session met them.
-- 1: 15 days to Mon 15 Sep, on time. 2: Thu 21 Aug + 15 = Fri 12 Sep, late.
-- 3: Mon 2 Sep 2024 + 15 = Mon 23 Sep, on time. 4: Fri 31 Jan 2025 + 15 = Fri 21 Feb, late.
-- 5: 7 days, Tue 6 Jul 2021, on time. 6: Tue 15 Apr 2025 + 15 skipping Good Friday 18,
-- Easter Monday 21 Apr and Mon 5 May = Fri 9 May, on time.
SELECT id, ttg.upw_start_days(sentence_date) AS days, ttg.upw_start_due(sentence_date) AS due,
       first_session <= ttg.upw_start_due(sentence_date) AS on_time
  FROM upw_order ORDER BY id;
SELECT count(*) FILTER (WHERE first_session <= ttg.upw_start_due(sentence_date)) AS on_time,
       count(*) AS starts
  FROM upw_order;

-- Progress as of 30 Sep 2025 (even pace, by hand):
-- 1: day 39 of 365, 100 * 39 / 365 = 10.7 expected, 0 done: behind.
-- 2: day 40 of 365, 80 * 40 / 365 = 8.8 expected, 14 done: on_track.
-- 3: due 2 Sep 2025, passed with 20 left: overdue.
-- 4: day 242 of 365, 73 * 242 / 365 = 48.4 expected, 50 done: on_track.
-- 5: all 40 done: complete.
-- 6: day 168 of 365, 60 * 168 / 365 = 27.6 expected, 10 done: behind.
SELECT id, ttg.upw_progress(hours_ordered, hours_completed, order_start, '2025-09-30') AS status
  FROM upw_order ORDER BY id;
SELECT ttg.upw_progress(hours_ordered, hours_completed, order_start, '2025-09-30') AS status, count(*)
  FROM upw_order GROUP BY 1 ORDER BY 1;

-- Reviews falling in October 2025, for cases not complete: 4 (9 months, 31 Oct),
-- 6 (6 months, 15 Oct).
SELECT o.id, r.review_date, r.n * 3 + 3 AS months
  FROM upw_order o, unnest(ttg.upw_review_dates(o.order_start)) WITH ORDINALITY AS r(review_date, n)
 WHERE r.review_date BETWEEN '2025-10-01' AND '2025-10-31'
   AND ttg.upw_progress(o.hours_ordered, o.hours_completed, o.order_start, '2025-09-30') <> 'complete'
 ORDER BY r.review_date;

-- ETE over the 20% cap: 3 (1500 > 1440) and 6 (721 > 720); 4 sits exactly on 876.
SELECT id, ete_minutes, ttg.upw_ete_cap_minutes(hours_ordered) AS cap
  FROM upw_order WHERE NOT ttg.upw_ete_ok(hours_ordered, ete_minutes) ORDER BY id;

-- 20 minutes at 30% is 6 (the services' arithmetic); from hours, 0.3333 h = 19.998 min: 20 whole
-- minutes, so 6 too (an hours-based cap gave 5.9994 -> 5). At 20%: 4.
SELECT ttg.upw_ete_cap_minutes(0.3333, 0.30) AS twenty_min_30pc_6, ttg.upw_ete_cap_minutes(0.3333) AS twenty_min_20pc_4;

-- The dated cap (R-UPW-6): 20% (Draft Target Operating Model update, 2020) before 1 April 2024,
-- 30% (the Community Payback service code) from it: day before, day of, day after.
SELECT d, ttg.upw_ete_cap_share(d) AS share, ttg.upw_ete_cap_minutes(100, true, d) AS cap_100h
  FROM (VALUES ('2024-03-31'::date), ('2024-04-01'), ('2024-04-02')) AS t(d);
-- Eligibility ("for those eligible"): not eligible, the cap is 0 and any ETE minute is over it;
-- an explicit cap overrides the dated one; NULL eligibility or as_of: NULL.
SELECT ttg.upw_ete_cap_minutes(100, false, '2025-01-01') AS not_eligible_0,
       ttg.upw_ete_cap_minutes(100, true, '2025-01-01', 0.20) AS explicit_1200,
       ttg.upw_ete_ok(100, 0, false, '2025-01-01') AS none_ok_t,
       ttg.upw_ete_ok(100, 30, false, '2025-01-01') AS some_f,
       ttg.upw_ete_ok(100, 1800, true, '2025-01-01') AS at_cap_30pc_t,
       ttg.upw_ete_ok(100, 1801, true, '2025-01-01') AS over_f,
       ttg.upw_ete_ok(100, 1300, true, '2024-03-31') AS over_20pc_f,
       ttg.upw_ete_cap_minutes(100, NULL, '2025-01-01') IS NULL AS null_elig,
       ttg.upw_ete_ok(100, 10, true, NULL) IS NULL AS null_as_of;

-- R-UPW-4, date-effective: 7 business days for orders made before 26 June 2021, 15 from it.
SELECT ttg.upw_start_days('2021-06-25') AS d7, ttg.upw_start_days('2021-06-26') AS d15,
       ttg.upw_start_days('2021-06-27') AS d15_after;

-- Volatility: all IMMUTABLE and PARALLEL SAFE; STRICT but the eligibility forms, whose NULL cap
-- means the dated policy.
SELECT p.oid::regprocedure, p.provolatile, p.proparallel, p.proisstrict
  FROM pg_proc p
 WHERE p.pronamespace = 'ttg'::regnamespace AND p.proname LIKE 'upw\_%'
 ORDER BY 1::text;
-- NULL in, NULL out.
SELECT ttg.upw_start_due(NULL) IS NULL AS a, ttg.upw_progress(1, NULL, '2025-01-01', '2025-02-01') IS NULL AS b,
       ttg.upw_ete_cap_minutes(NULL) IS NULL AS c, ttg.upw_review_dates(NULL) IS NULL AS d;

-- Bad input.
SELECT pg_temp.err('SELECT ttg.upw_assessment_due(''1977-12-31'')');
SELECT pg_temp.err('SELECT ttg.upw_start_due(''infinity'')');
SELECT pg_temp.err('SELECT ttg.upw_start_due(''2099-12-31'')');
SELECT pg_temp.err('SELECT ttg.upw_start_days(''2100-01-01'')');
SELECT pg_temp.err('SELECT ttg.upw_start_due(''2025-08-22'', 0)');
SELECT pg_temp.err('SELECT ttg.upw_start_due(''2025-08-22'', -3)');
SELECT pg_temp.err('SELECT ttg.upw_review_dates(''2099-04-01'')');
SELECT pg_temp.err('SELECT ttg.upw_completion_due(''2099-01-01'')');
SELECT pg_temp.err('SELECT ttg.upw_progress(73, 74, ''2025-01-31'', ''2025-03-02'')');
SELECT pg_temp.err('SELECT ttg.upw_progress(73, -1, ''2025-01-31'', ''2025-03-02'')');
SELECT pg_temp.err('SELECT ttg.upw_progress(-73, 0, ''2025-01-31'', ''2025-03-02'')');
SELECT pg_temp.err('SELECT ttg.upw_progress(0, 0, ''2025-01-31'', ''2025-03-02'')');
SELECT pg_temp.err('SELECT ttg.upw_progress(''NaN'', 0, ''2025-01-31'', ''2025-03-02'')');
SELECT pg_temp.err('SELECT ttg.upw_progress(73, 1, ''2025-01-31'', ''2025-01-30'')');
SELECT pg_temp.err('SELECT ttg.upw_progress(73, 1, ''2025-01-31'', ''2025-03-02'', -0.5)');
SELECT pg_temp.err('SELECT ttg.upw_progress(73, 1, ''1977-01-31'', ''2025-03-02'')');
SELECT pg_temp.err('SELECT ttg.upw_progress(73, 1, ''2099-01-31'', ''2099-03-02'')');
SELECT pg_temp.err('SELECT ttg.upw_ete_cap_minutes(100, 1.01)');
SELECT pg_temp.err('SELECT ttg.upw_ete_cap_minutes(100, -0.1)');
SELECT pg_temp.err('SELECT ttg.upw_ete_cap_minutes(100, ''NaN'')');
SELECT pg_temp.err('SELECT ttg.upw_ete_cap_minutes(100, true, ''2025-01-01'', 1.5)');
SELECT pg_temp.err('SELECT ttg.upw_ete_cap_minutes(0, true, ''2025-01-01'')');
SELECT pg_temp.err('SELECT ttg.upw_ete_ok(100, -1, true, ''2025-01-01'')');
SELECT pg_temp.err('SELECT ttg.upw_ete_cap_share(''2100-01-01'')');
SELECT pg_temp.err('SELECT ttg.upw_ete_cap_minutes(0)');
SELECT pg_temp.err('SELECT ttg.upw_ete_cap_minutes(-10)');
SELECT pg_temp.err('SELECT ttg.upw_ete_cap_minutes(''Infinity'')');
SELECT pg_temp.err('SELECT ttg.upw_ete_cap_minutes(1e12)');
SELECT pg_temp.err('SELECT ttg.upw_ete_ok(100, -1)');
SELECT pg_temp.err('SELECT ttg.upw_ete_ok(100, 10, 2)');
