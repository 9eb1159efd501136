/*
 * transit_pg.c: SQL face of the transit router (transit_core.c): compiling a
 * GTFS feed held in tables into a one-day timetable, a per-backend cache of
 * compiled timetables, and the queries (R-UPW-1, R-UPW-2 apply to their
 * answers).
 *
 * The cache: a compiled timetable is keyed by the feed's schema, its version
 * and the service date. The version is the row version (xmin, ctid) of the
 * feed's one feed_version row, which statement triggers on its tables rewrite
 * on every change (ttg.gtfs_touch), as local calendars are keyed. Each call
 * reads the version with SPI under the statement's snapshot and compiles,
 * under that same snapshot, on a miss; so a timetable is used only for the
 * rows it was compiled from, a rolled-back change can never be confused with
 * a committed one (its xmin is another transaction's), and the leader and
 * workers of a parallel query, which share a snapshot, use the same version.
 */
#include "postgres.h"

#include <ctype.h>

#include "fmgr.h"
#include "funcapi.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "portability/instr_time.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"

#include "ttg_pg.h"
#include "../core/transit_core.h"
#include "../core/travel_core.h"

#define FEED_CACHE_SIZE 3
#define FETCH_ROWS 20000

typedef struct FeedEntry
{
	bool		used;
	Oid			nsp;
	char		version[64];	/* "xmin/ctid" of feed_version's row */
	DateADT		day;
	uint64		last_use;
	MemoryContext cxt;
	TtgTimetable *tt;
	TtgTtWork  *work;
	int64		footpaths;
	double		compile_ms;
} FeedEntry;

static FeedEntry feed_cache[FEED_CACHE_SIZE];
static uint64 use_clock = 0;

static void *
cxt_alloc(void *ctx, size_t size)
{
	return MemoryContextAllocHuge((MemoryContext) ctx, size);
}

static void
cxt_free(void *ctx, void *p)
{
	(void) ctx;
	pfree(p);
}

/* ---- compiling -------------------------------------------------------- */

static void
feed_error(const char *file, const char *detail_fmt_done, const char *hint)
{
	ereport(ERROR,
			(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
			 errmsg("GTFS %s: %s", file, detail_fmt_done),
			 hint ? errhint("%s", hint) : 0));
}

/* Run a read-only query under the current snapshot; raise on failure. */
static void
spi_run(const char *sql, int nargs, Oid *types, Datum *vals)
{
	int			ret = SPI_execute_with_args(sql, nargs, types, vals, NULL, true, 0);

	if (ret != SPI_OK_SELECT)
		elog(ERROR, "transit: query failed (%s): %s", SPI_result_code_string(ret), sql);
}

static bool
spi_exists(const char *q)
{
	bool		isnull;

	spi_run(q, 0, NULL, NULL);
	return DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
}

/* One trip's rows while it is read. */
typedef struct TripBuf
{
	int32		n,
				cap;
	int32	   *stop;
	int32	   *seq;
	int32	   *arr;			/* -1 when missing */
	int32	   *dep;
} TripBuf;

typedef struct Compile
{
	const char *feed;
	TtgTtStopTime *rows;
	size_t		nrows,
				caprows;
	int32		ntrips;
	MemoryContext cxt;
} Compile;

static void
push_row(Compile *c, int32 trip, int32 stop, int32 arr, int32 dep)
{
	if (c->nrows == c->caprows)
	{
		c->caprows = c->caprows ? c->caprows * 2 : 65536;
		c->rows = c->rows ? repalloc_huge(c->rows, sizeof(TtgTtStopTime) * c->caprows)
			: MemoryContextAllocHuge(c->cxt, sizeof(TtgTtStopTime) * c->caprows);
	}
	c->rows[c->nrows].trip = trip;
	c->rows[c->nrows].stop = stop;
	c->rows[c->nrows].arr = arr;
	c->rows[c->nrows].dep = dep;
	c->nrows++;
}

static char *
hms(int32 s)
{
	return psprintf("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
}

/*
 * Finish one trip: fill missing times (a call with one time uses it for both;
 * calls with none are timed evenly between the timed calls around them),
 * check the order, shift it, and keep it unless it is the day before's and
 * ends before midnight.
 */
static void
flush_trip(Compile *c, TripBuf *b, const char *trip_id, int32 shift)
{
	int32		last = -1;

	if (b->n == 0)
		return;
	for (int i = 0; i < b->n; i++)
	{
		if (b->arr[i] < 0)
			b->arr[i] = b->dep[i];
		if (b->dep[i] < 0)
			b->dep[i] = b->arr[i];
	}
	if (b->arr[0] < 0 || b->arr[b->n - 1] < 0)
		feed_error("stop_times.txt",
				   psprintf("trip \"%s\" has no time at its %s call (stop_sequence %d)", trip_id,
							b->arr[0] < 0 ? "first" : "last", b->arr[0] < 0 ? b->seq[0] : b->seq[b->n - 1]),
				   "GTFS requires arrival_time and departure_time at a trip's first and last stop.");
	for (int i = 1; i < b->n; i++)
		if (b->arr[i] < 0)
		{
			int			j = i;

			while (b->arr[j] < 0)
				j++;
			/* Calls i..j-1 untimed between i-1 and j. */
			for (int k = i; k < j; k++)
				b->arr[k] = b->dep[k] = b->dep[i - 1] +
					(int32) ((int64) (b->arr[j] - b->dep[i - 1]) * (k - i + 1) / (j - i + 1));
			i = j;
		}
	for (int i = 0; i < b->n; i++)
	{
		if (b->dep[i] < b->arr[i])
			feed_error("stop_times.txt",
					   psprintf("trip \"%s\" leaves stop_sequence %d at %s, before it arrives at %s",
								trip_id, b->seq[i], hms(b->dep[i]), hms(b->arr[i])),
					   "departure_time must not be earlier than arrival_time.");
		if (i > 0 && b->arr[i] < b->dep[i - 1])
			feed_error("stop_times.txt",
					   psprintf("trip \"%s\" arrives at stop_sequence %d at %s, before it leaves stop_sequence %d at %s",
								trip_id, b->seq[i], hms(b->arr[i]), b->seq[i - 1], hms(b->dep[i - 1])),
					   "A trip's times must not go backwards along its stop_sequence.");
		if (b->dep[i] > last)
			last = b->dep[i];
	}
	if (shift < 0 && last + shift < 0)
	{
		b->n = 0;
		return;
	}
	for (int i = 0; i < b->n; i++)
		push_row(c, c->ntrips, b->stop[i], b->arr[i] + shift, b->dep[i] + shift);
	c->ntrips++;
	b->n = 0;
}

static void
trip_add(TripBuf *b, int32 stop, int32 seq, int32 arr, int32 dep)
{
	if (b->n == b->cap)
	{
		b->cap = b->cap ? b->cap * 2 : 64;
		b->stop = b->stop ? repalloc(b->stop, sizeof(int32) * b->cap) : palloc(sizeof(int32) * b->cap);
		b->seq = b->seq ? repalloc(b->seq, sizeof(int32) * b->cap) : palloc(sizeof(int32) * b->cap);
		b->arr = b->arr ? repalloc(b->arr, sizeof(int32) * b->cap) : palloc(sizeof(int32) * b->cap);
		b->dep = b->dep ? repalloc(b->dep, sizeof(int32) * b->cap) : palloc(sizeof(int32) * b->cap);
	}
	b->stop[b->n] = stop;
	b->seq[b->n] = seq;
	b->arr[b->n] = arr;
	b->dep[b->n] = dep;
	b->n++;
}

static int32
time_field(HeapTuple tup, TupleDesc desc, int col, const char *trip_id, int32 seq, const char *name)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);
	char	   *s;
	int32		t;

	if (isnull)
		return -1;
	s = TextDatumGetCString(d);
	if (*s == '\0')
		return -1;
	t = ttg_gtfs_time_parse(s);
	if (t < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_DATETIME_FORMAT),
				 errmsg("GTFS stop_times.txt: trip \"%s\" stop_sequence %d: %s \"%s\" is not a GTFS time",
						trip_id, seq, name, s),
				 errhint("Times are H:MM:SS or HH:MM:SS from the service day's midnight, hours up to 167.")));
	return t;
}

/* Services running on day (shift 0) and on the day before (shift -86400). */
static void
read_services(const char *q, DateADT day, ArrayBuildState **ids, ArrayBuildState **shifts)
{
	StringInfoData sql;
	Oid			types[2] = {DATEOID, DATEOID};
	Datum		vals[2] = {DateADTGetDatum(day), DateADTGetDatum(day - 1)};

	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "SELECT s.service_id, c.service_id IS NOT NULL, c.monday, c.tuesday, c.wednesday,"
					 "       c.thursday, c.friday, c.saturday, c.sunday, c.start_date, c.end_date,"
					 "       (SELECT pg_catalog.max(d.exception_type) FROM %s.calendar_dates d"
					 "         WHERE d.service_id OPERATOR(pg_catalog.=) s.service_id AND d.date OPERATOR(pg_catalog.=) $1),"
					 "       (SELECT pg_catalog.max(d.exception_type) FROM %s.calendar_dates d"
					 "         WHERE d.service_id OPERATOR(pg_catalog.=) s.service_id"
					 "           AND d.date OPERATOR(pg_catalog.=) $2)"
					 "  FROM (SELECT service_id FROM %s.calendar UNION SELECT service_id FROM %s.calendar_dates) s"
					 "  LEFT JOIN %s.calendar c ON c.service_id OPERATOR(pg_catalog.=) s.service_id",
					 q, q, q, q, q);
	spi_run(sql.data, 2, types, vals);
	for (uint64 r = 0; r < SPI_processed; r++)
	{
		HeapTuple	tup = SPI_tuptable->vals[r];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		Datum		id = SPI_getbinval(tup, desc, 1, &isnull);
		bool		has_cal = DatumGetBool(SPI_getbinval(tup, desc, 2, &isnull));
		int			mask = 0;
		int32		start = 0,
					end = 0;

		if (has_cal)
		{
			for (int k = 0; k < 7; k++)
				if (DatumGetBool(SPI_getbinval(tup, desc, 3 + k, &isnull)))
					mask |= 1 << k;
			start = DatumGetDateADT(SPI_getbinval(tup, desc, 10, &isnull));
			end = DatumGetDateADT(SPI_getbinval(tup, desc, 11, &isnull));
		}
		for (int back = 0; back < 2; back++)
		{
			Datum		ex = SPI_getbinval(tup, desc, 12 + back, &isnull);
			int			exception = isnull ? 0 : DatumGetInt16(ex);

			if (ttg_gtfs_service_runs(has_cal, mask, start, end, day - back, exception))
			{
				*ids = accumArrayResult(*ids, id, false, TEXTOID, CurrentMemoryContext);
				*shifts = accumArrayResult(*shifts, Int32GetDatum(back ? -86400 : 0), false,
										   INT4OID, CurrentMemoryContext);
			}
		}
	}
}

static void
compile_feed(FeedEntry *e, const char *feed, const char *q, DateADT day)
{
	Compile		c;
	MemoryContext cxt,
				old;
	StringInfoData sql;
	ArrayBuildState *ids = NULL,
			   *shifts = NULL;
	double	   *lat,
			   *lon;
	int32		nstops;
	TripBuf		buf = {0};
	char	   *cur_trip = NULL;
	int32		cur_shift = 0;
	Portal		portal;
	TtgTtAlloc	a;
	TtgTtStatus st;
	size_t		bad = 0;
	instr_time	t0,
				t1;

	INSTR_TIME_SET_CURRENT(t0);
	/* The entry's memory hangs off the current context until it is whole. */
	cxt = AllocSetContextCreate(CurrentMemoryContext, "ttg transit feed", ALLOCSET_DEFAULT_SIZES);
	memset(&c, 0, sizeof(c));
	c.feed = feed;
	c.cxt = CurrentMemoryContext;
	initStringInfo(&sql);

	/* Missing files are errors; a day with no service is not. */
	{
		static const char *const needed[] = {"stops", "trips", "stop_times"};

		for (int i = 0; i < 3; i++)
		{
			resetStringInfo(&sql);
			appendStringInfo(&sql, "SELECT EXISTS (SELECT 1 FROM %s.%s)", q, needed[i]);
			if (!spi_exists(sql.data))
				feed_error(psprintf("%s.txt", needed[i]),
						   psprintf("feed \"%s\" has no rows in %s", feed, needed[i]),
						   "Load every GTFS file with \\copy before routing.");
		}
		resetStringInfo(&sql);
		appendStringInfo(&sql, "SELECT EXISTS (SELECT 1 FROM %s.calendar) OR EXISTS (SELECT 1 FROM %s.calendar_dates)", q, q);
		if (!spi_exists(sql.data))
			feed_error("calendar.txt", psprintf("feed \"%s\" has no rows in calendar or calendar_dates", feed),
					   "A GTFS feed needs calendar.txt, calendar_dates.txt or both.");
	}

	/* Stops with coordinates, numbered in stop_id order (byte order). */
	resetStringInfo(&sql);
	appendStringInfo(&sql, "SELECT stop_lat, stop_lon FROM %s.stops"
					 " WHERE stop_lat IS NOT NULL AND stop_lon IS NOT NULL ORDER BY stop_id COLLATE \"C\"", q);
	spi_run(sql.data, 0, NULL, NULL);
	nstops = (int32) SPI_processed;
	lat = palloc(sizeof(double) * (nstops + 1));
	lon = palloc(sizeof(double) * (nstops + 1));
	for (int32 s = 0; s < nstops; s++)
	{
		bool		isnull;

		lat[s] = DatumGetFloat8(SPI_getbinval(SPI_tuptable->vals[s], SPI_tuptable->tupdesc, 1, &isnull));
		lon[s] = DatumGetFloat8(SPI_getbinval(SPI_tuptable->vals[s], SPI_tuptable->tupdesc, 2, &isnull));
	}
	SPI_freetuptable(SPI_tuptable);

	read_services(q, day, &ids, &shifts);
	if (ids != NULL)
	{
		Oid			types[2] = {TEXTARRAYOID, INT4ARRAYOID};
		Datum		vals[2];

		vals[0] = makeArrayResult(ids, CurrentMemoryContext);
		vals[1] = makeArrayResult(shifts, CurrentMemoryContext);
		resetStringInfo(&sql);
		appendStringInfo(&sql,
						 "SELECT t.trip_id, sv.shift, s.idx, st.arrival_time::text, st.departure_time::text,"
						 "       st.stop_sequence, st.stop_id"
						 "  FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2)) AS sv(service_id, shift)"
						 "  JOIN %s.trips t ON t.service_id OPERATOR(pg_catalog.=) sv.service_id"
						 "  JOIN %s.stop_times st ON st.trip_id OPERATOR(pg_catalog.=) t.trip_id"
						 "  LEFT JOIN (SELECT stop_id, (pg_catalog.row_number() OVER (ORDER BY stop_id COLLATE \"C\"))::int4"
						 "                        OPERATOR(pg_catalog.-) 1 AS idx"
						 "               FROM %s.stops WHERE stop_lat IS NOT NULL AND stop_lon IS NOT NULL) s"
						 "         ON s.stop_id OPERATOR(pg_catalog.=) st.stop_id"
						 " ORDER BY sv.shift DESC, t.trip_id COLLATE \"C\", st.stop_sequence", q, q, q);
		portal = SPI_cursor_open_with_args(NULL, sql.data, 2, types, vals, NULL, true, 0);
		for (;;)
		{
			SPI_cursor_fetch(portal, true, FETCH_ROWS);
			if (SPI_processed == 0)
				break;
			CHECK_FOR_INTERRUPTS();
			for (uint64 r = 0; r < SPI_processed; r++)
			{
				HeapTuple	tup = SPI_tuptable->vals[r];
				TupleDesc	desc = SPI_tuptable->tupdesc;
				bool		isnull;
				char	   *trip = TextDatumGetCString(SPI_getbinval(tup, desc, 1, &isnull));
				int32		shift = DatumGetInt32(SPI_getbinval(tup, desc, 2, &isnull));
				Datum		idx = SPI_getbinval(tup, desc, 3, &isnull);
				bool		no_stop = isnull;
				int32		seq = DatumGetInt32(SPI_getbinval(tup, desc, 6, &isnull));
				int32		arr,
							dep;

				if (cur_trip == NULL || shift != cur_shift || strcmp(trip, cur_trip) != 0)
				{
					MemoryContext o = MemoryContextSwitchTo(c.cxt);

					if (cur_trip)
						flush_trip(&c, &buf, cur_trip, cur_shift);
					cur_trip = pstrdup(trip);
					cur_shift = shift;
					MemoryContextSwitchTo(o);
				}
				if (no_stop)
					feed_error("stop_times.txt",
							   psprintf("trip \"%s\" stop_sequence %d: stop_id \"%s\" is not in stops.txt with stop_lat and stop_lon",
										trip, seq, TextDatumGetCString(SPI_getbinval(tup, desc, 7, &isnull))),
							   "Every stop a trip calls at needs a row in stops.txt with coordinates.");
				arr = time_field(tup, desc, 4, trip, seq, "arrival_time");
				dep = time_field(tup, desc, 5, trip, seq, "departure_time");
				{
					MemoryContext o = MemoryContextSwitchTo(c.cxt);

					trip_add(&buf, DatumGetInt32(idx), seq, arr, dep);
					MemoryContextSwitchTo(o);
				}
				pfree(trip);
			}
			SPI_freetuptable(SPI_tuptable);
		}
		SPI_cursor_close(portal);
		if (cur_trip)
			flush_trip(&c, &buf, cur_trip, cur_shift);
	}

	a.alloc_fn = cxt_alloc;
	a.free_fn = cxt_free;
	a.ctx = cxt;
	st = ttg_tt_build(nstops, lat, lon, c.ntrips, c.rows, c.nrows, &a, &e->tt, &bad);
	if (st == TTG_TT_ERR_MEMORY)
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory compiling feed \"%s\"", feed)));
	if (st != TTG_TT_OK)
		elog(ERROR, "transit: feed \"%s\" passed the checks but not the compiler (status %d, row %zu)",
			 feed, (int) st, bad);
	e->work = ttg_tt_work_new(e->tt, &a);
	e->footpaths = e->tt->fp_start[e->tt->nstops];
	pfree(lat);
	pfree(lon);
	if (c.rows)
		pfree(c.rows);

	/* Whole: keep it past the statement. */
	old = MemoryContextSwitchTo(TopMemoryContext);
	MemoryContextSetParent(cxt, TopMemoryContext);
	MemoryContextSwitchTo(old);
	e->cxt = cxt;
	INSTR_TIME_SET_CURRENT(t1);
	INSTR_TIME_SUBTRACT(t1, t0);
	e->compile_ms = INSTR_TIME_GET_MILLISEC(t1);
}

/*
 * The compiled timetable of a feed for a service date, from the cache when
 * the feed's version (read now, under the statement's snapshot) matches.
 */
static FeedEntry *
feed_timetable(text *feed_t, DateADT day)
{
	char	   *feed = text_to_cstring(feed_t);
	Oid			nsp = get_namespace_oid(feed, true);
	const char *q;
	StringInfoData sql;
	char	   *version;
	FeedEntry  *e = NULL;
	bool		isnull;

	if (!OidIsValid(nsp) || !OidIsValid(get_relname_relid("feed_version", nsp)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("transit feed \"%s\" does not exist", feed),
				 errhint("Make a feed with ttg.create_gtfs_tables('%s') and \\copy its GTFS files into it.", feed)));
	if (!ttg_day_in_range(day))
		ttg_check_date_range(day, "service date");
	q = quote_identifier(feed);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	initStringInfo(&sql);
	appendStringInfo(&sql, "SELECT v.xmin::pg_catalog.text OPERATOR(pg_catalog.||) '/'"
					 " OPERATOR(pg_catalog.||) v.ctid::pg_catalog.text FROM %s.feed_version v", q);
	spi_run(sql.data, 0, NULL, NULL);
	if (SPI_processed != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("transit feed \"%s\" has %d rows in feed_version, not one", feed, (int) SPI_processed),
				 errhint("Restore it with INSERT INTO %s.feed_version DEFAULT VALUES.", q)));
	version = TextDatumGetCString(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	if (strlen(version) >= sizeof(feed_cache[0].version))
		elog(ERROR, "transit: feed version \"%s\" is too long", version);

	for (int i = 0; i < FEED_CACHE_SIZE; i++)
		if (feed_cache[i].used && feed_cache[i].nsp == nsp && feed_cache[i].day == day &&
			strcmp(feed_cache[i].version, version) == 0)
			e = &feed_cache[i];
	if (e == NULL)
	{
		FeedEntry	fresh;
		int			victim = 0;

		memset(&fresh, 0, sizeof(fresh));
		compile_feed(&fresh, feed, q, day);
		fresh.used = true;
		fresh.nsp = nsp;
		strlcpy(fresh.version, version, sizeof(fresh.version));
		fresh.day = day;
		for (int i = 0; i < FEED_CACHE_SIZE; i++)
		{
			if (!feed_cache[i].used)
			{
				victim = i;
				break;
			}
			if (feed_cache[i].last_use < feed_cache[victim].last_use)
				victim = i;
		}
		if (feed_cache[victim].used)
			MemoryContextDelete(feed_cache[victim].cxt);
		feed_cache[victim] = fresh;
		e = &feed_cache[victim];
	}
	e->last_use = ++use_clock;
	SPI_finish();
	return e;
}

/* ---- arguments ---------------------------------------------------------- */

static void
check_point(double lat, double lon, const char *which)
{
	if (!ttg_latlon_valid(lat, lon))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s point: latitude %g, longitude %g", which, lat, lon),
				 errhint("Latitude is -90..90 and longitude -180..180 (WGS84 degrees).")));
}

static void
params_arg(TtgTtParams *p, double max_minutes, double walk_kmh, double max_walk_m, double change_min)
{
	ttg_tt_default_params(p);
	if (!(max_minutes > 0 && max_minutes <= 2880) || !(walk_kmh > 0 && walk_kmh <= 100) ||
		!(max_walk_m >= 0 && max_walk_m <= 100000) || !(change_min >= 0 && change_min <= 1440))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid transit parameters: max_minutes %g, walk_kmh %g, max_walk_m %g, min_change_minutes %g",
						max_minutes, walk_kmh, max_walk_m, change_min),
				 errhint("max_minutes is over 0 and at most 2880, walk_kmh over 0 and at most 100, max_walk_m 0..100000, min_change_minutes 0..1440.")));
	p->window_s = (int32) floor(max_minutes * 60.0);
	if (p->window_s < 1)
		p->window_s = 1;
	p->walk_kmh = walk_kmh;
	p->max_walk_m = max_walk_m;
	p->min_change_s = (int32) rint(change_min * 60.0);
}

/* A timestamp as a service date and seconds from its midnight. */
static void
split_timestamp(Timestamp ts, const char *what, DateADT *day, int32 *secs)
{
	int64		d;

	if (TIMESTAMP_NOT_FINITE(ts))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s must be a finite timestamp", what),
				 errhint("Give the date and local time, e.g. '2020-03-20 09:00'.")));
	d = ts / USECS_PER_DAY;
	if (ts < 0 && d * USECS_PER_DAY != ts)
		d--;
	*day = (DateADT) d;
	*secs = (int32) ((ts - d * USECS_PER_DAY) / USECS_PER_SEC);
	ttg_check_date_range(*day, what);
}

static Datum
minutes_datum(int64 secs)
{
	/* Tenths of a minute, half up: secs * 10 / 60. */
	return NumericGetDatum(int64_div_fast_to_numeric((secs * 10 + 30) / 60, 1));
}

/* ---- SQL functions ----------------------------------------------------- */

PG_FUNCTION_INFO_V1(ttg_sql_transit_feed_info);
Datum
ttg_sql_transit_feed_info(PG_FUNCTION_ARGS)
{
	DateADT		day = PG_GETARG_DATEADT(1);
	FeedEntry  *e;
	TupleDesc	desc = ttg_result_desc(fcinfo, "transit_feed_info");
	Datum		v[6];
	bool		n[6] = {0};

	ttg_check_date_range(day, "service_date");
	e = feed_timetable(PG_GETARG_TEXT_PP(0), day);
	v[0] = Int32GetDatum(e->tt->nstops);
	v[1] = Int32GetDatum(e->tt->ntrips);
	v[2] = Int64GetDatum(e->tt->nconn);
	v[3] = Int64GetDatum(e->footpaths);
	v[4] = Int64GetDatum((int64) e->tt->bytes);
	v[5] = Float8GetDatum(e->compile_ms);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, v, n)));
}

static Datum
transit_pair(FunctionCallInfo fcinfo, bool arrive_by)
{
	double		flat = PG_GETARG_FLOAT8(1),
				flon = PG_GETARG_FLOAT8(2),
				tlat = PG_GETARG_FLOAT8(3),
				tlon = PG_GETARG_FLOAT8(4);
	Timestamp	ts = PG_GETARG_TIMESTAMP(5);
	TtgTtParams p;
	DateADT		day;
	int32		secs,
				t;
	FeedEntry  *e;

	check_point(flat, flon, "from");
	check_point(tlat, tlon, "to");
	params_arg(&p, PG_GETARG_FLOAT8(6), PG_GETARG_FLOAT8(7), PG_GETARG_FLOAT8(8), PG_GETARG_FLOAT8(9));
	split_timestamp(ts, arrive_by ? "arrive_by" : "depart_at", &day, &secs);
	e = feed_timetable(PG_GETARG_TEXT_PP(0), day);
	if (arrive_by)
	{
		t = ttg_tt_latest_departure(e->tt, e->work, &p, flat, flon, tlat, tlon, secs);
		if (t == TTG_TT_UNREACHED)
			PG_RETURN_NULL();
		PG_RETURN_DATUM(minutes_datum((int64) secs - t));
	}
	t = ttg_tt_earliest_arrival(e->tt, e->work, &p, flat, flon, tlat, tlon, secs);
	if (t == TTG_TT_UNREACHED)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(minutes_datum((int64) t - secs));
}

PG_FUNCTION_INFO_V1(ttg_sql_transit_minutes);
Datum
ttg_sql_transit_minutes(PG_FUNCTION_ARGS)
{
	return transit_pair(fcinfo, true);
}

PG_FUNCTION_INFO_V1(ttg_sql_transit_minutes_depart);
Datum
ttg_sql_transit_minutes_depart(PG_FUNCTION_ARGS)
{
	return transit_pair(fcinfo, false);
}

typedef struct Place
{
	Datum		id;				/* text, in the function's memory */
	double		lat,
				lon;
} Place;

/* Run (id, lat, lon) SQL and copy its rows into memory of cxt. */
static Place *
read_places(const char *user_sql, const char *what, MemoryContext cxt, int *n)
{
	StringInfoData sql;
	char	   *s = pstrdup(user_sql);
	size_t		len = strlen(s);
	Place	   *out;
	int			ret;

	/* One read-only query, checked as every ttg query argument is. */
	{
		SPIPlanPtr	plan = SPI_prepare(s, 0, NULL);

		if (plan == NULL)
			elog(ERROR, "transit: SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
		ttg_require_read_only_query(plan, what);
		SPI_freeplan(plan);
	}
	/* A trailing semicolon would end the wrapping query. */
	while (len > 0 && (s[len - 1] == ';' || isspace((unsigned char) s[len - 1])))
		s[--len] = '\0';
	initStringInfo(&sql);
	appendStringInfo(&sql, "SELECT x.c1::pg_catalog.text, x.c2::pg_catalog.float8, x.c3::pg_catalog.float8"
					 " FROM (%s\n) AS x(c1, c2, c3)", s);
	ret = SPI_execute(sql.data, true, 0);
	if (ret != SPI_OK_SELECT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a query returning (id, lat, lon)", what)));
	*n = (int) SPI_processed;
	out = MemoryContextAlloc(cxt, sizeof(Place) * (*n + 1));
	for (int r = 0; r < *n; r++)
	{
		HeapTuple	tup = SPI_tuptable->vals[r];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		n1,
					n2,
					n3;
		Datum		id = SPI_getbinval(tup, desc, 1, &n1);
		Datum		lat = SPI_getbinval(tup, desc, 2, &n2);
		Datum		lon = SPI_getbinval(tup, desc, 3, &n3);
		MemoryContext old;

		if (n1 || n2 || n3)
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s row %d (id %s) has a NULL id, lat or lon", what, r + 1,
							n1 ? "NULL" : TextDatumGetCString(id)),
					 errhint("Leave out rows without coordinates (WHERE lat IS NOT NULL AND lon IS NOT NULL).")));
		out[r].lat = DatumGetFloat8(lat);
		out[r].lon = DatumGetFloat8(lon);
		check_point(out[r].lat, out[r].lon, what);
		old = MemoryContextSwitchTo(cxt);
		out[r].id = PointerGetDatum(DatumGetTextPCopy(id));
		MemoryContextSwitchTo(old);
	}
	SPI_freetuptable(SPI_tuptable);
	return out;
}

PG_FUNCTION_INFO_V1(ttg_sql_transit_matrix);
Datum
ttg_sql_transit_matrix(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	TtgTtParams p;
	DateADT		day;
	int32		secs;
	FeedEntry  *e;
	Place	   *orig,
			   *dest;
	int			no,
				nd;
	int32	   *near_start,
			   *near_stop,
			   *near_secs;
	int64		total = 0;
	MemoryContext cxt = CurrentMemoryContext;
	double		max_minutes = PG_GETARG_FLOAT8(4);

	params_arg(&p, max_minutes, PG_GETARG_FLOAT8(5), PG_GETARG_FLOAT8(6), PG_GETARG_FLOAT8(7));
	split_timestamp(PG_GETARG_TIMESTAMP(3), "arrive_by", &day, &secs);
	InitMaterializedSRF(fcinfo, 0);

	/* The places first: their SQL may use the cache, which the scans hold. */
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	orig = read_places(text_to_cstring(PG_GETARG_TEXT_PP(1)), "origins_sql", cxt, &no);
	dest = read_places(text_to_cstring(PG_GETARG_TEXT_PP(2)), "destinations_sql", cxt, &nd);
	SPI_finish();
	e = feed_timetable(PG_GETARG_TEXT_PP(0), day);

	/* Each origin's stops within walking reach, once. */
	near_start = palloc(sizeof(int32) * (no + 1));
	for (int o = 0; o < no; o++)
	{
		near_start[o] = (int32) total;
		total += ttg_tt_nearby(e->tt, orig[o].lat, orig[o].lon, &p, e->work->near_stop,
							   e->work->near_secs, 0);
	}
	near_start[no] = (int32) total;
	near_stop = palloc_extended(sizeof(int32) * (total + 1), MCXT_ALLOC_HUGE);
	near_secs = palloc_extended(sizeof(int32) * (total + 1), MCXT_ALLOC_HUGE);
	for (int o = 0; o < no; o++)
		(void) ttg_tt_nearby(e->tt, orig[o].lat, orig[o].lon, &p, near_stop + near_start[o],
							 near_secs + near_start[o], near_start[o + 1] - near_start[o]);

	/* One backward scan per destination answers every origin. */
	for (int d = 0; d < nd; d++)
	{
		CHECK_FOR_INTERRUPTS();
		ttg_tt_backward(e->tt, e->work, &p, dest[d].lat, dest[d].lon, secs);
		for (int o = 0; o < no; o++)
		{
			int32		t = ttg_tt_origin_departure(e->tt, e->work, &p, orig[o].lat, orig[o].lon,
													near_stop + near_start[o], near_secs + near_start[o],
													near_start[o + 1] - near_start[o]);
			Datum		v[3];
			bool		n[3] = {false, false, false};

			if (t == TTG_TT_UNREACHED)
				continue;
			v[0] = orig[o].id;
			v[1] = dest[d].id;
			v[2] = minutes_datum((int64) secs - t);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, n);
			pfree(DatumGetPointer(v[2]));
		}
	}
	return (Datum) 0;
}
