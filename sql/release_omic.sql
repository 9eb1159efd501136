-- release_omic: OMiC handover dates, 2019 and April 2023 models, and the era chosen from the dates.
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

-- 2019 model, era forced. Sentence start 1 Jan 2019.
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
    ('indeterminate PED', NULL, '2021-12-31', '2022-03-31', NULL, NULL, 'nps', NULL, true, false, '2021-04-30', 'indeterminate'),
    -- Early allocation: CRD 31 May 2021 - 15 months = 29 Feb 2020 (leap year, clamped).
    ('early allocation',  '2021-05-31', NULL, NULL, NULL, NULL, 'nps', 2, false, true, '2020-02-29', 'early_allocation'),
    ('NPS no dates',      NULL, NULL, NULL, NULL, NULL, 'nps', 1, false, false, NULL, 'missing_dates')
  ) AS t(case_name, crd, ped, tariff, hdca, hdce, prov, mappa, ind, early, expected, expected_rule),
  LATERAL ttg.omic_handover('2019-01-01', t.crd, ped => t.ped, tariff => t.tariff, hdc_actual => t.hdca,
                            hdc_eligibility => t.hdce, provider => t.prov, mappa_level => t.mappa,
                            indeterminate => t.ind, early_allocation => t.early, era => 'omic_2019') AS h;

-- 2013 model inside omic_handover: CRD 31 Aug 2018 - 6 months = 28 Feb 2018; a parole process from 10 Jan 2018 comes first.
SELECT * FROM ttg.omic_handover('2017-01-01', '2018-08-31', era => 'omcp_2013');
SELECT * FROM ttg.omic_handover('2017-01-01', '2018-08-31', era => 'OMCP_2013', parole_process_start => '2018-01-10');

-- Era chosen from the dates: the rule in force on the day responsibility would move.
-- England (OMiC from 1 Oct 2019): CRD 31 Mar 2020 - 6 months = 30 Sep 2019 (no 31 Sep), before OMiC: 2013 model.
-- CRD 1 Apr 2020 - 6 months = 1 Oct 2019, not before OMiC: 2019 model, 1 Apr 2020 - 4 months = 1 Dec 2019, - 15 = 16 Nov 2019.
-- Wales (OMiC from 4 Feb 2019): CRD 3 Aug 2019 -> 3 Feb 2019: 2013 model; CRD 4 Aug 2019 -> 4 Feb 2019: 2019 model,
-- 4 Aug 2019 - 4 months = 4 Apr, - 15 = 20 Mar 2019. The same CRD in England is still 2013 (4 Feb 2019 < 1 Oct 2019).
-- April 2023 (from 1 Apr 2023): CRD 15 Aug 2023 gives 2019 handover 15 Apr - 15 = 31 Mar 2023: 2019 model;
-- CRD 16 Aug 2023 gives 1 Apr 2023: 2023 model, sentence start 1 Jan 2022: 16 Aug 2023 - 8 months = 16 Dec 2022, - 14 = 2 Dec 2022.
-- A short sentence in 2023: start 1 Jun 2023, CRD 1 Feb 2024 (before 1 Apr 2024 = start + 10 months): no handover.
SELECT t.case_name, h.handover_date AS got, h.applied_era, h.rule, t.expected, t.expected_era,
       h.handover_date IS NOT DISTINCT FROM t.expected AND h.applied_era = t.expected_era AS ok
  FROM (VALUES
    ('England, day before OMiC', '2019-01-01'::date, '2020-03-31'::date, false, '2019-09-30'::date, 'omcp_2013'),
    ('England, OMiC start',      '2019-01-01', '2020-04-01', false, '2019-11-16', 'omic_2019'),
    ('Wales, day before OMiC',   '2018-06-01', '2019-08-03', true,  '2019-02-03', 'omcp_2013'),
    ('Wales, OMiC start',        '2018-06-01', '2019-08-04', true,  '2019-03-20', 'omic_2019'),
    ('England, same CRD',        '2018-06-01', '2019-08-04', false, '2019-02-04', 'omcp_2013'),
    ('day before April 2023',    '2022-01-01', '2023-08-15', false, '2023-03-31', 'omic_2019'),
    ('April 2023 start',         '2022-01-01', '2023-08-16', false, '2022-12-02', 'omic_2023'),
    ('short sentence, 2023',     '2023-06-01', '2024-02-01', false, '2023-06-01', 'omic_2023')
  ) AS t(case_name, ssd, crd, wales, expected, expected_era),
  LATERAL ttg.omic_handover(t.ssd, t.crd, wales => t.wales) AS h;
-- Override the era: the April 2023 case computed with the 2019 rule (16 Aug 2023 - 4 months = 16 Apr, - 15 = 1 Apr 2023).
SELECT * FROM ttg.omic_handover('2022-01-01', '2023-08-16', era => 'omic_2019');

-- omic_handover_date is the date of omic_handover, for the same arguments.
SELECT ttg.omic_handover_date('2024-01-01', '2024-11-02', era => 'omic_2023') AS date_only,
       ttg.omic_handover_date('2024-01-01', NULL, indeterminate => true, era => 'omic_2023') AS missing;

-- NULL handling: a NULL flag gives a NULL record; a NULL era means auto.
SELECT ttg.omic_handover('2024-01-01', '2026-01-01', indeterminate => NULL) IS NULL AS null_flag,
       ttg.omic_handover_date('2024-01-01', '2026-01-01', wales => NULL) IS NULL AS null_wales,
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
