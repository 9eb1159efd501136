-- transit_rail: the router on a real one-day rail timetable (Friday 20 March
-- 2020, a slice of Great Britain's CIF timetable converted to GTFS), loaded
-- with \copy as a user would. Skipped when the timetable is not beside the
-- repository (a user's clone has none): the other expected output is the skip.
SET DateStyle = 'ISO, YMD';
\set have_rail `test -r ../shared/data/gtfs/rail-2020-03-20/stop_times.txt && echo true || echo false`
\if :have_rail
SET client_min_messages = warning;
SELECT ttg.create_gtfs_tables('tt_rail');
\copy tt_rail.stops (stop_id, stop_name, stop_code, stop_lat, stop_lon) FROM '../shared/data/gtfs/rail-2020-03-20/stops.txt' WITH (FORMAT csv, HEADER match)
\copy tt_rail.routes (route_id, agency_id, route_short_name, route_type) FROM '../shared/data/gtfs/rail-2020-03-20/routes.txt' WITH (FORMAT csv, HEADER match)
\copy tt_rail.trips (route_id, service_id, trip_id) FROM '../shared/data/gtfs/rail-2020-03-20/trips.txt' WITH (FORMAT csv, HEADER match)
\copy tt_rail.stop_times (trip_id, arrival_time, departure_time, stop_id, stop_sequence) FROM '../shared/data/gtfs/rail-2020-03-20/stop_times.txt' WITH (FORMAT csv, HEADER match)
\copy tt_rail.calendar FROM '../shared/data/gtfs/rail-2020-03-20/calendar.txt' WITH (FORMAT csv, HEADER match)
\copy tt_rail.calendar_dates FROM '../shared/data/gtfs/rail-2020-03-20/calendar_dates.txt' WITH (FORMAT csv, HEADER match)
RESET client_min_messages;

-- The feed's note: 1,932 trains, 1,785 stations, 23,729 connections (one
-- service, D, Fridays on 20 March 2020 only, so no train of the day before).
SELECT stops, trips, connections FROM ttg.transit_feed_info('tt_rail', '2020-03-20');

-- Arriving by 09:00, station to station (no walk). The latest direct trains,
-- read off stop_times.txt by hand: Leeds 07:18 - York 07:54 (102.0; the
-- note says the same); York 08:07 - Leeds 08:39 (53.0); Manchester
-- Piccadilly 08:43 - Stockport 08:54 (17.0); Leeds 08:12 - Bradford
-- Interchange 08:30 (48.0). The router finds no later journey with a change.
SELECT o.stop_name AS origin, d.stop_name AS destination,
       ttg.transit_minutes('tt_rail', o.stop_lat, o.stop_lon, d.stop_lat, d.stop_lon, '2020-03-20 09:00') AS minutes
  FROM (VALUES ('LEEDS', 'YORK'), ('YORK', 'LEEDS'), ('MNCRPIC', 'STKP'), ('LEEDS', 'BRADIN')) p(o, d)
  JOIN tt_rail.stops o ON o.stop_id = p.o JOIN tt_rail.stops d ON d.stop_id = p.d
 ORDER BY 1, 2;

-- Saturday 21 March: service D does not run; nothing arrives (NULL).
SELECT ttg.transit_minutes('tt_rail', 53.795162, -1.549093, 53.957964, -1.093182, '2020-03-21 09:00') AS saturday;

-- One call for all pairs: the matrix agrees with the single queries, within 110 minutes.
SELECT origin_id, destination_id, minutes
  FROM ttg.transit_matrix('tt_rail',
         $$SELECT stop_id, stop_lat, stop_lon FROM tt_rail.stops WHERE stop_id IN ('LEEDS', 'YORK', 'MNCRPIC')$$,
         $$SELECT stop_id, stop_lat, stop_lon FROM tt_rail.stops WHERE stop_id IN ('YORK', 'LEEDS', 'STKP', 'BRADIN')$$,
         '2020-03-20 09:00', 110)
 WHERE origin_id <> destination_id
 ORDER BY 1, 2;

SET client_min_messages = warning;
DROP SCHEMA tt_rail CASCADE;
RESET client_min_messages;
\else
\echo 'transit_rail: the rail timetable is not beside the repository; skipped'
\endif
