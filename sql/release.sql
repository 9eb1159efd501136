-- release: release dates, Through the Gate windows and stages (R-TTG-1, R-TTG-2), offender management 2013 (R-OM-1 to R-OM-4),
-- the dated policy facts and the release day rule.
SET DateStyle = 'ISO, YMD';
-- Every "expected" value below was worked out by hand from a printed calendar
-- (the working is in the comment beside it); "ok" compares it with the function.

-- release_date: first non-NULL of confirmed, actual parole, HDC actual, CRD, ARD.
SELECT t.case_name, ttg.release_date(c, p, h, crd, ard) AS got, expected,
       ttg.release_date(c, p, h, crd, ard) IS NOT DISTINCT FROM expected AS ok
  FROM (VALUES
    ('confirmed wins',    '2025-03-10'::date, '2025-03-01'::date, '2025-02-01'::date, '2025-04-01'::date, '2025-05-01'::date, '2025-03-10'::date),
    ('actual parole',     NULL, '2025-03-01', '2025-02-01', '2025-04-01', '2025-05-01', '2025-03-01'),
    ('HDC actual',        NULL, NULL, '2025-02-01', '2025-04-01', '2025-05-01', '2025-02-01'),
    ('CRD before ARD',    NULL, NULL, NULL, '2025-06-01', '2025-05-01', '2025-06-01'),
    ('ARD last',          NULL, NULL, NULL, NULL, '2025-05-01', '2025-05-01'),
    ('all NULL',          NULL, NULL, NULL, NULL, NULL, NULL)
  ) AS t(case_name, c, p, h, crd, ard, expected);

-- earliest_release_date: PED when there is one (even if later), else the earlier of CRD and ARD.
SELECT t.case_name, ttg.earliest_release_date(ped, crd, ard) AS got, expected,
       ttg.earliest_release_date(ped, crd, ard) IS NOT DISTINCT FROM expected AS ok
  FROM (VALUES
    ('PED wins',       '2025-06-01'::date, '2025-03-01'::date, '2025-02-01'::date, '2025-06-01'::date),
    ('earlier of two', NULL, '2025-03-01', '2025-02-01', '2025-02-01'),
    ('CRD alone',      NULL, '2025-03-01', NULL, '2025-03-01'),
    ('ARD alone',      NULL, NULL, '2025-02-01', '2025-02-01'),
    ('none',           NULL, NULL, NULL, NULL)
  ) AS t(case_name, ped, crd, ard, expected);

-- ttg_window: 84 days back from Sun 31 Aug 2025 is Sun 8 Jun 2025
-- (31 Aug - 31 = 31 Jul, - 31 = 30 Jun, - 22 = 8 Jun). Canonical daterange: upper bound exclusive.
SELECT ttg.ttg_window('2025-08-31') AS window_2025,
       ttg.ttg_window('2025-08-31') = daterange('2025-06-08', '2025-08-31', '[]') AS ok;
-- Over a leap day: 1 Mar 2024 - 84 days = 8 Dec 2023 (- 29 = 1 Feb, - 31 = 1 Jan, - 24 = 8 Dec).
SELECT ttg.ttg_window('2024-03-01') AS window_leap,
       ttg.ttg_window('2024-03-01') = daterange('2023-12-08', '2024-03-01', '[]') AS ok;

-- in_ttg_window: both sides of both ends.
SELECT as_of, ttg.in_ttg_window('2025-08-31', as_of) AS got, expected,
       ttg.in_ttg_window('2025-08-31', as_of) = expected AS ok
  FROM (VALUES ('2025-06-07'::date, false),   -- 85 days before
               ('2025-06-08', true),          -- 84 days before: first day
               ('2025-08-31', true),          -- release day
               ('2025-09-01', false)          -- day after release
       ) AS t(as_of, expected);

-- ttg_referral_due: 105 days before 31 Aug 2025 = 8 Jun - 21 = 18 May 2025;
-- before 1 Mar 2024: 8 Dec 2023 - 21 = 17 Nov 2023.
SELECT ttg.ttg_referral_due('2025-08-31') AS due_2025, ttg.ttg_referral_due('2025-08-31') = '2025-05-18' AS ok1,
       ttg.ttg_referral_due('2024-03-01') AS due_leap, ttg.ttg_referral_due('2024-03-01') = '2023-11-17' AS ok2;

-- ttg_stage for a release on 31 Aug 2025, in a non-resettlement prison (f), a
-- resettlement prison (t), and one not known (NULL).
SELECT as_of, res, ttg.ttg_stage('2025-08-31', as_of, res) AS got, expected,
       ttg.ttg_stage('2025-08-31', as_of, res) IS NOT DISTINCT FROM expected AS ok
  FROM (VALUES
    ('2025-05-17'::date, false, 'before_referral'),  -- 106 days before
    ('2025-05-17', true,  'before_referral'),
    ('2025-05-17', NULL,  'before_referral'),        -- known whatever the prison
    ('2025-05-18', false, 'referral_due'),           -- 105 days before
    ('2025-05-18', true,  'before_referral'),        -- resettlement prisons have no referral
    ('2025-05-18', NULL,  NULL),                     -- depends on the prison
    ('2025-06-07', false, 'referral_due'),           -- 85 days before
    ('2025-06-07', true,  'before_referral'),
    ('2025-06-08', false, 'in_window'),              -- 84 days before
    ('2025-06-08', true,  'in_window'),
    ('2025-06-08', NULL,  'in_window'),
    ('2025-08-31', false, 'in_window'),              -- release day
    ('2025-09-01', true,  'released'),               -- day after
    ('2025-09-01', NULL,  'released')
  ) AS t(as_of, res, expected);
SELECT ttg.ttg_stage(NULL, '2025-06-01', true) AS null_release, ttg.ttg_stage('2025-08-31', NULL, true) AS null_as_of;

-- TTG started on 1 April 2019 (R-TTG-1, R-TTG-2, TTG News, February 2019): nothing is referral_due
-- or in_window before it. Release 1 Jul 2019: referral from 18 Mar 2019 (1 Jul - 105: - 30 = 1 Jun,
-- - 31 = 1 May, - 30 = 1 Apr, - 14 = 18 Mar), window from 8 Apr 2019 (- 84).
-- Release 1 May 2019: window from 6 Feb 2019 (1 May - 84: - 30 = 1 Apr, - 31 = 1 Mar, - 23 = 6 Feb).
SELECT t.release, t.as_of, t.res, ttg.ttg_stage(t.release, t.as_of, t.res) AS got, t.expected,
       ttg.ttg_stage(t.release, t.as_of, t.res) IS NOT DISTINCT FROM t.expected AS ok
  FROM (VALUES
    ('2019-07-01'::date, '2019-03-31'::date, false, 'not_live'),    -- day before the start
    ('2019-07-01', '2019-04-01', false, 'referral_due'),            -- day of
    ('2019-07-01', '2019-04-02', false, 'referral_due'),            -- day after
    ('2019-07-01', '2019-03-31', true,  'not_live'),
    ('2019-05-01', '2019-03-31', false, 'not_live'),                -- inside the 84 days, not yet live
    ('2019-05-01', '2019-04-01', false, 'in_window'),
    ('2019-05-01', '2019-04-01', true,  'in_window'),
    ('2019-03-15', '2019-03-16', false, 'released')                 -- released before the start
  ) AS t(release, as_of, res, expected);
-- The 12 named prisons went live on 1 February 2019 (their live_from): release 15 Mar 2019,
-- window from 21 Dec 2018 (15 Mar - 84: - 15 = 28 Feb, - 28 = 31 Jan, - 31 = 31 Dec, - 10 = 21 Dec).
SELECT t.as_of, t.res, ttg.ttg_stage('2019-03-15', t.as_of, t.res, '2019-02-01') AS got, t.expected,
       ttg.ttg_stage('2019-03-15', t.as_of, t.res, '2019-02-01') IS NOT DISTINCT FROM t.expected AS ok
  FROM (VALUES
    ('2019-01-31'::date, true, 'not_live'),     -- day before live_from
    ('2019-02-01', true, 'in_window'),          -- day of
    ('2019-02-02', true, 'in_window'),          -- day after
    ('2019-02-01', false, 'not_live'),          -- live_from is a resettlement prison's: others wait for 1 April
    ('2019-02-01', NULL, 'in_window')
  ) AS t(as_of, res, expected);
SELECT ttg.ttg_stage('2019-07-01', '2019-02-01', true, '2019-02-01') AS before_referral_named,
       ttg.ttg_stage('2019-07-01', '2019-02-01', true, NULL) AS not_live_national;
-- in_ttg_window from 1 April 2019: release 1 May 2019, as_of 31 Mar, 1 Apr, 2 Apr.
SELECT ttg.in_ttg_window('2019-05-01', '2019-03-31') AS f, ttg.in_ttg_window('2019-05-01', '2019-04-01') AS t1,
       ttg.in_ttg_window('2019-05-01', '2019-04-02') AS t2;

-- release_working_day: a release on a Saturday, Sunday or bank holiday moves to the business day before.
SELECT t.release, ttg.release_working_day(t.release) AS got, t.expected, ttg.release_working_day(t.release) = t.expected AS ok
  FROM (VALUES
    ('2025-12-27'::date, '2025-12-24'::date),  -- Sat 27 Dec 2025: Fri 26 (Boxing Day) and Thu 25 (Christmas) are holidays
    ('2025-12-26', '2025-12-24'),              -- Boxing Day, a Friday
    ('2025-12-24', '2025-12-24'),              -- Wednesday: stays
    ('2025-05-05', '2025-05-02'),              -- early May bank holiday, Monday: the Friday before
    ('2025-05-06', '2025-05-06'),              -- the Tuesday after: stays
    ('2025-05-04', '2025-05-02'),              -- Sunday before the bank holiday: Friday
    ('2025-04-21', '2025-04-17'),              -- Easter Monday 2025: Good Friday 18 Apr too, so Thursday 17
    ('2024-03-01', '2024-03-01')               -- a Friday: stays
  ) AS t(release, expected);
SELECT ttg.release_working_day(NULL) IS NULL AS strict;

-- The dated policy facts, with their sources.
SELECT rule, first_day, last_day, value, unit FROM ttg.policy_facts();
-- STRICT functions: NULL in, NULL out.
SELECT ttg.ttg_window(NULL) IS NULL AS w, ttg.in_ttg_window(NULL, '2025-01-01') IS NULL AS i,
       ttg.ttg_referral_due(NULL) IS NULL AS r, ttg.pom_grade(NULL) IS NULL AS g;

-- om_in_scope (R-OM-1): 12 months or more; before 1 Oct 2012 only high/very high ROSH, IPP or PPO.
SELECT t.case_name, ttg.om_in_scope(m, rosh, ipp, ppo, s) AS got, expected,
       ttg.om_in_scope(m, rosh, ipp, ppo, s) IS NOT DISTINCT FROM expected AS ok
  FROM (VALUES
    ('MTCS day, low ROSH',         12::numeric, 'low', false, false, '2012-10-01'::date, true),
    -- sentenced the day before MTCS: in scope if still in custody on 1 Oct 2012, which the
    -- five-argument form cannot tell (the release date decides, below): NULL.
    ('day before MTCS, low',       12, 'low', false, false, '2012-09-30', NULL),
    ('day before MTCS, medium',    12, 'medium', false, false, '2012-09-30', NULL),
    ('day before MTCS, high',      12, 'high', false, false, '2012-09-30', true),
    ('day before MTCS, Very High', 12, 'Very High', false, false, '2012-09-30', true),
    ('IPP',                        12, 'medium', true, false, '2012-09-30', true),
    ('PPO',                        12, 'low', false, true, '2012-09-30', true),
    ('11.99 months, all flags',    11.99, 'very_high', true, true, '2012-09-30', false),
    ('under 12, all else NULL',    6, NULL, NULL, NULL, NULL, false),
    ('ROSH unknown before MTCS',   24, NULL, false, false, '2012-09-30', NULL),
    ('flags unknown after MTCS',   24, NULL, NULL, NULL, '2013-01-01', true),
    ('sentence date unknown, low', 24, 'low', false, false, NULL, NULL),
    ('sentence date unknown, high',24, 'high', NULL, NULL, NULL, true),
    ('length unknown, in criteria',NULL, 'high', false, false, '2012-01-01', NULL),
    ('length unknown, out',        NULL, 'low', false, false, '2012-01-01', NULL)  -- MTCS unknown too
  ) AS t(case_name, m, rosh, ipp, ppo, s, expected);
-- R-OM-1 by who is in custody after MTCS: sentenced 1 Jan 2011, low ROSH, released the day before,
-- the day of, and the day after 1 Oct 2012; and under 12 months, false whatever the release.
SELECT t.case_name, ttg.om_in_scope(m, 'low', false, false, '2011-01-01', rel) AS got, expected,
       ttg.om_in_scope(m, 'low', false, false, '2011-01-01', rel) IS NOT DISTINCT FROM expected AS ok
  FROM (VALUES
    ('released 30 Sep 2012', 24::numeric, '2012-09-30'::date, false),
    ('released 1 Oct 2012',  24, '2012-10-01', true),
    ('released 2 Oct 2012',  24, '2012-10-02', true),
    ('release unknown',      24, NULL, NULL),
    ('11 months',            11, '2013-01-01', false)
  ) AS t(case_name, m, rel, expected);

-- om_handover_date (R-OM-2): release - 6 months, clamped at month ends like date - interval.
SELECT release, pps, ttg.om_handover_date(release, pps) AS got, expected,
       ttg.om_handover_date(release, pps) IS NOT DISTINCT FROM expected AS ok
  FROM (VALUES
    ('2025-08-31'::date, NULL::date, '2025-02-28'::date),  -- 31 Aug: no 31 Feb, so 28 Feb
    ('2024-08-31', NULL, '2024-02-29'),                    -- leap year: 29 Feb
    ('2025-08-28', NULL, '2025-02-28'),                    -- 28, 29, 30, 31 Aug all give 28 Feb
    ('2025-08-27', NULL, '2025-02-27'),
    ('2025-09-01', NULL, '2025-03-01'),
    ('2025-03-31', NULL, '2024-09-30'),                    -- no 31 Sep
    ('2025-08-31', '2025-01-15', '2025-01-15'),            -- parole process starts first
    ('2025-08-31', '2025-02-28', '2025-02-28'),            -- same day
    ('2025-08-31', '2025-03-01', '2025-02-28'),            -- parole later: 6 months wins
    (NULL, '2025-01-01', '2025-01-01'),                    -- IPP or life, no release date: the parole process
    (NULL, NULL, NULL)                                     -- nothing known
  ) AS t(release, pps, expected);
SELECT ttg.om_handover_date('2025-08-31') AS default_no_parole;

-- om_responsibility (R-OM-2): release 31 Aug 2025, handover 28 Feb 2025.
SELECT as_of, ttg.om_responsibility(as_of, '2025-08-31', NULL) AS got, expected,
       ttg.om_responsibility(as_of, '2025-08-31', NULL) = expected AS ok
  FROM (VALUES ('2025-02-27'::date, 'prison'), ('2025-02-28', 'community'), ('2025-08-31', 'community')) AS t(as_of, expected);

-- Parole (R-OM-2, R-OM-3): PED 30 Jun 2026; parole process starts 1 Dec 2025 (before
-- PED - 6 months = 30 Dec 2025); refused 15 Jul 2026; next review starts 10 Jan 2027.
SELECT as_of, ttg.om_responsibility(as_of, '2026-06-30', '2025-12-01', '2026-07-15', '2027-01-10') AS got, expected,
       ttg.om_responsibility(as_of, '2026-06-30', '2025-12-01', '2026-07-15', '2027-01-10') = expected AS ok
  FROM (VALUES
    ('2025-11-30'::date, 'prison'),     -- day before the parole process
    ('2025-12-01', 'community'),        -- parole process starts
    ('2026-07-14', 'community'),        -- day before the refusal
    ('2026-07-15', 'prison'),           -- refused: back to the prison
    ('2027-01-09', 'prison'),           -- day before the next review
    ('2027-01-10', 'community')         -- next review starts
  ) AS t(as_of, expected);
-- Refused, next review not yet set: the prison keeps it.
SELECT ttg.om_responsibility('2026-09-01', '2026-06-30', '2025-12-01', '2026-07-15') AS refused_no_review;
-- Refused, but automatic release (CRD) on 31 Mar 2027 is later than the refusal:
-- 6 months before it, 30 Sep 2026 (no 31 Sep), the community takes it back.
SELECT as_of, ttg.om_responsibility(as_of, '2027-03-31', '2025-12-01', '2026-07-15') AS got, expected,
       ttg.om_responsibility(as_of, '2027-03-31', '2025-12-01', '2026-07-15') = expected AS ok
  FROM (VALUES ('2026-09-29'::date, 'prison'), ('2026-09-30', 'community')) AS t(as_of, expected);
-- A refusal after as_of changes nothing yet.
SELECT ttg.om_responsibility('2026-01-01', '2026-06-30', '2025-12-01', '2026-07-15', '2027-01-10') AS before_refusal;
-- NULL as_of: NULL; NULL release and parole process: NULL.
SELECT ttg.om_responsibility(NULL, '2025-08-31', NULL) AS null_as_of,
       ttg.om_responsibility('2025-01-01', NULL, NULL) AS null_release_and_parole;
-- IPP or life with a parole process under way and no release date (the core parole population):
-- the community from the process start (1 Dec 2024), back to the prison after a refusal on
-- 1 Jun 2025 until the next review from 1 Dec 2025.
SELECT as_of, ttg.om_responsibility(as_of, NULL, '2024-12-01', '2025-06-01', '2025-12-01') AS got, expected,
       ttg.om_responsibility(as_of, NULL, '2024-12-01', '2025-06-01', '2025-12-01') = expected AS ok
  FROM (VALUES ('2024-11-30'::date, 'prison'), ('2024-12-01', 'community'), ('2025-05-31', 'community'),
               ('2025-06-01', 'prison'), ('2025-11-30', 'prison'), ('2025-12-01', 'community')) AS t(as_of, expected);

-- pom_grade (R-OM-4): tiers A and B need a probation officer.
SELECT tier, ttg.pom_grade(tier) AS got, expected, ttg.pom_grade(tier) = expected AS ok
  FROM (VALUES ('A', 'probation_officer'), ('b', 'probation_officer'), ('B3', 'probation_officer'),
               ('A0', 'probation_officer'), ('C', 'prison_officer'), ('c2', 'prison_officer'),
               ('D0', 'prison_officer')) AS t(tier, expected);

-- Bad input: SQLSTATE, message and hint.
\i sql/include/err.sql
SELECT pg_temp.err('SELECT ttg.om_in_scope(24, ''severe'', false, false, ''2013-01-01'')');
SELECT pg_temp.err('SELECT ttg.om_in_scope(6, ''severe'', NULL, NULL, NULL)');
SELECT pg_temp.err('SELECT ttg.om_in_scope(24, '''', false, false, ''2013-01-01'')');
SELECT pg_temp.err('SELECT ttg.om_in_scope(-1, ''low'', false, false, ''2013-01-01'')');
SELECT pg_temp.err('SELECT ttg.om_in_scope(''NaN'', ''low'', false, false, ''2013-01-01'')');
SELECT pg_temp.err('SELECT ttg.pom_grade(''E'')');
SELECT pg_temp.err('SELECT ttg.pom_grade(''A4'')');
SELECT pg_temp.err('SELECT ttg.pom_grade(''AB'')');
SELECT pg_temp.err('SELECT ttg.pom_grade('''')');
SELECT pg_temp.err('SELECT ttg.om_responsibility(''2026-08-01'', ''2026-06-30'', NULL, ''2026-07-15'', ''2026-07-14'')');
SELECT pg_temp.err('SELECT ttg.ttg_window(''infinity'')');
SELECT pg_temp.err('SELECT ttg.ttg_stage(''2025-08-31'', ''1977-12-31'', true)');
SELECT pg_temp.err('SELECT ttg.release_date(NULL, NULL, NULL, ''2100-01-01'', NULL)');
SELECT pg_temp.err('SELECT ttg.om_handover_date(''2025-08-31'', ''-infinity'')');
SELECT pg_temp.err('SELECT ttg.ttg_stage(''2025-08-31'', ''2025-06-01'', true, ''2100-01-01'')');
SELECT pg_temp.err('SELECT ttg.om_in_scope(24, ''low'', false, false, ''2011-01-01'', ''infinity'')');
SELECT pg_temp.err('SELECT ttg.release_working_day(''1978-01-01'')');
SELECT pg_temp.err('SELECT ttg.release_working_day(''2100-01-01'')');

-- Markings of this domain's functions: rules IMMUTABLE, the table reader STABLE, loaders VOLATILE
-- and not parallel safe (they write).
SELECT p.oid::regprocedure AS function, p.provolatile AS volatility, p.proparallel AS parallel,
       p.proisstrict AS strict, p.prosecdef AS security_definer
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = 'ttg'
   AND p.proname IN ('release_date', 'earliest_release_date', 'ttg_window', 'in_ttg_window',
                     'ttg_referral_due', 'ttg_stage', 'is_resettlement_prison',
                     'load_resettlement_prisons', 'load_shipped_resettlement_prisons',
                     'om_in_scope', 'om_handover_date', 'om_responsibility', 'pom_grade',
                     'omic_handover', 'omic_handover_date', 'release_working_day', 'policy_facts')
 ORDER BY p.proname, p.pronargs;
