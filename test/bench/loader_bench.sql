-- The extract for loader_bench.sh: :rows contact rows over :rows / 20 cases, all text, as
-- nDelius writes them (codes, not words). About 1% of rows are bad in a way the loader must
-- reject: an unknown register or requirement code, an impossible date, an unknown outcome,
-- a contact of a missing case, a repeated contact id.
SET client_min_messages = warning;
SELECT setseed(0.42);
CREATE TABLE bench.sc AS
SELECT g::text AS case_id, 'Wales' AS region, 'Team ' || (g % 40) AS team,
       (ARRAY['Male', 'Female', 'Not recorded'])[1 + g % 3] AS sex,
       CASE WHEN g % 211 = 0 THEN 'Purple' ELSE (ARRAY['Red', 'Red/Amber', 'Amber', 'Green', 'Blue'])[1 + g % 5] END AS register,
       (ARRAY['Community Order', 'Licence', 'Suspended Sentence Order'])[1 + g % 3] AS order_type,
       CASE WHEN g % 223 = 0 THEN 'XYZ' ELSE (ARRAY['RAR', 'UPW;RAR', '', 'DRR'])[1 + g % 4] END AS requirement_codes,
       to_char(date '2025-01-06' + (g % 300), 'YYYY-MM-DD') AS isp_completed_on,
       CASE WHEN g % 227 = 0 THEN '2026-02-30' ELSE to_char(date '2025-01-06' + (g % 300), 'YYYY-MM-DD') END AS supervision_start,
       '' AS supervision_end,
       (ARRAY['B2', 'UA3', 'C1', 'Not recorded', 'D0'])[1 + g % 5] AS tier,
       (ARRAY['Medium', 'RHRH', '', 'Low', 'Very High'])[1 + g % 5] AS rosh,
       (ARRAY['', 'M1', '', 'M2', ''])[1 + g % 5] AS mappa_category,
       (ARRAY['', 'M1', '', 'M0', ''])[1 + g % 5] AS mappa_level
  FROM generate_series(1, greatest(1, :rows / 20)) AS g;
CREATE TABLE bench.sk AS
SELECT CASE WHEN g % 307 = 0 THEN (g - 1)::text ELSE g::text END AS contact_id,
       CASE WHEN g % 311 = 0 THEN '99999999' ELSE (1 + g % greatest(1, :rows / 20))::text END AS case_id,
       (ARRAY['COAP', 'COAP', 'COAI', 'CHVS', 'CTOA'])[1 + g % 5] AS contact_type,
       to_char(timestamp '2025-02-03 09:00' + (g % 400) * interval '1 day' + (g % 8) * interval '1 hour', 'YYYY-MM-DD HH24:MI') AS appointment_at,
       to_char(timestamp '2025-01-27 09:00' + (g % 400) * interval '1 day', 'YYYY-MM-DD HH24:MI') AS notified_at,
       CASE WHEN g % 313 = 0 THEN 'ZZZZ' ELSE (ARRAY['ATTC', 'ATTC', 'ATTC', 'AFTA', 'AAME', 'RSOF', 'CO38', ''])[1 + g % 8] END AS outcome_code,
       (30 + g % 4 * 15)::text AS available_minutes,
       CASE WHEN g % 25 = 0 THEN 'true' ELSE 'false' END AS other_activity,
       '' AS next_offered_on, '' AS next_appointment_on
  FROM generate_series(1, :rows) AS g;
