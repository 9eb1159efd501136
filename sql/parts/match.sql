
-- ===========================================================================
-- Match: Unpaid Work placements, assigned optimally.
-- R-UPW-1 (90 minutes each way), R-UPW-6 and R-UPW-8 (ETE preferred),
-- R-UPW-7 (all-male and female-only groups), ROSH, days, capacity.
-- ===========================================================================

CREATE FUNCTION ttg.match_placements(people_sql text, placements_sql text,
                                     travel_sql text DEFAULT NULL,
                                     ete_bonus_minutes numeric DEFAULT 15)
  RETURNS TABLE (person_id bigint, placement_id bigint, travel_minutes numeric, reason text)
  AS 'MODULE_PATHNAME', 'ttg_sql_match_placements'
  LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL RESTRICTED ROWS 1000;
COMMENT ON FUNCTION ttg.match_placements(text, text, text, numeric) IS
  'Optimal Unpaid Work placements: the most people placed, then the least total travel, ete_bonus_minutes (0 to 1440, default 15) counted off the travel of an ETE-eligible person at an ETE placement (R-UPW-6, R-UPW-8). A pair is allowed when travel is at most 90 minutes each way (R-UPW-1; routed minutes from travel_sql, else the public_transport estimate), a person who asked is never in an all_male placement and only women go to female_only ones (R-UPW-7), high or very_high ROSH only where accepted, with a day in common; capacity is never exceeded. people_sql returns person_id, lat, lon, sex, avoid_all_male, ete_eligible, rosh, available_days; placements_sql returns placement_id, lat, lon, capacity, environment, provides_ete, accepts_high_rosh, session_days; travel_sql returns person_id, placement_id, minutes (NULL: no route). One row per person in person_id order; an unplaced person has NULL placement_id and a reason: no_placement_in_travel_limit, no_placement_fits_rules: <rule> (nearest: placement <id>), or capacity_taken. Missing column 42703, mistyped 42804. NULL people_sql, placements_sql or ete_bonus_minutes: no rows. VOLATILE and PARALLEL RESTRICTED because it runs the queries it is given.';

CREATE FUNCTION ttg.placement_failure(person_lat double precision, person_lon double precision,
                                      sex text, avoid_all_male boolean, rosh text,
                                      available_days integer,
                                      placement_lat double precision, placement_lon double precision,
                                      capacity integer, environment text,
                                      accepts_high_rosh boolean, session_days integer,
                                      routed_minutes numeric DEFAULT NULL)
  RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_sql_placement_failure'
  LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.placement_failure(double precision, double precision, text, boolean, text, integer, double precision, double precision, integer, text, boolean, integer, numeric) IS
  'Why ttg.match_placements may not put this person in this placement: NULL when the pair is allowed, else the first rule that blocks, in this order: travel_over_limit (R-UPW-1: routed_minutes, or the public_transport estimate when NULL, over 90), all_male_declined (R-UPW-7), female_only (R-UPW-7), rosh_not_accepted, no_common_day, no_capacity (capacity 0). NULL positions or environment: NULL. NULL sex is not female; NULL avoid_all_male and accepts_high_rosh are false; NULL rosh counts as high; NULL day masks mean any day; NULL capacity is not checked. Bad words 22023.';

CREATE FUNCTION ttg.placement_candidates(people_sql text, placements_sql text,
                                         travel_sql text DEFAULT NULL,
                                         ete_bonus_minutes numeric DEFAULT 15)
  RETURNS TABLE (person_id bigint, placement_id bigint, travel_minutes numeric, cost numeric)
  AS 'MODULE_PATHNAME', 'ttg_sql_placement_candidates'
  LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL RESTRICTED ROWS 10000;
COMMENT ON FUNCTION ttg.placement_candidates(text, text, text, numeric) IS
  'The allowed pairs ttg.match_placements chooses from (same arguments, same checks, same rules): person_id, placement_id, travel_minutes, and cost = travel_minutes less ete_bonus_minutes for an ETE-eligible person at an ETE placement (may be negative), in hundredths of a minute. Ordered by person_id, then placement_id. For "where could this person go" lists and for checking the optimum with another solver.';
