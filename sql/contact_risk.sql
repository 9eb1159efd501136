-- contact_risk: tier, ROSH and MAPPA as real extracts record them (R-OM-1, R-OM-4): mapped by
-- ttg.load_ndelius_extract through the code tables, not recorded stored as NULL, rejects kept with
-- the reason; the model's checks take real values (tier b2, MAPPA level 0, ROSH not recorded) and
-- refuse bad ones at COPY naming value, column and line; the release rules read not recorded.
SET DateStyle = 'ISO, YMD';
SET client_min_messages = warning;
SELECT ttg.create_reporting_model('risk') IS NOT NULL AS made;
RESET client_min_messages;
UPDATE risk.settings SET as_of = '2026-04-30';

-- The vocabularies: one case rule, canonical words.
SELECT ttg.code_word('tier', 'B2') AS b2, ttg.code_word('tier', 'UD0') AS ud0, ttg.code_word('tier', 'not recorded') AS not_recorded,
       ttg.code_word('rosh', 'Very High') AS very_high, ttg.code_word('rosh', 'RHRH') AS rhrh,
       ttg.code_word('mappa_category', 'M4') AS m4_category, ttg.code_word('mappa_level', 'M0') AS m0_level,
       ttg.code_word('mappa_category', 'X9') AS x9;
SELECT array_agg(w ORDER BY w) AS rosh_words FROM ttg.vocab_words('rosh') AS w;

\i sql/include/ndelius_staging.sql
\copy sc FROM 'test/data/ndelius_risk_cases.csv' CSV HEADER
\copy sk FROM 'test/data/ndelius_risk_contacts.csv' CSV HEADER
-- Cases, line by line:
--   1  301 B2 / Medium / M2 / M0        -> b2, medium, category 2, level 0 (line 10 repeats 301, so both
--                                          go row by row, in line order: line 1 is stored)
--   2  302 UA3 / RVHR / 1 / Level 2     -> a3, very_high, 1, 2
--   3  303 Not recorded / '' / X9 / not recorded -> all NULL
--   4  304 c / very-high / Category 4 / 3 -> c, very_high, 4, 3
--   5  305 tier E1                       -> rejected, 22023 unknown tier code
--   6  306 ROSH Severe                   -> rejected, 22023 unknown ROSH code
--   7  307 MAPPA level M4 (M4 is a category code, levels are M0 to M3) -> rejected, 22023
--   8  308 MAPPA category 5              -> rejected, 22023
--   9  309 d0 / Not recorded, dates 2026-1-5 (not the fast path's YYYY-MM-DD: cast row by row) -> d0, NULL
--  10  301 again                         -> rejected, 23505 duplicate key
-- Contacts: 31 (case 301, ATTC) and 34 (case 303, AFTA, a T in the timestamp, other_activity no) load;
-- 32 (outcome ZZZZ, 22023) and 33 (case 305 was rejected, 23503) are rejected.
-- Cases 5 loaded, contacts 2, rejected 5 + 2 = 7.
SELECT * FROM ttg.load_ndelius_extract('risk', 'sc', 'sk');
SELECT source, line, row_data->>(CASE source WHEN 'cases' THEN 'case_id' ELSE 'contact_id' END) AS id, reason
  FROM risk.load_rejects ORDER BY source, line;
SELECT case_id, sex, supervision_start, tier, rosh, mappa_category, mappa_level FROM risk.cases ORDER BY case_id;
SELECT contact_id, case_id, appointment_at, outcome, other_activity FROM risk.contacts ORDER BY contact_id;

-- A DBA maps a local spelling (a local row overrides nothing shipped here): 'VH' is very_high.
INSERT INTO ttg.rosh_code (code, rosh, description) VALUES ('VH', 'very_high', 'Local: very high');
SELECT ttg.code_word('rosh', 'vh') AS local_vh;
DELETE FROM ttg.rosh_code WHERE code = 'VH';

-- The model's checks call the same vocabularies: real values load at COPY, stored as canonical
-- words or NULL (not recorded); MAPPA level 0 is a level.
COPY risk.custody (person_id, region, home_area, prison_code, sentence_months, sentenced_on, crd, rosh, tier, mappa_level, ipp, ppo) FROM stdin (FORMAT csv);
1,Wales,Wales,CFI,48,2026-01-01,2030-01-01,,b2,0,false,false
2,Wales,Wales,CFI,48,2026-01-01,2030-01-01,high,,,false,false
3,Wales,Wales,CFI,48,2008-01-01,2010-01-01,,c,,false,false
4,Wales,Wales,CFI,48,2008-01-01,2010-01-01,high,c,,false,false
5,Wales,Wales,CFI,48,2008-01-01,2010-01-01,low,c,,false,false
\.
INSERT INTO risk.cases (case_id, region, team, brag, order_type, supervision_start, tier, rosh, mappa_category, mappa_level)
  VALUES (320, 'Wales', 'Cardiff', 'green', 'licence', '2026-01-01', 'a', 'low', 3, 0);
-- Bad values are refused, naming value, column and line (the COPY context gives the line); COPY
-- is all or nothing, so person 6 is not stored either (ttg.load_ndelius_extract keeps the good rows).
\set VERBOSITY default
COPY risk.custody (person_id, region, home_area, prison_code, sentence_months, sentenced_on, rosh, tier) FROM stdin (FORMAT csv);
6,Wales,Wales,CFI,24,2026-01-01,low,c
7,Wales,Wales,CFI,24,2026-01-01,low,B2
\.
COPY risk.custody (person_id, region, home_area, prison_code, sentence_months, sentenced_on, rosh, tier) FROM stdin (FORMAT csv);
8,Wales,Wales,CFI,24,2026-01-01,severe,c
\.
COPY risk.custody (person_id, region, home_area, prison_code, sentence_months, sentenced_on, mappa_level) FROM stdin (FORMAT csv);
9,Wales,Wales,CFI,24,2026-01-01,4
\.
\set VERBOSITY terse
INSERT INTO risk.cases (case_id, region, team, brag, order_type, supervision_start, mappa_category)
  VALUES (321, 'Wales', 'Cardiff', 'green', 'licence', '2026-01-01', 0);
-- The release rules read not recorded (report date 30 Apr 2026):
--   1, 2: sentenced 1 Jan 2026 for 48 months, CRD 2030: in scope (after MTCS, whatever the ROSH);
--         the prison holds the case, so a POM grade: tier b2 -> probation_officer (R-OM-4), tier not
--         recorded -> NULL.
--   3-5: sentenced 2008, released 1 Jan 2010, before MTCS (1 Oct 2012), not IPP or PPO: scope turns on
--         ROSH (R-OM-1): not recorded -> NULL (unknown), high -> true, low -> false; released, so the
--         community holds them and there is no POM grade.
SELECT person_id, tier, rosh, mappa_level, in_scope, omic_responsibility, pom_grade
  FROM risk.om_responsibility ORDER BY person_id;
-- The OMiC 2019 handover of an NPS case, CRD 31 Dec 2026, reads MAPPA level 0, 1 and not recorded
-- alike: CRD - 4 months - 15 days = 16 Aug 2026; level 2: CRD - 7 months - 15 days = 16 May 2026.
SELECT m.level, ttg.omic_handover_date('2025-06-01', '2026-12-31', mappa_level => m.level, era => 'omic_2019',
                                       as_of => '2026-04-30') AS handover
  FROM (VALUES (NULL::integer), (0), (1), (2)) AS m(level) ORDER BY m.level NULLS FIRST;

SET client_min_messages = warning;
DROP SCHEMA risk CASCADE;
RESET client_min_messages;
