-- Public transport: when the one-day rail timetable is beside the repository
-- (it is in CI; a user's clone has none), load it as GTFS feed "rail" with
-- \copy, as the README shows; demo_upw.sql then routes the placement plan
-- with it. Without it, nothing happens here.
\set have_rail `test -r ../shared/data/gtfs/rail-2020-03-20/stop_times.txt && echo true || echo false`
\if :have_rail
\echo
\echo '== Public transport: loading the rail timetable of Friday 20 March 2020 as GTFS feed "rail" =='
SET client_min_messages = warning;
SELECT ttg.create_gtfs_tables('rail');
BEGIN;
\copy rail.stops (stop_id, stop_name, stop_code, stop_lat, stop_lon) FROM '../shared/data/gtfs/rail-2020-03-20/stops.txt' WITH (FORMAT csv, HEADER match)
\copy rail.routes (route_id, agency_id, route_short_name, route_type) FROM '../shared/data/gtfs/rail-2020-03-20/routes.txt' WITH (FORMAT csv, HEADER match)
\copy rail.trips (route_id, service_id, trip_id) FROM '../shared/data/gtfs/rail-2020-03-20/trips.txt' WITH (FORMAT csv, HEADER match)
\copy rail.stop_times (trip_id, arrival_time, departure_time, stop_id, stop_sequence) FROM '../shared/data/gtfs/rail-2020-03-20/stop_times.txt' WITH (FORMAT csv, HEADER match)
\copy rail.calendar FROM '../shared/data/gtfs/rail-2020-03-20/calendar.txt' WITH (FORMAT csv, HEADER match)
\copy rail.calendar_dates FROM '../shared/data/gtfs/rail-2020-03-20/calendar_dates.txt' WITH (FORMAT csv, HEADER match)
COMMIT;
RESET client_min_messages;
SELECT stops, trips, connections, round(compile_ms) AS compile_ms FROM ttg.transit_feed_info('rail', '2020-03-20');
\endif
