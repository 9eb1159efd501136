
-- ===========================================================================
-- Travel: the 90/60-minute rules and travel-time estimates.
-- R-UPW-1 Unpaid Work: at most 90 minutes each way; at most 60 minutes each
-- way, when supervised, credited against the hours ordered.
-- R-UPW-2 Accredited Programmes and Structured Interventions: 90 minutes.
-- Every function that takes a time takes minutes: pass a routed time from
-- your own routing engine when you have one; the estimates are a fallback.
-- ===========================================================================

CREATE FUNCTION ttg.travel_limit_minutes(activity text) RETURNS integer
  AS 'MODULE_PATHNAME', 'ttg_sql_travel_limit_minutes'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.travel_limit_minutes(text) IS
  'Most minutes of travel each way for an activity: unpaid_work (R-UPW-1), accredited_programme or structured_intervention (R-UPW-2), all 90. Any other word: 22023 listing the accepted ones. NULL in, NULL out.';

CREATE FUNCTION ttg.within_travel_limit(minutes_each_way numeric,
                                        activity text DEFAULT 'unpaid_work')
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'ttg_sql_within_travel_limit'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.within_travel_limit(numeric, text) IS
  'True when a journey of minutes_each_way (routed or estimated) is within the activity''s limit: exactly 90 is within, 90.01 is not (R-UPW-1, R-UPW-2). Negative, NaN or infinite minutes, or an unknown activity: 22023. NULL in, NULL out.';

CREATE FUNCTION ttg.credited_travel_minutes(minutes_each_way numeric,
                                            supervised boolean DEFAULT true)
  RETURNS numeric
  AS 'MODULE_PATHNAME', 'ttg_sql_credited_travel_minutes'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.credited_travel_minutes(numeric, boolean) IS
  'Minutes of one journey credited against the hours ordered (R-UPW-1): supervised, the journey up to 60 (exactly 60 at 60 or more, even past the 90-minute limit, which within_travel_limit reports); unsupervised, 0. Negative, NaN or infinite minutes: 22023. NULL in, NULL out.';

CREATE FUNCTION ttg.upw_session_credit(work_minutes numeric, outbound_minutes numeric,
                                       return_minutes numeric,
                                       supervised boolean DEFAULT true)
  RETURNS numeric
  AS 'MODULE_PATHNAME', 'ttg_sql_upw_session_credit'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.upw_session_credit(numeric, numeric, numeric, boolean) IS
  'Minutes credited for one Unpaid Work session: work_minutes plus credited_travel_minutes of the outbound and of the return journey (R-UPW-1), exact. Any negative, NaN or infinite minutes: 22023. NULL in, NULL out.';

CREATE FUNCTION ttg.estimate_travel_minutes(lat1 float8, lon1 float8, lat2 float8, lon2 float8,
                                            mode text DEFAULT 'public_transport',
                                            circuity float8 DEFAULT NULL,
                                            speed_kmh float8 DEFAULT NULL,
                                            access_minutes float8 DEFAULT NULL)
  RETURNS numeric
  AS 'MODULE_PATHNAME', 'ttg_sql_estimate_travel_minutes'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.estimate_travel_minutes(float8, float8, float8, float8, text, float8, float8, float8) IS
  'Estimated door-to-door minutes between two WGS84 points when no routed time is known: access_minutes + 60 * great_circle_km * circuity / speed, rounded to 0.1 minute. mode is walk, public_transport (bus or rail, not known which), car, minibus, bus, rail or cycle and sets the defaults, with a speed that grows with the distance (see ttg.travel_mode_defaults()); a non-NULL circuity or access_minutes overrides the mode''s, and a non-NULL speed_kmh holds at every distance. NULL in a point or mode gives NULL; a NULL override means the default. Latitude outside -90..90 or longitude outside -180..180, an unknown mode, circuity < 1, speed_kmh <= 0 or access_minutes < 0: 22023. A routed time from your own routing engine is always better.';

CREATE FUNCTION ttg.estimate_travel_minutes_bng(easting1 float8, northing1 float8,
                                                easting2 float8, northing2 float8,
                                                mode text DEFAULT 'public_transport',
                                                circuity float8 DEFAULT NULL,
                                                speed_kmh float8 DEFAULT NULL,
                                                access_minutes float8 DEFAULT NULL)
  RETURNS numeric
  AS 'MODULE_PATHNAME', 'ttg_sql_estimate_travel_minutes_bng'
  LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ttg.estimate_travel_minutes_bng(float8, float8, float8, float8, text, float8, float8, float8) IS
  'As estimate_travel_minutes, for British National Grid eastings and northings in metres (as the ONS postcode directory gives them): each point is converted to WGS84 (bng_to_wgs84) first. Easting outside 0..700000 or northing outside 0..1300000: 22023. Same NULL handling and overrides.';

CREATE FUNCTION ttg.great_circle_km(lat1 float8, lon1 float8, lat2 float8, lon2 float8)
  RETURNS float8
  AS 'MODULE_PATHNAME', 'ttg_sql_great_circle_km'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.great_circle_km(float8, float8, float8, float8) IS
  'Great-circle distance in km between two WGS84 points (haversine on a sphere of mean radius 6371.0088 km; within 0.5% of the ellipsoidal distance). Out-of-range coordinates: 22023. NULL in, NULL out.';

CREATE FUNCTION ttg.bng_to_wgs84(easting float8, northing float8,
                                 OUT lat float8, OUT lon float8)
  RETURNS record
  AS 'MODULE_PATHNAME', 'ttg_sql_bng_to_wgs84'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.bng_to_wgs84(float8, float8) IS
  'British National Grid (OSGB36, metres) to WGS84 latitude and longitude in degrees: the Ordnance Survey''s Transverse Mercator inverse on Airy 1830 and its seven-parameter Helmert transform, good to a few metres (not OSTN15). Easting outside 0..700000 or northing outside 0..1300000: 22023. NULL in, NULL out.';

CREATE FUNCTION ttg.travel_mode_defaults(OUT mode text, OUT circuity float8,
                                         OUT speed_kmh float8, OUT access_minutes float8,
                                         OUT short_speed_kmh float8, OUT ramp_km float8)
  RETURNS SETOF record
  AS 'MODULE_PATHNAME', 'ttg_sql_travel_mode_defaults'
  LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 7;
COMMENT ON FUNCTION ttg.travel_mode_defaults() IS
  'The compiled defaults of each mode of travel used by the estimates: circuity (route over straight-line distance), speed_kmh (the speed of a long trip), access_minutes at the ends, short_speed_kmh (the speed of a very short trip) and ramp_km: the average speed at great-circle distance km is speed_kmh - (speed_kmh - short_speed_kmh) * exp(-km / ramp_km), constant when ramp_km is 0. Calibrated on published journeys in England and Wales; sources and error by distance band in the README''s travel section.';

CREATE FUNCTION ttg.travel_verdict(lat1 float8, lon1 float8, lat2 float8, lon2 float8,
                                   mode text DEFAULT 'public_transport',
                                   activity text DEFAULT 'unpaid_work')
  RETURNS text
  AS 'MODULE_PATHNAME', 'ttg_sql_travel_verdict'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.travel_verdict(float8, float8, float8, float8, text, text) IS
  'What an estimate can honestly say about a journey against the activity''s limit (R-UPW-1, R-UPW-2: 90 minutes): within when even a pessimistic estimate (35% over under 40 km, 20% over beyond; 25% walking or cycling) is within it, over when even an optimistic one (as much under) is over, otherwise route_it: route it (ttg.transit_minutes, or your routing engine). For public_transport, not knowing whether a train runs, the optimistic estimate is rail''s and the pessimistic bus''s. Bad coordinates, mode or activity: 22023. NULL in, NULL out.';
