-- ===========================================================================
-- Transit: public-transport travel times from a GTFS timetable, routed in
-- the database (Connection Scan), for the 90-minute rule (R-UPW-1, R-UPW-2).
-- A feed is a schema made by ttg.create_gtfs_tables, into which the user
-- \copies the GTFS text files. ttg compiles a feed for one service date into
-- a compact timetable cached per backend, keyed by the feed's version: the
-- row version (xmin, ctid) of its feed_version row, which statement triggers
-- on the feed's tables rewrite on every change (as local calendars are
-- keyed), read under the statement's snapshot; so a cached timetable never
-- outlives the rows it was compiled from and a statement never mixes two
-- versions.
-- ===========================================================================

CREATE FUNCTION ttg.gtfs_touch() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  -- A new row version for the whole feed: every cached compilation of the
  -- old one is then a miss (the key is read under each statement's snapshot).
  EXECUTE format('UPDATE %I.feed_version SET changed_at = pg_catalog.clock_timestamp()', TG_TABLE_SCHEMA);
  RETURN NULL;
END $$;
COMMENT ON FUNCTION ttg.gtfs_touch() IS
  'Statement trigger on a GTFS feed''s tables: rewrites the feed''s feed_version row, whose row version (xmin, ctid) keys the compiled timetables every backend caches, so that none is used for the changed rows.';

CREATE FUNCTION ttg.create_gtfs_tables(feed name) RETURNS void
  LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE t text;
BEGIN
  IF feed IS NULL THEN
    RAISE EXCEPTION 'feed must not be NULL' USING ERRCODE = '22004';
  END IF;
  EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I', feed);
  EXECUTE format($ddl$
    CREATE TABLE %1$I.feed_version (
      one        boolean PRIMARY KEY DEFAULT true CHECK (one),
      changed_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp());
    INSERT INTO %1$I.feed_version DEFAULT VALUES;
    COMMENT ON TABLE %1$I.feed_version IS 'One row, rewritten by a trigger on every change to the feed''s tables: its row version keys ttg''s compiled timetables. After a load with triggers disabled, run UPDATE feed_version SET changed_at = clock_timestamp().';
    CREATE TABLE %1$I.stops (
      stop_id text PRIMARY KEY, stop_code text, stop_name text, tts_stop_name text, stop_desc text,
      stop_lat double precision CHECK (stop_lat BETWEEN -90 AND 90),
      stop_lon double precision CHECK (stop_lon BETWEEN -180 AND 180),
      zone_id text, stop_url text, location_type smallint, parent_station text, stop_timezone text,
      wheelchair_boarding smallint, level_id text, platform_code text);
    COMMENT ON TABLE %1$I.stops IS 'GTFS stops.txt. Stops without coordinates (stop_lat, stop_lon) cannot be routed to.';
    CREATE TABLE %1$I.routes (
      route_id text PRIMARY KEY, agency_id text, route_short_name text, route_long_name text,
      route_desc text, route_type integer, route_url text, route_color text, route_text_color text,
      route_sort_order integer, continuous_pickup smallint, continuous_drop_off smallint, network_id text);
    COMMENT ON TABLE %1$I.routes IS 'GTFS routes.txt (not used for routing; trips refer to it).';
    CREATE TABLE %1$I.trips (
      route_id text NOT NULL REFERENCES %1$I.routes, service_id text NOT NULL, trip_id text PRIMARY KEY,
      trip_headsign text, trip_short_name text, direction_id smallint, block_id text, shape_id text,
      wheelchair_accessible smallint, bikes_allowed smallint);
    COMMENT ON TABLE %1$I.trips IS 'GTFS trips.txt: each trip''s service (calendar) and route.';
    CREATE TABLE %1$I.stop_times (
      trip_id text NOT NULL REFERENCES %1$I.trips,
      arrival_time text CHECK (arrival_time ~ '^ *[0-9]{1,3}:[0-5][0-9]:[0-5][0-9] *$'),
      departure_time text CHECK (departure_time ~ '^ *[0-9]{1,3}:[0-5][0-9]:[0-5][0-9] *$'),
      stop_id text NOT NULL REFERENCES %1$I.stops, stop_sequence integer NOT NULL CHECK (stop_sequence >= 0),
      stop_headsign text, pickup_type smallint, drop_off_type smallint, continuous_pickup smallint,
      continuous_drop_off smallint, shape_dist_traveled double precision, timepoint smallint,
      PRIMARY KEY (trip_id, stop_sequence));
    COMMENT ON TABLE %1$I.stop_times IS 'GTFS stop_times.txt: each trip''s calls in stop_sequence order. A call without times (not a timepoint) is timed evenly between the calls around it.';
    CREATE TABLE %1$I.calendar (
      service_id text PRIMARY KEY,
      monday boolean NOT NULL, tuesday boolean NOT NULL, wednesday boolean NOT NULL, thursday boolean NOT NULL,
      friday boolean NOT NULL, saturday boolean NOT NULL, sunday boolean NOT NULL,
      start_date date NOT NULL, end_date date NOT NULL);
    COMMENT ON TABLE %1$I.calendar IS 'GTFS calendar.txt: the weekdays a service runs between two dates (YYYYMMDD).';
    CREATE TABLE %1$I.calendar_dates (
      service_id text NOT NULL, date date NOT NULL,
      exception_type smallint NOT NULL CHECK (exception_type IN (1, 2)),
      PRIMARY KEY (service_id, date));
    COMMENT ON TABLE %1$I.calendar_dates IS 'GTFS calendar_dates.txt: a service added (1) or removed (2) on a date.';
  $ddl$, feed);
  FOREACH t IN ARRAY ARRAY['stops', 'routes', 'trips', 'stop_times', 'calendar', 'calendar_dates'] LOOP
    EXECUTE format('CREATE TRIGGER gtfs_touch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I.%I'
                   ' FOR EACH STATEMENT EXECUTE FUNCTION ttg.gtfs_touch()', feed, t);
  END LOOP;
END $$;
COMMENT ON FUNCTION ttg.create_gtfs_tables(name) IS
  'Make schema feed (if missing) holding empty GTFS tables (stops, routes, trips, stop_times, calendar, calendar_dates, with the GTFS reference''s columns) and feed_version, for \copy of the GTFS text files with a column list equal to each file''s header. Keys and foreign keys refuse duplicates and unknown stops, trips or routes; checks refuse times other than H:MM:SS or HH:MM:SS (hours past 24 after midnight; 25:61:00 is refused) and COPY names the line. The tables do not depend on the extension (only their triggers do). A table that already exists: 42P07. Drop a feed with DROP SCHEMA feed CASCADE.';

CREATE FUNCTION ttg.transit_feed_info(feed text, service_date date,
                                      OUT stops integer, OUT trips integer, OUT connections bigint,
                                      OUT footpaths bigint, OUT memory_bytes bigint,
                                      OUT compile_ms double precision)
  RETURNS record
  AS 'MODULE_PATHNAME', 'ttg_sql_transit_feed_info'
  LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.transit_feed_info(text, date) IS
  'Compile (or find cached) feed for service_date and describe it: stops with coordinates, trips running (with those of the day before still running after midnight), connections (vehicle legs between consecutive calls), footpaths between stops within 400 m, memory held and the compile time. Errors in the feed (22P04, 22007) name the file, the trip and stop_sequence or the stop. Unknown feed: 22023.';

CREATE FUNCTION ttg.transit_minutes(feed text, from_lat float8, from_lon float8,
                                    to_lat float8, to_lon float8, arrive_by timestamp,
                                    max_minutes float8 DEFAULT 180, walk_kmh float8 DEFAULT 4.8,
                                    max_walk_m float8 DEFAULT 1000, min_change_minutes float8 DEFAULT 2)
  RETURNS numeric
  AS 'MODULE_PATHNAME', 'ttg_sql_transit_minutes'
  LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.transit_minutes(text, float8, float8, float8, float8, timestamp, float8, float8, float8, float8) IS
  'Door-to-door public-transport minutes (0.1) arriving at (to_lat, to_lon) by arrive_by (the feed''s local time): arrive_by minus the latest departure from (from_lat, from_lon) that still arrives in time, walks and waits included (R-UPW-1, R-UPW-2 apply to it). Walks at each end (and the whole way) of at most max_walk_m (straight line x 1.25) at walk_kmh; min_change_minutes to change vehicles at a stop; footpaths between stops within 400 m. NULL when nothing arrives within max_minutes. Connection Scan over the feed compiled for arrive_by''s date. Bad coordinates or parameters: 22023.';

CREATE FUNCTION ttg.transit_minutes_depart(feed text, from_lat float8, from_lon float8,
                                           to_lat float8, to_lon float8, depart_at timestamp,
                                           max_minutes float8 DEFAULT 180, walk_kmh float8 DEFAULT 4.8,
                                           max_walk_m float8 DEFAULT 1000, min_change_minutes float8 DEFAULT 2)
  RETURNS numeric
  AS 'MODULE_PATHNAME', 'ttg_sql_transit_minutes_depart'
  LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ttg.transit_minutes_depart(text, float8, float8, float8, float8, timestamp, float8, float8, float8, float8) IS
  'As transit_minutes, leaving at depart_at: the earliest door arrival minus depart_at, in minutes (0.1); NULL when nothing arrives within max_minutes.';

CREATE FUNCTION ttg.transit_matrix(feed text, origins_sql text, destinations_sql text,
                                   arrive_by timestamp, max_minutes float8 DEFAULT 90,
                                   walk_kmh float8 DEFAULT 4.8, max_walk_m float8 DEFAULT 1000,
                                   min_change_minutes float8 DEFAULT 2)
  RETURNS TABLE (origin_id text, destination_id text, minutes numeric)
  AS 'MODULE_PATHNAME', 'ttg_sql_transit_matrix'
  LANGUAGE C STABLE STRICT PARALLEL RESTRICTED ROWS 100000;
COMMENT ON FUNCTION ttg.transit_matrix(text, text, text, timestamp, float8, float8, float8, float8) IS
  'Every (origin, destination) pair that public transport joins within max_minutes door to door, arriving by arrive_by, with its minutes (0.1) as transit_minutes gives them. origins_sql and destinations_sql are queries returning (id, lat, lon) (any id type, shown as text; lat and lon castable to float8); one backward Connection Scan per destination answers every origin. A NULL coordinate: 22004 naming the row. Write the answer into a reporting model with INSERT INTO m.travel_times SELECT origin_id::bigint, destination_id::bigint, minutes FROM ttg.transit_matrix(...).';
