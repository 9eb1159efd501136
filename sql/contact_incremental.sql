-- contact_incremental: the stored contact-compliance results (mcs_results) equal a full
-- computation (mcs_case_month_live) after inserts, updates and deletes of contacts and cases,
-- a transfer, a backdated contact, history rows and a settings change; every MCS view gives the
-- same rows with JIT forced on and with JIT off.
SET DateStyle = 'ISO, YMD';
SET client_min_messages = warning;
SELECT ttg.create_reporting_model('inc') IS NOT NULL AS made;
RESET client_min_messages;
UPDATE inc.settings SET as_of = '2026-06-30';
-- same(): rows stored and rows computed now, both ways (0 and 0 when equal), and how many.
CREATE FUNCTION pg_temp.same() RETURNS text LANGUAGE sql AS $$
  SELECT format('stored-only %s, live-only %s, rows %s',
    (SELECT count(*) FROM (SELECT * FROM inc.mcs_results EXCEPT ALL SELECT * FROM inc.mcs_case_month_live) a),
    (SELECT count(*) FROM (SELECT * FROM inc.mcs_case_month_live EXCEPT ALL SELECT * FROM inc.mcs_results) b),
    (SELECT count(*) FROM inc.mcs_results)) $$;

INSERT INTO inc.cases (case_id, region, team, sex, brag, order_type, requirements, isp_completed_on, supervision_start)
  VALUES (1, 'Wales', 'Cardiff', 'male', 'red', 'licence', '{}', '2026-01-01', '2026-01-01'),
         (2, 'Wales', 'Swansea', 'female', 'green', 'community_order', '{rar}', '2026-02-01', '2026-02-01'),
         (3, 'Wales', 'Swansea', 'male', 'amber', 'community_order', '{unpaid_work}', '2026-01-01', '2026-01-01');
-- Case 1: Jan to Jun (6 months), case 2: Feb to Jun (5), case 3 out of scope (unpaid work only): 11 rows, none met.
SELECT pg_temp.same(), (SELECT count(*) FILTER (WHERE mcs_met) FROM inc.mcs_case_month) AS met;
INSERT INTO inc.contacts (contact_id, case_id, contact_type, appointment_at, notified_at, outcome, available_minutes, other_activity)
  SELECT 100 + g, 1 + (g % 2), 'COAP', timestamp '2026-02-02 10:00' + (g / 2) * interval '1 month',
         timestamp '2026-01-26 09:00' + (g / 2) * interval '1 month', 'attended', 30, false
    FROM generate_series(0, 7) g;
-- Eight attended contacts: Feb to May for cases 1 and 2: 8 months met.
SELECT pg_temp.same(), (SELECT count(*) FILTER (WHERE mcs_met) FROM inc.mcs_case_month) AS met;
-- An update: case 1's February contact (id 100) was in fact missed, with no re-offer (the next COAP is in March).
UPDATE inc.contacts SET outcome = 'failed_to_attend' WHERE contact_id = 100;
SELECT pg_temp.same(), (SELECT reason FROM inc.mcs_case_month WHERE case_id = 1 AND month = '2026-02-01') AS feb;
-- A backdated contact: case 1 seen on Mon 19 Jan (slip Mon 12 Jan): January becomes met.
INSERT INTO inc.contacts VALUES (200, 1, 'COAP', '2026-01-19 10:00', '2026-01-12 09:00', 'attended', 30, false, NULL, NULL);
SELECT pg_temp.same(), (SELECT mcs_met FROM inc.mcs_case_month WHERE case_id = 1 AND month = '2026-01-01') AS jan;
-- A delete: case 2's May contact goes.
DELETE FROM inc.contacts WHERE case_id = 2 AND appointment_at >= '2026-05-01';
SELECT pg_temp.same();
-- A transfer: case 2 moves from Swansea to Neath on Mon 13 Apr (Swansea 12 days, Neath 18).
INSERT INTO inc.case_assignments VALUES (2, 'Swansea', 'Wales', '2026-02-01', '2026-04-12'), (2, 'Neath', 'Wales', '2026-04-13', NULL);
SELECT pg_temp.same(), (SELECT string_agg(team || ' ' || month, ', ' ORDER BY month) FROM inc.mcs_case_month WHERE case_id = 2) AS teams;
-- A custody spell covering June for case 1; and case 3 gains a RAR from March (dated requirements).
INSERT INTO inc.case_pauses VALUES (1, 'custody', '2026-05-28', NULL);
INSERT INTO inc.case_requirement_periods VALUES (3, 'unpaid_work', '2026-01-01', NULL), (3, 'rar', '2026-03-01', NULL);
SELECT pg_temp.same();
-- A case updated (BRAG, team) and one deleted (its contacts go with it).
UPDATE inc.cases SET brag = 'red_amber', team = 'Bridgend' WHERE case_id = 3;
DELETE FROM inc.cases WHERE case_id = 2;
SELECT pg_temp.same(), (SELECT count(*) FROM inc.mcs_results WHERE case_id = 2) AS case_2_rows;
-- Settings change every case: both teams for a transfer month; and a TRUNCATE.
UPDATE inc.settings SET attribution = 'both', brag_red = 2;
SELECT pg_temp.same();
TRUNCATE inc.contacts;
SELECT pg_temp.same(), (SELECT count(*) FILTER (WHERE mcs_met) FROM inc.mcs_case_month) AS met;
-- A refresh by hand writes the same rows again.
SELECT ttg.refresh_reporting_model('inc') AS rows_written, pg_temp.same();
SELECT ttg.refresh_reporting_model('inc', '{1}') AS case_1_rows;

-- Every MCS view, JIT forced on and off: the same rows. (Reinstate some contacts first.)
INSERT INTO inc.contacts (contact_id, case_id, contact_type, appointment_at, notified_at, outcome, available_minutes, other_activity)
  SELECT 300 + g, 1 + 2 * (g % 2), 'COAP', timestamp '2026-02-02 10:00' + (g / 2) * interval '1 month',
         timestamp '2026-01-26 09:00' + (g / 2) * interval '1 month', 'attended', 30, false
    FROM generate_series(0, 7) g;
CREATE TEMP TABLE off_cm AS SELECT * FROM inc.mcs_case_month;
CREATE TEMP TABLE off_tm AS SELECT * FROM inc.mcs_team_month;
CREATE TEMP TABLE off_live AS SELECT * FROM inc.mcs_case_month_live;
SET jit = on;
SET jit_above_cost = 0;
SET jit_inline_above_cost = 0;
SET jit_optimize_above_cost = 0;
SELECT (SELECT count(*) FROM (SELECT * FROM inc.mcs_case_month EXCEPT ALL SELECT * FROM off_cm) a) AS cm_diff,
       (SELECT count(*) FROM (SELECT * FROM inc.mcs_team_month EXCEPT ALL SELECT * FROM off_tm) a) AS tm_diff,
       (SELECT count(*) FROM (SELECT * FROM inc.mcs_case_month_live EXCEPT ALL SELECT * FROM off_live) a) AS live_diff,
       (SELECT count(*) FROM off_cm) AS cm_rows, (SELECT count(*) FROM off_tm) AS tm_rows;
RESET jit; RESET jit_above_cost; RESET jit_inline_above_cost; RESET jit_optimize_above_cost;
SET jit = off;
SELECT (SELECT count(*) FROM (SELECT * FROM inc.mcs_team_month EXCEPT ALL SELECT * FROM off_tm) a) AS tm_diff_jit_off;
RESET jit;
-- The views' rate columns are numeric(5,1), as BI drivers read them.
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute
 WHERE attrelid = 'inc.mcs_team_month'::regclass AND attname LIKE '%percent' ORDER BY attnum;
SET client_min_messages = warning;
DROP SCHEMA inc CASCADE;
RESET client_min_messages;
