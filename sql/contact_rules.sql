-- contact_rules: vocabularies as data, the contact settings and the case history
-- (R-MCS-1 to R-MCS-6). Every expected value was worked out by hand; the working is beside each query.
SET DateStyle = 'ISO, YMD';
\i sql/include/err.sql

-- The one case rule: trimmed, folded, spaces/hyphens/slashes as underscores, a run as one.
SELECT ttg.vocab_key(' Red / Amber ') AS k1,            -- red_amber
       ttg.vocab_key('Sent home - service issues') AS k2, -- sent_home_service_issues
       ttg.vocab_key('CO38') AS k3,                     -- co38
       ttg.vocab_word('brag_status', 'RED-AMBER') AS w1, -- red_amber
       ttg.vocab_word('requirement', 'Unpaid Work') AS w2, -- unpaid_work
       ttg.vocab_word('tier', ' b2 ') AS w3;            -- b2
-- 16 nDelius tiers A3..D0 and 4 letters; 5 BRAG statuses.
SELECT (SELECT count(*) FROM ttg.vocab_words('tier')) AS tiers,
       (SELECT string_agg(w, ',') FROM ttg.vocab_words('brag_status') AS w) AS brag;
SELECT pg_temp.err('SELECT ttg.vocab_check(''brag_status'', ''Red'')');     -- not canonical: write "red"
SELECT pg_temp.err('SELECT ttg.vocab_check(''brag_status'', ''purple'')');  -- unknown
SELECT pg_temp.err('SELECT ttg.vocab_word(''colour'', ''red'')');           -- unknown vocabulary
SELECT ttg.vocab_check('brag_status', 'red_amber') AS ok, ttg.vocab_check('tier', NULL) AS null_passes;

-- Codes to words through the code tables (one lookup, case rule on codes too).
SELECT ttg.code_word('contact_outcome', 'attc') AS attc,   -- attended
       ttg.code_word('contact_outcome', 'CO38') AS co38,   -- NULL: a warrant is a pause, not an outcome
       ttg.code_word('contact_outcome', 'ATSS') AS atss,   -- sent_home_service_issues
       ttg.mcs_outcome('ATCH') AS atch,                    -- attended
       ttg.code_word('tier', 'B2') AS tier,                -- b2
       ttg.code_word('brag_status', 'Red/Amber') AS brag,  -- red_amber
       ttg.code_word('requirement', 'DRR') AS req,         -- drug_rehabilitation
       ttg.code_word('contact_type', 'coap') AS ctype;     -- planned_office_visit
SELECT pg_temp.err('SELECT ttg.code_word(''contact_type'', ''ZZZZ'')');
SELECT pg_temp.err('SELECT ttg.code_word(''colour'', ''red'')');
-- Shipped national outcome codes: 19 from 0.1.0 and ATCH, ATFI, CO10, CO38, CO39, CO40.
SELECT count(*) AS shipped_outcomes FROM ttg.mcs_outcome_code WHERE shipped;

-- A local row overrides a shipped one (the RSSR reading swapped), and goes when deleted.
INSERT INTO ttg.mcs_outcome_code (code, outcome, description) VALUES ('rssr', 'rearranged_by_service_user', 'local reading');
SELECT ttg.mcs_outcome('RSSR') AS local_reading;           -- rearranged_by_service_user
DELETE FROM ttg.mcs_outcome_code WHERE NOT shipped;
SELECT ttg.mcs_outcome('RSSR') AS shipped_reading;         -- rearranged_by_case_manager
SELECT pg_temp.err('UPDATE ttg.mcs_outcome_code SET outcome = NULL WHERE code = ''RSSR''');
SELECT pg_temp.err('INSERT INTO ttg.mcs_outcome_code (code, outcome, description) VALUES (''ZZ01'', ''gone'', ''x'')');
-- BRAG frequency is local configuration: shipped 1, a local row sets 4.
SELECT ttg.brag_frequency('Red') AS shipped_red;           -- 1
INSERT INTO ttg.brag_status_code (code, brag, contacts_per_month, description) VALUES ('RED', 'red', 4, 'local: weekly');
SELECT ttg.brag_frequency('red') AS local_red, ttg.brag_frequency('Amber') AS amber; -- 4, 1
DELETE FROM ttg.brag_status_code WHERE NOT shipped;

-- Notice lead time (R-MCS-3(a)): slip Mon 2 Mar 2026 09:00 for 10:00 is 60 minutes ahead.
SELECT ttg.mcs_contact_failure('COAP', '2026-03-02 10:00', '2026-03-02 09:00', 'attended', 30, false, 0, NULL) AS lead_0,    -- NULL
       ttg.mcs_contact_failure('COAP', '2026-03-02 10:00', '2026-03-02 09:00', 'attended', 30, false, 60, NULL) AS lead_60,  -- NULL
       ttg.mcs_contact_failure('COAP', '2026-03-02 10:00', '2026-03-02 09:00', 'attended', 30, false, 120, NULL) AS lead_120; -- no_written_notice
-- Sent home for service issues: not counted by default (as the service's cancellation).
SELECT ttg.mcs_contact_failure('COAP', '2026-03-02 10:00', '2026-02-23 09:00', 'Sent home - service issues', 30, false) AS dflt, -- cancelled_by_case_manager
       ttg.mcs_contact_failure('COAP', '2026-03-02 10:00', '2026-02-23 09:00', 'sent_home_service_issues', 30, false, 0, 'attended') AS as_attended, -- NULL
       ttg.mcs_contact_valid('COAP', '2026-03-02 10:00', '2026-02-23 09:00', 'sent_home_service_issues', 30, false, NULL, 'acceptable_absence') AS as_absence; -- t
SELECT pg_temp.err('SELECT ttg.mcs_contact_failure(''COAP'', ''2026-03-02 10:00'', NULL, NULL, 30, false, -1, NULL)');
SELECT pg_temp.err('SELECT ttg.mcs_contact_failure(''COAP'', ''2026-03-02 10:00'', NULL, NULL, 30, false, 0, ''sometimes'')');
-- Electronic monitoring with an exempt curfew (R-MCS-5): out of scope by default; in scope when not read so.
SELECT ttg.mcs_in_scope('{curfew,electronic_monitoring}') AS dflt,                                                  -- f
       ttg.mcs_in_scope('{curfew,electronic_monitoring}', '{unpaid_work,curfew,exclusion,prohibited_activity,residence}', false) AS em_counts, -- t
       ttg.mcs_in_scope('{electronic_monitoring}') AS em_alone;                                                   -- t

-- Re-offer from the next contact's own dates (R-MCS-4). Case 1: missed Mon 2 Mar 2026, next COAP
-- Mon 9 Mar notified Wed 4 Mar. Case 2: next COAP Tue 10 Mar notified Wed 4 Mar. The 5th business day
-- after Mon 2 Mar is Mon 9 Mar (no March holidays). offer: both offers (4 Mar) in time, so both misses count:
-- {counted=2}. appointment: case 1's 9 Mar is in time {counted=2}; case 2's 10 Mar is not
-- {counted=1,missed_without_reoffer=1}. A record with next_offered_on filled (case 3: offered Tue 10 Mar)
-- uses its own columns, not the next contact's: offer 10 Mar > 9 Mar, and no appointment date, so
-- {counted=1,missed_without_reoffer=1} under both readings.
WITH k(case_id, t, a, n, o, offered) AS (VALUES
    (1, 'COAP', '2026-03-02 10:00'::timestamp, '2026-02-23 09:00'::timestamp, 'failed_to_attend', NULL::date),
    (1, 'COAP', '2026-03-09 10:00', '2026-03-04 09:00', 'attended', NULL),
    (2, 'COAP', '2026-03-02 10:00', '2026-02-23 09:00', 'failed_to_attend', NULL),
    (2, 'COAP', '2026-03-10 10:00', '2026-03-04 09:00', 'attended', NULL),
    (3, 'COAP', '2026-03-02 10:00', '2026-02-23 09:00', 'failed_to_attend', '2026-03-10'),
    (3, 'COAP', '2026-03-09 10:00', '2026-03-04 09:00', 'attended', NULL)),
f AS (SELECT k.*, lead(n) OVER w AS fn, lead(a) OVER w AS fa FROM k WINDOW w AS (PARTITION BY case_id ORDER BY a))
SELECT case_id,
       ttg.mcs_tally(t, a, n, o, 30, false, offered, NULL, 'offer', NULL, fn, fa, 0, NULL) AS by_offer,
       ttg.mcs_tally(t, a, n, o, 30, false, offered, NULL, 'appointment', NULL, fn, fa, 0, NULL) AS by_appointment
  FROM f GROUP BY case_id ORDER BY case_id;

-- Date-effective specification (R-MCS-1, R-MCS-7). ISP 10 Jun 2018 to 31 Jan 2019, full months:
-- from 1 Oct 2018: Oct, Nov, Dec, Jan (4); with the office live from 1 Nov 2018: Nov, Dec, Jan (3).
SELECT (SELECT count(*) FROM ttg.mcs_case_months('2018-06-10', '2019-01-31', 'full', NULL, '{}', '{unpaid_work}', true,
          NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'month_end')) AS from_spec,
       (SELECT min(month) FROM ttg.mcs_case_months('2018-06-10', '2019-01-31', 'full', '2018-11-01', '{}', '{unpaid_work}', true,
          NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'month_end')) AS from_go_live;

-- Case history. ISP Mon 5 Jan 2026 to 31 Jul 2026, full months: Feb to Jul. RAR to Sat 4 Apr, unpaid work
-- open: May to Jul have only exempt unpaid work (out). Custody 14 Feb to 20 Mar, warrant 21 Mar to 2 Apr:
-- March is covered every day (out, whole_month). Team A (North) to Fri 10 Apr, team B (North) from 11 Apr:
-- February is A's; April is B's at month end and by days (A 10 days, B 20).
CREATE TEMP TABLE h AS SELECT
  '{rar,unpaid_work}'::text[] AS rw, ARRAY['[2026-01-05,2026-04-05)', '[2026-01-05,)']::daterange[] AS rp,
  '{custody,warrant}'::text[] AS pk, ARRAY['[2026-02-14,2026-03-21)', '[2026-03-21,2026-04-03)']::daterange[] AS pp,
  '{A,B}'::text[] AS tw, '{North,North}'::text[] AS tr, ARRAY['[2026-01-05,2026-04-11)', '[2026-04-11,)']::daterange[] AS tp;
SELECT 'month_end' AS rule, m.* FROM h, ttg.mcs_case_months('2026-01-05', '2026-07-31', 'full', NULL, NULL,
    '{unpaid_work,curfew,exclusion,prohibited_activity,residence}', true, rw, rp, pk, pp, NULL, tw, tr, tp, 'month_end') m
UNION ALL
SELECT 'by_days', m.* FROM h, ttg.mcs_case_months('2026-01-05', '2026-07-31', 'full', NULL, NULL,
    '{unpaid_work,curfew,exclusion,prohibited_activity,residence}', true, rw, rp, pk, pp, NULL, tw, tr, tp, 'By days') m
UNION ALL
-- both: April counts for A and for B.
SELECT 'both', m.* FROM h, ttg.mcs_case_months('2026-01-05', '2026-07-31', 'full', NULL, NULL,
    '{unpaid_work,curfew,exclusion,prohibited_activity,residence}', true, rw, rp, pk, pp, NULL, tw, tr, tp, 'both') m
UNION ALL
-- Custody any day, warrants not a pause: February and March out (custody touches them), April kept.
SELECT 'custody any_day', m.* FROM h, ttg.mcs_case_months('2026-01-05', '2026-07-31', 'full', NULL, NULL,
    '{unpaid_work,curfew,exclusion,prohibited_activity,residence}', true, rw, rp, pk, pp, '{any_day,none,whole_month}', tw, tr, tp, 'month_end') m
UNION ALL
-- Pauses not read at all: February, March, April kept.
SELECT 'no pauses', m.* FROM h, ttg.mcs_case_months('2026-01-05', '2026-07-31', 'full', NULL, NULL,
    '{unpaid_work,curfew,exclusion,prohibited_activity,residence}', true, rw, rp, pk, pp, '{none,none,none}', tw, tr, tp, 'month_end') m
ORDER BY 1, 2, 3;
SELECT pg_temp.err($q$SELECT * FROM ttg.mcs_case_months('2026-01-05', '2026-07-31', 'full', NULL, NULL, '{}', true,
    NULL, NULL, NULL, NULL, NULL, '{A,B}', '{North,North}', ARRAY['[2026-01-05,)']::daterange[], 'month_end')$q$);
SELECT pg_temp.err($q$SELECT * FROM ttg.mcs_case_months('2026-01-05', '2026-07-31', 'full', NULL, NULL, '{}', true,
    NULL, NULL, '{prison}', ARRAY['[2026-01-05,)']::daterange[], NULL, NULL, NULL, NULL, 'month_end')$q$);
SELECT pg_temp.err($q$SELECT * FROM ttg.mcs_case_months('2026-01-05', '2026-07-31', 'full', NULL, NULL, '{}', true,
    NULL, NULL, NULL, NULL, '{none}', NULL, NULL, NULL, 'month_end')$q$);
SELECT pg_temp.err($q$SELECT * FROM ttg.mcs_case_months('2026-01-05', '2026-07-31', 'full', NULL, NULL, '{}', true,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'at_random')$q$);
DROP TABLE h;
