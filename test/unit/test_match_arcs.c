/*
 * test_match_arcs.c: cmocka tests of the matcher's arc building and of the
 * whole core pipeline SQL runs (ttg_match_build_arcs, then
 * ttg_match_assign): each rule refusing an arc (R-UPW-1, R-UPW-7, ROSH,
 * days, capacity) on hand-worked cases, estimates and routed times, the
 * R-UPW-6/R-UPW-8 cost, ids, duplicates, allocation failure and
 * interrupts; and small random instances against an exhaustive search that
 * applies the rules as written here, not by the core's functions.
 *
 * Estimates use the public transport defaults of the travel core:
 * 15 + 60 * km * 1.3 / v minutes, v = 110 - 85 * exp(-km / 80) km/h, km on a
 * sphere of 6371.0088 km, rounded to a tenth of a minute. Worked figures:
 *   same point: km 0, 15.0 minutes (1500 hundredths);
 *   0.1 degree of latitude: km 11.1195, v 36.030, 15 + 24.072 = 39.1 (3910);
 *   0.5 degree: km 55.598, v 67.577, 15 + 64.172 = 79.2 (7920);
 *   0.7 degree: km 77.837, v 77.873, 15 + 77.963 = 93.0 (9300), over 90.
 */
#include "test_helpers.h"
#include "match_core.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- hooks: malloc, counting what is outstanding, failing on request ------- */

typedef struct Mem
{
	long		outstanding;	/* blocks given and not released */
	long		calls;			/* alloc and grow calls so far */
	long		fail_at;		/* the call that fails (1-based), 0: none */
	long		interrupts;		/* interrupt hook calls */
	bool		stop;			/* the interrupt hook asks to stop */
} Mem;

static void *
t_alloc(void *arg, size_t size)
{
	Mem		   *m = arg;
	void	   *p;

	if (m->fail_at && ++m->calls == m->fail_at)
		return NULL;
	p = malloc(size);
	if (p)
		m->outstanding++;
	return p;
}

static void *
t_grow(void *arg, void *p, size_t size)
{
	Mem		   *m = arg;

	if (m->fail_at && ++m->calls == m->fail_at)
		return NULL;
	return realloc(p, size);
}

static void
t_release(void *arg, void *p)
{
	((Mem *) arg)->outstanding--;
	free(p);
}

static int
t_interrupt(void *arg)
{
	Mem		   *m = arg;

	m->interrupts++;
	return m->stop;
}

static TtgMatchHooks
hooks(Mem *m)
{
	memset(m, 0, sizeof(*m));
	return (TtgMatchHooks) {t_alloc, t_grow, t_release, t_interrupt, m};
}

static TtgTravelParams
transit(void)
{
	TtgTravelParams tp;

	assert_int_equal(ttg_travel_default_params(TTG_MODE_PUBLIC_TRANSPORT, &tp), 0);
	return tp;
}

/* ---- rows ------------------------------------------------------------------ */

#define LEEDS_LAT 53.80
#define LEEDS_LON (-1.55)

static TtgMatchPersonRow
a_person(int64_t id)
{
	return (TtgMatchPersonRow) {id, LEEDS_LAT, LEEDS_LON,
	{TTG_SEX_MALE, false, false, TTG_ROSH_LOW, TTG_ALL_DAYS}};
}

static TtgMatchPlaceRow
a_place(int64_t id)
{
	return (TtgMatchPlaceRow) {id, LEEDS_LAT, LEEDS_LON,
	{2, TTG_ENV_MIXED, false, false, TTG_ALL_DAYS}};
}

/* Build, assign, and keep the results; the caller frees with done(). */
typedef struct Run
{
	Mem			mem;
	TtgMatchHooks h;
	TtgMatchArcs a;
	TtgMatchResult res[16];
	int32_t		placed;
	int64_t		total;
	char		buf[160];
} Run;

static TtgMatchStatus
run(Run *r, TtgMatchPersonRow *pe, int32_t np, TtgMatchPlaceRow *pl, int32_t nq,
	TtgMatchRoute *ro, int32_t nr, int64_t bonus_cm)
{
	TtgTravelParams tp = transit();
	TtgMatchStatus st;

	r->h = hooks(&r->mem);
	st = ttg_match_build_arcs(pe, np, pl, nq, ro, nr, &tp, bonus_cm, &r->h, &r->a);
	if (st != TTG_MATCH_OK)
	{
		assert_int_equal(r->mem.outstanding, 0);
		return st;
	}
	assert_true(np <= 16);
	st = ttg_match_assign(&r->a, &r->h, r->res, &r->placed, &r->total);
	assert_int_equal(st, TTG_MATCH_OK);
	return st;
}

static void
done(Run *r)
{
	ttg_match_arcs_free(&r->a, &r->h);
	assert_int_equal(r->mem.outstanding, 0);
}

static const char *
reason(Run *r, int32_t i)
{
	return ttg_match_reason_text(&r->a, i, &r->res[i], r->buf, sizeof(r->buf));
}

/* ---- each rule refusing the one arc ---------------------------------------- */

/*
 * Person 7 and placement 70 at the same point, routed 10 minutes: allowed.
 * Each case changes one thing; the arc goes, and the reason names the rule
 * and the placement.
 */
static void
one_pair(TtgMatchPersonRow p, TtgMatchPlaceRow q, double minutes, int32_t want_arcs,
		 const char *want_reason)
{
	Run			r;
	TtgMatchRoute ro = {7, 70, minutes};

	p.id = 7;
	q.id = 70;
	assert_int_equal(run(&r, &p, 1, &q, 1, &ro, 1, 1500), TTG_MATCH_OK);
	assert_int_equal(r.a.n_arcs, want_arcs);
	if (want_reason)
		assert_string_equal(reason(&r, 0), want_reason);
	else
	{
		assert_null(reason(&r, 0));
		assert_int_equal(r.res[0].place, 0);
		assert_int_equal(r.res[0].travel_cm, ttg_match_routed_centimin(minutes));
	}
	done(&r);
}

static void
test_each_rule_refuses_the_arc(void **state)
{
	TtgMatchPersonRow p = a_person(7);
	TtgMatchPlaceRow q = a_place(70);

	(void) state;
	/* Allowed as it stands: placed at the routed 10.00 minutes. */
	one_pair(p, q, 10, 1, NULL);

	/* R-UPW-1: 90 minutes each way is allowed, 90.01 is not (no candidate in the limit). */
	one_pair(p, q, 90, 1, NULL);
	one_pair(p, q, 90.01, 0, "no_placement_in_travel_limit");
	/* 90.004 rounds to 90.00 (hundredths, as the output shows it): allowed. */
	one_pair(p, q, 90.004, 1, NULL);

	/* R-UPW-7: her choice not to work in an all-male group. */
	p.p.sex = TTG_SEX_FEMALE;
	p.p.avoid_all_male = true;
	q.q.env = TTG_ENV_ALL_MALE;
	one_pair(p, q, 10, 0, "no_placement_fits_rules: all_male_declined (nearest: placement 70)");
	p.p.avoid_all_male = false;
	one_pair(p, q, 10, 1, NULL);

	/* R-UPW-7: female-only takes women only; unknown sex is not female. */
	p = a_person(7);
	q = a_place(70);
	q.q.env = TTG_ENV_FEMALE_ONLY;
	one_pair(p, q, 10, 0, "no_placement_fits_rules: female_only (nearest: placement 70)");
	p.p.sex = TTG_SEX_UNKNOWN;
	one_pair(p, q, 10, 0, "no_placement_fits_rules: female_only (nearest: placement 70)");
	p.p.sex = TTG_SEX_FEMALE;
	one_pair(p, q, 10, 1, NULL);

	/* ROSH: high and very high need a placement that accepts them. */
	p = a_person(7);
	q = a_place(70);
	p.p.rosh = TTG_ROSH_VERY_HIGH;
	one_pair(p, q, 10, 0, "no_placement_fits_rules: rosh_not_accepted (nearest: placement 70)");
	p.p.rosh = TTG_ROSH_HIGH;
	one_pair(p, q, 10, 0, "no_placement_fits_rules: rosh_not_accepted (nearest: placement 70)");
	q.q.accepts_high_rosh = true;
	one_pair(p, q, 10, 1, NULL);

	/* Days: Monday + Wednesday (1 | 4) against Tuesday (2): none in common. */
	p = a_person(7);
	q = a_place(70);
	p.p.days = 1 | 4;
	q.q.days = 2;
	one_pair(p, q, 10, 0, "no_placement_fits_rules: no_common_day (nearest: placement 70)");
	q.q.days = 4;
	one_pair(p, q, 10, 1, NULL);

	/* Capacity 0 is a rule too: the arc is not built. */
	p = a_person(7);
	q = a_place(70);
	q.q.capacity = 0;
	one_pair(p, q, 10, 0, "no_placement_fits_rules: no_capacity (nearest: placement 70)");

	/* A route of NULL minutes: no route, so no candidate at all, though the estimate (15) would do. */
	q = a_place(70);
	one_pair(p, q, NAN, 0, "no_placement_in_travel_limit");
}

static void
test_null_defaults(void **state)
{
	/*
	 * The values both SQL faces give NULL columns: a person with nothing
	 * known is not female (refused at female-only, R-UPW-7), counts as high
	 * ROSH (refused where high ROSH is not accepted), and is free every day;
	 * a default placement is mixed, capacity 1, every day, no ETE.
	 */
	TtgMatchPerson p;
	TtgMatchPlace q;

	(void) state;
	ttg_match_person_init(&p);
	ttg_match_place_init(&q);
	assert_int_equal(p.sex, TTG_SEX_UNKNOWN);
	assert_int_equal(p.rosh, TTG_ROSH_HIGH);
	assert_int_equal(p.days, TTG_ALL_DAYS);
	assert_false(p.avoid_all_male);
	assert_false(p.ete_eligible);
	assert_int_equal(q.capacity, 1);
	assert_int_equal(q.env, TTG_ENV_MIXED);
	assert_int_equal(q.days, TTG_ALL_DAYS);
	assert_false(q.provides_ete);
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_ROSH);
	q.accepts_high_rosh = true;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_NONE);
	q.env = TTG_ENV_FEMALE_ONLY;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_FEMALE_ONLY);
	/* ETE cost: neither side provides it by default. */
	assert_int_equal(ttg_match_cost(&p, &q, 3000, 1500), 3000);
}

/* ---- candidates, estimates and routed times --------------------------------- */

static void
test_estimates_and_routes(void **state)
{
	/*
	 * Person 1 in Leeds. Placements: 10 at the same point (estimate 15.0),
	 * 20 0.1 degree north (39.1), 30 0.5 degree north (79.2), 40 0.7 degree
	 * north (93.0, over the limit), 50 in London (no estimate in reach).
	 * Routed: 1 -> 50 in 30 minutes (a routed pair is a candidate wherever
	 * it is), 1 -> 20 in 95 (replaces the 39.1 estimate: refused), 1 -> 99
	 * (not a placement) and 8 -> 10 (not a person): ignored.
	 * Arcs in placement order: 10 (1500), 30 (7920), 50 (3000).
	 */
	TtgMatchPersonRow pe[1] = {a_person(1)};
	TtgMatchPlaceRow pl[5] = {a_place(10), a_place(20), a_place(30), a_place(40), a_place(50)};
	TtgMatchRoute ro[4] = {{1, 50, 30}, {1, 20, 95}, {1, 99, 5}, {8, 10, 5}};
	Run			r;

	(void) state;
	pl[1].lat += 0.1;
	pl[2].lat += 0.5;
	pl[3].lat += 0.7;
	pl[4].lat = 51.5072;
	pl[4].lon = -0.1276;
	assert_int_equal(run(&r, pe, 1, pl, 5, ro, 4, 1500), TTG_MATCH_OK);
	assert_int_equal(r.a.n_arcs, 3);
	assert_int_equal(r.a.arc_start[0], 0);
	assert_int_equal(r.a.arc_start[1], 3);
	assert_int_equal(r.a.arc_place[0], 0);
	assert_int_equal(r.a.arc_travel[0], 1500);
	assert_int_equal(r.a.arc_place[1], 2);
	assert_int_equal(r.a.arc_travel[1], 7920);
	assert_int_equal(r.a.arc_place[2], 4);
	assert_int_equal(r.a.arc_travel[2], 3000);
	/* Not ETE-eligible: cost is travel. The nearest (10, 15.0) is chosen. */
	assert_int_equal(r.a.arc_cost[0], 1500);
	assert_int_equal(r.placed, 1);
	assert_int_equal(r.total, 1500);
	assert_int_equal(r.res[0].place, 0);
	assert_int_equal(r.res[0].travel_cm, 1500);
	done(&r);

	/* The same with routed 20 -> 20 minutes: the estimate is replaced, and accepted. */
	ro[1].minutes = 20;
	assert_int_equal(run(&r, pe, 1, pl, 5, ro, 4, 1500), TTG_MATCH_OK);
	assert_int_equal(r.a.n_arcs, 4);
	assert_int_equal(r.a.arc_place[1], 1);
	assert_int_equal(r.a.arc_travel[1], 2000);
	done(&r);

	/* Estimate of 0.1 degree alone: 39.1 minutes, 3910 hundredths. */
	{
		int64_t		cm;
		TtgTravelParams tp = transit();

		assert_true(ttg_match_estimate_centimin(LEEDS_LAT, LEEDS_LON, LEEDS_LAT + 0.1, LEEDS_LON, &tp, &cm));
		assert_int_equal(cm, 3910);
		/* Radius: (90 - 15) * 110 / (60 * 1.3) = 105.77 km, * 1.01 + 0.1 = 106.93. */
		assert_true(fabs(ttg_match_limit_radius_km(&tp) - 106.9269) < 1e-3);
	}
	/* Routed rounding: to the hundredth; absurd values clamp far over the limit. */
	assert_int_equal(ttg_match_routed_centimin(12.345), 1235);
	assert_int_equal(ttg_match_routed_centimin(1e300), INT64_C(100000000000000));
	assert_int_equal(ttg_match_routed_centimin(INFINITY), INT64_C(100000000000000));
}

static void
test_ete_cost_and_nearest_rule(void **state)
{
	/*
	 * R-UPW-6, R-UPW-8: person 6 is ETE-eligible; 61 routed 30 minutes
	 * without ETE, 62 routed 40 with ETE. Bonus 15: costs 3000 and 2500, so
	 * 62 (travel shown 40.00). Bonus 5: 3000 and 3500, so 61.
	 */
	TtgMatchPersonRow pe[1] = {a_person(6)};
	TtgMatchPlaceRow pl[2] = {a_place(61), a_place(62)};
	TtgMatchRoute ro[2] = {{6, 61, 30}, {6, 62, 40}};
	Run			r;

	(void) state;
	pe[0].p.ete_eligible = true;
	pl[1].q.provides_ete = true;
	assert_int_equal(run(&r, pe, 1, pl, 2, ro, 2, 1500), TTG_MATCH_OK);
	assert_int_equal(r.a.arc_cost[0], 3000);
	assert_int_equal(r.a.arc_cost[1], 2500);
	assert_int_equal(r.res[0].place, 1);
	assert_int_equal(r.res[0].travel_cm, 4000);
	assert_int_equal(r.total, 2500);
	done(&r);
	assert_int_equal(run(&r, pe, 1, pl, 2, ro, 2, 500), TTG_MATCH_OK);
	assert_int_equal(r.res[0].place, 0);
	done(&r);

	/*
	 * Both blocked: 61 (30 min) by days, 62 (20 min) by ROSH. The reason
	 * names the nearest candidate in the limit, 62, and its rule.
	 */
	pe[0].p.days = 1;
	pe[0].p.rosh = TTG_ROSH_HIGH;
	pl[0].q.days = 2;
	pl[0].q.accepts_high_rosh = true;
	ro[1].minutes = 20;
	assert_int_equal(run(&r, pe, 1, pl, 2, ro, 2, 1500), TTG_MATCH_OK);
	assert_int_equal(r.a.n_arcs, 0);
	assert_string_equal(reason(&r, 0), "no_placement_fits_rules: rosh_not_accepted (nearest: placement 62)");
	done(&r);
}

/* ---- ids, order, duplicates ------------------------------------------------- */

static void
test_ids_order_and_ties(void **state)
{
	/*
	 * Rows given in descending id order come back sorted, and the answer
	 * is by id: three people (3, 4, 5) want one place (30) at 10 minutes
	 * each; the lowest id (3) keeps it (the documented tie rule), the
	 * others end capacity_taken.
	 */
	TtgMatchPersonRow pe[3] = {a_person(5), a_person(4), a_person(3)};
	TtgMatchPlaceRow pl[1] = {a_place(30)};
	TtgMatchRoute ro[3] = {{5, 30, 10}, {4, 30, 10}, {3, 30, 10}};
	Run			r;

	(void) state;
	pl[0].q.capacity = 1;
	assert_int_equal(run(&r, pe, 3, pl, 1, ro, 3, 1500), TTG_MATCH_OK);
	assert_int_equal(r.a.people[0].id, 3);
	assert_int_equal(r.a.people[2].id, 5);
	assert_int_equal(r.res[0].place, 0);
	assert_int_equal(r.res[1].place, -1);
	assert_int_equal(r.res[2].place, -1);
	assert_string_equal(reason(&r, 1), "capacity_taken");
	assert_string_equal(reason(&r, 2), "capacity_taken");
	done(&r);

	/* Travel 30, 10, 20 for 3, 4, 5: the one who travels least (4) is placed. */
	ro[0].minutes = 20;
	ro[1].minutes = 10;
	ro[2].minutes = 30;
	assert_int_equal(run(&r, pe, 3, pl, 1, ro, 3, 1500), TTG_MATCH_OK);
	assert_int_equal(r.res[0].place, -1);
	assert_int_equal(r.res[1].place, 0);
	assert_int_equal(r.res[1].travel_cm, 1000);
	done(&r);
}

static void
test_duplicates(void **state)
{
	TtgMatchPersonRow pe[3] = {a_person(2), a_person(1), a_person(2)};
	TtgMatchPlaceRow pl[3] = {a_place(9), a_place(8), a_place(9)};
	TtgMatchRoute ro[3] = {{1, 8, 10}, {2, 9, 12}, {1, 8, 11}};
	Run			r;

	(void) state;
	/* People are checked first, then placements, then routed pairs; nothing stays allocated. */
	assert_int_equal(run(&r, pe, 3, pl, 3, ro, 3, 0), TTG_MATCH_ERR_DUP_PERSON);
	assert_int_equal(r.a.dup_id, 2);
	pe[2].id = 3;
	assert_int_equal(run(&r, pe, 3, pl, 3, ro, 3, 0), TTG_MATCH_ERR_DUP_PLACE);
	assert_int_equal(r.a.dup_id, 9);
	pl[2].id = 7;
	assert_int_equal(run(&r, pe, 3, pl, 3, ro, 3, 0), TTG_MATCH_ERR_DUP_ROUTE);
	assert_int_equal(r.a.dup_id, 1);
	assert_int_equal(r.a.dup_id2, 8);
	/* A duplicate naming an unknown placement is ignored with the rest of that pair. */
	ro[0].place_id = ro[2].place_id = 99;
	assert_int_equal(run(&r, pe, 3, pl, 3, ro, 3, 0), TTG_MATCH_OK);
	done(&r);
}

static void
test_empty_and_degenerate(void **state)
{
	TtgMatchPersonRow pe[2] = {a_person(1), a_person(2)};
	TtgMatchPlaceRow pl[1] = {a_place(10)};
	Run			r;

	(void) state;
	/* Nothing at all. */
	assert_int_equal(run(&r, NULL, 0, NULL, 0, NULL, 0, 1500), TTG_MATCH_OK);
	assert_int_equal(r.a.n_arcs, 0);
	assert_int_equal(r.placed, 0);
	assert_int_equal(r.total, 0);
	done(&r);
	/* People, no placements: every one out of the limit. */
	assert_int_equal(run(&r, pe, 2, NULL, 0, NULL, 0, 1500), TTG_MATCH_OK);
	assert_string_equal(reason(&r, 0), "no_placement_in_travel_limit");
	assert_string_equal(reason(&r, 1), "no_placement_in_travel_limit");
	done(&r);
	/* Placements, no people. */
	assert_int_equal(run(&r, NULL, 0, pl, 1, NULL, 0, 1500), TTG_MATCH_OK);
	assert_int_equal(r.placed, 0);
	done(&r);
	/* Estimates only (no routed rows): both at 15.0, capacity 2, both placed. */
	assert_int_equal(run(&r, pe, 2, pl, 1, NULL, 0, 1500), TTG_MATCH_OK);
	assert_int_equal(r.placed, 2);
	assert_int_equal(r.total, 3000);
	done(&r);
	/* Bad arguments. */
	{
		TtgTravelParams tp = transit();
		TtgMatchHooks h;
		Mem			m;

		h = hooks(&m);
		assert_int_equal(ttg_match_build_arcs(pe, -1, pl, 1, NULL, 0, &tp, 0, &h, &r.a), TTG_MATCH_ERR_ARG);
		assert_int_equal(ttg_match_build_arcs(NULL, 1, pl, 1, NULL, 0, &tp, 0, &h, &r.a), TTG_MATCH_ERR_ARG);
		pl[0].q.capacity = -1;
		assert_int_equal(ttg_match_build_arcs(pe, 2, pl, 1, NULL, 0, &tp, 0, &h, &r.a), TTG_MATCH_ERR_ARG);
		/* Travel parameters the travel core refuses. */
		pl[0].q.capacity = 1;
		tp.circuity = 0;
		assert_int_equal(ttg_match_build_arcs(pe, 2, pl, 1, NULL, 0, &tp, 0, &h, &r.a), TTG_MATCH_ERR_ARG);
		assert_int_equal(m.outstanding, 0);
	}
}

/* ---- allocation failure and interrupts -------------------------------------- */

static void
test_allocation_failure(void **state)
{
	/*
	 * Fail the first, second, ... allocation in turn: every failure comes
	 * back as TTG_MATCH_ERR_NOMEM with nothing left allocated, until there
	 * are enough and the answer is the one without failures.
	 */
	enum {N = 300};
	static TtgMatchPersonRow pe[N];
	static TtgMatchPlaceRow pl[3];
	TtgTravelParams tp = transit();
	long		failures = 0;

	(void) state;
	for (int i = 0; i < N; i++)
		pe[i] = a_person(i);
	for (int j = 0; j < 3; j++)
		pl[j] = a_place(100 + j);
	for (long at = 1;; at++)
	{
		Mem			m;
		TtgMatchHooks h = hooks(&m);
		TtgMatchArcs a;
		static TtgMatchResult res[N];
		int32_t		placed;
		int64_t		total;
		TtgMatchStatus st;

		m.fail_at = at;
		st = ttg_match_build_arcs(pe, N, pl, 3, NULL, 0, &tp, 0, &h, &a);
		if (st == TTG_MATCH_OK)
		{
			st = ttg_match_assign(&a, &h, res, &placed, &total);
			ttg_match_arcs_free(&a, &h);
		}
		assert_int_equal(m.outstanding, 0);
		if (st == TTG_MATCH_OK)
		{
			/* 300 people, 3 placements of 2 at 15.0 minutes: 6 placed, 9000. */
			assert_int_equal(placed, 6);
			assert_int_equal(total, 9000);
			break;
		}
		assert_int_equal(st, TTG_MATCH_ERR_NOMEM);
		failures++;
	}
	/* 7 arrays, the 3 arc arrays' first allocation and growth past 256 arcs, 2 for the solve. */
	assert_true(failures >= 10);
}

static void
test_interrupt(void **state)
{
	/*
	 * One person and 70,000 placements at the same point: building looks at
	 * more than TTG_MATCH_INTERRUPT_WORK candidates for that one person, so
	 * the hook is asked once, inside that person's candidates; stopping gives TTG_MATCH_INTERRUPTED with
	 * nothing allocated. Ten people and one placement never reach the
	 * interval.
	 */
	enum {M = 70000};
	TtgMatchPlaceRow *pl = malloc(sizeof(*pl) * M);
	TtgMatchPersonRow pe[10];
	TtgTravelParams tp = transit();
	Mem			m;
	TtgMatchHooks h = hooks(&m);
	TtgMatchArcs a;

	(void) state;
	for (int j = 0; j < M; j++)
		pl[j] = a_place(j);
	pe[0] = a_person(1);
	m.stop = true;
	assert_int_equal(ttg_match_build_arcs(pe, 1, pl, M, NULL, 0, &tp, 0, &h, &a), TTG_MATCH_INTERRUPTED);
	assert_int_equal(m.interrupts, 1);
	assert_int_equal(m.outstanding, 0);
	/* Not stopping: the same build completes with all 70,000 arcs. */
	m.stop = false;
	m.interrupts = 0;
	assert_int_equal(ttg_match_build_arcs(pe, 1, pl, M, NULL, 0, &tp, 0, &h, &a), TTG_MATCH_OK);
	assert_int_equal(a.n_arcs, M);
	assert_int_equal(m.interrupts, 1);
	ttg_match_arcs_free(&a, &h);
	for (int i = 0; i < 10; i++)
		pe[i] = a_person(i);
	m.interrupts = 0;
	m.stop = true;
	assert_int_equal(ttg_match_build_arcs(pe, 10, pl, 1, NULL, 0, &tp, 0, &h, &a), TTG_MATCH_OK);
	assert_int_equal(m.interrupts, 0);
	ttg_match_arcs_free(&a, &h);
	assert_int_equal(m.outstanding, 0);
	free(pl);
}

/* ---- random instances against exhaustive search ------------------------------ */

static unsigned
next_rand(unsigned *s)
{
	*s = *s * 1103515245u + 12345u;
	return (*s >> 16) & 0x7fff;
}

/*
 * The rules as DOMAIN states them, written here independently of the core:
 * travel at most 90 minutes each way (R-UPW-1); a woman's choice not to be
 * in an all-male group and female-only placements for women only (R-UPW-7);
 * high or very high ROSH only where accepted; a day in common; room.
 * Travel: the routed time when given (none when NaN), else the estimate
 * (15.0 minutes: everyone is at the same point). Cost: travel less the
 * bonus for the ETE-eligible at an ETE placement (R-UPW-6, R-UPW-8).
 */
static bool
allowed(const TtgMatchPersonRow *p, const TtgMatchPlaceRow *q, const TtgMatchRoute *ro, int32_t nr,
		int64_t bonus, bool *in_limit, int64_t *cost, int64_t *travel)
{
	int64_t		cm = 1500;

	for (int32_t r = 0; r < nr; r++)
		if (ro[r].person_id == p->id && ro[r].place_id == q->id)
		{
			if (isnan(ro[r].minutes))
			{
				*in_limit = false;
				return false;
			}
			cm = (int64_t) llround(ro[r].minutes * 100);
		}
	*in_limit = cm <= 9000;
	*travel = cm;
	*cost = cm - (p->p.ete_eligible && q->q.provides_ete ? bonus : 0);
	if (!*in_limit)
		return false;
	if (p->p.avoid_all_male && q->q.env == TTG_ENV_ALL_MALE)
		return false;
	if (q->q.env == TTG_ENV_FEMALE_ONLY && p->p.sex != TTG_SEX_FEMALE)
		return false;
	if ((p->p.rosh == TTG_ROSH_HIGH || p->p.rosh == TTG_ROSH_VERY_HIGH) && !q->q.accepts_high_rosh)
		return false;
	if ((p->p.days & q->q.days) == 0)
		return false;
	return q->q.capacity > 0;
}

typedef struct Brute
{
	int32_t		n,
				m;
	bool		ok[6][5];
	int64_t		cost[6][5];
	int32_t		cap[5];
	int32_t		best_placed;
	int64_t		best_cost;
	long		optima;			/* assignments reaching the best */
} Brute;

static void
brute(Brute *b, int32_t i, int32_t *load, int32_t placed, int64_t cost)
{
	if (i == b->n)
	{
		if (placed > b->best_placed || (placed == b->best_placed && cost < b->best_cost))
		{
			b->best_placed = placed;
			b->best_cost = cost;
			b->optima = 0;
		}
		if (placed == b->best_placed && cost == b->best_cost)
			b->optima++;
		return;
	}
	brute(b, i + 1, load, placed, cost);
	for (int32_t j = 0; j < b->m; j++)
		if (b->ok[i][j] && load[j] < b->cap[j])
		{
			load[j]++;
			brute(b, i + 1, load, placed + 1, cost + b->cost[i][j]);
			load[j]--;
		}
}

static void
shuffle(void *base, int32_t n, size_t size, unsigned *seed)
{
	char		tmp[64];

	for (int32_t i = n - 1; i > 0; i--)
	{
		int32_t		j = (int32_t) (next_rand(seed) % (unsigned) (i + 1));

		memcpy(tmp, (char *) base + i * size, size);
		memcpy((char *) base + i * size, (char *) base + j * size, size);
		memcpy((char *) base + j * size, tmp, size);
	}
}

static void
test_random_against_brute_force(void **state)
{
	unsigned	seed = 2024;
	int			agree = 0,
				unique = 0,
				trials = 200;

	(void) state;
	for (int t = 0; t < trials; t++)
	{
		TtgMatchPersonRow pe[6];
		TtgMatchPlaceRow pl[5];
		TtgMatchRoute ro[30];
		int32_t		n = (int32_t) (next_rand(&seed) % 7);
		int32_t		m = (int32_t) (next_rand(&seed) % 6);
		int32_t		nr = 0;
		int64_t		bonus = (int64_t) (next_rand(&seed) % 3) * 750;
		Brute		b;
		int32_t		load[5] = {0};
		Run			r;
		int32_t		first[6];

		/* Ids out of order and sparse; attributes drawn so that every rule bites sometimes. */
		for (int32_t i = 0; i < n; i++)
		{
			pe[i] = a_person(100 - 7 * i);
			pe[i].p.sex = (TtgSex) (next_rand(&seed) % 4);
			pe[i].p.avoid_all_male = next_rand(&seed) % 3 == 0;
			pe[i].p.ete_eligible = next_rand(&seed) % 2 == 0;
			pe[i].p.rosh = (TtgRosh) (next_rand(&seed) % 4);
			pe[i].p.days = next_rand(&seed) % 4 == 0 ? (int32_t) (next_rand(&seed) % 8) : TTG_ALL_DAYS;
		}
		for (int32_t j = 0; j < m; j++)
		{
			pl[j] = a_place(50 + 3 * ((j * 7) % 5));
			pl[j].q.capacity = (int32_t) (next_rand(&seed) % 4);
			pl[j].q.env = (TtgEnvironment) (next_rand(&seed) % 4);
			pl[j].q.provides_ete = next_rand(&seed) % 2 == 0;
			pl[j].q.accepts_high_rosh = next_rand(&seed) % 2 == 0;
			pl[j].q.days = next_rand(&seed) % 4 == 0 ? (int32_t) (next_rand(&seed) % 8) : TTG_ALL_DAYS;
		}
		/* Routed times for about half the pairs: 0 to 100 minutes in hundredths, some no route. */
		for (int32_t i = 0; i < n; i++)
			for (int32_t j = 0; j < m; j++)
				if (next_rand(&seed) % 2 == 0)
					ro[nr++] = (TtgMatchRoute) {pe[i].id, pl[j].id,
						next_rand(&seed) % 8 == 0 ? NAN : (double) (next_rand(&seed) % 10001) / 100.0};

		/* Exhaustive over the rows in id order (people descending ids, so reversed). */
		memset(&b, 0, sizeof(b));
		b.n = n;
		b.m = m;
		b.best_placed = -1;
		{
			TtgMatchPersonRow spe[6];
			TtgMatchPlaceRow spl[5];

			memcpy(spe, pe, sizeof(pe));
			memcpy(spl, pl, sizeof(pl));
			run(&r, spe, n, spl, m, ro, nr, bonus);
			for (int32_t i = 0; i < n; i++)
				for (int32_t j = 0; j < m; j++)
				{
					bool		in_limit;
					int64_t		travel;

					b.ok[i][j] = allowed(&r.a.people[i], &r.a.places[j], ro, nr, bonus, &in_limit,
										 &b.cost[i][j], &travel);
				}
			for (int32_t j = 0; j < m; j++)
				b.cap[j] = r.a.places[j].q.capacity;
			brute(&b, 0, load, 0, 0);
			if (r.placed == b.best_placed && r.total == b.best_cost)
				agree++;
			if (b.optima == 1)
				unique++;
			assert_int_equal(r.placed, b.best_placed);
			assert_int_equal(r.total, b.best_cost);

			/* The answer is feasible, adds up, and each reason is true of the rows. */
			{
				int32_t		cl[5] = {0};
				int32_t		count = 0;
				int64_t		sum = 0;

				for (int32_t i = 0; i < n; i++)
				{
					int32_t		j = r.res[i].place;
					bool		any_in = false,
								any_ok = false;

					first[i] = j;
					for (int32_t k = 0; k < m; k++)
					{
						bool		in_limit;
						int64_t		c,
									travel;

						any_ok |= allowed(&r.a.people[i], &r.a.places[k], ro, nr, bonus, &in_limit, &c, &travel);
						any_in |= in_limit;
						if (k == j)
							assert_int_equal(r.res[i].travel_cm, travel);
					}
					if (j >= 0)
					{
						assert_true(b.ok[i][j]);
						cl[j]++;
						count++;
						sum += b.cost[i][j];
						assert_int_equal(r.res[i].reason, TTG_REASON_PLACED);
					}
					else if (!any_in)
						assert_int_equal(r.res[i].reason, TTG_REASON_NOT_IN_LIMIT);
					else if (!any_ok)
						assert_int_equal(r.res[i].reason, TTG_REASON_NO_FIT);
					else
						assert_int_equal(r.res[i].reason, TTG_REASON_CAPACITY_TAKEN);
				}
				for (int32_t j = 0; j < m; j++)
					assert_true(cl[j] <= b.cap[j]);
				assert_int_equal(count, r.placed);
				assert_int_equal(sum, r.total);
			}
			done(&r);
		}

		/* Deterministic: the rows in another order give the same answer, person by person. */
		for (int rep = 0; rep < 2; rep++)
		{
			shuffle(pe, n, sizeof(pe[0]), &seed);
			shuffle(pl, m, sizeof(pl[0]), &seed);
			shuffle(ro, nr, sizeof(ro[0]), &seed);
			run(&r, pe, n, pl, m, ro, nr, bonus);
			for (int32_t i = 0; i < n; i++)
				assert_int_equal(r.res[i].place, first[i]);
			done(&r);
		}
	}
	print_message("match pipeline: %d of %d random instances agree with exhaustive search "
				  "(%d with a unique optimum)\n", agree, trials, unique);
	assert_int_equal(agree, trials);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_rule_refuses_the_arc),
		cmocka_unit_test(test_null_defaults),
		cmocka_unit_test(test_estimates_and_routes),
		cmocka_unit_test(test_ete_cost_and_nearest_rule),
		cmocka_unit_test(test_ids_order_and_ties),
		cmocka_unit_test(test_duplicates),
		cmocka_unit_test(test_empty_and_degenerate),
		cmocka_unit_test(test_allocation_failure),
		cmocka_unit_test(test_interrupt),
		cmocka_unit_test(test_random_against_brute_force),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
