-- release_prisons: resettlement prisons shipped as CSV (dated, many-to-many), prison names, a DBA's additions,
-- and the dashboard queries of the README (R-TTG-1 to R-TTG-3, R-OM-2 to R-OM-4).
SET DateStyle = 'ISO, YMD';

-- The twelve prisons named in source [000] (TTG News, February 2019), loaded by CREATE EXTENSION,
-- each resettling into its area from 1 February 2019.
SELECT prison_code, prison, cpa, crc, role, live_from, valid_from, valid_until, shipped
  FROM ttg.resettlement_prison ORDER BY cpa, prison_code;
SELECT ttg.is_resettlement_prison('LCI') AS leicester, ttg.is_resettlement_prison('lci') AS any_case,
       ttg.is_resettlement_prison('LEI') AS leeds, ttg.is_resettlement_prison(NULL) AS null_code;

-- pg_dump keeps only the rows a DBA adds.
SELECT c.relname, x.cond
  FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(reloid, cond)
  JOIN pg_class c ON c.oid = x.reloid
 WHERE e.extname = 'ttg' AND c.relname IN ('resettlement_prison', 'prison') ORDER BY 1;

-- A DBA adds a prison (quoted name, no live_from), then reloads it with a change.
SELECT ttg.load_resettlement_prisons(E'prison_code,prison,cpa,crc,role,live_from\nHMI,"HMP Humber, Everthorpe site",HL,HL,host,\n');
SELECT ttg.load_resettlement_prisons(E'prison_code,prison,cpa,crc,role,live_from\r\nHMI,HMP Humber,HL,HL,lead_host,2019-04-01\r\n');
SELECT prison_code, prison, role, live_from, shipped FROM ttg.resettlement_prison WHERE NOT shipped;
-- Reloading the shipped file changes nothing and keeps the DBA's row.
SELECT ttg.load_shipped_resettlement_prisons() AS shipped_rows, count(*) AS all_rows FROM ttg.resettlement_prison;

-- Bad CSV: 22P04 naming line and column; nothing is kept.
\i sql/include/err.sql
SELECT pg_temp.err('SELECT ttg.load_resettlement_prisons(E''code,prison,cpa,crc,role,live_from\n'')');
SELECT pg_temp.err('SELECT ttg.load_resettlement_prisons(E''prison_code,prison,cpa,crc,role,live_from\nWDI,HMP Wakefield,YH,YH,host,\nLCI,HMP Leicester,DLNR,DLNR,host,\n'')');
SELECT pg_temp.err('SELECT ttg.load_resettlement_prisons(E''prison_code,prison,cpa,crc,role,live_from\nwdi,HMP Wakefield,YH,YH,host,\n'')');
SELECT pg_temp.err('SELECT ttg.load_resettlement_prisons(E''prison_code,prison,cpa,crc,role,live_from\nWDI,HMP Wakefield,,YH,host,\n'')');
SELECT pg_temp.err('SELECT ttg.load_resettlement_prisons(E''prison_code,prison,cpa,crc,role,live_from\nWDI,HMP Wakefield,YH,YH,partner,\n'')');
SELECT pg_temp.err('SELECT ttg.load_resettlement_prisons(E''prison_code,prison,cpa,crc,role,live_from\nWDI,HMP Wakefield,YH,YH,host,01/04/2019\n'')');
SELECT pg_temp.err('SELECT ttg.load_resettlement_prisons(E''prison_code,prison,cpa,crc,role,live_from\nWDI,HMP Wakefield,YH,YH,host,\nWDI,HMP Wakefield,YH,YH,host,\n'')');
SELECT pg_temp.err('SELECT ttg.load_resettlement_prisons(E''prison_code,prison,cpa,crc,role,live_from\nWDI,HMP Wakefield,YH,YH\n'')');
-- The same shipped row (prison, area, first day) cannot be replaced.
SELECT pg_temp.err('SELECT ttg.load_resettlement_prisons(E''prison_code,prison,cpa,crc,role,live_from,valid_from,valid_until\nLCI,HMP Leicester,DLNR,DLNR,host,,2019-02-01,\n'')');
-- A period before its start, and a bad valid_until.
SELECT pg_temp.err('SELECT ttg.load_resettlement_prisons(E''prison_code,prison,cpa,crc,role,live_from,valid_from,valid_until\nWDI,HMP Wakefield,YH,YH,host,,2020-01-01,2019-12-31\n'')');
SELECT pg_temp.err('SELECT ttg.load_resettlement_prisons(E''prison_code,prison,cpa,crc,role,live_from,valid_from,valid_until\nWDI,HMP Wakefield,YH,YH,host,,2020-01-01,soon\n'')');
-- Two periods of one prison and area that overlap (the second starts on the first one's last day).
SELECT pg_temp.err('SELECT ttg.load_resettlement_prisons(E''prison_code,prison,cpa,crc,role,live_from,valid_from,valid_until\nWDI,HMP Wakefield,YH,YH,host,,2020-01-01,2020-12-31\nWDI,HMP Wakefield,YH,YH,host,,2020-12-31,\n'')');
SELECT count(*) AS wakefield_rows FROM ttg.resettlement_prison WHERE prison_code = 'WDI';
-- A header alone loads nothing and is no error.
SELECT ttg.load_resettlement_prisons(E'prison_code,prison,cpa,crc,role,live_from\n') AS header_only;
-- Only the extension owner may load.
CREATE ROLE ttg_release_analyst;
SET ROLE ttg_release_analyst;
SELECT pg_temp.err('SELECT ttg.load_resettlement_prisons(E''prison_code,prison,cpa,crc,role,live_from\n'')');
SELECT count(*) AS readable FROM ttg.resettlement_prison;
RESET ROLE;
-- Granted EXECUTE, the analyst may load; loaded_by names the analyst, not the owner.
GRANT EXECUTE ON FUNCTION ttg.load_resettlement_prisons(text) TO ttg_release_analyst;
SET ROLE ttg_release_analyst;
SELECT ttg.load_resettlement_prisons(E'prison_code,prison,cpa,crc,role,live_from\nWDI,HMP Wakefield,YH,YH,host,\n') AS granted;
RESET ROLE;
SELECT prison_code, loaded_by FROM ttg.resettlement_prison WHERE prison_code = 'WDI';
DELETE FROM ttg.resettlement_prison WHERE prison_code = 'WDI';
REVOKE EXECUTE ON FUNCTION ttg.load_resettlement_prisons(text) FROM ttg_release_analyst;
DROP ROLE ttg_release_analyst;

-- The dashboard queries of the README's release section, on a small release list.
-- Week of Monday 23 Nov 2026; next week runs Mon 30 Nov to Sun 6 Dec 2026, so its TTG starts
-- (release - 84 days) are releases from 22 Feb 2027 (30 Nov + 84: + 31 = 31 Dec, + 31 = 31 Jan, + 22 = 22 Feb)
-- to 28 Feb 2027. 21 Feb 2027 starts on Sun 29 Nov (this week); 1 Mar 2027 starts on Mon 7 Dec.
CREATE TEMP TABLE releases (person text, prison_code text, home_cpa text, release date);
INSERT INTO releases VALUES
  ('p1', 'LCI', 'DLNR', '2027-02-22'),   -- Leicester, first day of next week
  ('p2', 'LCI', 'SWM',  '2027-02-28'),   -- Leicester, last day of next week
  ('p3', 'BMI', 'SWM',  '2027-02-25'),   -- Birmingham
  ('p4', 'WDI', 'YH',   '2027-02-24'),   -- Wakefield: not a resettlement prison
  ('p5', 'BMI', 'SWM',  '2027-02-21'),   -- starts this week: left out
  ('p6', 'NMI', 'DLNR', '2027-03-01'),   -- starts the week after: left out
  ('p7', 'NMI', 'DLNR', '2027-03-16');   -- referral due next week (16 Mar 2027 - 105 = 1 Dec 2026)

-- Next week's TTG starts by prison (as in the README's release section, with current_date replaced by 23 Nov 2026).
WITH week AS (SELECT date_trunc('week', date '2026-11-23')::date + 7 AS monday)
SELECT ttg.prison_name(r.prison_code) AS prison,
       ttg.is_resettlement_prison(r.prison_code) AS resettlement_prison,
       count(*) AS ttg_starts,
       min(lower(ttg.ttg_window(r.release))) AS first_start,
       max(lower(ttg.ttg_window(r.release))) AS last_start
  FROM releases r CROSS JOIN week w
 WHERE r.release BETWEEN w.monday + 84 AND w.monday + 90
 GROUP BY 1, 2
 ORDER BY 1;

-- Referrals due next week from non-resettlement prisons (R-TTG-2): only p7's referral date
-- (1 Dec 2026) falls next week, and p7 is in Nottingham, a resettlement prison: nothing is due.
-- Were Nottingham not one, p7 would be referral_due on 1 Dec 2026.
WITH week AS (SELECT date_trunc('week', date '2026-11-23')::date + 7 AS monday)
SELECT r.person, r.prison_code, ttg.ttg_referral_due(r.release) AS referral_due
  FROM releases r CROSS JOIN week w
 WHERE r.release BETWEEN w.monday + 105 AND w.monday + 111
   AND NOT ttg.is_resettlement_prison(r.prison_code)
 ORDER BY 1;
SELECT r.person, ttg.ttg_referral_due(r.release) AS referral_due,
       ttg.ttg_stage(r.release, '2026-12-01', false) AS stage_if_not_resettlement,
       ttg.ttg_stage(r.release, '2026-12-01', ttg.is_resettlement_prison(r.prison_code)) AS stage
  FROM releases r WHERE r.person = 'p7';

-- Stage of every release on 23 Nov 2026, counted.
SELECT ttg.ttg_stage(r.release, '2026-11-23', ttg.is_resettlement_prison(r.prison_code)) AS stage, count(*)
  FROM releases r GROUP BY 1 ORDER BY 1;

-- R-TTG-3: share released from a resettlement prison in their own CPA (target 80%), judged on the
-- release day (ttg.resettles_into). p1 (LCI, DLNR) and p3 (BMI, SWM), p5 (BMI, SWM) yes; p2 (LCI but
-- SWM) no; p4 (not resettlement) no; p6, p7 (NMI, DLNR) yes: 5 of 7 = 71.4%.
SELECT count(*) AS releases,
       count(*) FILTER (WHERE ttg.resettles_into(r.prison_code, r.home_cpa, r.release)) AS in_own_cpa,
       round(100.0 * count(*) FILTER (WHERE ttg.resettles_into(r.prison_code, r.home_cpa, r.release)) / count(*), 1) AS pct,
       round(100.0 * count(*) FILTER (WHERE ttg.resettles_into(r.prison_code, r.home_cpa, r.release)) / count(*), 1) >= 80 AS meets_target
  FROM releases r;

-- Who holds each case on 23 Nov 2026, and who needs a probation-officer POM (R-OM-2..4).
-- c1: release 31 Mar 2027 - 6 months = 30 Sep 2026: community; tier A.
-- c2, c3: release 31 Aug 2027 - 6 months = 28 Feb 2027: prison; tiers B and C.
-- c4: parole refused 15 Jul 2026, next review 10 Jan 2027: prison; tier D.
-- c5: parole process from 1 Nov 2026: community; tier B.
-- Expected: community/probation_officer 2, prison/prison_officer 2, prison/probation_officer 1.
CREATE TEMP TABLE custody (person text, release date, parole_process_start date,
                           parole_refused_on date, next_review_start date, tier text);
INSERT INTO custody VALUES
  ('c1', '2027-03-31', NULL, NULL, NULL, 'A'),
  ('c2', '2027-08-31', NULL, NULL, NULL, 'B'),
  ('c3', '2027-08-31', NULL, NULL, NULL, 'C'),
  ('c4', '2026-06-30', '2025-12-01', '2026-07-15', '2027-01-10', 'D'),
  ('c5', '2028-01-01', '2026-11-01', NULL, NULL, 'B');
SELECT ttg.om_responsibility(date '2026-11-23', release, parole_process_start,
                             parole_refused_on, next_review_start) AS holder,
       ttg.pom_grade(tier) AS pom_grade, count(*)
  FROM custody GROUP BY 1, 2 ORDER BY 1, 2;

-- OMiC handovers in the 28 days from 23 Nov 2026 (to 21 Dec 2026), all under the April 2023 rules:
-- d1: CRD 20 Aug 2027 - 8 months = 20 Dec 2026, - 14 = 6 Dec 2026 (determinate).
-- d2: PED 10 Dec 2027 - 12 months = 10 Dec 2026 (determinate_parole).
-- d3: tariff 21 Dec 2027 - 12 months = 21 Dec 2026, the last day (indeterminate).
-- d4: CRD 10 Sep 2027 -> 27 Dec 2026: too late. d5: short sentence, no handover (sentence start 1 Jun 2026).
CREATE TEMP TABLE custody_dates (person text, sentence_start date, crd date, ard date, ped date,
                                 tariff date, hdc_actual date, hdc_eligibility date,
                                 indeterminate boolean, early_allocation boolean,
                                 mappa_level integer, wales boolean);
INSERT INTO custody_dates VALUES
  ('d1', '2025-01-01', '2027-08-20', NULL, NULL, NULL, NULL, NULL, false, false, 1, false),
  ('d2', '2025-01-01', '2029-01-01', NULL, '2027-12-10', NULL, NULL, NULL, false, false, 2, false),
  ('d3', '2020-01-01', NULL, NULL, NULL, '2027-12-21', NULL, NULL, true, false, NULL, true),
  ('d4', '2025-01-01', '2027-09-10', NULL, NULL, NULL, NULL, NULL, false, false, 1, false),
  ('d5', '2026-06-01', '2027-02-01', NULL, NULL, NULL, NULL, NULL, false, false, 1, false);
SELECT c.person, h.handover_date, h.applied_era, h.rule
  FROM custody_dates c,
       LATERAL ttg.omic_handover(c.sentence_start, c.crd, c.ard, c.ped, c.tariff,
                                 c.hdc_actual, c.hdc_eligibility, c.indeterminate,
                                 c.early_allocation, 'nps', c.mappa_level, c.wales) AS h
 WHERE h.handover_date BETWEEN date '2026-11-23' AND date '2026-11-23' + 28
 ORDER BY h.handover_date;

-- Many-to-many and dated: a region's full list (an example, not a published designation).
-- Cardiff (CFI) resettles into Wales from 1 Feb 2015; Parc (PRI) into Wales until 31 Mar 2021 and
-- into SWM from 1 Apr 2021; Hewell (HEI, shipped for WWM) also into SWM.
SELECT ttg.load_resettlement_prisons(E'prison_code,prison,cpa,crc,role,live_from,valid_from,valid_until\n'
  'CFI,HMP Cardiff,Wales,Wales,host,,2015-02-01,\n'
  'PRI,HMP Parc,Wales,Wales,host,,2015-02-01,2021-03-31\n'
  'PRI,HMP Parc,SWM,SWM,host,,2021-04-01,\n'
  'HEI,HMP Hewell,SWM,RRP,host,,2019-02-01,\n', true) AS wales_list;
SELECT prison_code, cpa, valid_from, valid_until FROM ttg.resettlement_prison
 WHERE prison_code IN ('CFI', 'PRI', 'HEI') ORDER BY 1, 3, 2;
-- resettles_into: the day before, of and after each boundary.
SELECT t.code, t.area, t.d, ttg.resettles_into(t.code, t.area, t.d) AS got, t.expected,
       ttg.resettles_into(t.code, t.area, t.d) = t.expected AS ok
  FROM (VALUES
    ('PRI', 'Wales', '2021-03-30'::date, true), ('PRI', 'Wales', '2021-03-31', true), ('PRI', 'Wales', '2021-04-01', false),
    ('PRI', 'SWM', '2021-03-31', false), ('PRI', 'SWM', '2021-04-01', true), ('PRI', 'SWM', '2021-04-02', true),
    ('CFI', 'Wales', '2015-01-31', false), ('CFI', 'Wales', '2015-02-01', true), ('cfi', 'Wales', '2026-01-01', true),
    ('HEI', 'WWM', '2019-01-31', false), ('HEI', 'WWM', '2019-02-01', true), ('HEI', 'SWM', '2019-02-01', true),
    ('HEI', 'DLNR', '2020-01-01', false), ('WDI', 'YH', '2020-01-01', false)
  ) AS t(code, area, d, expected);
SELECT ttg.is_resettlement_prison('PRI', '2015-01-31') AS before_f, ttg.is_resettlement_prison('PRI', '2015-02-01') AS on_t,
       ttg.is_resettlement_prison('PRI') AS ever_t;
-- Reloading a region's full list replaces that region's own rows (Parc's Wales period goes), and
-- leaves the shipped rows and other areas alone: Wales now holds Cardiff only.
SELECT ttg.load_resettlement_prisons(E'prison_code,prison,cpa,crc,role,live_from,valid_from,valid_until\n'
  'CFI,HMP Cardiff,Wales,Wales,host,,2015-02-01,\n', true) AS wales_again;
SELECT prison_code, cpa, valid_from, shipped FROM ttg.resettlement_prison
 WHERE prison_code IN ('CFI', 'PRI', 'HEI') ORDER BY 1, 3, 2;

-- Prison names for every code: the shipped list holds the codes of the shipped data and the demo;
-- a code in neither table shows as 'unknown', never as itself.
SELECT ttg.prison_name('LCI') AS leicester, ttg.prison_name('cfi') AS cardiff, ttg.prison_name('XYZ') AS unknown_code,
       ttg.prison_name(NULL) IS NULL AS strict;
SELECT d.prison_code FROM ttg._demo_prisons() d WHERE ttg.prison_name(d.prison_code) = 'unknown';
SELECT ttg.load_prisons(E'prison_code,prison\nXYZ,HMP Example\n') AS added;
SELECT ttg.prison_name('XYZ') AS now_named;
SELECT pg_temp.err('SELECT ttg.load_prisons(E''prison_code,prison\nLCI,HMP Elsewhere\n'')');
SELECT pg_temp.err('SELECT ttg.load_prisons(E''prison_code,prison\nabc,HMP Example\n'')');
SELECT pg_temp.err('SELECT ttg.load_prisons(E''prison_code,prison\nXYY,\n'')');
SELECT pg_temp.err('SELECT ttg.load_prisons(E''prison_code,prison\nXYY,A\nXYY,B\n'')');
SELECT pg_temp.err('SELECT ttg.load_prisons(E''code,name\n'')');

-- Leave the shared tables as CREATE EXTENSION made them.
DELETE FROM ttg.resettlement_prison WHERE NOT shipped;
DELETE FROM ttg.prison WHERE NOT shipped;
