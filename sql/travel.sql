-- travel: the 90/60-minute rules (R-UPW-1, R-UPW-2) and travel-time estimates.
SET DateStyle = 'ISO, YMD';
-- err(q) runs q and shows SQLSTATE, message and hint on one line.
\i sql/include/err.sql

-- Limits: 90 minutes each way for all three activities.
SELECT a, ttg.travel_limit_minutes(a)
  FROM unnest(ARRAY['unpaid_work', 'accredited_programme', 'structured_intervention']) a;

-- Exactly 90 is within; anything above, however small, is not (compared exactly).
SELECT m, ttg.within_travel_limit(m) AS upw,
       ttg.within_travel_limit(m, 'accredited_programme') AS programme,
       ttg.within_travel_limit(m, 'structured_intervention') AS intervention
  FROM unnest(ARRAY[0, 45, 89.99, 90, 90.00, 90.01, 90.0000000000000000001, 91, 240]::numeric[]) m;

-- Credit: a supervised journey credits itself up to 60; unsupervised, nothing.
SELECT m, ttg.credited_travel_minutes(m) AS supervised,
       ttg.credited_travel_minutes(m, false) AS unsupervised
  FROM unnest(ARRAY[0, 30, 59.99, 60, 60.01, 90, 120]::numeric[]) m;

-- One session: 7 hours' work (420) + outbound 75 (credits 60) + return 50 = 530;
-- unsupervised travel credits nothing: 420; 60 each way exactly: 540;
-- 61 each way: 540 as well.
SELECT ttg.upw_session_credit(420, 75, 50) AS a_530,
       ttg.upw_session_credit(420, 75, 50, false) AS b_420,
       ttg.upw_session_credit(420, 60, 60) AS c_540,
       ttg.upw_session_credit(420, 61, 61) AS d_540,
       ttg.upw_session_credit(0, 0, 0) AS e_0,
       ttg.upw_session_credit(210.5, 20.25, 30) AS f_260_75;

-- Estimates. The compiled defaults:
SELECT * FROM ttg.travel_mode_defaults();

-- One degree along a meridian is 6371.0088 * pi / 180 = 111.19508 km (by hand).
SELECT round(ttg.great_circle_km(52, -1, 53, -1)::numeric, 4) AS km_111_1951,
       round(ttg.great_circle_km(0, 179.5, 0, -179.5)::numeric, 4) AS across_date_line,
       ttg.great_circle_km(51.5, -0.1, 51.5, -0.1) AS same_point;

-- By hand: car, 1 degree: 5 + 60 * 111.19508 * 1.3 / 40 = 221.8;
-- walk, 0.1 degree: 60 * 11.119508 * 1.25 / 4.8 = 173.7;
-- public transport, same point: the access time, 15.0;
-- minibus, 0.1 degree: 10 + 60 * 11.119508 * 1.3 / 32 = 37.1;
-- default mode (public transport), 0.1 degree: 15 + 60 * 11.119508 * 1.3 / 18 = 63.2.
SELECT ttg.estimate_travel_minutes(52, -1, 53, -1, 'car') AS car_221_8,
       ttg.estimate_travel_minutes(52, -1, 52.1, -1, 'walk') AS walk_173_7,
       ttg.estimate_travel_minutes(52, -1, 52, -1, 'public_transport') AS pt_15_0,
       ttg.estimate_travel_minutes(52, -1, 52.1, -1, 'minibus') AS minibus_37_1,
       ttg.estimate_travel_minutes(52, -1, 52.1, -1) AS default_63_2;

-- Overrides: 60 km/h, no detour, no access time: 1 degree is 111.2 minutes.
-- A NULL override keeps the mode's default (car: 221.8 again).
SELECT ttg.estimate_travel_minutes(52, -1, 53, -1, 'car', 1, 60, 0) AS a_111_2,
       ttg.estimate_travel_minutes(52, -1, 53, -1, 'car', NULL, NULL, NULL) AS b_221_8,
       ttg.estimate_travel_minutes(52, -1, 53, -1, 'car', access_minutes => 0) AS c_216_8,
       ttg.estimate_travel_minutes(52, -1, 53, -1, 'car', speed_kmh => 80) AS d_113_4;

-- NULL in a point or the mode: NULL out.
SELECT ttg.estimate_travel_minutes(NULL, -1, 53, -1) IS NULL AS a,
       ttg.estimate_travel_minutes(52, -1, 53, -1, NULL) IS NULL AS b,
       ttg.estimate_travel_minutes_bng(NULL, 1, 2, 3) IS NULL AS c,
       ttg.within_travel_limit(NULL) IS NULL AS d,
       ttg.credited_travel_minutes(30, NULL) IS NULL AS e;

-- British National Grid: the Ordnance Survey guide's worked example, E 651409.903
-- N 313177.270, is WGS84 52 39' 28.72" N, 1 42' 57.79" E = 52.65798, 1.71605.
SELECT round(lat::numeric, 5) AS lat, round(lon::numeric, 5) AS lon
  FROM ttg.bng_to_wgs84(651409.903, 313177.270);
-- Trafalgar Square (Charing Cross), E 530034 N 180381: 51.50741, -0.12772.
SELECT round(lat::numeric, 5) AS lat, round(lon::numeric, 5) AS lon
  FROM ttg.bng_to_wgs84(530034, 180381);
-- 10 km of grid due north on the central meridian, 60 km/h, no detour, no access:
-- 10 / F0 = 10.004 km on the ground, less the sphere/ellipsoid difference at 52N
-- (about 0.06%): 10.0 minutes.
SELECT ttg.estimate_travel_minutes_bng(400000, 300000, 400000, 310000, 'car', 1, 60, 0) AS ten;

-- Real journeys (the README's travel section sets out the published times these are checked against).
SELECT j, round(ttg.great_circle_km(la1, lo1, la2, lo2)::numeric, 1) AS km,
       ttg.estimate_travel_minutes(la1, lo1, la2, lo2, mode) AS minutes
  FROM (VALUES
    ('Manchester Piccadilly Gardens - Stockport bus station, bus', 53.4808, -2.2369, 53.4076, -2.1588, 'public_transport'),
    ('Leeds station - Bradford Interchange, car', 53.7950, -1.5474, 53.7910, -1.7500, 'car'),
    ('Leeds station - York station, car', 53.7950, -1.5474, 53.9580, -1.0930, 'car'),
    ('Leeds station - York station, train (bus defaults: far too slow)', 53.7950, -1.5474, 53.9580, -1.0930, 'public_transport'),
    ('Trafalgar Square - St Paul''s Cathedral, walk', 51.5080, -0.1281, 51.5138, -0.0984, 'walk')
  ) AS t(j, la1, lo1, la2, lo2, mode);

-- Overriding the defaults for the corridors they fit badly (34.868 km * 1.3 = 45.33 km of route):
-- car on the A64 at 60 km/h: 5 + 45.33 = 50.3; train at 60 km/h with 20 minutes at the ends: 65.3.
SELECT ttg.estimate_travel_minutes(53.7950, -1.5474, 53.9580, -1.0930, 'car', speed_kmh => 60) AS car_a64_50_3,
       ttg.estimate_travel_minutes(53.7950, -1.5474, 53.9580, -1.0930, 'public_transport',
                                   speed_kmh => 60, access_minutes => 20) AS train_65_3;

-- The pattern for a routed time: use it when known, the estimate otherwise.
SELECT p, coalesce(routed, ttg.estimate_travel_minutes(la1, lo1, la2, lo2, 'public_transport')) AS minutes,
       ttg.within_travel_limit(coalesce(routed, ttg.estimate_travel_minutes(la1, lo1, la2, lo2, 'public_transport'))) AS ok
  FROM (VALUES ('routed', 88::numeric, 53.0, -1.0, 53.3, -1.0),
               ('estimated', NULL, 53.0, -1.0, 53.3, -1.0)) AS t(p, routed, la1, lo1, la2, lo2);

-- Volatility: all IMMUTABLE and PARALLEL SAFE.
SELECT p.oid::regprocedure, p.provolatile, p.proparallel, p.proisstrict
  FROM pg_proc p
 WHERE p.pronamespace = 'ttg'::regnamespace
   AND p.proname IN ('travel_limit_minutes', 'within_travel_limit', 'credited_travel_minutes',
                     'upw_session_credit', 'estimate_travel_minutes', 'estimate_travel_minutes_bng',
                     'great_circle_km', 'bng_to_wgs84', 'travel_mode_defaults')
 ORDER BY 1::text;

-- Bad input: 22023 naming the value, the hint saying what is accepted.
SELECT pg_temp.err('SELECT ttg.travel_limit_minutes(''community_payback'')');
SELECT pg_temp.err('SELECT ttg.within_travel_limit(30, ''UNPAID_WORK'')');
SELECT pg_temp.err('SELECT ttg.within_travel_limit(-0.01)');
SELECT pg_temp.err('SELECT ttg.within_travel_limit(''NaN'')');
SELECT pg_temp.err('SELECT ttg.within_travel_limit(''Infinity'')');
SELECT pg_temp.err('SELECT ttg.credited_travel_minutes(-5)');
SELECT pg_temp.err('SELECT ttg.upw_session_credit(-1, 0, 0)');
SELECT pg_temp.err('SELECT ttg.upw_session_credit(420, 30, -1)');
SELECT pg_temp.err('SELECT ttg.estimate_travel_minutes(52, -1, 53, -1, ''bicycle'')');
SELECT pg_temp.err('SELECT ttg.estimate_travel_minutes(90.000001, 0, 53, -1)');
SELECT pg_temp.err('SELECT ttg.estimate_travel_minutes(52, -1, 53, -180.5)');
SELECT pg_temp.err('SELECT ttg.estimate_travel_minutes(''NaN'', -1, 53, -1)');
SELECT pg_temp.err('SELECT ttg.estimate_travel_minutes(52, -1, 53, -1, ''car'', 0.9)');
SELECT pg_temp.err('SELECT ttg.estimate_travel_minutes(52, -1, 53, -1, ''car'', NULL, 0)');
SELECT pg_temp.err('SELECT ttg.estimate_travel_minutes(52, -1, 53, -1, ''car'', NULL, NULL, -1)');
SELECT pg_temp.err('SELECT ttg.estimate_travel_minutes(52, -1, 53, -1, ''car'', 1e300, 1e-300)');
SELECT pg_temp.err('SELECT ttg.estimate_travel_minutes_bng(-1, 0, 0, 0)');
SELECT pg_temp.err('SELECT ttg.estimate_travel_minutes_bng(0, 0, 700000.5, 0)');
SELECT pg_temp.err('SELECT ttg.estimate_travel_minutes_bng(0, 1300001, 0, 0)');
SELECT pg_temp.err('SELECT * FROM ttg.bng_to_wgs84(0, -1)');
SELECT pg_temp.err('SELECT ttg.great_circle_km(0, 181, 0, 0)');
-- The edges themselves are accepted.
SELECT pg_temp.err('SELECT ttg.estimate_travel_minutes(90, 180, -90, -180)') AS lat_lon_edges,
       pg_temp.err('SELECT ttg.estimate_travel_minutes_bng(0, 0, 700000, 1300000)') AS grid_edges,
       pg_temp.err('SELECT ttg.estimate_travel_minutes(52, -1, 53, -1, ''car'', 1, 0.001, 0)') AS slow;
