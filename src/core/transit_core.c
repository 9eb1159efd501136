/*
 * transit_core.c: compiled one-day timetables and Connection Scan queries
 * (R-UPW-1, R-UPW-2: the public-transport time the limit is applied to).
 * Pure C99; the journey model is set out in transit_core.h.
 */
#include "transit_core.h"
#include "date_core.h"
#include "travel_core.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

#define CELL_DEG 0.01			/* grid cell height, about 1.1 km */
#define MAX_GRID 2048			/* cells per side at most */
#define TIME_INF INT32_MAX
#define TIME_NINF INT32_MIN

static void *
ta_alloc(const TtgTtAlloc *a, size_t n)
{
	return a->alloc_fn(a->ctx, n == 0 ? 1 : n);
}

static void
ta_free(const TtgTtAlloc *a, void *p)
{
	if (p != NULL)
		a->free_fn(a->ctx, p);
}

void
ttg_tt_default_params(TtgTtParams *p)
{
	p->walk_kmh = TTG_TT_WALK_KMH;
	p->max_walk_m = TTG_TT_MAX_WALK_M;
	p->min_change_s = TTG_TT_MIN_CHANGE_S;
	p->window_s = TTG_TT_WINDOW_S;
}

bool
ttg_tt_params_valid(const TtgTtParams *p)
{
	return p != NULL && isfinite(p->walk_kmh) && p->walk_kmh > 0.0 && p->walk_kmh <= 100.0
		&& isfinite(p->max_walk_m) && p->max_walk_m >= 0.0 && p->max_walk_m <= 100000.0
		&& p->min_change_s >= 0 && p->min_change_s <= 86400
		&& p->window_s > 0 && p->window_s <= 2 * 86400;
}

int32_t
ttg_tt_walk_seconds(double straight_m, const TtgTtParams *p)
{
	return (int32_t) ceil(straight_m * TTG_TT_WALK_CIRCUITY / (p->walk_kmh / 3.6));
}

static int32_t
change_s(const TtgTtParams *p)
{
	/* A change takes at least a second, so scans never depend on tie order. */
	return p->min_change_s < 1 ? 1 : p->min_change_s;
}

/* ---- compiling --------------------------------------------------------- */

typedef struct SortConn
{
	TtgTtConn	c;
	int64_t		order;			/* row of its departure stop time: order within a trip */
} SortConn;

static int
cmp_fwd(const void *x, const void *y)
{
	const SortConn *a = x,
			   *b = y;

	if (a->c.dep_time != b->c.dep_time)
		return a->c.dep_time < b->c.dep_time ? -1 : 1;
	if (a->c.arr_time != b->c.arr_time)
		return a->c.arr_time < b->c.arr_time ? -1 : 1;
	return a->order < b->order ? -1 : (a->order > b->order);
}

static int
cmp_bwd(const void *x, const void *y)
{
	const SortConn *a = x,
			   *b = y;

	if (a->c.arr_time != b->c.arr_time)
		return a->c.arr_time > b->c.arr_time ? -1 : 1;
	if (a->c.dep_time != b->c.dep_time)
		return a->c.dep_time > b->c.dep_time ? -1 : 1;
	return a->order > b->order ? -1 : (a->order < b->order);
}

static void
cell_of(const TtgTimetable *tt, double lat, double lon, int32_t *i, int32_t *j)
{
	double		fi = floor((lon - tt->lon0) / tt->cell_lon);
	double		fj = floor((lat - tt->lat0) / tt->cell_lat);

	*i = fi < 0 ? 0 : fi >= tt->nx ? tt->nx - 1 : (int32_t) fi;
	*j = fj < 0 ? 0 : fj >= tt->ny ? tt->ny - 1 : (int32_t) fj;
}

static bool
build_grid(TtgTimetable *tt, const TtgTtAlloc *a)
{
	double		minlat = 90,
				maxlat = -90,
				minlon = 180,
				maxlon = -180;
	double		coslat;
	int64_t		ncells;
	int32_t    *fill;

	for (int32_t s = 0; s < tt->nstops; s++)
	{
		if (tt->lat[s] < minlat)
			minlat = tt->lat[s];
		if (tt->lat[s] > maxlat)
			maxlat = tt->lat[s];
		if (tt->lon[s] < minlon)
			minlon = tt->lon[s];
		if (tt->lon[s] > maxlon)
			maxlon = tt->lon[s];
	}
	if (tt->nstops == 0)
		minlat = maxlat = minlon = maxlon = 0;
	coslat = cos((minlat + maxlat) / 2.0 * M_PI / 180.0);
	if (coslat < 0.05)
		coslat = 0.05;
	tt->lat0 = minlat;
	tt->lon0 = minlon;
	tt->cell_lat = CELL_DEG;
	tt->cell_lon = CELL_DEG / coslat;
	/* Widen the cells of a large area so the grid stays small. */
	while ((maxlat - minlat) / tt->cell_lat >= MAX_GRID || (maxlon - minlon) / tt->cell_lon >= MAX_GRID)
	{
		tt->cell_lat *= 2;
		tt->cell_lon *= 2;
	}
	tt->nx = (int32_t) ((maxlon - minlon) / tt->cell_lon) + 1;
	tt->ny = (int32_t) ((maxlat - minlat) / tt->cell_lat) + 1;
	ncells = (int64_t) tt->nx * tt->ny;
	tt->cell_start = ta_alloc(a, sizeof(int32_t) * (ncells + 1));
	tt->cell_stops = ta_alloc(a, sizeof(int32_t) * tt->nstops);
	fill = ta_alloc(a, sizeof(int32_t) * (ncells + 1));
	if (!tt->cell_start || !tt->cell_stops || !fill)
	{
		ta_free(a, fill);
		return false;
	}
	memset(tt->cell_start, 0, sizeof(int32_t) * (ncells + 1));
	for (int32_t s = 0; s < tt->nstops; s++)
	{
		int32_t		i,
					j;

		cell_of(tt, tt->lat[s], tt->lon[s], &i, &j);
		tt->cell_start[(int64_t) j * tt->nx + i + 1]++;
	}
	for (int64_t k = 0; k < ncells; k++)
		tt->cell_start[k + 1] += tt->cell_start[k];
	memcpy(fill, tt->cell_start, sizeof(int32_t) * (ncells + 1));
	for (int32_t s = 0; s < tt->nstops; s++)
	{
		int32_t		i,
					j;

		cell_of(tt, tt->lat[s], tt->lon[s], &i, &j);
		tt->cell_stops[fill[(int64_t) j * tt->nx + i]++] = s;
	}
	ta_free(a, fill);
	tt->bytes += sizeof(int32_t) * (ncells + 1 + tt->nstops);
	return true;
}

/*
 * Visit the stops within straight-line radius_m of a point: calls fn for each
 * with its straight-line metres. Returns the number visited.
 */
typedef void (*NearFn) (void *ctx, int32_t stop, double metres);

static void
for_stops_near(const TtgTimetable *tt, double lat, double lon, double radius_m, NearFn fn, void *ctx)
{
	double		dlat = radius_m / 111000.0 + 1e-9;
	double		coslat = cos(lat * M_PI / 180.0);
	double		dlon;
	int32_t		i0,
				j0,
				i1,
				j1;

	if (tt->nstops == 0)
		return;
	if (coslat < 0.01)
		coslat = 0.01;
	dlon = dlat / coslat;
	if (lat + dlat < tt->lat0 || lat - dlat > tt->lat0 + tt->ny * tt->cell_lat ||
		lon + dlon < tt->lon0 || lon - dlon > tt->lon0 + tt->nx * tt->cell_lon)
		return;
	cell_of(tt, lat - dlat, lon - dlon, &i0, &j0);
	cell_of(tt, lat + dlat, lon + dlon, &i1, &j1);
	for (int32_t j = j0; j <= j1; j++)
		for (int32_t i = i0; i <= i1; i++)
		{
			int64_t		k = (int64_t) j * tt->nx + i;

			for (int32_t x = tt->cell_start[k]; x < tt->cell_start[k + 1]; x++)
			{
				int32_t		s = tt->cell_stops[x];
				double		m = ttg_great_circle_km(lat, lon, tt->lat[s], tt->lon[s]) * 1000.0;

				if (m <= radius_m)
					fn(ctx, s, m);
			}
		}
}

typedef struct FpCtx
{
	int32_t		self;
	int32_t		count;
	int32_t    *to;				/* NULL while counting */
	float	   *m;
} FpCtx;

static void
fp_visit(void *ctx, int32_t stop, double metres)
{
	FpCtx	   *f = ctx;

	if (stop == f->self)
		return;
	if (f->to)
	{
		f->to[f->count] = stop;
		f->m[f->count] = (float) (metres * TTG_TT_WALK_CIRCUITY);
	}
	f->count++;
}

static bool
build_footpaths(TtgTimetable *tt, const TtgTtAlloc *a)
{
	int64_t		total = 0;

	tt->fp_start = ta_alloc(a, sizeof(int32_t) * (tt->nstops + 1));
	if (!tt->fp_start)
		return false;
	for (int32_t s = 0; s < tt->nstops; s++)
	{
		FpCtx		f = {s, 0, NULL, NULL};

		for_stops_near(tt, tt->lat[s], tt->lon[s], TTG_TT_FOOTPATH_M, fp_visit, &f);
		tt->fp_start[s] = (int32_t) total;
		total += f.count;
		if (total > INT32_MAX)
			return false;
	}
	tt->fp_start[tt->nstops] = (int32_t) total;
	tt->fp_to = ta_alloc(a, sizeof(int32_t) * total);
	tt->fp_m = ta_alloc(a, sizeof(float) * total);
	if (!tt->fp_to || !tt->fp_m)
		return false;
	for (int32_t s = 0; s < tt->nstops; s++)
	{
		FpCtx		f = {s, 0, tt->fp_to + tt->fp_start[s], tt->fp_m + tt->fp_start[s]};

		for_stops_near(tt, tt->lat[s], tt->lon[s], TTG_TT_FOOTPATH_M, fp_visit, &f);
	}
	tt->bytes += sizeof(int32_t) * (tt->nstops + 1) + (sizeof(int32_t) + sizeof(float)) * total;
	return true;
}

void
ttg_tt_free(TtgTimetable *tt, const TtgTtAlloc *a)
{
	if (tt == NULL)
		return;
	ta_free(a, tt->lat);
	ta_free(a, tt->lon);
	ta_free(a, tt->fwd);
	ta_free(a, tt->bwd);
	ta_free(a, tt->fp_start);
	ta_free(a, tt->fp_to);
	ta_free(a, tt->fp_m);
	ta_free(a, tt->cell_start);
	ta_free(a, tt->cell_stops);
	ta_free(a, tt);
}

TtgTtStatus
ttg_tt_build(int32_t nstops, const double *lat, const double *lon,
			 int32_t ntrips, const TtgTtStopTime *st, size_t nst,
			 const TtgTtAlloc *a, TtgTimetable **out, size_t *bad_row)
{
	TtgTimetable *tt;
	SortConn   *sc = NULL;
	int64_t		nconn = 0;
	TtgTtStatus status = TTG_TT_OK;

	*out = NULL;
	*bad_row = 0;
	if (nstops < 0 || ntrips < 0)
		return TTG_TT_ERR_PARAMS;
	for (int32_t s = 0; s < nstops; s++)
		if (!ttg_latlon_valid(lat[s], lon[s]))
		{
			*bad_row = (size_t) s;
			return TTG_TT_ERR_STOP;
		}
	/* Check every row first: a bad feed leaves nothing allocated. */
	for (size_t r = 0; r < nst; r++)
	{
		const TtgTtStopTime *x = &st[r];

		*bad_row = r;
		if (x->stop < 0 || x->stop >= nstops)
			return TTG_TT_ERR_STOP;
		if (x->trip < 0 || x->trip >= ntrips || (r > 0 && x->trip < st[r - 1].trip))
			return TTG_TT_ERR_TRIP;
		if (x->arr < TTG_TT_MIN_TIME || x->arr > TTG_TT_MAX_TIME ||
			x->dep < TTG_TT_MIN_TIME || x->dep > TTG_TT_MAX_TIME || x->dep < x->arr)
			return TTG_TT_ERR_TIME;
		if (r > 0 && x->trip == st[r - 1].trip)
		{
			if (x->arr < st[r - 1].dep)
				return TTG_TT_ERR_ORDER;
			nconn++;
		}
	}
	*bad_row = 0;

	tt = ta_alloc(a, sizeof(TtgTimetable));
	if (!tt)
		return TTG_TT_ERR_MEMORY;
	memset(tt, 0, sizeof(*tt));
	tt->nstops = nstops;
	tt->ntrips = ntrips;
	tt->nconn = nconn;
	tt->lat = ta_alloc(a, sizeof(double) * nstops);
	tt->lon = ta_alloc(a, sizeof(double) * nstops);
	tt->fwd = ta_alloc(a, sizeof(TtgTtConn) * nconn);
	tt->bwd = ta_alloc(a, sizeof(TtgTtConn) * nconn);
	sc = ta_alloc(a, sizeof(SortConn) * nconn);
	if (!tt->lat || !tt->lon || !tt->fwd || !tt->bwd || !sc)
	{
		status = TTG_TT_ERR_MEMORY;
		goto fail;
	}
	tt->bytes = sizeof(TtgTimetable) + 2 * sizeof(double) * nstops + 2 * sizeof(TtgTtConn) * nconn;
	memcpy(tt->lat, lat, sizeof(double) * nstops);
	memcpy(tt->lon, lon, sizeof(double) * nstops);
	{
		int64_t		k = 0;

		for (size_t r = 1; r < nst; r++)
			if (st[r].trip == st[r - 1].trip)
			{
				sc[k].c.dep_time = st[r - 1].dep;
				sc[k].c.arr_time = st[r].arr;
				sc[k].c.dep_stop = st[r - 1].stop;
				sc[k].c.arr_stop = st[r].stop;
				sc[k].c.trip = st[r].trip;
				sc[k].order = (int64_t) r;
				k++;
			}
	}
	qsort(sc, (size_t) nconn, sizeof(SortConn), cmp_fwd);
	for (int64_t k = 0; k < nconn; k++)
		tt->fwd[k] = sc[k].c;
	qsort(sc, (size_t) nconn, sizeof(SortConn), cmp_bwd);
	for (int64_t k = 0; k < nconn; k++)
		tt->bwd[k] = sc[k].c;
	ta_free(a, sc);
	sc = NULL;
	if (!build_grid(tt, a) || !build_footpaths(tt, a))
	{
		status = TTG_TT_ERR_MEMORY;
		goto fail;
	}
	*out = tt;
	return TTG_TT_OK;

fail:
	ta_free(a, sc);
	ttg_tt_free(tt, a);
	return status;
}

/* ---- queries ----------------------------------------------------------- */

typedef struct NearCtx
{
	const TtgTtParams *p;
	int32_t    *stops;
	int32_t    *secs;
	int32_t		cap;
	int32_t		count;
	double		max_straight_m;
} NearCtx;

static void
near_visit(void *ctx, int32_t stop, double metres)
{
	NearCtx    *n = ctx;

	if (n->count < n->cap)
	{
		n->stops[n->count] = stop;
		n->secs[n->count] = ttg_tt_walk_seconds(metres, n->p);
	}
	n->count++;
}

int32_t
ttg_tt_nearby(const TtgTimetable *tt, double lat, double lon, const TtgTtParams *p,
			  int32_t *stops, int32_t *secs, int32_t cap)
{
	NearCtx		n = {p, stops, secs, cap, 0, p->max_walk_m / TTG_TT_WALK_CIRCUITY};

	for_stops_near(tt, lat, lon, n.max_straight_m, near_visit, &n);
	return n.count;
}

TtgTtWork *
ttg_tt_work_new(const TtgTimetable *tt, const TtgTtAlloc *a)
{
	TtgTtWork  *w = ta_alloc(a, sizeof(TtgTtWork));
	size_t		ns = (size_t) tt->nstops;

	if (!w)
		return NULL;
	memset(w, 0, sizeof(*w));
	w->nstops = tt->nstops;
	w->ntrips = tt->ntrips;
	w->t_board = ta_alloc(a, sizeof(int32_t) * ns);
	w->t_alight = ta_alloc(a, sizeof(int32_t) * ns);
	w->egress = ta_alloc(a, sizeof(int32_t) * ns);
	w->near_stop = ta_alloc(a, sizeof(int32_t) * ns);
	w->near_secs = ta_alloc(a, sizeof(int32_t) * ns);
	w->trip_ok = ta_alloc(a, (size_t) tt->ntrips);
	if (!w->t_board || !w->t_alight || !w->egress || !w->near_stop || !w->near_secs || !w->trip_ok)
	{
		ttg_tt_work_free(w, a);
		return NULL;
	}
	for (size_t s = 0; s < ns; s++)
		w->egress[s] = -1;
	w->deadline = TIME_NINF;
	return w;
}

void
ttg_tt_work_free(TtgTtWork *w, const TtgTtAlloc *a)
{
	if (w == NULL)
		return;
	ta_free(a, w->t_board);
	ta_free(a, w->t_alight);
	ta_free(a, w->egress);
	ta_free(a, w->near_stop);
	ta_free(a, w->near_secs);
	ta_free(a, w->trip_ok);
	ta_free(a, w);
}

static int32_t
walk_only_secs(double olat, double olon, double dlat, double dlon, const TtgTtParams *p)
{
	double		m = ttg_great_circle_km(olat, olon, dlat, dlon) * 1000.0;

	if (m * TTG_TT_WALK_CIRCUITY > p->max_walk_m)
		return -1;
	return ttg_tt_walk_seconds(m, p);
}

/* First index of fwd with dep_time >= t. */
static int64_t
first_dep_at_or_after(const TtgTimetable *tt, int32_t t)
{
	int64_t		lo = 0,
				hi = tt->nconn;

	while (lo < hi)
	{
		int64_t		mid = lo + (hi - lo) / 2;

		if (tt->fwd[mid].dep_time < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* First index of bwd (arrival descending) with arr_time <= t. */
static int64_t
first_arr_at_or_before(const TtgTimetable *tt, int32_t t)
{
	int64_t		lo = 0,
				hi = tt->nconn;

	while (lo < hi)
	{
		int64_t		mid = lo + (hi - lo) / 2;

		if (tt->bwd[mid].arr_time > t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int32_t
ttg_tt_earliest_arrival(const TtgTimetable *tt, TtgTtWork *w, const TtgTtParams *p,
						double olat, double olon, double dlat, double dlon, int32_t depart_s)
{
	int64_t		hi = (int64_t) depart_s + p->window_s;
	int64_t		best = TIME_INF;
	int32_t		chg = change_s(p);
	int32_t		n,
				ne;
	int32_t		wo = walk_only_secs(olat, olon, dlat, dlon, p);

	if (wo >= 0)
		best = (int64_t) depart_s + wo;
	for (int32_t s = 0; s < tt->nstops; s++)
	{
		w->t_board[s] = TIME_INF;
		w->t_alight[s] = TIME_INF;
	}
	memset(w->trip_ok, 0, (size_t) tt->ntrips);

	/* Egress stops first (the buffer is reused for the origin's). */
	ne = ttg_tt_nearby(tt, dlat, dlon, p, w->near_stop, w->near_secs, tt->nstops);
	for (int32_t i = 0; i < ne; i++)
		w->egress[w->near_stop[i]] = w->near_secs[i];
	n = ttg_tt_nearby(tt, olat, olon, p, w->near_stop, w->near_secs, tt->nstops);
	for (int32_t i = 0; i < n; i++)
	{
		int64_t		t = (int64_t) depart_s + w->near_secs[i];

		if (t < w->t_board[w->near_stop[i]])
			w->t_board[w->near_stop[i]] = (int32_t) t;
	}
	for (int64_t k = first_dep_at_or_after(tt, depart_s); k < tt->nconn; k++)
	{
		const TtgTtConn *c = &tt->fwd[k];

		if (c->dep_time > hi || c->dep_time >= best)
			break;
		if (!w->trip_ok[c->trip] && w->t_board[c->dep_stop] > c->dep_time)
			continue;
		w->trip_ok[c->trip] = 1;
		if (w->egress[c->arr_stop] >= 0 && (int64_t) c->arr_time + w->egress[c->arr_stop] < best)
			best = (int64_t) c->arr_time + w->egress[c->arr_stop];
		if ((int64_t) c->arr_time + chg < w->t_board[c->arr_stop])
			w->t_board[c->arr_stop] = c->arr_time + chg;
		/* Footpaths from the first vehicle arrival at a stop (t_alight), not
		 * gated by t_board, which an access walk may have lowered. */
		if (c->arr_time < w->t_alight[c->arr_stop])
		{
			w->t_alight[c->arr_stop] = c->arr_time;
			for (int32_t f = tt->fp_start[c->arr_stop]; f < tt->fp_start[c->arr_stop + 1]; f++)
			{
				int32_t		ws = ttg_tt_walk_seconds(tt->fp_m[f] / TTG_TT_WALK_CIRCUITY, p);
				int64_t		t = (int64_t) c->arr_time + (ws > chg ? ws : chg);

				if (tt->fp_m[f] <= p->max_walk_m && t < w->t_board[tt->fp_to[f]])
					w->t_board[tt->fp_to[f]] = (int32_t) t;
			}
		}
	}
	/* Put the egress marks back for the next query. */
	ne = ttg_tt_nearby(tt, dlat, dlon, p, w->near_stop, w->near_secs, tt->nstops);
	for (int32_t i = 0; i < ne; i++)
		w->egress[w->near_stop[i]] = -1;
	return best <= hi ? (int32_t) best : TTG_TT_UNREACHED;
}

void
ttg_tt_backward(const TtgTimetable *tt, TtgTtWork *w, const TtgTtParams *p,
				double dlat, double dlon, int32_t deadline_s)
{
	int64_t		lo = (int64_t) deadline_s - p->window_s;
	int32_t		chg = change_s(p);
	int32_t		ne;

	for (int32_t s = 0; s < tt->nstops; s++)
	{
		w->t_board[s] = TIME_NINF;
		w->t_alight[s] = TIME_NINF;
	}
	memset(w->trip_ok, 0, (size_t) tt->ntrips);
	w->deadline = deadline_s;
	w->dlat = dlat;
	w->dlon = dlon;
	ne = ttg_tt_nearby(tt, dlat, dlon, p, w->near_stop, w->near_secs, tt->nstops);
	for (int32_t i = 0; i < ne; i++)
	{
		int64_t		t = (int64_t) deadline_s - w->near_secs[i];

		if (t > w->t_alight[w->near_stop[i]])
			w->t_alight[w->near_stop[i]] = (int32_t) t;
	}
	for (int64_t k = first_arr_at_or_before(tt, deadline_s); k < tt->nconn; k++)
	{
		const TtgTtConn *c = &tt->bwd[k];

		if (c->arr_time < lo)
			break;
		if (c->dep_time < lo)
			continue;
		if (!w->trip_ok[c->trip] && c->arr_time > w->t_alight[c->arr_stop])
			continue;
		w->trip_ok[c->trip] = 1;
		if (c->dep_time > w->t_board[c->dep_stop])
		{
			int32_t		s = c->dep_stop;

			w->t_board[s] = c->dep_time;
			if (c->dep_time - chg > w->t_alight[s])
				w->t_alight[s] = c->dep_time - chg;
			for (int32_t f = tt->fp_start[s]; f < tt->fp_start[s + 1]; f++)
			{
				int32_t		ws = ttg_tt_walk_seconds(tt->fp_m[f] / TTG_TT_WALK_CIRCUITY, p);
				int32_t		t = c->dep_time - (ws > chg ? ws : chg);

				if (tt->fp_m[f] <= p->max_walk_m && t > w->t_alight[tt->fp_to[f]])
					w->t_alight[tt->fp_to[f]] = t;
			}
		}
	}
}

int32_t
ttg_tt_origin_departure(const TtgTimetable *tt, TtgTtWork *w, const TtgTtParams *p,
						double olat, double olon,
						const int32_t *near_stops, const int32_t *near_secs, int32_t n)
{
	int64_t		lo = (int64_t) w->deadline - p->window_s;
	int64_t		best = TIME_NINF;
	int32_t		wo = walk_only_secs(olat, olon, w->dlat, w->dlon, p);

	if (wo >= 0)
		best = (int64_t) w->deadline - wo;
	if (near_stops == NULL)
	{
		n = ttg_tt_nearby(tt, olat, olon, p, w->near_stop, w->near_secs, tt->nstops);
		near_stops = w->near_stop;
		near_secs = w->near_secs;
	}
	for (int32_t i = 0; i < n; i++)
	{
		int32_t		b = w->t_board[near_stops[i]];

		if (b != TIME_NINF && (int64_t) b - near_secs[i] > best)
			best = (int64_t) b - near_secs[i];
	}
	return best >= lo ? (int32_t) best : TTG_TT_UNREACHED;
}

int32_t
ttg_tt_latest_departure(const TtgTimetable *tt, TtgTtWork *w, const TtgTtParams *p,
						double olat, double olon, double dlat, double dlon, int32_t deadline_s)
{
	ttg_tt_backward(tt, w, p, dlat, dlon, deadline_s);
	return ttg_tt_origin_departure(tt, w, p, olat, olon, NULL, NULL, 0);
}

/* ---- GTFS helpers ------------------------------------------------------ */

bool
ttg_gtfs_service_runs(bool has_calendar, int weekdays, int32_t start_day,
					  int32_t end_day, int32_t day, int exception)
{
	if (exception == 1)
		return true;
	if (exception == 2 || !has_calendar)
		return false;
	return day >= start_day && day <= end_day && (weekdays & (1 << (ttg_iso_dow(day) - 1))) != 0;
}

int32_t
ttg_gtfs_time_parse(const char *s)
{
	int			h = 0,
				nh = 0;

	if (s == NULL)
		return -1;
	while (*s == ' ')
		s++;
	while (*s >= '0' && *s <= '9' && nh < 3)
	{
		h = h * 10 + (*s++ - '0');
		nh++;
	}
	if (nh == 0 || s[0] != ':' ||
		s[1] < '0' || s[1] > '5' || s[2] < '0' || s[2] > '9' || s[3] != ':' ||
		s[4] < '0' || s[4] > '5' || s[5] < '0' || s[5] > '9')
		return -1;
	{
		const char *e = s + 6;

		while (*e == ' ')
			e++;
		if (*e != '\0' || h >= TTG_TT_MAX_TIME / 3600)
			return -1;
	}
	return h * 3600 + ((s[1] - '0') * 10 + (s[2] - '0')) * 60 + (s[4] - '0') * 10 + (s[5] - '0');
}
