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

-- Amounts are exact to the millionth of a minute (amount_core.h); beyond six decimals the
-- remainder still counts against the limit: 89.9999999 is within, 90.0000001 is not. A credit
-- keeps the millionths, rounded down: 59.9999999 credits 59.999999; 90.05 credits 60.
SELECT m, ttg.within_travel_limit(m) AS within, ttg.credited_travel_minutes(m) AS credit
  FROM unnest(ARRAY[89.9999999, 90.0000001, 90.05, 59.9999999]::numeric[]) m;

-- One word, one case rule (trimmed, any case, spaces and hyphens read as underscores):
SELECT ttg.within_travel_limit(30, 'UNPAID_WORK') AS a_t,
       ttg.within_travel_limit(91, ' Accredited Programme ') AS b_f,
       ttg.travel_limit_minutes('structured-intervention') AS c_90,
       ttg.estimate_travel_minutes(52, -1, 52.1, -1, 'Public Transport') AS d_39_1;

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

-- By hand (the speed at km is speed_kmh - (speed_kmh - short_speed_kmh) * exp(-km / ramp_km)):
-- car, 1 degree: 95 - 80 * exp(-111.19508 / 60) = 82.462 km/h; 5 + 60 * 111.19508 * 1.3 / 82.462 = 110.2;
-- walk, 0.1 degree (constant 4.8 km/h): 60 * 11.119508 * 1.25 / 4.8 = 173.7;
-- public transport, same point: the access time, 15.0;
-- minibus, 0.1 degree: 80 - 68 * exp(-11.119508 / 60) = 23.503; 10 + 60 * 11.119508 * 1.3 / 23.503 = 46.9;
-- default mode (public transport), 0.1 degree: 110 - 85 * exp(-11.119508 / 80) = 36.030;
-- 15 + 60 * 11.119508 * 1.3 / 36.030 = 39.1;
-- cycle, 0.1 degree (constant 16 km/h): 2 + 60 * 11.119508 * 1.25 / 16 = 54.1.
SELECT ttg.estimate_travel_minutes(52, -1, 53, -1, 'car') AS car_110_2,
       ttg.estimate_travel_minutes(52, -1, 52.1, -1, 'walk') AS walk_173_7,
       ttg.estimate_travel_minutes(52, -1, 52, -1, 'public_transport') AS pt_15_0,
       ttg.estimate_travel_minutes(52, -1, 52.1, -1, 'minibus') AS minibus_46_9,
       ttg.estimate_travel_minutes(52, -1, 52.1, -1) AS default_39_1,
       ttg.estimate_travel_minutes(52, -1, 52.1, -1, 'cycle') AS cycle_54_1;

-- Overrides: 60 km/h, no detour, no access time: 1 degree is 111.2 minutes.
-- A NULL override keeps the mode's default (car: 110.2 again); no access time: 105.2;
-- a given speed holds at every distance: 5 + 60 * 111.19508 * 1.3 / 80 = 113.4.
SELECT ttg.estimate_travel_minutes(52, -1, 53, -1, 'car', 1, 60, 0) AS a_111_2,
       ttg.estimate_travel_minutes(52, -1, 53, -1, 'car', NULL, NULL, NULL) AS b_110_2,
       ttg.estimate_travel_minutes(52, -1, 53, -1, 'car', access_minutes => 0) AS c_105_2,
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

-- Real journeys (published: bus Piccadilly Gardens - Stockport about 35-40 minutes; Leeds -
-- Bradford by car 16-31; Leeds - York by car 40-75, by train 22-30 in the train plus the
-- ends). By hand: 9.644 km, v = 110 - 85 exp(-9.644/80) = 34.653: 15 + 21.71 = 36.7;
-- 13.315 km, v = 95 - 80 exp(-13.315/60) = 30.921: 5 + 33.59 = 38.6; 34.868 km car,
-- v = 50.259: 5 + 54.11 = 59.1; public transport v = 55.029: 15 + 49.42 = 64.4; rail
-- v = 100 - 70 exp(-34.868/60) = 60.851: 15 + 41.26 = 56.3; bus v = 70 - 62 exp(-34.868/80)
-- = 29.904: 10 + 94.45 = 104.4 (a train may run or not: see travel_verdict).
SELECT j, round(ttg.great_circle_km(la1, lo1, la2, lo2)::numeric, 1) AS km,
       ttg.estimate_travel_minutes(la1, lo1, la2, lo2, mode) AS minutes
  FROM (VALUES
    ('Manchester Piccadilly Gardens - Stockport bus station, bus', 53.4808, -2.2369, 53.4076, -2.1588, 'public_transport'),
    ('Leeds station - Bradford Interchange, car', 53.7950, -1.5474, 53.7910, -1.7500, 'car'),
    ('Leeds station - York station, car', 53.7950, -1.5474, 53.9580, -1.0930, 'car'),
    ('Leeds station - York station, public transport', 53.7950, -1.5474, 53.9580, -1.0930, 'public_transport'),
    ('Leeds station - York station, rail', 53.7950, -1.5474, 53.9580, -1.0930, 'rail'),
    ('Leeds station - York station, bus', 53.7950, -1.5474, 53.9580, -1.0930, 'bus'),
    ('Trafalgar Square - St Paul''s Cathedral, walk', 51.5080, -0.1281, 51.5138, -0.0984, 'walk')
  ) AS t(j, la1, lo1, la2, lo2, mode);

-- Overriding the defaults for the corridors they fit badly (34.868 km * 1.3 = 45.33 km of route):
-- car on the A64 at 60 km/h: 5 + 45.33 = 50.3; train at 60 km/h with 20 minutes at the ends: 65.3.
SELECT ttg.estimate_travel_minutes(53.7950, -1.5474, 53.9580, -1.0930, 'car', speed_kmh => 60) AS car_a64_50_3,
       ttg.estimate_travel_minutes(53.7950, -1.5474, 53.9580, -1.0930, 'public_transport',
                                   speed_kmh => 60, access_minutes => 20) AS train_65_3;

-- Verdicts against the 90-minute limit (R-UPW-1): public transport 0.1 degree: rail 34.1,
-- bus 66.1, pessimistic 66.1 * 1.35 = 89.3: within. Leeds - York (34.9 km): rail 56.3 * 0.65
-- = 36.6 <= 90 but bus 104.4 * 1.35 = 141 > 90: route_it; by car 59.1 * 1.35 = 79.8: within.
-- Car 2 degrees (222.4 km): 191.5 * 0.8 = 153 > 90: over. Walking 1.5 km
-- (0.01349 degree): 60 * 1.5 * 1.25 / 4.8 = 23.4 * 1.25 = 29.3: within.
SELECT ttg.travel_verdict(52, -1, 52.1, -1) AS pt_within,
       ttg.travel_verdict(53.7950, -1.5474, 53.9580, -1.0930) AS leeds_york_route_it,
       ttg.travel_verdict(53.7950, -1.5474, 53.9580, -1.0930, 'car') AS leeds_york_car_within,
       ttg.travel_verdict(52, -1, 54, -1, 'car', 'accredited_programme') AS car_over,
       ttg.travel_verdict(52, -1, 52.01349, -1, 'walk') AS walk_within,
       ttg.travel_verdict(NULL, -1, 52, -1) IS NULL AS null_in_null_out;
SELECT pg_temp.err('SELECT ttg.travel_verdict(52, -1, 52.1, -1, ''train'')');
SELECT pg_temp.err('SELECT ttg.travel_verdict(52, -1, 92.1, -1)');

-- The pattern for a routed time: use it when known, the estimate otherwise (0.3 degree,
-- 33.359 km: v = 110 - 85 exp(-33.359/80) = 53.982, 15 + 48.20 = 63.2).
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
                     'great_circle_km', 'bng_to_wgs84', 'travel_mode_defaults', 'travel_verdict')
 ORDER BY 1::text;

-- Bad input: 22023 naming the value, the hint saying what is accepted.
SELECT pg_temp.err('SELECT ttg.travel_limit_minutes(''community_payback'')');
SELECT pg_temp.err('SELECT ttg.within_travel_limit(30, ''unpaid work order'')');
-- Beyond int64 millionths (9223372036854 minutes): 22003.
SELECT pg_temp.err('SELECT ttg.within_travel_limit(1e13)');
SELECT pg_temp.err('SELECT ttg.upw_session_credit(9223372036854, 60, 0)');
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
