-- release_omic: OMiC handover dates, 2019 and April 2023 models, the era chosen from the dates, the
-- transitional cut-offs, the May 2025 ISP rule and responsibility on as_of.
SET DateStyle = 'ISO, YMD';
-- Rules as the MoJ Manage POM Cases service computes them (the README's release section names the files).
-- Expected dates were worked out by hand: months back first (clamped at month end), then days.

-- April 2023 model, era forced. Sentence start 1 Jan 2024 unless noted (the service's own examples).
SELECT t.case_name, h.handover_date AS got, h.rule, t.expected,
       h.handover_date IS NOT DISTINCT FROM t.expected AND h.rule = t.expected_rule AS ok
  FROM (VALUES
    -- 1 Jan 2024 + 10 months = 1 Nov 2024: release on or before it means no handover.
    ('ERD 10 months less a day', '2024-01-01'::date, '2024-10-31'::date, NULL::date, NULL::date, false, false, '2024-01-01'::date, 'determinate_short'),
    ('ERD exactly 10 months',    '2024-01-01', '2024-11-01', NULL, NULL, false, false, '2024-01-01', 'determinate_short'),
    -- 2 Nov 2024 - 8 months = 2 Mar 2024, - 14 days = 17 Feb 2024 (29 days in Feb 2024).
    ('ERD 10 months and a day',  '2024-01-01', '2024-11-02', NULL, NULL, false, false, '2024-02-17', 'determinate'),
    -- 31 Oct 2025 - 8 months = 28 Feb 2025 (clamped), - 14 days = 14 Feb 2025.
    ('month end, 8m14d',         '2024-01-01', '2025-10-31', NULL, NULL, false, false, '2025-02-14', 'determinate'),
    -- 1 Jan 2026 - 15 months = 1 Oct 2024.
    ('early allocation',         '2024-01-01', '2026-01-01', NULL, NULL, false, true,  '2024-10-01', 'early_allocation'),
    -- early allocation beats parole: PED 1 Jan 2026 - 15 months = 1 Oct 2024.
    ('early allocation, parole', '2024-01-01', '2027-01-01', '2026-01-01', NULL, false, true, '2024-10-01', 'early_allocation'),
    -- PED 1 Jan 2026 - 12 months = 1 Jan 2025.
    ('determinate with parole',  '2024-01-01', '2027-01-01', '2026-01-01', NULL, false, false, '2025-01-01', 'determinate_parole'),
    -- tariff 1 Jan 2026 - 12 months = 1 Jan 2025.
    ('indeterminate',            '2024-01-01', NULL, NULL, '2026-01-01', true, false, '2025-01-01', 'indeterminate'),
    ('indeterminate, early',     '2024-01-01', NULL, NULL, '2026-01-01', true, true,  '2024-10-01', 'early_allocation'),
    -- tariff 29 Feb 2028 - 12 months = 28 Feb 2027.
    ('indeterminate, leap day',  '2024-01-01', NULL, NULL, '2028-02-29', true, false, '2027-02-28', 'indeterminate'),
    ('indeterminate, no dates',  '2024-01-01', NULL, NULL, NULL, true, false, NULL, 'missing_dates'),
    ('no sentence start',        NULL, '2026-01-01', NULL, NULL, false, false, NULL, 'missing_dates')
  ) AS t(case_name, ssd, crd, ped, tariff, ind, early, expected, expected_rule),
  LATERAL ttg.omic_handover(t.ssd, t.crd, ped => t.ped, tariff => t.tariff, indeterminate => t.ind,
                            early_allocation => t.early, era => 'omic_2023') AS h;

-- 2019 model, era forced. Sentence start 2 Oct 2019: a new case by the sources and the services alike;
-- start + 10 months = 2 Aug 2020, before every release below.
SELECT t.case_name, h.handover_date AS got, h.rule, t.expected,
       h.handover_date IS NOT DISTINCT FROM t.expected AND h.rule = t.expected_rule AS ok
  FROM (VALUES
    -- CRD 30 Aug 2020 - 4 months = 30 Apr, - 15 days = 15 Apr 2020.
    ('NPS MAPPA unknown', '2020-08-30'::date, NULL::date, NULL::date, NULL::date, NULL::date, 'nps', NULL::int, false, false, '2020-04-15'::date, 'nps_mappa_1_or_none'),
    ('NPS MAPPA 0',       '2020-08-30', NULL, NULL, NULL, NULL, 'nps', 0, false, false, '2020-04-15', 'nps_mappa_1_or_none'),
    ('NPS MAPPA 1',       '2020-08-30', NULL, NULL, NULL, NULL, 'nps', 1, false, false, '2020-04-15', 'nps_mappa_1_or_none'),
    -- CRD 30 Aug 2020 - 7 months = 30 Jan, - 15 days = 15 Jan 2020.
    ('NPS MAPPA 2',       '2020-08-30', NULL, NULL, NULL, NULL, 'nps', 2, false, false, '2020-01-15', 'nps_mappa_2_3'),
    ('NPS MAPPA 3',       '2020-08-30', NULL, NULL, NULL, NULL, 'nps', 3, false, false, '2020-01-15', 'nps_mappa_2_3'),
    -- MAPPA 1 with an HDC actual date: handover on it.
    ('NPS HDC actual',    '2020-08-30', NULL, NULL, '2020-05-01', NULL, 'nps', 1, false, false, '2020-05-01', 'nps_hdc'),
    -- HDC eligibility 1 Apr 2020 is before 15 Apr 2020: it wins; 20 Apr does not.
    ('NPS HDCED earlier', '2020-08-30', NULL, NULL, NULL, '2020-04-01', 'nps', 1, false, false, '2020-04-01', 'nps_hdc'),
    ('NPS HDCED later',   '2020-08-30', NULL, NULL, NULL, '2020-04-20', 'nps', 1, false, false, '2020-04-15', 'nps_mappa_1_or_none'),
    -- MAPPA 2 ignores HDC.
    ('NPS MAPPA 2, HDC',  '2020-08-30', NULL, NULL, '2020-05-01', NULL, 'nps', 2, false, false, '2020-01-15', 'nps_mappa_2_3'),
    -- PED 30 Jun 2021 - 8 months = 30 Oct 2020; PED 31 Oct 2021 - 8 months = 28 Feb 2021.
    ('NPS parole',        '2022-06-30', '2021-06-30', NULL, NULL, NULL, 'nps', 2, false, false, '2020-10-30', 'determinate_parole'),
    ('NPS parole, 31st',  '2022-06-30', '2021-10-31', NULL, NULL, NULL, 'nps', NULL, false, false, '2021-02-28', 'determinate_parole'),
    -- CRC: 12 weeks (84 days) before CRD 30 Aug 2020: - 30 = 31 Jul, - 31 = 30 Jun, - 23 = 7 Jun 2020.
    ('CRC CRD',           '2020-08-30', NULL, NULL, NULL, NULL, 'crc', NULL, false, false, '2020-06-07', 'crc'),
    -- CRC HDCED 30 Jun 2020 - 84: - 30 = 31 May, - 31 = 30 Apr, - 23 = 7 Apr 2020.
    ('CRC HDCED',         '2020-08-30', NULL, NULL, NULL, '2020-06-30', 'crc', NULL, false, false, '2020-04-07', 'crc'),
    -- CRC HDC actual 15 Jul 2020 beats HDCED: - 15 = 30 Jun, - 30 = 31 May, - 31 = 30 Apr, - 8 = 22 Apr.
    ('CRC HDC actual',    '2020-08-30', NULL, NULL, '2020-07-15', '2020-06-30', 'crc', NULL, false, false, '2020-04-22', 'crc'),
    -- Indeterminate (any provider): earlier of PED and tariff - 8 months: 31 Mar 2022 -> 31 Jul 2021.
    ('indeterminate',     NULL, NULL, '2022-03-31', NULL, NULL, 'crc', NULL, true, false, '2021-07-31', 'indeterminate'),
    -- PED 31 Dec 2021 - 8 months = 30 Apr 2021, but never before the window start, TED - 8 months = 31 Jul 2021.
    ('indeterminate PED', NULL, '2021-12-31', '2022-03-31', NULL, NULL, 'nps', NULL, true, false, '2021-07-31', 'indeterminate'),
    -- No tariff: the prison holds the case, no handover date.
    ('indeterminate, no tariff', NULL, '2021-12-31', NULL, NULL, NULL, 'nps', NULL, true, false, NULL, 'indeterminate_custody'),
    -- Early allocation: CRD 31 May 2021 - 15 months = 29 Feb 2020 (leap year, clamped).
    ('early allocation',  '2021-05-31', NULL, NULL, NULL, NULL, 'nps', 2, false, true, '2020-02-29', 'early_allocation'),
    ('NPS no dates',      NULL, NULL, NULL, NULL, NULL, 'nps', 1, false, false, NULL, 'missing_dates')
  ) AS t(case_name, crd, ped, tariff, hdca, hdce, prov, mappa, ind, early, expected, expected_rule),
  LATERAL ttg.omic_handover('2019-10-02', t.crd, ped => t.ped, tariff => t.tariff, hdc_actual => t.hdca,
                            hdc_eligibility => t.hdce, provider => t.prov, mappa_level => t.mappa,
                            indeterminate => t.ind, early_allocation => t.early, era => 'omic_2019') AS h;

-- 2013 model inside omic_handover: CRD 31 Aug 2018 - 6 months = 28 Feb 2018; a parole process from 10 Jan 2018 comes first.
SELECT * FROM ttg.omic_handover('2017-01-01', '2018-08-31', era => 'omcp_2013');
SELECT * FROM ttg.omic_handover('2017-01-01', '2018-08-31', era => 'OMCP_2013', parole_process_start => '2018-01-10');

-- Era chosen from the dates (era auto, England public prisons, OMiC start by the sources).
-- A case sentenced before OMiC (England 16 Sep 2019, Wales 4 Feb 2019) and released before the
-- transitional cut-off (England public 15 Feb 2021, Wales 4 May 2020) is pre-OMiC: no date.
-- On the cut-off day: the 2019 model. CRD 15 Feb 2021 - 4 months = 15 Oct 2020, - 15 = 30 Sep 2020;
-- 16 Feb 2021 gives 1 Oct 2020. Wales: 4 May 2020 - 4 months = 4 Jan, - 15 = 20 Dec 2019; 5 May: 21 Dec.
-- April 2023 (from 1 Apr 2023): CRD 15 Aug 2023 gives 2019 handover 15 Apr - 15 = 31 Mar 2023: 2019 model;
-- CRD 16 Aug 2023 gives 1 Apr 2023: 2023 model, sentence start 1 Jan 2022: 16 Aug 2023 - 8 months = 16 Dec 2022, - 14 = 2 Dec 2022.
-- Short sentences: start 1 Jun 2023, CRD 1 Feb 2024 (before 1 Apr 2024 = start + 10 months): no handover, 2023 model;
-- start 1 Jan 2020, CRD 1 Jun 2020 (before 1 Nov 2020): no handover under the 2019 model either.
SELECT t.case_name, h.handover_date AS got, h.applied_era, h.rule, t.expected, t.expected_era,
       h.handover_date IS NOT DISTINCT FROM t.expected AND h.applied_era = t.expected_era AND h.rule = t.expected_rule AS ok
  FROM (VALUES
    ('England, pre-OMiC',             '2019-01-01'::date, '2020-03-31'::date, false, NULL::date, 'omcp_2013', 'pre_omic'),
    ('England, day before cut-off',   '2019-01-01', '2021-02-14', false, NULL, 'omcp_2013', 'pre_omic'),
    ('England, cut-off day',          '2019-01-01', '2021-02-15', false, '2020-09-30', 'omic_2019', 'nps_mappa_1_or_none'),
    ('England, day after cut-off',    '2019-01-01', '2021-02-16', false, '2020-10-01', 'omic_2019', 'nps_mappa_1_or_none'),
    ('Wales, day before cut-off',     '2018-06-01', '2020-05-03', true,  NULL, 'omcp_2013', 'pre_omic'),
    ('Wales, cut-off day',            '2018-06-01', '2020-05-04', true,  '2019-12-20', 'omic_2019', 'nps_mappa_1_or_none'),
    ('Wales, day after cut-off',      '2018-06-01', '2020-05-05', true,  '2019-12-21', 'omic_2019', 'nps_mappa_1_or_none'),
    ('England, same CRD',             '2018-06-01', '2020-05-04', false, NULL, 'omcp_2013', 'pre_omic'),
    ('day before April 2023',         '2022-01-01', '2023-08-15', false, '2023-03-31', 'omic_2019', 'nps_mappa_1_or_none'),
    ('April 2023 start',              '2022-01-01', '2023-08-16', false, '2022-12-02', 'omic_2023', 'determinate'),
    ('short sentence, 2023',          '2023-06-01', '2024-02-01', false, '2023-06-01', 'omic_2023', 'determinate_short'),
    ('short sentence, 2019',          '2020-01-01', '2020-06-01', false, '2020-01-01', 'omic_2019', 'determinate_short')
  ) AS t(case_name, ssd, crd, wales, expected, expected_era, expected_rule),
  LATERAL ttg.omic_handover(t.ssd, t.crd, wales => t.wales) AS h;
-- Hub and private prisons: cut-off 1 Jun 2021 (31 May before; 1 Jun 2021 - 4 months = 1 Feb, - 15 = 17 Jan 2021).
-- The OMiC start: sentenced 15 Sep / 16 Sep 2019 by the sources; 1 Oct / 2 Oct 2019 by the services
-- (new cases are sentenced after 1 Oct). CRD 31 Dec 2020 - 4 months = 31 Aug, - 15 = 16 Aug 2020.
SELECT t.case_name, h.handover_date AS got, h.rule, t.expected,
       h.handover_date IS NOT DISTINCT FROM t.expected AND h.rule = t.expected_rule AS ok
  FROM (VALUES
    ('hub/private, day before cut-off', '2019-01-01'::date, '2021-05-31'::date, 'hub_private', 'sources', NULL::date, 'pre_omic'),
    ('hub/private, cut-off day',        '2019-01-01', '2021-06-01', 'Hub/Private', 'sources', '2021-01-17', 'nps_mappa_1_or_none'),
    ('public, same CRD',                '2019-01-01', '2021-05-31', 'public', 'sources', '2021-01-16', 'nps_mappa_1_or_none'),
    ('sources, 15 Sep 2019',            '2019-09-15', '2020-12-31', 'public', 'sources', NULL, 'pre_omic'),
    ('sources, 16 Sep 2019',            '2019-09-16', '2020-12-31', 'public', 'sources', '2020-08-16', 'nps_mappa_1_or_none'),
    ('services, 16 Sep 2019',           '2019-09-16', '2020-12-31', 'public', 'services', NULL, 'pre_omic'),
    ('services, 1 Oct 2019',            '2019-10-01', '2020-12-31', 'public', 'services', NULL, 'pre_omic'),
    ('services, 2 Oct 2019',            '2019-10-02', '2020-12-31', 'public', 'services', '2020-08-16', 'nps_mappa_1_or_none')
  ) AS t(case_name, ssd, crd, ptype, basis, expected, expected_rule),
  LATERAL ttg.omic_handover(t.ssd, t.crd, prison_type => t.ptype, omic_start => t.basis) AS h;
-- Override the era: the April 2023 case computed with the 2019 rule (16 Aug 2023 - 4 months = 16 Apr, - 15 = 1 Apr 2023).
SELECT * FROM ttg.omic_handover('2022-01-01', '2023-08-16', era => 'omic_2019');

-- The 2019 10-month rule: start 2 Oct 2019 + 10 months = 2 Aug 2020; a release on or before it is
-- community-held from the start. 3 Aug 2020 - 4 months = 3 Apr, - 15 = 19 Mar 2020.
SELECT t.crd, h.handover_date AS got, h.rule, t.expected,
       h.handover_date IS NOT DISTINCT FROM t.expected AND h.rule = t.expected_rule AS ok
  FROM (VALUES ('2020-08-01'::date, '2019-10-02'::date, 'determinate_short'),
               ('2020-08-02', '2019-10-02', 'determinate_short'),
               ('2020-08-03', '2020-03-19', 'nps_mappa_1_or_none')) AS t(crd, expected, expected_rule),
  LATERAL ttg.omic_handover('2019-10-02', t.crd, era => 'omic_2019') AS h;

-- MAPPA 2/3 handover never before as_of: CRD 30 Aug 2020 - 7 months = 30 Jan, - 15 = 15 Jan 2020.
SELECT t.as_of, ttg.omic_handover_date('2019-10-02', '2020-08-30', mappa_level => 2, era => 'omic_2019', as_of => t.as_of) AS got,
       t.expected, ttg.omic_handover_date('2019-10-02', '2020-08-30', mappa_level => 2, era => 'omic_2019', as_of => t.as_of) = t.expected AS ok
  FROM (VALUES ('2020-01-14'::date, '2020-01-15'::date), ('2020-01-15', '2020-01-15'), ('2020-01-16', '2020-01-16')) AS t(as_of, expected);

-- Responsibility on as_of. Start 2 Oct 2019, CRD 31 Dec 2020: handover 16 Aug 2020.
SELECT t.case_name, h.handover_date, h.rule, h.responsibility AS got, t.expected, h.responsibility IS NOT DISTINCT FROM t.expected AS ok
  FROM (VALUES
    ('day before handover', '2019-10-02'::date, '2020-12-31'::date, false, '2020-08-15'::date, 'prison'),
    ('handover day',        '2019-10-02', '2020-12-31', false, '2020-08-16', 'community'),
    ('as_of not given',     '2019-10-02', '2020-12-31', false, NULL, NULL),
    ('short sentence',      '2020-01-01', '2020-06-01', false, '2020-02-01', 'community'),
    ('pre-OMiC',            '2019-01-01', '2020-03-31', false, '2019-12-01', 'community'),
    -- the service's example: a recalled case has no handover date; the community holds it
    ('recalled',            '2019-10-02', '2020-12-31', true,  '2020-02-01', 'community')
  ) AS t(case_name, ssd, crd, recalled, as_of, expected),
  LATERAL ttg.omic_handover(t.ssd, t.crd, recalled => t.recalled, as_of => t.as_of) AS h;
-- Indeterminate, tariff 31 Mar 2022 (handover 31 Jul 2021): on the tariff day the community holds it;
-- the day after, a tariff passed without release: the prison holds it, no handover date.
SELECT t.as_of, h.handover_date, h.applied_era, h.rule, h.responsibility
  FROM (VALUES ('2022-03-31'::date), ('2022-04-01')) AS t(as_of),
  LATERAL ttg.omic_handover('2019-10-02', NULL, tariff => '2022-03-31', indeterminate => true, as_of => t.as_of) AS h;

-- The May 2025 ISP earliest release (2023 model): TED 1 Jan 2026, THD 1 Sep 2025. Before 1 May 2025
-- (or as_of NULL): the earlier, THD: - 12 months = 1 Sep 2024. From 1 May 2025: TED in the future:
-- 1 Jan 2025. TED passed (1 Mar 2025), THD in the future: THD, 1 Sep 2024. Both passed (TED 1 Mar 2025,
-- THD 20 Apr 2025, as_of 1 May 2025): the nearer, THD: 20 Apr 2024.
SELECT t.case_name, ttg.omic_handover_date('2020-01-01', NULL, tariff => t.ted, target_hearing => t.thd, indeterminate => true,
                                           era => 'omic_2023', as_of => t.as_of) AS got, t.expected,
       ttg.omic_handover_date('2020-01-01', NULL, tariff => t.ted, target_hearing => t.thd, indeterminate => true,
                              era => 'omic_2023', as_of => t.as_of) IS NOT DISTINCT FROM t.expected AS ok
  FROM (VALUES
    ('day before the change', '2026-01-01'::date, '2025-09-01'::date, '2025-04-30'::date, '2024-09-01'::date),
    ('day of the change',     '2026-01-01', '2025-09-01', '2025-05-01', '2025-01-01'),
    ('day after the change',  '2026-01-01', '2025-09-01', '2025-05-02', '2025-01-01'),
    ('as_of not given',       '2026-01-01', '2025-09-01', NULL, '2024-09-01'),
    ('TED passed',            '2025-03-01', '2025-09-01', '2025-06-01', '2024-09-01'),
    ('both passed',           '2025-03-01', '2025-04-20', '2025-05-01', '2024-04-20'),
    ('TED on as_of',          '2025-06-01', '2025-12-01', '2025-06-01', '2024-12-01'),
    ('TED the day after',     '2025-06-01', '2025-12-01', '2025-05-31', '2024-06-01')
  ) AS t(case_name, ted, thd, as_of, expected);

-- omic_handover_date is the date of omic_handover, for the same arguments.
SELECT ttg.omic_handover_date('2024-01-01', '2024-11-02', era => 'omic_2023') AS date_only,
       ttg.omic_handover_date('2024-01-01', NULL, indeterminate => true, era => 'omic_2023') AS missing;

-- NULL handling: a NULL flag gives a NULL record; a NULL era means auto.
SELECT ttg.omic_handover('2024-01-01', '2026-01-01', indeterminate => NULL) IS NULL AS null_flag,
       ttg.omic_handover_date('2024-01-01', '2026-01-01', wales => NULL) IS NULL AS null_wales,
       ttg.omic_handover('2024-01-01', '2026-01-01', recalled => NULL) IS NULL AS null_recalled,
       (ttg.omic_handover('2022-01-01', '2023-08-16', era => NULL)).applied_era AS null_era;

-- Bad input: SQLSTATE, message and hint.
\i sql/include/err.sql
SELECT pg_temp.err('SELECT ttg.omic_handover_date(''2024-01-01'', ''2026-01-01'', era => ''omic_2020'')');
SELECT pg_temp.err('SELECT ttg.omic_handover_date(''2024-01-01'', ''2026-01-01'', provider => ''private'')');
SELECT pg_temp.err('SELECT ttg.omic_handover_date(''2024-01-01'', ''2026-01-01'', mappa_level => 4)');
SELECT pg_temp.err('SELECT ttg.omic_handover_date(''2024-01-01'', ''2026-01-01'', mappa_level => -1)');
SELECT pg_temp.err('SELECT ttg.omic_handover_date(''2024-01-01'', ''2023-12-31'')');
SELECT pg_temp.err('SELECT ttg.omic_handover_date(''2024-01-01'', ''2026-01-01'', ped => ''2023-06-01'')');
SELECT pg_temp.err('SELECT ttg.omic_handover_date(''2024-01-01'', ''infinity'')');
SELECT pg_temp.err('SELECT ttg.omic_handover_date(''2024-01-01'', ''2026-01-01'', prison_type => ''open'')');
SELECT pg_temp.err('SELECT ttg.omic_handover_date(''2024-01-01'', ''2026-01-01'', omic_start => ''source'')');
SELECT pg_temp.err('SELECT ttg.omic_handover_date(''2024-01-01'', NULL, indeterminate => true, target_hearing => ''2023-06-01'')');
SELECT pg_temp.err('SELECT ttg.omic_handover_date(''2024-01-01'', ''2026-01-01'', as_of => ''2100-01-01'')');
