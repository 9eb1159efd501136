-- Derived objects of a reporting model (placement matching): dropped and made again by every
-- build (ttg.rebuild_reporting_model), so only views and functions belong here.
-- Views are security_invoker, so the caller's row security applies.

-- The optimal Unpaid Work placement for everyone waiting (R-UPW-1, R-UPW-6, R-UPW-7, R-UPW-8).
CREATE VIEW placement_plan WITH (security_invoker = true) AS
  SELECT m.person_id AS order_id, o.case_id, c.region, c.team, m.placement_id IS NOT NULL AS placed,
         m.placement_id, p.name AS placement, p.town,
         m.travel_minutes::numeric(8,1) AS travel_minutes, m.reason
    -- The inner queries are text the matcher parses when the view is read, under the
    -- reader's search_path: the tables are named by regclass (printed qualified unless
    -- the name already means that table) and the operator is pinned to pg_catalog.
    FROM ttg.match_placements(
           format('SELECT o.order_id AS person_id, o.home_lat AS lat, o.home_lon AS lon, c.sex, o.avoid_all_male,
                          o.ete_eligible, o.rosh, o.available_days
                     FROM %s o JOIN %s c ON c.case_id OPERATOR(pg_catalog.=) o.case_id
                    WHERE o.awaiting_placement', 'upw_orders'::regclass, 'cases'::regclass),
           format('SELECT placement_id, lat, lon, capacity, environment, provides_ete, accepts_high_rosh, session_days
                     FROM %s', 'placements'::regclass),
           format('SELECT order_id AS person_id, placement_id, minutes FROM %s', 'travel_times'::regclass),
           (SELECT st.ete_bonus_minutes FROM current_settings() st)) m
    JOIN upw_orders o ON o.order_id = m.person_id
    JOIN cases c ON c.case_id = o.case_id
    LEFT JOIN placements p ON p.placement_id = m.placement_id;
COMMENT ON VIEW placement_plan IS 'The optimal match (ttg.match_placements: most people placed, then least travel with the ETE bonus) of everyone awaiting an Unpaid Work placement, under the 90-minute limit, the all-male choice, female-only places, ROSH, days and capacity; routed times from travel_times replace estimates. Every waiting person appears once, with the reason when unplaced. Solved afresh on each read.';
COMMENT ON COLUMN placement_plan.order_id IS 'The order (person) waiting.';
COMMENT ON COLUMN placement_plan.case_id IS 'The case.';
COMMENT ON COLUMN placement_plan.region IS 'Region of the case.';
COMMENT ON COLUMN placement_plan.team IS 'Team of the case.';
COMMENT ON COLUMN placement_plan.placed IS 'True when the plan places the person.';
COMMENT ON COLUMN placement_plan.placement_id IS 'The placement; NULL when unplaced.';
COMMENT ON COLUMN placement_plan.placement IS 'Placement name.';
COMMENT ON COLUMN placement_plan.town IS 'Placement town.';
COMMENT ON COLUMN placement_plan.travel_minutes IS 'Travel each way, minutes (routed when known, else estimated).';
COMMENT ON COLUMN placement_plan.reason IS 'Why an unplaced person could not be placed: no_placement_in_travel_limit, no_placement_fits_rules (with the rule and the nearest placement) or capacity_taken.';
