/*
 * test_transit.c: cmocka tests of the transit router (the public-transport
 * time R-UPW-1 and R-UPW-2 are applied to).
 *
 * The Connection Scan queries are checked against a brute-force reference on
 * random small networks: the reference knows nothing of scan order; it
 * relaxes every connection until nothing changes (a fixed point), and finds a
 * latest departure by trying every candidate leaving time, latest first, with
 * that forward search. Hand-built cases check the model itself (changes,
 * footpaths, walking, midnight, the window) with answers worked by hand.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_helpers.h"
#include "transit_core.h"
#include "travel_core.h"

static void *
t_alloc(void *ctx, size_t n)
{
	(void) ctx;
	return malloc(n);
}

static void
t_free(void *ctx, void *p)
{
	(void) ctx;
	free(p);
}

static const TtgTtAlloc A = {t_alloc, t_free, NULL};

#define MAXS 16
#define MAXST 200

typedef struct Net
{
	int32_t		nstops;
	double		lat[MAXS],
				lon[MAXS];
	int32_t		ntrips;
	TtgTtStopTime st[MAXST];
	size_t		nst;
} Net;

/* ---- the reference ------------------------------------------------------ */

typedef struct RefConn
{
	TtgTtConn	c;
	int			prev;			/* the trip's previous connection, or -1 */
} RefConn;

static int
ref_conns(const Net *n, RefConn *out)
{
	int			k = 0;

	for (size_t r = 1; r < n->nst; r++)
		if (n->st[r].trip == n->st[r - 1].trip)
		{
			out[k].c.dep_time = n->st[r - 1].dep;
			out[k].c.arr_time = n->st[r].arr;
			out[k].c.dep_stop = n->st[r - 1].stop;
			out[k].c.arr_stop = n->st[r].stop;
			out[k].c.trip = n->st[r].trip;
			out[k].prev = (r >= 2 && n->st[r - 2].trip == n->st[r].trip) ? k - 1 : -1;
			k++;
		}
	return k;
}

/* Walking seconds from a point to stop s, or -1 beyond max_walk_m (as the router measures). */
static int32_t
ref_walk(const Net *n, double lat, double lon, int s, const TtgTtParams *p)
{
	double		m = ttg_great_circle_km(lat, lon, n->lat[s], n->lon[s]) * 1000.0;

	if (m > p->max_walk_m / TTG_TT_WALK_CIRCUITY)
		return -1;
	return ttg_tt_walk_seconds(m, p);
}

/* Footpath seconds between two stops (at least the change time), or -1. */
static int32_t
ref_footpath(const Net *n, int a, int b, const TtgTtParams *p, int32_t chg)
{
	double		m;
	float		wm;
	int32_t		ws;

	if (a == b)
		return -1;
	m = ttg_great_circle_km(n->lat[a], n->lon[a], n->lat[b], n->lon[b]) * 1000.0;
	if (m > TTG_TT_FOOTPATH_M)
		return -1;
	wm = (float) (m * TTG_TT_WALK_CIRCUITY);
	if (wm > p->max_walk_m)
		return -1;
	ws = ttg_tt_walk_seconds(wm / TTG_TT_WALK_CIRCUITY, p);
	return ws > chg ? ws : chg;
}

static int32_t
ref_walk_only(double olat, double olon, double dlat, double dlon, const TtgTtParams *p)
{
	double		m = ttg_great_circle_km(olat, olon, dlat, dlon) * 1000.0;

	if (m * TTG_TT_WALK_CIRCUITY > p->max_walk_m)
		return -1;
	return ttg_tt_walk_seconds(m, p);
}

/* Earliest arrival by relaxing every connection until a fixed point. */
static int64_t
ref_earliest(const Net *n, const TtgTtParams *p, double olat, double olon,
			 double dlat, double dlon, int32_t t0)
{
	RefConn		cs[MAXST];
	int			nc = ref_conns(n, cs);
	int64_t		ready[MAXS];
	int			usable[MAXST] = {0};
	int64_t		hi = (int64_t) t0 + p->window_s;
	int64_t		best = INT64_MAX;
	int32_t		chg = p->min_change_s < 1 ? 1 : p->min_change_s;
	int32_t		wo = ref_walk_only(olat, olon, dlat, dlon, p);
	int			changed = 1;

	for (int s = 0; s < n->nstops; s++)
	{
		int32_t		w = ref_walk(n, olat, olon, s, p);

		ready[s] = w >= 0 ? (int64_t) t0 + w : INT64_MAX;
	}
	while (changed)
	{
		changed = 0;
		for (int k = 0; k < nc; k++)
		{
			const TtgTtConn *c = &cs[k].c;

			if (c->dep_time < t0 || c->dep_time > hi)
				continue;
			if (!usable[k] && (ready[c->dep_stop] <= c->dep_time ||
							   (cs[k].prev >= 0 && usable[cs[k].prev])))
			{
				usable[k] = 1;
				changed = 1;
			}
			if (!usable[k])
				continue;
			if ((int64_t) c->arr_time + chg < ready[c->arr_stop])
			{
				ready[c->arr_stop] = (int64_t) c->arr_time + chg;
				changed = 1;
			}
			for (int s = 0; s < n->nstops; s++)
			{
				int32_t		f = ref_footpath(n, c->arr_stop, s, p, chg);

				if (f >= 0 && (int64_t) c->arr_time + f < ready[s])
				{
					ready[s] = (int64_t) c->arr_time + f;
					changed = 1;
				}
			}
		}
	}
	if (wo >= 0)
		best = (int64_t) t0 + wo;
	for (int k = 0; k < nc; k++)
	{
		int32_t		e;

		if (!usable[k])
			continue;
		e = ref_walk(n, dlat, dlon, cs[k].c.arr_stop, p);
		if (e >= 0 && (int64_t) cs[k].c.arr_time + e < best)
			best = (int64_t) cs[k].c.arr_time + e;
	}
	return best <= hi ? best : INT64_MAX;
}

static int
cmp_desc(const void *x, const void *y)
{
	int64_t		a = *(const int64_t *) x,
				b = *(const int64_t *) y;

	return a > b ? -1 : a < b;
}

/* Latest departure: try every moment at which leaving could matter, latest first. */
static int64_t
ref_latest(const Net *n, const TtgTtParams *p, double olat, double olon,
		   double dlat, double dlon, int32_t deadline)
{
	RefConn		cs[MAXST];
	int			nc = ref_conns(n, cs);
	int64_t		cand[MAXST + 1];
	int			ncand = 0;
	int64_t		lo = (int64_t) deadline - p->window_s;
	int32_t		wo = ref_walk_only(olat, olon, dlat, dlon, p);

	if (wo >= 0)
		cand[ncand++] = (int64_t) deadline - wo;
	for (int k = 0; k < nc; k++)
	{
		int32_t		w = ref_walk(n, olat, olon, cs[k].c.dep_stop, p);

		if (w >= 0)
			cand[ncand++] = (int64_t) cs[k].c.dep_time - w;
	}
	qsort(cand, (size_t) ncand, sizeof(int64_t), cmp_desc);
	for (int i = 0; i < ncand; i++)
	{
		if (cand[i] < lo || cand[i] > deadline)
			continue;
		if (ref_earliest(n, p, olat, olon, dlat, dlon, (int32_t) cand[i]) <= deadline)
			return cand[i];
	}
	return INT64_MIN;
}

/* ---- random networks ---------------------------------------------------- */

static unsigned long rng_state = 12345;

static int
rnd(int n)
{
	rng_state = rng_state * 6364136223846793005UL + 1442695040888963407UL;
	return (int) ((rng_state >> 33) % (unsigned long) n);
}

static double
rndf(void)
{
	return rnd(1000000) / 1000000.0;
}

static void
random_net(Net *n)
{
	n->nstops = 3 + rnd(MAXS - 3);
	for (int s = 0; s < n->nstops; s++)
	{
		/* About 2.2 km by 1.3 km: some stops within walking and footpath reach. */
		n->lat[s] = 53.80 + 0.02 * rndf();
		n->lon[s] = -1.55 + 0.02 * rndf();
	}
	n->ntrips = 0;
	n->nst = 0;
	while (n->ntrips < 25)
	{
		int			len = 2 + rnd(6);
		int32_t		t = 6 * 3600 + rnd(3 * 3600);
		int			stop = rnd(n->nstops);

		if (n->nst + (size_t) len > MAXST)
			break;
		for (int i = 0; i < len; i++)
		{
			TtgTtStopTime *x = &n->st[n->nst++];
			int			nxt;

			x->trip = n->ntrips;
			x->stop = stop;
			x->arr = t;
			t += rnd(4) == 0 ? 0 : rnd(120);	/* dwell, sometimes none */
			x->dep = t;
			t += rnd(5) == 0 ? 0 : rnd(900);	/* run, sometimes in the same second */
			do
				nxt = rnd(n->nstops);
			while (nxt == stop && n->nstops > 1);
			stop = nxt;
		}
		n->ntrips++;
	}
}

static void
random_point(const Net *n, double *lat, double *lon)
{
	if (rnd(3) == 0)
	{
		*lat = 53.80 + 0.02 * rndf();
		*lon = -1.55 + 0.02 * rndf();
	}
	else
	{
		int			s = rnd(n->nstops);

		*lat = n->lat[s] + 0.004 * (rndf() - 0.5);
		*lon = n->lon[s] + 0.006 * (rndf() - 0.5);
	}
}

static void
random_params(TtgTtParams *p)
{
	ttg_tt_default_params(p);
	p->walk_kmh = 3.0 + 3.0 * rndf();
	p->max_walk_m = 200.0 + 1400.0 * rndf();
	p->min_change_s = rnd(4) == 0 ? 0 : rnd(400);
	p->window_s = 1800 + rnd(3 * 3600);
}

static TtgTimetable *
build(const Net *n)
{
	TtgTimetable *tt = NULL;
	size_t		bad = 0;

	assert_int_equal(ttg_tt_build(n->nstops, n->lat, n->lon, n->ntrips, n->st, n->nst, &A, &tt, &bad),
					 TTG_TT_OK);
	return tt;
}

static void
test_random_against_reference(void **state)
{
	int			reached_e = 0,
				reached_l = 0,
				by_vehicle = 0,
				total = 0;

	(void) state;
	for (int net = 0; net < 60; net++)
	{
		Net			n;
		TtgTimetable *tt;
		TtgTtWork  *w;

		random_net(&n);
		tt = build(&n);
		w = ttg_tt_work_new(tt, &A);
		assert_non_null(w);
		for (int q = 0; q < 12; q++)
		{
			TtgTtParams p;
			double		olat, olon, dlat, dlon;
			int32_t		t = 6 * 3600 + rnd(5 * 3600);
			int64_t		want;
			int32_t		got;

			random_params(&p);
			random_point(&n, &olat, &olon);
			random_point(&n, &dlat, &dlon);
			total++;

			want = ref_earliest(&n, &p, olat, olon, dlat, dlon, t);
			got = ttg_tt_earliest_arrival(tt, w, &p, olat, olon, dlat, dlon, t);
			if (want == INT64_MAX)
				assert_int_equal(got, TTG_TT_UNREACHED);
			else
			{
				assert_int_equal(got, want);
				reached_e++;
			}

			want = ref_latest(&n, &p, olat, olon, dlat, dlon, t);
			got = ttg_tt_latest_departure(tt, w, &p, olat, olon, dlat, dlon, t);
			if (want == INT64_MIN)
				assert_int_equal(got, TTG_TT_UNREACHED);
			else
			{
				int32_t		wo = ref_walk_only(olat, olon, dlat, dlon, &p);

				assert_int_equal(got, want);
				reached_l++;
				if (wo < 0 || got != t - wo)
					by_vehicle++;
			}

			/* Many-to-one: the same backward scan answers other origins. */
			for (int o = 0; o < 4; o++)
			{
				random_point(&n, &olat, &olon);
				want = ref_latest(&n, &p, olat, olon, dlat, dlon, t);
				got = ttg_tt_origin_departure(tt, w, &p, olat, olon, NULL, NULL, 0);
				if (want == INT64_MIN)
					assert_int_equal(got, TTG_TT_UNREACHED);
				else
					assert_int_equal(got, want);
			}
		}
		ttg_tt_work_free(w, &A);
		ttg_tt_free(tt, &A);
	}
	if (getenv("TTG_TEST_VERBOSE"))
		printf("earliest reached %d, latest reached %d (%d riding), of %d\n",
			   reached_e, reached_l, by_vehicle, total);
	/* The random cases must exercise both outcomes, not only "unreachable". */
	assert_true(reached_e > total / 4 && reached_e < total);
	assert_true(reached_l > total / 4 && reached_l < total);
	assert_true(by_vehicle > reached_l / 4);
}

/* ---- hand-built cases --------------------------------------------------- */

/*
 * Four stops on a meridian, 0.05 degrees (5.56 km) apart, so no walking
 * between them: A (53.70) B (53.75) C (53.80), and D (53.80, 0.005 east of
 * C: 0.005 * 111.19 * cos(53.8 deg) = 329 m, a footpath).
 *   trip 0: A 08:00 -> B 08:20 (dwell to 08:21) -> C 08:40
 *   trip 1: B 08:25 -> D 08:35
 *   trip 2: D 08:45 -> A 09:30 (arrives 09:30)
 *   trip 3 (the day before, shifted): C 23:50 (-600) -> A 24:20 (+1200)
 */
#define HM(h, m) ((h) * 3600 + (m) * 60)

static Net
hand_net(void)
{
	Net			n;
	TtgTtStopTime st[] = {
		{0, 0, HM(8, 0), HM(8, 0)}, {0, 1, HM(8, 20), HM(8, 21)}, {0, 2, HM(8, 40), HM(8, 40)},
		{1, 1, HM(8, 25), HM(8, 25)}, {1, 3, HM(8, 35), HM(8, 35)},
		{2, 3, HM(8, 45), HM(8, 45)}, {2, 0, HM(9, 30), HM(9, 30)},
		{3, 2, -600, -600}, {3, 0, 1200, 1200},
	};

	memset(&n, 0, sizeof(n));
	n.nstops = 4;
	n.lat[0] = 53.70; n.lon[0] = -1.5;
	n.lat[1] = 53.75; n.lon[1] = -1.5;
	n.lat[2] = 53.80; n.lon[2] = -1.5;
	n.lat[3] = 53.80; n.lon[3] = -1.495;
	n.ntrips = 4;
	memcpy(n.st, st, sizeof(st));
	n.nst = sizeof(st) / sizeof(st[0]);
	return n;
}

static void
test_hand_cases(void **state)
{
	Net			n = hand_net();
	TtgTimetable *tt = build(&n);
	TtgTtWork  *w = ttg_tt_work_new(tt, &A);
	TtgTtParams p;
	int32_t		fp;

	(void) state;
	ttg_tt_default_params(&p);
	assert_int_equal(tt->nconn, 5);
	/* Footpaths: C-D both ways (328.4 m), nothing else (B is 5.56 km from A and C). */
	assert_int_equal(tt->fp_start[4], 2);

	/* At stop A, leaving 07:55: trip 0 to C arrives 08:40 (walks of 0 m). */
	assert_int_equal(ttg_tt_earliest_arrival(tt, w, &p, 53.70, -1.5, 53.80, -1.5, HM(7, 55)), HM(8, 40));
	/* A to D: change at B (08:20 + 2 min = 08:22 <= 08:25), trip 1 arrives D 08:35. */
	assert_int_equal(ttg_tt_earliest_arrival(tt, w, &p, 53.70, -1.5, 53.80, -1.495, HM(7, 55)), HM(8, 35));
	/* With 6 minutes to change, trip 1 is missed (08:26 > 08:25); D is then reached
	 * by riding to C and walking: 328.4 m x 1.25 = 410.5 m, within 1000 m, at
	 * 4.8 km/h = 307.8 s, rounded up 308 s: 08:40 + 308 s = 08:45:08. */
	p.min_change_s = 360;
	fp = ttg_tt_walk_seconds(ttg_great_circle_km(53.80, -1.5, 53.80, -1.495) * 1000.0, &p);
	assert_int_equal(fp, 308);
	assert_int_equal(ttg_tt_earliest_arrival(tt, w, &p, 53.70, -1.5, 53.80, -1.495, HM(7, 55)),
					 HM(8, 40) + 308);
	/* With max walk 300 m neither footpath nor egress walk: unreachable. */
	p.max_walk_m = 300;
	assert_int_equal(ttg_tt_earliest_arrival(tt, w, &p, 53.70, -1.5, 53.80, -1.495, HM(7, 55)),
					 TTG_TT_UNREACHED);
	ttg_tt_default_params(&p);

	/* Arrive by 09:30 at A from B: trip 1 B 08:25 -> D, walk the footpath D -> C?
	 * No trip leaves C after 08:35. Trip 2 D 08:45 -> A 09:30: B 08:25 -> D 08:35,
	 * change 2 min, 08:45: latest departure 08:25, 65 minutes. */
	assert_int_equal(ttg_tt_latest_departure(tt, w, &p, 53.75, -1.5, 53.70, -1.5, HM(9, 30)), HM(8, 25));
	/* By 09:29 it is not possible. */
	assert_int_equal(ttg_tt_latest_departure(tt, w, &p, 53.75, -1.5, 53.70, -1.5, HM(9, 29)),
					 TTG_TT_UNREACHED);
	/* From C to A by 09:30: walk from C to D (410.5 m, 308 s) and take trip 2
	 * at 08:45: leave C by 08:45 - 308 s = 08:39:52. */
	assert_int_equal(ttg_tt_latest_departure(tt, w, &p, 53.80, -1.5, 53.70, -1.5, HM(9, 30)),
					 HM(8, 45) - 308);
	/* Window: 60 minutes door to door cannot hold a 65-minute journey. */
	p.window_s = 3600;
	assert_int_equal(ttg_tt_latest_departure(tt, w, &p, 53.75, -1.5, 53.70, -1.5, HM(9, 30)),
					 TTG_TT_UNREACHED);
	ttg_tt_default_params(&p);

	/* Past midnight: the day before's 23:50 from C reaches A at 00:20 (1200 s). */
	assert_int_equal(ttg_tt_latest_departure(tt, w, &p, 53.80, -1.5, 53.70, -1.5, HM(0, 30)), -600);
	assert_int_equal(ttg_tt_earliest_arrival(tt, w, &p, 53.80, -1.5, 53.70, -1.5, -900), 1200);

	/* Walk only: 0.005 degrees of latitude = 556 m x 1.25 = 695 m, 521.2 s -> 522 s. */
	assert_int_equal(ttg_tt_latest_departure(tt, w, &p, 53.70, -1.5, 53.705, -1.5, HM(9, 0)),
					 HM(9, 0) - 522);
	assert_int_equal(ttg_tt_earliest_arrival(tt, w, &p, 53.70, -1.5, 53.705, -1.5, HM(9, 0)),
					 HM(9, 0) + 522);

	/* Unreachable: far from every stop. */
	assert_int_equal(ttg_tt_latest_departure(tt, w, &p, 51.5, -0.1, 53.70, -1.5, HM(9, 30)),
					 TTG_TT_UNREACHED);
	ttg_tt_work_free(w, &A);
	ttg_tt_free(tt, &A);
}

static void
test_bad_input(void **state)
{
	Net			n = hand_net();
	TtgTimetable *tt = NULL;
	size_t		bad = 0;

	(void) state;
	/* A trip reaching B (row 1) before leaving A: row 1 arrives 07:59. */
	n.st[1].arr = HM(7, 59);
	assert_int_equal(ttg_tt_build(n.nstops, n.lat, n.lon, n.ntrips, n.st, n.nst, &A, &tt, &bad),
					 TTG_TT_ERR_ORDER);
	assert_int_equal(bad, 1);
	assert_null(tt);
	n = hand_net();
	n.st[4].stop = 9;			/* no such stop */
	assert_int_equal(ttg_tt_build(n.nstops, n.lat, n.lon, n.ntrips, n.st, n.nst, &A, &tt, &bad),
					 TTG_TT_ERR_STOP);
	assert_int_equal(bad, 4);
	n = hand_net();
	n.st[2].dep = n.st[2].arr - 1;	/* leaves before it arrives */
	assert_int_equal(ttg_tt_build(n.nstops, n.lat, n.lon, n.ntrips, n.st, n.nst, &A, &tt, &bad),
					 TTG_TT_ERR_TIME);
	assert_int_equal(bad, 2);
	n = hand_net();
	n.st[5].trip = 0;			/* trips not grouped */
	assert_int_equal(ttg_tt_build(n.nstops, n.lat, n.lon, n.ntrips, n.st, n.nst, &A, &tt, &bad),
					 TTG_TT_ERR_TRIP);
	n = hand_net();
	n.lat[2] = 91;
	assert_int_equal(ttg_tt_build(n.nstops, n.lat, n.lon, n.ntrips, n.st, n.nst, &A, &tt, &bad),
					 TTG_TT_ERR_STOP);
	assert_int_equal(bad, 2);
	/* An empty timetable answers walking only. */
	{
		TtgTtWork  *w;
		TtgTtParams p;

		assert_int_equal(ttg_tt_build(0, NULL, NULL, 0, NULL, 0, &A, &tt, &bad), TTG_TT_OK);
		w = ttg_tt_work_new(tt, &A);
		ttg_tt_default_params(&p);
		assert_int_equal(ttg_tt_latest_departure(tt, w, &p, 53.70, -1.5, 53.705, -1.5, HM(9, 0)),
						 HM(9, 0) - 522);
		assert_int_equal(ttg_tt_latest_departure(tt, w, &p, 53.70, -1.5, 53.75, -1.5, HM(9, 0)),
						 TTG_TT_UNREACHED);
		ttg_tt_work_free(w, &A);
		ttg_tt_free(tt, &A);
	}
	{
		TtgTtParams p;

		ttg_tt_default_params(&p);
		assert_true(ttg_tt_params_valid(&p));
		p.walk_kmh = 0;
		assert_false(ttg_tt_params_valid(&p));
		ttg_tt_default_params(&p);
		p.window_s = 0;
		assert_false(ttg_tt_params_valid(&p));
		ttg_tt_default_params(&p);
		p.max_walk_m = NAN;
		assert_false(ttg_tt_params_valid(&p));
	}
}

static void
test_gtfs_helpers(void **state)
{
	int32_t		fri = D(2020, 3, 20);	/* a Friday */

	(void) state;
	assert_int_equal(ttg_gtfs_time_parse("08:05:30"), 8 * 3600 + 5 * 60 + 30);
	assert_int_equal(ttg_gtfs_time_parse("8:05:30"), 8 * 3600 + 5 * 60 + 30);
	assert_int_equal(ttg_gtfs_time_parse("25:10:00"), 25 * 3600 + 600);
	assert_int_equal(ttg_gtfs_time_parse(" 00:00:00 "), 0);
	assert_int_equal(ttg_gtfs_time_parse("25:61:00"), -1);
	assert_int_equal(ttg_gtfs_time_parse("25:10:60"), -1);
	assert_int_equal(ttg_gtfs_time_parse("25:10"), -1);
	assert_int_equal(ttg_gtfs_time_parse("168:00:00"), -1);
	assert_int_equal(ttg_gtfs_time_parse("167:59:59"), 167 * 3600 + 3599);
	assert_int_equal(ttg_gtfs_time_parse("ab:00:00"), -1);
	assert_int_equal(ttg_gtfs_time_parse("08:00:00x"), -1);
	assert_int_equal(ttg_gtfs_time_parse(""), -1);
	assert_int_equal(ttg_gtfs_time_parse(NULL), -1);

	/* Friday is bit 4 (Monday bit 0). */
	assert_true(ttg_gtfs_service_runs(true, 1 << 4, fri, fri, fri, 0));
	assert_false(ttg_gtfs_service_runs(true, 1 << 3, fri, fri, fri, 0));
	assert_false(ttg_gtfs_service_runs(true, 0x7f, fri + 1, fri + 9, fri, 0));
	assert_false(ttg_gtfs_service_runs(true, 0x7f, fri - 9, fri - 1, fri, 0));
	assert_false(ttg_gtfs_service_runs(true, 0x7f, fri, fri, fri, 2));	/* removed */
	assert_true(ttg_gtfs_service_runs(false, 0, 0, 0, fri, 1));	/* added, no calendar row */
	assert_false(ttg_gtfs_service_runs(false, 0, 0, 0, fri, 0));
	/* Sunday is bit 6: 2020-03-22. */
	assert_true(ttg_gtfs_service_runs(true, 1 << 6, fri, fri + 7, fri + 2, 0));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hand_cases),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_gtfs_helpers),
		cmocka_unit_test(test_random_against_reference),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
