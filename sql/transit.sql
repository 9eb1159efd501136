-- transit: public-transport minutes routed over a small hand-written GTFS
-- timetable; the answers were worked by hand (beside each query). They are
-- the times R-UPW-1 and R-UPW-2 (at most 90 minutes each way) apply to.
SET DateStyle = 'ISO, YMD';
\i sql/include/err.sql

SELECT ttg.create_gtfs_tables('tt_hand');

-- Stops on the meridian 1.5 W, 0.05 degrees (5.56 km) apart, beyond walking
-- reach of each other, except C2: 0.005 degrees of longitude east of C
-- (328.4 m; walking 1.25 x 328.4 = 410.5 m at 4.8 km/h = 307.8 s, 308 s).
-- X has no coordinates and no calls (GTFS allows it; it cannot be routed to).
COPY tt_hand.stops (stop_id, stop_name, stop_lat, stop_lon) FROM stdin WITH (FORMAT csv);
A,Home town,53.700,-1.500
B,Interchange,53.750,-1.500
C,Placement town,53.800,-1.500
C2,Placement town east,53.800,-1.495
N,Night stop,53.900,-1.500
U,Far stop,54.200,-1.500
X,Unlocated,,
\.
COPY tt_hand.routes (route_id, route_type) FROM stdin WITH (FORMAT csv);
R,3
\.
-- WK: Monday to Friday in March 2020. SAT: Saturdays. RM: weekdays, but
-- removed on Friday 20 March. ADD: no calendar row, added on 18 March only.
COPY tt_hand.calendar FROM stdin WITH (FORMAT csv);
WK,1,1,1,1,1,0,0,20200301,20200331
SAT,0,0,0,0,0,1,0,20200301,20200331
RM,1,1,1,1,1,0,0,20200301,20200331
\.
COPY tt_hand.calendar_dates FROM stdin WITH (FORMAT csv);
RM,20200320,2
ADD,20200318,1
\.
COPY tt_hand.trips (route_id, service_id, trip_id) FROM stdin WITH (FORMAT csv);
R,WK,T1
R,WK,T2
R,WK,T3
R,WK,T4
R,WK,TN
R,SAT,TS
R,RM,TR
R,ADD,TA
\.
-- T1 A 08:00 - B 08:20/08:21 - C 08:40; T2 A 07:30 - B 07:50; T3 B 08:05 - C 08:30;
-- T4 C2 08:50 - N 09:30; TN C 23:40 - N 24:30 (00:30 the next day);
-- TS A 08:30 - C 08:50; TR A 08:35 - C 08:55; TA A 06:00 - U 06:30.
-- T2's first call is written H:MM:SS, as GTFS allows.
COPY tt_hand.stop_times (trip_id, arrival_time, departure_time, stop_id, stop_sequence) FROM stdin WITH (FORMAT csv);
T1,08:00:00,08:00:00,A,1
T1,08:20:00,08:21:00,B,2
T1,08:40:00,08:40:00,C,3
T2,7:30:00,7:30:00,A,1
T2,07:50:00,07:50:00,B,2
T3,08:05:00,08:05:00,B,1
T3,08:30:00,08:30:00,C,2
T4,08:50:00,08:50:00,C2,1
T4,09:30:00,09:30:00,N,2
TN,23:40:00,23:40:00,C,1
TN,24:30:00,24:30:00,N,2
TS,08:30:00,08:30:00,A,1
TS,08:50:00,08:50:00,C,2
TR,08:35:00,08:35:00,A,1
TR,08:55:00,08:55:00,C,2
TA,06:00:00,06:00:00,A,1
TA,06:30:00,06:30:00,U,2
\.

-- Friday 20 March: WK runs (T1-T4, TN) and TN of the day before runs past midnight.
-- 6 located stops; 5 trips (T1, T2, T3, T4, TN) plus Thursday's TN (ends 00:30 Friday);
-- connections 2 + 1 + 1 + 1 + 1 + 1 = 7; footpaths C-C2 both ways = 2.
SELECT stops, trips, connections, footpaths FROM ttg.transit_feed_info('tt_hand', '2020-03-20');

-- A to C by 09:00 (Friday): T1 leaves A at 08:00, arrives 08:40: 60.0 minutes.
-- By 08:35: T1 is too late; T2 07:30 to B 07:50, change (2 minutes: 07:52 <= 08:05),
-- T3 to C 08:30: 08:35 - 07:30 = 65.0 (a change).
-- Wednesday 18 March by 09:00: TR (RM runs that day) 08:35 - 08:55: 25.0.
-- Saturday 21 March by 09:00: only TS 08:30 - 08:50: 30.0 (TR and T1 do not run).
SELECT ttg.transit_minutes('tt_hand', 53.700, -1.500, 53.800, -1.500, '2020-03-20 09:00') AS fri_60,
       ttg.transit_minutes('tt_hand', 53.700, -1.500, 53.800, -1.500, '2020-03-20 08:35') AS change_65,
       ttg.transit_minutes('tt_hand', 53.700, -1.500, 53.800, -1.500, '2020-03-18 09:00') AS wed_25,
       ttg.transit_minutes('tt_hand', 53.700, -1.500, 53.800, -1.500, '2020-03-21 09:00') AS sat_30;

-- With 16 minutes to change, T2 + T3 no longer connects (07:50 + 16 = 08:06 > 08:05): NULL by 08:35.
SELECT ttg.transit_minutes('tt_hand', 53.700, -1.500, 53.800, -1.500, '2020-03-20 08:35',
                           min_change_minutes => 16) AS missed_change;

-- A footpath between stops: T1 to C 08:40, walk to C2 (308 s, more than the
-- 2-minute change: 08:45:08 <= 08:50), T4 to N 09:30. By 09:30: 90.0, exactly
-- the limit, so within it (R-UPW-1).
SELECT m AS footpath_90, ttg.within_travel_limit(m) AS within
  FROM ttg.transit_minutes('tt_hand', 53.700, -1.500, 53.900, -1.500, '2020-03-20 09:30') m;

-- Past midnight: TN belongs to Friday's service and reaches N at 24:30, i.e.
-- Saturday 00:30. Arriving by Saturday 00:45 from C: leave Friday 23:40: 65.0.
-- Arriving by Friday 23:59 it cannot: NULL.
SELECT ttg.transit_minutes('tt_hand', 53.800, -1.500, 53.900, -1.500, '2020-03-21 00:45') AS night_65,
       ttg.transit_minutes('tt_hand', 53.800, -1.500, 53.900, -1.500, '2020-03-20 23:59') AS too_late;

-- Walking at the ends: 0.003 degrees south of A is 333.6 m, walked 1.25 x 333.6
-- = 417.0 m at 4.8 km/h = 312.7 s, 313 s. Leave 08:00 - 313 s = 07:54:47 for
-- T1: 65 min 13 s = 65.2. With max_walk_m 400, A is out of reach: NULL.
SELECT ttg.transit_minutes('tt_hand', 53.697, -1.500, 53.800, -1.500, '2020-03-20 09:00') AS walk_65_2,
       ttg.transit_minutes('tt_hand', 53.697, -1.500, 53.800, -1.500, '2020-03-20 09:00',
                           max_walk_m => 400) AS out_of_reach;

-- Walk only: 0.005 degrees of latitude = 556.0 m, walked 695.0 m = 521.2 s,
-- 522 s = 8.7 minutes (no stop helps).
SELECT ttg.transit_minutes('tt_hand', 53.700, -1.500, 53.705, -1.500, '2020-03-20 09:00') AS walk_only_8_7;

-- Unreachable: U is served only on 18 March (TA 06:00 - 06:30). Friday: NULL;
-- Wednesday by 07:00: 60.0. Within 45 minutes on Wednesday: NULL again.
SELECT ttg.transit_minutes('tt_hand', 53.700, -1.500, 54.200, -1.500, '2020-03-20 09:00') AS fri_none,
       ttg.transit_minutes('tt_hand', 53.700, -1.500, 54.200, -1.500, '2020-03-18 07:00') AS wed_60,
       ttg.transit_minutes('tt_hand', 53.700, -1.500, 54.200, -1.500, '2020-03-18 07:00',
                           max_minutes => 45) AS wed_45_none;

-- Leaving at a time: A at 07:55 takes T1 (08:00) to C at 08:40: 45.0.
SELECT ttg.transit_minutes_depart('tt_hand', 53.700, -1.500, 53.800, -1.500, '2020-03-20 07:55') AS depart_45;

-- Many to many, arriving by 09:30, within 90 minutes: from A, T1 leaves 08:00
-- (C: 90.0; N via the footpath: 90.0); from 0.003 degrees south of A, 313 s
-- more (95.2 > 90: left out); nothing reaches U; the far origin reaches nothing.
SELECT * FROM ttg.transit_matrix('tt_hand',
  $$SELECT * FROM (VALUES ('a', 53.700, -1.500), ('a_south', 53.697, -1.500), ('far', 51.5, -0.1)) o(id, lat, lon)$$,
  $$SELECT id, lat, lon FROM (VALUES (1, 53.800, -1.500), (2, 53.900, -1.500), (3, 54.200, -1.500)) d(id, lat, lon);$$,
  '2020-03-20 09:30', 90) ORDER BY 1, 2;
-- The same pairs as transit_minutes gives one by one (a_south within 100 minutes: 95.2).
SELECT o, d, ttg.transit_minutes('tt_hand', olat, olon, dlat, dlon, '2020-03-20 09:30', 100) AS minutes,
       m.minutes AS matrix
  FROM (VALUES ('a', 53.700, -1.500), ('a_south', 53.697, -1.500)) o(o, olat, olon),
       (VALUES ('1', 53.800, -1.500), ('2', 53.900, -1.500)) d(d, dlat, dlon)
  LEFT JOIN LATERAL (SELECT * FROM ttg.transit_matrix('tt_hand',
      format('SELECT %L, %s, %s', o, olat, olon), format('SELECT %L, %s, %s', d, dlat, dlon),
      '2020-03-20 09:30', 100)) m ON true
 ORDER BY 1, 2;

-- The cache follows the rows. A new trip T5 A 08:30 - C 08:45 makes A to C by
-- 09:00 30.0 inside the transaction; after ROLLBACK it is 60.0 again (the
-- rolled-back version is never confused with the committed one).
BEGIN;
INSERT INTO tt_hand.trips (route_id, service_id, trip_id) VALUES ('R', 'WK', 'T5');
INSERT INTO tt_hand.stop_times (trip_id, arrival_time, departure_time, stop_id, stop_sequence)
VALUES ('T5', '08:30:00', '08:30:00', 'A', 1), ('T5', '08:45:00', '08:45:00', 'C', 2);
SELECT ttg.transit_minutes('tt_hand', 53.700, -1.500, 53.800, -1.500, '2020-03-20 09:00') AS with_t5_30;
ROLLBACK;
SELECT ttg.transit_minutes('tt_hand', 53.700, -1.500, 53.800, -1.500, '2020-03-20 09:00') AS again_60;
-- A committed change is seen by the next statement: T1 retimed to leave A at 08:10 (50.0).
UPDATE tt_hand.stop_times SET arrival_time = '08:10:00', departure_time = '08:10:00'
 WHERE trip_id = 'T1' AND stop_sequence = 1;
SELECT ttg.transit_minutes('tt_hand', 53.700, -1.500, 53.800, -1.500, '2020-03-20 09:00') AS retimed_50;

-- Reporting into a model's travel_times (the placement plan prefers them to estimates):
-- A to C by 09:00 with T1 now leaving at 08:10: 50.0.
CREATE TEMP TABLE travel_times (order_id bigint, placement_id bigint, minutes numeric,
                                PRIMARY KEY (order_id, placement_id));
INSERT INTO travel_times (order_id, placement_id, minutes)
SELECT origin_id::bigint, destination_id::bigint, minutes
  FROM ttg.transit_matrix('tt_hand',
         'SELECT 10, 53.700, -1.500', 'SELECT 20, 53.800, -1.500', '2020-03-20 09:00', 90)
ON CONFLICT (order_id, placement_id) DO UPDATE SET minutes = EXCLUDED.minutes;
TABLE travel_times;

-- Bad feeds. Times like 25:61:00 are refused as they are copied, naming the line.
COPY tt_hand.stop_times (trip_id, arrival_time, departure_time, stop_id, stop_sequence) FROM stdin WITH (FORMAT csv);
T4,09:40:00,09:40:00,U,3
T4,25:61:00,25:61:00,A,4
\.
-- Unknown stops and trips are refused by the keys.
COPY tt_hand.stop_times (trip_id, arrival_time, departure_time, stop_id, stop_sequence) FROM stdin WITH (FORMAT csv);
T4,09:40:00,09:40:00,NOWHERE,3
\.
COPY tt_hand.stop_times (trip_id, arrival_time, departure_time, stop_id, stop_sequence) FROM stdin WITH (FORMAT csv);
T9,09:40:00,09:40:00,A,1
\.
-- A file with a column the table does not have (HEADER MATCH checks the header).
COPY tt_hand.trips (route_id, service_id, trip_id) FROM stdin WITH (FORMAT csv, HEADER match);
route_id,service_id,trip_idd
R,WK,T8
\.
-- Out of order: T4 reaching its third call before leaving its second.
-- The whole statement fails; nothing is compiled or cached.
INSERT INTO tt_hand.stop_times (trip_id, arrival_time, departure_time, stop_id, stop_sequence)
VALUES ('T4', '09:20:00', '09:20:00', 'U', 3);
SELECT pg_temp.err($$SELECT ttg.transit_minutes('tt_hand', 53.7, -1.5, 53.8, -1.5, '2020-03-20 09:00')$$);
DELETE FROM tt_hand.stop_times WHERE trip_id = 'T4' AND stop_sequence = 3;
-- A call at a stop without coordinates.
INSERT INTO tt_hand.stop_times (trip_id, arrival_time, departure_time, stop_id, stop_sequence)
VALUES ('T4', '09:40:00', '09:40:00', 'X', 3);
SELECT pg_temp.err($$SELECT ttg.transit_minutes('tt_hand', 53.7, -1.5, 53.8, -1.5, '2020-03-20 09:00')$$);
DELETE FROM tt_hand.stop_times WHERE trip_id = 'T4' AND stop_sequence = 3;
-- Untimed calls are timed evenly between timed ones: T6 A 10:00 - (B) - (C2) - N 10:30:
-- B at 10:10, C2 at 10:20. From B to N by 11:00: leave 10:10, 50.0.
-- A trip whose last call has no time is an error.
INSERT INTO tt_hand.trips (route_id, service_id, trip_id) VALUES ('R', 'WK', 'T6');
INSERT INTO tt_hand.stop_times (trip_id, arrival_time, departure_time, stop_id, stop_sequence)
VALUES ('T6', '10:00:00', '10:00:00', 'A', 1), ('T6', NULL, NULL, 'B', 2), ('T6', NULL, NULL, 'C2', 3),
       ('T6', '10:30:00', '10:30:00', 'N', 4);
SELECT ttg.transit_minutes('tt_hand', 53.750, -1.500, 53.900, -1.500, '2020-03-20 11:00') AS interpolated_50;
UPDATE tt_hand.stop_times SET arrival_time = NULL, departure_time = NULL WHERE trip_id = 'T6' AND stop_sequence = 4;
SELECT pg_temp.err($$SELECT ttg.transit_minutes('tt_hand', 53.7, -1.5, 53.8, -1.5, '2020-03-20 09:00')$$);
DELETE FROM tt_hand.stop_times WHERE trip_id = 'T6';

-- Missing files: a feed without stop_times, or without any calendar.
SELECT ttg.create_gtfs_tables('tt_empty');
INSERT INTO tt_empty.stops (stop_id, stop_lat, stop_lon) VALUES ('A', 53.7, -1.5);
INSERT INTO tt_empty.routes (route_id) VALUES ('R');
INSERT INTO tt_empty.trips VALUES ('R', 'WK', 'T1');
SELECT pg_temp.err($$SELECT ttg.transit_minutes('tt_empty', 53.7, -1.5, 53.8, -1.5, '2020-03-20 09:00')$$);
INSERT INTO tt_empty.stop_times (trip_id, arrival_time, departure_time, stop_id, stop_sequence)
VALUES ('T1', '08:00:00', '08:00:00', 'A', 1);
SELECT pg_temp.err($$SELECT ttg.transit_minutes('tt_empty', 53.7, -1.5, 53.8, -1.5, '2020-03-20 09:00')$$);
SET client_min_messages = warning;
DROP SCHEMA tt_empty CASCADE;
RESET client_min_messages;

-- Bad arguments.
SELECT pg_temp.err($$SELECT ttg.transit_minutes('no_such_feed', 53.7, -1.5, 53.8, -1.5, '2020-03-20 09:00')$$);
SELECT pg_temp.err($$SELECT ttg.transit_minutes('tt_hand', 93.7, -1.5, 53.8, -1.5, '2020-03-20 09:00')$$);
SELECT pg_temp.err($$SELECT ttg.transit_minutes('tt_hand', 53.7, -1.5, 53.8, -1.5, '2020-03-20 09:00', max_minutes => 0)$$);
SELECT pg_temp.err($$SELECT ttg.transit_minutes('tt_hand', 53.7, -1.5, 53.8, -1.5, 'infinity')$$);
SELECT pg_temp.err($$SELECT ttg.transit_minutes('tt_hand', 53.7, -1.5, 53.8, -1.5, '2200-03-20 09:00')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.transit_matrix('tt_hand', 'SELECT 1, NULL::float8, 1.0', 'SELECT 1, 1.0, 1.0', '2020-03-20 09:00')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.transit_matrix('tt_hand', 'SELECT 1, 2', 'SELECT 1, 1.0, 1.0', '2020-03-20 09:00')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.transit_matrix('tt_hand', 'SELECT 1, 1.0, 1.0 FROM tt_hand.stops LIMIT 1 FOR UPDATE', 'SELECT 1, 1.0, 1.0', '2020-03-20 09:00')$$);
SELECT pg_temp.err($$SELECT * FROM ttg.transit_matrix('tt_hand', 'SELECT 1, 1.0, 1.0', 'SELECT 1, 1.0, 1.0; SELECT 2, 1.0, 1.0', '2020-03-20 09:00')$$);
SELECT ttg.transit_minutes('tt_hand', NULL, -1.5, 53.8, -1.5, '2020-03-20 09:00') AS null_in_null_out;

SET client_min_messages = warning;
DROP SCHEMA tt_hand CASCADE;
RESET client_min_messages;
