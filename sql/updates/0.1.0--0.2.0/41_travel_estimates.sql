-- Travel estimates: speed by distance and mode, more modes, and a verdict
-- (within, over or route_it). travel_mode_defaults() gains two columns.
DROP FUNCTION ttg.travel_mode_defaults();
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

COMMENT ON FUNCTION ttg.estimate_travel_minutes(float8, float8, float8, float8, text, float8, float8, float8) IS
  'Estimated door-to-door minutes between two WGS84 points when no routed time is known: access_minutes + 60 * great_circle_km * circuity / speed, rounded to 0.1 minute. mode is walk, public_transport (bus or rail, not known which), car, minibus, bus, rail or cycle and sets the defaults, with a speed that grows with the distance (see ttg.travel_mode_defaults()); a non-NULL circuity or access_minutes overrides the mode''s, and a non-NULL speed_kmh holds at every distance. NULL in a point or mode gives NULL; a NULL override means the default. Latitude outside -90..90 or longitude outside -180..180, an unknown mode, circuity < 1, speed_kmh <= 0 or access_minutes < 0: 22023. A routed time from your own routing engine is always better.';

