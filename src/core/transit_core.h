/*
 * transit_core.h: public-transport routing over a compiled one-day timetable
 * (the travel time the 90-minute rule is applied to, R-UPW-1, R-UPW-2).
 *
 * Pure C99. A timetable is compiled once for a service date from GTFS-like
 * input (stops with coordinates, and each trip's stop times in order) into:
 *  - stops, with a uniform grid over their coordinates for "stops near a point";
 *  - connections (one vehicle leg between two consecutive stops of a trip),
 *    kept twice: sorted by departure (forward scans) and by arrival (backward);
 *  - footpaths between stops at most TTG_TT_FOOTPATH_M apart (straight line).
 * Queries are the Connection Scan Algorithm (Dibbelt, Pajor, Strasser and
 * Wagner, "Intriguingly Simple and Fast Transit Routing", SEA 2013):
 *  - earliest arrival at a point when leaving another at a given time;
 *  - latest departure from a point that still arrives at another by a
 *    deadline ("arrive by"), a backward scan;
 *  - the backward scan once per destination, then any number of origins read
 *    off it (many-to-one), so a people x placements matrix costs one scan per
 *    placement.
 *
 * The journey model (the brute-force reference in test/unit/test_transit.c
 * implements the same model by a different method):
 *  - walk from the origin to any stop, and from any stop to the destination,
 *    when the walking distance is at most max_walk_m; walking distance is the
 *    straight line times TTG_TT_WALK_CIRCUITY, at walk_kmh;
 *  - or walk the whole way, under the same max_walk_m;
 *  - ride vehicles; staying on a trip needs no change time; leaving one
 *    vehicle and boarding another at the same stop needs min_change_s; walking
 *    a footpath between two stops takes max(walk time, min_change_s);
 *  - everything (walks, waits, rides) counts towards the door-to-door time,
 *    which must be at most window_s: beyond it a query says "unreachable".
 * Times are seconds from midnight of the service date; trips of the day
 * before that run past 24:00 are given shifted by -86400 (the caller shifts).
 */
#ifndef TTG_TRANSIT_CORE_H
#define TTG_TRANSIT_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Query defaults (documented in the README's transit section). */
#define TTG_TT_WALK_KMH 4.8			/* DfT Journey Time Statistics' walking speed */
#define TTG_TT_MAX_WALK_M 1000.0		/* walking metres at each end (12.5 minutes) */
#define TTG_TT_MIN_CHANGE_S 120		/* two minutes to change vehicles */
#define TTG_TT_WINDOW_S (180 * 60)	/* door to door, three hours */
/* Compiled constants. */
#define TTG_TT_WALK_CIRCUITY 1.25	/* walking distance over straight line (travel_core's walk) */
#define TTG_TT_FOOTPATH_M 400.0		/* straight-line radius of footpaths between stops */
#define TTG_TT_MAX_TIME (7 * 86400)	/* latest stop time accepted: 168:00:00 */
#define TTG_TT_MIN_TIME (-86400)		/* earliest (a shifted trip of the day before) */
#define TTG_TT_UNREACHED INT32_MIN

typedef struct TtgTtAlloc
{
	void	   *(*alloc_fn) (void *ctx, size_t size);	/* must not return NULL, or may: checked */
	void		(*free_fn) (void *ctx, void *p);
	void	   *ctx;
} TtgTtAlloc;

/* One row of a trip's stop times, trip-major, in stop-sequence order. */
typedef struct TtgTtStopTime
{
	int32_t		trip;			/* 0..ntrips-1, non-decreasing over the rows */
	int32_t		stop;			/* 0..nstops-1 */
	int32_t		arr;			/* seconds from the service date's midnight */
	int32_t		dep;
} TtgTtStopTime;

typedef struct TtgTtConn
{
	int32_t		dep_time;
	int32_t		arr_time;
	int32_t		dep_stop;
	int32_t		arr_stop;
	int32_t		trip;
} TtgTtConn;

typedef struct TtgTimetable
{
	int32_t		nstops;
	int32_t		ntrips;
	int64_t		nconn;
	double	   *lat;
	double	   *lon;
	TtgTtConn  *fwd;			/* by dep_time, arr_time, trip, order in trip */
	TtgTtConn  *bwd;			/* by arr_time desc, dep_time desc, order in trip desc */
	int32_t    *fp_start;		/* nstops + 1: footpaths of stop s are fp_start[s]..[s+1] */
	int32_t    *fp_to;
	float	   *fp_m;			/* walking metres (straight line x circuity) */
	/* grid: cell (i, j) holds stops cell_stops[cell_start[k]..cell_start[k+1]), k = j * nx + i */
	double		lat0,
				lon0,
				cell_lat,
				cell_lon;
	int32_t		nx,
				ny;
	int32_t    *cell_start;
	int32_t    *cell_stops;
	size_t		bytes;			/* memory held, for reports */
} TtgTimetable;

typedef enum TtgTtStatus
{
	TTG_TT_OK = 0,
	TTG_TT_ERR_STOP,			/* a stop index out of range, or a stop's coordinates invalid */
	TTG_TT_ERR_TRIP,			/* trip index out of range or rows not grouped by trip */
	TTG_TT_ERR_TIME,			/* a time outside TTG_TT_MIN_TIME..TTG_TT_MAX_TIME, or dep < arr */
	TTG_TT_ERR_ORDER,			/* a stop reached before the trip left the previous one */
	TTG_TT_ERR_MEMORY,
	TTG_TT_ERR_PARAMS
} TtgTtStatus;

/*
 * Compile a timetable. lat/lon: nstops WGS84 points; st: nst rows. On failure
 * *bad_row is the offending row (or stop for TTG_TT_ERR_STOP) and nothing is
 * left allocated.
 */
TtgTtStatus ttg_tt_build(int32_t nstops, const double *lat, const double *lon,
						 int32_t ntrips, const TtgTtStopTime *st, size_t nst,
						 const TtgTtAlloc *a, TtgTimetable **out, size_t *bad_row);
void		ttg_tt_free(TtgTimetable *tt, const TtgTtAlloc *a);

typedef struct TtgTtParams
{
	double		walk_kmh;		/* > 0 */
	double		max_walk_m;		/* >= 0 */
	int32_t		min_change_s;	/* >= 0; a change takes at least one second */
	int32_t		window_s;		/* > 0 */
} TtgTtParams;

void		ttg_tt_default_params(TtgTtParams *p);
bool		ttg_tt_params_valid(const TtgTtParams *p);

/* Walking seconds for a straight-line distance in metres (circuity applied). */
int32_t		ttg_tt_walk_seconds(double straight_m, const TtgTtParams *p);

/*
 * Stops whose walk from (lat, lon) is at most max_walk_m: up to cap indices
 * and walking seconds. Returns how many there are (may exceed cap: call again
 * with a bigger buffer).
 */
int32_t		ttg_tt_nearby(const TtgTimetable *tt, double lat, double lon, const TtgTtParams *p,
						  int32_t *stops, int32_t *secs, int32_t cap);

/* Scratch space of one query at a time, sized for a timetable. */
typedef struct TtgTtWork
{
	int32_t		nstops;
	int32_t		ntrips;
	int32_t    *t_board;		/* per stop */
	int32_t    *t_alight;		/* per stop */
	int32_t    *egress;			/* per stop: walking seconds to the destination, or -1 */
	uint8_t    *trip_ok;		/* per trip */
	int32_t    *near_stop;		/* nstops: buffer for ttg_tt_nearby */
	int32_t    *near_secs;
	int32_t		deadline;		/* of the last backward scan */
	double		dlat,
				dlon;
} TtgTtWork;

TtgTtWork  *ttg_tt_work_new(const TtgTimetable *tt, const TtgTtAlloc *a);
void		ttg_tt_work_free(TtgTtWork *w, const TtgTtAlloc *a);

/*
 * Earliest door arrival at (dlat, dlon) leaving (olat, olon) at depart_s, or
 * TTG_TT_UNREACHED when none arrives by depart_s + window_s.
 */
int32_t		ttg_tt_earliest_arrival(const TtgTimetable *tt, TtgTtWork *w, const TtgTtParams *p,
									double olat, double olon, double dlat, double dlon,
									int32_t depart_s);

/*
 * Backward scan for one destination and deadline: afterwards
 * ttg_tt_origin_departure answers any origin. Connections arriving after the
 * deadline or leaving before deadline - window_s are not looked at.
 */
void		ttg_tt_backward(const TtgTimetable *tt, TtgTtWork *w, const TtgTtParams *p,
							double dlat, double dlon, int32_t deadline_s);

/*
 * Latest departure from (olat, olon) arriving by the last backward scan's
 * deadline at its destination (walking the whole way included), or
 * TTG_TT_UNREACHED when none leaves at or after deadline - window_s. When
 * near_stops is not NULL, the origin's stops and walking seconds are given
 * (n of them, as ttg_tt_nearby returns) and not looked up again.
 */
int32_t		ttg_tt_origin_departure(const TtgTimetable *tt, TtgTtWork *w, const TtgTtParams *p,
									double olat, double olon,
									const int32_t *near_stops, const int32_t *near_secs, int32_t n);

/* Both steps for one pair. */
int32_t		ttg_tt_latest_departure(const TtgTimetable *tt, TtgTtWork *w, const TtgTtParams *p,
									double olat, double olon, double dlat, double dlon,
									int32_t deadline_s);

/*
 * GTFS calendar: does a service run on `day` (days since 2000-01-01, as
 * date_core counts)? weekdays: bit 0 Monday .. bit 6 Sunday, from calendar.txt
 * (has_calendar false when the service has no calendar.txt row);
 * exception: 0 none, 1 added, 2 removed on that day (calendar_dates.txt).
 */
bool		ttg_gtfs_service_runs(bool has_calendar, int weekdays, int32_t start_day,
								  int32_t end_day, int32_t day, int exception);

/*
 * Parse a GTFS time "H:MM:SS" or "HH:MM:SS" (hours 0..167, past 24 for trips
 * running after midnight): seconds, or -1 when malformed (e.g. "25:61:00").
 */
int32_t		ttg_gtfs_time_parse(const char *s);

#endif
