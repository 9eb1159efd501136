\echo
\echo '== Unpaid Work timeliness (view upw_timeliness, R-UPW-3 to R-UPW-6) =='
SELECT region, count(*) AS orders,
       round(100.0 * count(*) FILTER (WHERE assessment_status = 'on_time') / count(*), 1) AS "assessed on time %",
       round(100.0 * count(*) FILTER (WHERE start_status = 'on_time') / count(*), 1) AS "started on time %",
       count(*) FILTER (WHERE progress = 'behind') AS behind, count(*) FILTER (WHERE progress = 'overdue') AS overdue,
       count(*) FILTER (WHERE NOT ete_within_cap) AS "ETE over cap"
  FROM probation.upw_timeliness GROUP BY region ORDER BY region;

\echo
\echo '== Unpaid Work travel (view upw_travel, R-UPW-1) =='
SELECT region, count(*) AS sessions, count(*) FILTER (WHERE over_limit) AS "over 90 minutes",
       round(sum(credited_outbound_minutes + credited_return_minutes) / 60.0) AS "travel hours credited"
  FROM probation.upw_travel GROUP BY region ORDER BY region;

\echo
\echo '== Placement plan: the optimal match for everyone waiting (view placement_plan, R-UPW-1, R-UPW-7, R-UPW-8) =='
SELECT region, count(*) AS waiting, count(*) FILTER (WHERE placed) AS placed,
       round(avg(travel_minutes) FILTER (WHERE placed), 1) AS "mean travel (min)",
       count(*) FILTER (WHERE NOT placed) AS unplaced
  FROM probation.placement_plan GROUP BY region ORDER BY region;
SELECT coalesce(split_part(reason, ':', 1), 'placed') AS outcome, count(*) AS people
  FROM probation.placement_plan GROUP BY 1 ORDER BY 2 DESC;

-- With a GTFS feed loaded (demo_transit.sql loads one when it can), route everyone
-- waiting to every placement by public transport, arriving by 09:00 on the feed's
-- day, into travel_times; the placement plan prefers those times to estimates.
SELECT to_regclass('rail.feed_version') IS NOT NULL AS have_feed \gset
\if :have_feed
\echo
\echo '== Placement plan with routed public-transport times (ttg.transit_matrix into travel_times) =='
INSERT INTO probation.travel_times (order_id, placement_id, minutes)
SELECT origin_id::bigint, destination_id::bigint, minutes
  FROM ttg.transit_matrix('rail',
         'SELECT order_id, home_lat, home_lon FROM probation.upw_orders WHERE awaiting_placement',
         'SELECT placement_id, lat, lon FROM probation.placements',
         arrive_by => '2020-03-20 09:00', max_minutes => 90)
ON CONFLICT (order_id, placement_id) DO UPDATE SET minutes = EXCLUDED.minutes;
SELECT count(*) AS routed_pairs, round(avg(minutes), 1) AS "mean routed minutes" FROM probation.travel_times;
SELECT region, count(*) AS waiting, count(*) FILTER (WHERE placed) AS placed,
       round(avg(travel_minutes) FILTER (WHERE placed), 1) AS "mean travel (min)",
       count(*) FILTER (WHERE NOT placed) AS unplaced
  FROM probation.placement_plan GROUP BY region ORDER BY region;
\endif
