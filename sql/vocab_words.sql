-- vocab_words: one case rule for every word ttg takes (vocab_core.h): trimmed, any case,
-- spaces, hyphens and slashes read as underscores. The same word is accepted, or refused with
-- 22023 and a hint listing the canonical words, by every function that takes it.
SET DateStyle = 'ISO, YMD';
\i sql/include/err.sql

-- ROSH, everywhere it is taken: om_in_scope (R-OM-1: before 1 Oct 2012, 12 months, in scope
-- only when ROSH is high or very high, so true for each spelling of very_high; for low it
-- depends on the release date, so NULL), placement_failure (a placement that does not accept high ROSH: rosh_not_accepted for
-- very_high, NULL for low) and match_placements (the person is left unplaced for very_high:
-- rosh_not_accepted; placed for low).
CREATE TEMP TABLE spelling(w text);
INSERT INTO spelling VALUES ('very_high'), ('Very High'), ('very-high'), (' VERY_HIGH '), ('very / high'), ('LOW');
SELECT '[' || w || ']' AS rosh,
       ttg.om_in_scope(12, w, false, false, '2012-09-30') AS om_in_scope,
       ttg.placement_failure(52, -1, 'male', false, w, NULL, 52.01, -1, 1, 'mixed', false, NULL, 10) AS placement_failure,
       (SELECT coalesce(m.reason, 'placed')
          FROM ttg.match_placements(
                 format('SELECT 1 AS person_id, 52.0::float8 AS lat, -1.0::float8 AS lon, ''male''::text AS sex, false AS avoid_all_male, false AS ete_eligible, %L::text AS rosh, NULL::int AS available_days', w),
                 'SELECT 7 AS placement_id, 52.01::float8 AS lat, -1.0::float8 AS lon, 1 AS capacity, ''mixed''::text AS environment, false AS provides_ete, false AS accepts_high_rosh, NULL::int AS session_days') m) AS match_placements
  FROM spelling ORDER BY w;

-- A wrong word is refused the same way by each, the hint generated from the one ROSH list.
SELECT pg_temp.err('SELECT ttg.om_in_scope(12, ''very_hi'', false, false, ''2012-09-30'')');
SELECT pg_temp.err('SELECT ttg.placement_failure(52, -1, NULL, false, ''very_hi'', NULL, 52.01, -1, 1, ''mixed'', false, NULL, 10)');
SELECT pg_temp.err('SELECT * FROM ttg.match_placements(''SELECT 1 AS person_id, 52.0::float8 AS lat, -1.0::float8 AS lon, NULL::text AS sex, false AS avoid_all_male, false AS ete_eligible, ''''very_hi''''::text AS rosh, NULL::int AS available_days'', ''SELECT 7 AS placement_id, 52.01::float8 AS lat, -1.0::float8 AS lon, 1 AS capacity, ''''mixed''''::text AS environment, false AS provides_ete, false AS accepts_high_rosh, NULL::int AS session_days'')');

-- The other words by the same rule: tiers (R-OM-4: B is a probation officer's, d2 a prison
-- officer's), a prison type, a provider, an OMiC start, an era, a mode of travel, an activity,
-- a sex and an environment (a female-only placement refuses a man: female_only).
SELECT ttg.pom_grade(' b ') AS b_probation_officer, ttg.pom_grade('D2') AS d2_prison_officer;
SELECT pg_temp.err('SELECT ttg.omic_handover(''2024-01-01'', ''2026-06-01'', provider => ''N.P.S'')');
SELECT (ttg.omic_handover('2024-01-01', '2026-06-01', provider => ' NPS ', era => 'OMIC 2023',
                          prison_type => 'Hub/Private', omic_start => 'SERVICES')).applied_era AS omic_2023;
SELECT ttg.estimate_travel_minutes(52, -1, 52.1, -1, 'Public-Transport') AS pt_39_1,
       ttg.travel_limit_minutes('Accredited Programme') AS limit_90,
       ttg.placement_failure(52, -1, ' MALE ', false, 'low', NULL, 52.01, -1, 1, 'Female Only', false, NULL, 10) AS female_only;
SELECT pg_temp.err('SELECT ttg.placement_failure(52, -1, ''M'', false, ''low'', NULL, 52.01, -1, 1, ''mixed'', false, NULL, 10)');
SELECT pg_temp.err('SELECT ttg.placement_failure(52, -1, NULL, false, ''low'', NULL, 52.01, -1, 1, ''men only'', false, NULL, 10)');
SELECT pg_temp.err('SELECT ttg.pom_grade(''E1'')');
SELECT pg_temp.err('SELECT ttg.estimate_travel_minutes(52, -1, 52.1, -1, ''train'')');

-- In SQL, the same vocabularies by name: the canonical word, and the check the reporting
-- model's custody.rosh, custody.prison_type and placements.environment columns use (stored
-- words are canonical, so 'Very High' is refused there with its canonical spelling).
SELECT ttg.vocab_word('rosh', ' VERY_HIGH ') AS very_high, ttg.vocab_word('prison_type', 'Hub/Private') AS hub_private,
       ttg.vocab_word('environment', 'Female-Only') AS female_only, ttg.vocab_word('travel_mode', 'RAIL') AS rail,
       ttg.vocab_check('rosh', 'very_high') AS stored_ok;
SELECT string_agg(w, ', ') AS rosh_words FROM ttg.vocab_words('rosh') w;
SELECT pg_temp.err('SELECT ttg.vocab_check(''rosh'', ''Very High'', ''rosh'')');
SELECT pg_temp.err('SELECT ttg.vocab_word(''rosh'', ''severe'')');

DROP TABLE spelling;
