/*
 * test_match.c: cmocka tests of the placement rules, the optimal solver and
 * the grid (R-UPW-1, R-UPW-6, R-UPW-7, R-UPW-8). The optima of the
 * small instances were worked out by hand (reasoning beside each); the
 * random instances are checked against an exhaustive search.
 */
#include "test_helpers.h"
#include "match_core.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- a small builder ------------------------------------------------------- */

#define MAXP 64
#define MAXA 1024

typedef struct Inst
{
	int32_t		n,
				m;
	int32_t		cap[MAXP];
	int32_t		start[MAXP + 1];
	int32_t		place[MAXA];
	int64_t		cost[MAXA];
	int32_t		assign[MAXP];
	int32_t		placed;
	int64_t		total;
} Inst;

static void
inst_init(Inst *in, int32_t m, const int32_t *cap)
{
	memset(in, 0, sizeof(*in));
	in->m = m;
	for (int32_t c = 0; c < m; c++)
		in->cap[c] = cap[c];
}

/* Start the next person; arcs follow with arc(). */
static void
person(Inst *in)
{
	in->start[in->n + 1] = in->start[in->n];
	in->n++;
}

static void
arc(Inst *in, int32_t c, int64_t cost)
{
	int32_t		k = in->start[in->n]++;

	in->place[k] = c;
	in->cost[k] = cost;
}

static TtgMatchStatus
solve(Inst *in)
{
	TtgMatchProblem p = {in->n, in->m, in->cap, in->start, in->place, in->cost, NULL, NULL};
	size_t		sz = ttg_match_workspace_size(in->n, in->m, in->start[in->n]);
	void	   *ws = malloc(sz ? sz : 1);
	TtgMatchStatus st = ttg_match_solve(&p, ws, sz, in->assign, &in->placed, &in->total);

	free(ws);
	return st;
}

/* ---- hand-checked instances ----------------------------------------------- */

static void
test_greedy_is_wrong_on_cost(void **state)
{
	/*
	 * A and B take one each. P0: A 10, B 20; P1: A 12, B 100.
	 * Greedy (P0 takes its nearest, A) leaves P1 with B: 10 + 100 = 110.
	 * The optimum swaps: P0 B 20 + P1 A 12 = 32.
	 */
	Inst		in;
	int32_t		cap[2] = {1, 1};

	(void) state;
	inst_init(&in, 2, cap);
	person(&in);
	arc(&in, 0, 1000);
	arc(&in, 1, 2000);
	person(&in);
	arc(&in, 0, 1200);
	arc(&in, 1, 10000);
	assert_int_equal(solve(&in), TTG_MATCH_OK);
	assert_int_equal(in.placed, 2);
	assert_int_equal(in.total, 3200);
	assert_int_equal(in.assign[0], 1);
	assert_int_equal(in.assign[1], 0);
}

static void
test_greedy_is_wrong_on_count(void **state)
{
	/*
	 * A and B take one each. P0: A 5, B 50; P1: A 5 only.
	 * Greedy gives P0 A and leaves P1 unplaced (1 placed, 5).
	 * The optimum places both: P0 B 50 + P1 A 5 = 55, although it costs more.
	 */
	Inst		in;
	int32_t		cap[2] = {1, 1};

	(void) state;
	inst_init(&in, 2, cap);
	person(&in);
	arc(&in, 0, 500);
	arc(&in, 1, 5000);
	person(&in);
	arc(&in, 0, 500);
	assert_int_equal(solve(&in), TTG_MATCH_OK);
	assert_int_equal(in.placed, 2);
	assert_int_equal(in.total, 5500);
	assert_int_equal(in.assign[0], 1);
	assert_int_equal(in.assign[1], 0);
}

static void
test_chain_of_displacements(void **state)
{
	/*
	 * A, B, C one place each; P0: A 1, B 2; P1: A 1, B 9, C 3; P2: A 4 only.
	 * To place all three, P2 takes A; P0 (no arc to C) must take B, so P1
	 * takes C: 2 + 3 + 4 = 9, the only way to place three. Greedy in order
	 * gives P0 A, P1 C... and P2 nothing.
	 */
	Inst		in;
	int32_t		cap[3] = {1, 1, 1};

	(void) state;
	inst_init(&in, 3, cap);
	person(&in);
	arc(&in, 0, 1);
	arc(&in, 1, 2);
	person(&in);
	arc(&in, 0, 1);
	arc(&in, 1, 9);
	arc(&in, 2, 3);
	person(&in);
	arc(&in, 0, 4);
	assert_int_equal(solve(&in), TTG_MATCH_OK);
	assert_int_equal(in.placed, 3);
	assert_int_equal(in.total, 9);
	assert_int_equal(in.assign[0], 1);
	assert_int_equal(in.assign[1], 2);
	assert_int_equal(in.assign[2], 0);
}

static void
test_capacity_and_negative_costs(void **state)
{
	/*
	 * A takes two, B one. Costs may be negative (travel less the ETE bonus).
	 * P0: A -5, B 0; P1: A -5, B 0; P2: A -5, B 20.
	 * Two of the three get A; the one left goes to B. Cheapest: P2 must not
	 * take B (20), so P0 or P1 takes B: -5 - 5 + 0 = -10.
	 */
	Inst		in;
	int32_t		cap[2] = {2, 1};

	(void) state;
	inst_init(&in, 2, cap);
	for (int i = 0; i < 2; i++)
	{
		person(&in);
		arc(&in, 0, -5);
		arc(&in, 1, 0);
	}
	person(&in);
	arc(&in, 0, -5);
	arc(&in, 1, 20);
	assert_int_equal(solve(&in), TTG_MATCH_OK);
	assert_int_equal(in.placed, 3);
	assert_int_equal(in.total, -10);
	assert_int_equal(in.assign[2], 0);
	assert_int_not_equal(in.assign[0], in.assign[1]);
}

static void
test_capacity_short(void **state)
{
	/*
	 * One place, three people who all want it at 30, 10, 20: the one who
	 * travels least (P1) gets it; the other two are unplaced.
	 */
	Inst		in;
	int32_t		cap[1] = {1};

	(void) state;
	inst_init(&in, 1, cap);
	person(&in);
	arc(&in, 0, 30);
	person(&in);
	arc(&in, 0, 10);
	person(&in);
	arc(&in, 0, 20);
	assert_int_equal(solve(&in), TTG_MATCH_OK);
	assert_int_equal(in.placed, 1);
	assert_int_equal(in.total, 10);
	assert_int_equal(in.assign[0], -1);
	assert_int_equal(in.assign[1], 0);
	assert_int_equal(in.assign[2], -1);
}

static void
test_ties_are_deterministic(void **state)
{
	/*
	 * Two people, one place, equal costs: the lower index keeps the place
	 * (documented tie rule). And solving twice gives the same answer.
	 */
	Inst		in;
	int32_t		cap[2] = {1, 1};

	(void) state;
	inst_init(&in, 1, cap);
	person(&in);
	arc(&in, 0, 10);
	person(&in);
	arc(&in, 0, 10);
	assert_int_equal(solve(&in), TTG_MATCH_OK);
	assert_int_equal(in.assign[0], 0);
	assert_int_equal(in.assign[1], -1);

	/* Two places equally near two people: the first person takes the first place. */
	inst_init(&in, 2, cap);
	for (int i = 0; i < 2; i++)
	{
		person(&in);
		arc(&in, 0, 10);
		arc(&in, 1, 10);
	}
	assert_int_equal(solve(&in), TTG_MATCH_OK);
	assert_int_equal(in.assign[0], 0);
	assert_int_equal(in.assign[1], 1);
	for (int rep = 0; rep < 3; rep++)
	{
		int32_t		before[2] = {in.assign[0], in.assign[1]};

		assert_int_equal(solve(&in), TTG_MATCH_OK);
		assert_memory_equal(before, in.assign, sizeof(before));
	}
}

static void
test_empty_inputs(void **state)
{
	Inst		in;
	int32_t		cap[1] = {3};

	(void) state;
	/* No people. */
	inst_init(&in, 1, cap);
	assert_int_equal(solve(&in), TTG_MATCH_OK);
	assert_int_equal(in.placed, 0);
	assert_int_equal(in.total, 0);
	/* No placements: everyone unplaced. */
	inst_init(&in, 0, cap);
	person(&in);
	person(&in);
	assert_int_equal(solve(&in), TTG_MATCH_OK);
	assert_int_equal(in.placed, 0);
	assert_int_equal(in.assign[0], -1);
	assert_int_equal(in.assign[1], -1);
	/* A person with no allowed arc beside one who has. */
	inst_init(&in, 1, cap);
	person(&in);
	person(&in);
	arc(&in, 0, 7);
	assert_int_equal(solve(&in), TTG_MATCH_OK);
	assert_int_equal(in.placed, 1);
	assert_int_equal(in.assign[0], -1);
	assert_int_equal(in.assign[1], 0);
	/* Capacity 0: nobody goes there. */
	cap[0] = 0;
	inst_init(&in, 1, cap);
	person(&in);
	arc(&in, 0, 7);
	assert_int_equal(solve(&in), TTG_MATCH_OK);
	assert_int_equal(in.placed, 0);
}

static void
test_bad_arguments(void **state)
{
	Inst		in;
	int32_t		cap[1] = {1};
	TtgMatchProblem p;
	char		ws[64];

	(void) state;
	inst_init(&in, 1, cap);
	person(&in);
	arc(&in, 1, 5);				/* placement 1 does not exist */
	assert_int_equal(solve(&in), TTG_MATCH_ERR_ARG);
	inst_init(&in, 1, cap);
	in.cap[0] = -1;
	person(&in);
	assert_int_equal(solve(&in), TTG_MATCH_ERR_ARG);
	inst_init(&in, 1, cap);
	person(&in);
	arc(&in, 0, TTG_MATCH_MAX_ABS_COST + 1);
	assert_int_equal(solve(&in), TTG_MATCH_ERR_OVERFLOW);
	/* A workspace too small is refused, not overrun. */
	inst_init(&in, 1, cap);
	person(&in);
	arc(&in, 0, 5);
	p = (TtgMatchProblem) {in.n, in.m, in.cap, in.start, in.place, in.cost, NULL, NULL};
	assert_true(ttg_match_workspace_size(1, 1, 1) > 16);
	assert_int_equal(ttg_match_solve(&p, ws, 16, in.assign, &in.placed, &in.total),
					 TTG_MATCH_ERR_WORKSPACE);
	assert_int_equal(ttg_match_workspace_size(-1, 1, 1), 0);
}

static int
stop_now(void *arg)
{
	++*(int *) arg;
	return 1;
}

static void
test_interrupt(void **state)
{
	/*
	 * One person with 100,000 allowed placements: a single search scans more
	 * than TTG_MATCH_INTERRUPT_WORK arcs, so the hook is asked inside it (a
	 * check every few hundred people let one long search run unchecked).
	 * Stopping gives TTG_MATCH_INTERRUPTED. Ten people with one arc each
	 * never reach the interval, so the hook is never asked.
	 */
	enum {M = 100000};
	int32_t    *cap = malloc(sizeof(int32_t) * M);
	int32_t		start[11];
	int32_t    *place = malloc(sizeof(int32_t) * M);
	int64_t    *cost = malloc(sizeof(int64_t) * M);
	int32_t		assign[10];
	int32_t		placed;
	int64_t		total;
	int			calls = 0;
	TtgMatchProblem p = {1, M, cap, start, place, cost, stop_now, &calls};
	size_t		sz = ttg_match_workspace_size(10, M, M);
	void	   *ws = malloc(sz);

	(void) state;
	for (int j = 0; j < M; j++)
	{
		cap[j] = 1;
		place[j] = j;
		cost[j] = M - j;
	}
	start[0] = 0;
	start[1] = M;
	assert_int_equal(ttg_match_solve(&p, ws, sz, assign, &placed, &total), TTG_MATCH_INTERRUPTED);
	assert_int_equal(calls, 1);
	p.n_people = 10;
	for (int i = 0; i <= 10; i++)
		start[i] = i;
	calls = 0;
	assert_int_equal(ttg_match_solve(&p, ws, sz, assign, &placed, &total), TTG_MATCH_OK);
	assert_int_equal(calls, 0);
	assert_int_equal(placed, 10);
	free(ws);
	free(cap);
	free(place);
	free(cost);
}

/* ---- random instances against exhaustive search ------------------------------ */

typedef struct Best
{
	int32_t		placed;
	int64_t		cost;
} Best;

static void
exhaust(const Inst *in, int32_t i, int32_t *load, int32_t placed, int64_t cost, Best *best)
{
	if (i == in->n)
	{
		if (placed > best->placed || (placed == best->placed && cost < best->cost))
		{
			best->placed = placed;
			best->cost = cost;
		}
		return;
	}
	exhaust(in, i + 1, load, placed, cost, best);	/* unplaced */
	for (int32_t k = in->start[i]; k < in->start[i + 1]; k++)
	{
		int32_t		c = in->place[k];

		if (load[c] < in->cap[c])
		{
			load[c]++;
			exhaust(in, i + 1, load, placed + 1, cost + in->cost[k], best);
			load[c]--;
		}
	}
}

/* A small deterministic generator (rand_r is not C99). */
static unsigned
next_rand(unsigned *s)
{
	*s = *s * 1103515245u + 12345u;
	return (*s >> 16) & 0x7fff;
}

static void
test_random_against_exhaustive(void **state)
{
	unsigned	seed = 12345;

	(void) state;
	for (int trial = 0; trial < 3000; trial++)
	{
		Inst		in;
		int32_t		cap[4];
		int32_t		m = 1 + (int32_t) (next_rand(&seed) % 4);
		int32_t		n = (int32_t) (next_rand(&seed) % 8);
		int32_t		load[4] = {0, 0, 0, 0};
		Best		best = {-1, 0};
		int32_t		check_load[4] = {0, 0, 0, 0};
		int64_t		check_cost = 0;
		int32_t		check_placed = 0;

		for (int32_t c = 0; c < m; c++)
			cap[c] = (int32_t) (next_rand(&seed) % 3);
		inst_init(&in, m, cap);
		for (int32_t i = 0; i < n; i++)
		{
			person(&in);
			for (int32_t c = 0; c < m; c++)
				if (next_rand(&seed) % 3 != 0)
					/* Small costs, some negative, many ties. */
					arc(&in, c, (int64_t) (next_rand(&seed) % 9) - 2);
		}
		exhaust(&in, 0, load, 0, 0, &best);
		assert_int_equal(solve(&in), TTG_MATCH_OK);
		assert_int_equal(in.placed, best.placed);
		assert_int_equal(in.total, best.cost);
		/* The assignment itself is feasible and adds up. */
		for (int32_t i = 0; i < n; i++)
		{
			int32_t		c = in.assign[i];
			bool		found = false;

			if (c < 0)
				continue;
			for (int32_t k = in.start[i]; k < in.start[i + 1]; k++)
				if (in.place[k] == c)
				{
					check_cost += in.cost[k];
					found = true;
				}
			assert_true(found);
			check_load[c]++;
			check_placed++;
			assert_true(check_load[c] <= cap[c]);
		}
		assert_int_equal(check_placed, in.placed);
		assert_int_equal(check_cost, in.total);
	}
}

/*
 * An independent reference for medium instances: successive shortest paths
 * from a super source with Bellman-Ford over the residual graph (negative
 * costs allowed), one unit at a time, until no path is left. That is a
 * maximum flow of least cost, reached by a different road from the solver's
 * (no potentials, no Dijkstra, no "unplaced" column).
 */
typedef struct RefEdge
{
	int32_t		to,
				cap;
	int64_t		cost;
} RefEdge;

static void
reference(const Inst *in, int32_t *placed, int64_t *cost)
{
	enum {MAXE = 2 * (MAXP + MAXA + MAXP) + 8, MAXV = MAXP + MAXP + 2};
	static RefEdge e[MAXE];
	int32_t		ne = 0;
	int32_t		S = 0,
				T = in->n + in->m + 1,
				V = in->n + in->m + 2;
	int64_t		dist[MAXV];
	int32_t		pe[MAXV];

#define ADD(a, b, c, w) do { \
		e[ne] = (RefEdge) {(b), (c), (w)}; e[ne + 1] = (RefEdge) {(a), 0, -(w)}; \
		from[ne] = (a); from[ne + 1] = (b); ne += 2; } while (0)
	static int32_t from[MAXE];

	for (int32_t i = 0; i < in->n; i++)
	{
		ADD(S, 1 + i, 1, 0);
		for (int32_t k = in->start[i]; k < in->start[i + 1]; k++)
			ADD(1 + i, 1 + in->n + in->place[k], 1, in->cost[k]);
	}
	for (int32_t c = 0; c < in->m; c++)
		ADD(1 + in->n + c, T, in->cap[c], 0);
#undef ADD
	*placed = 0;
	*cost = 0;
	for (;;)
	{
		bool		changed = true;

		for (int32_t v = 0; v < V; v++)
		{
			dist[v] = INT64_MAX;
			pe[v] = -1;
		}
		dist[S] = 0;
		for (int32_t round = 0; round < V && changed; round++)
		{
			changed = false;
			for (int32_t j = 0; j < ne; j++)
				if (e[j].cap > 0 && dist[from[j]] != INT64_MAX &&
					dist[from[j]] + e[j].cost < dist[e[j].to])
				{
					dist[e[j].to] = dist[from[j]] + e[j].cost;
					pe[e[j].to] = j;
					changed = true;
				}
		}
		if (dist[T] == INT64_MAX)
			break;
		for (int32_t v = T; v != S; v = from[pe[v]])
		{
			e[pe[v]].cap--;
			e[pe[v] ^ 1].cap++;
		}
		(*placed)++;
		*cost += dist[T];
	}
}

static void
test_random_against_reference(void **state)
{
	unsigned	seed = 777;

	(void) state;
	for (int trial = 0; trial < 300; trial++)
	{
		static Inst in;
		int32_t		cap[MAXP];
		int32_t		m = 1 + (int32_t) (next_rand(&seed) % 12);
		int32_t		n = (int32_t) (next_rand(&seed) % MAXP);
		int32_t		density = 1 + (int32_t) (next_rand(&seed) % 4);	/* arcs per 4 pairs */
		int32_t		ref_placed;
		int64_t		ref_cost;

		for (int32_t c = 0; c < m; c++)
			cap[c] = (int32_t) (next_rand(&seed) % 6);
		inst_init(&in, m, cap);
		for (int32_t i = 0; i < n; i++)
		{
			person(&in);
			for (int32_t c = 0; c < m; c++)
				if ((int32_t) (next_rand(&seed) % 4) < density)
					/* Hundredths of a minute, 0 to 90, less a bonus of 15 sometimes. */
					arc(&in, c, (int64_t) (next_rand(&seed) % 9001) -
						(next_rand(&seed) % 3 == 0 ? 1500 : 0));
		}
		reference(&in, &ref_placed, &ref_cost);
		assert_int_equal(solve(&in), TTG_MATCH_OK);
		assert_int_equal(in.placed, ref_placed);
		assert_int_equal(in.total, ref_cost);
	}
}

/* ---- rules ---------------------------------------------------------------- */

static const TtgMatchPerson any_person = {TTG_SEX_MALE, false, false, TTG_ROSH_LOW, TTG_ALL_DAYS};
static const TtgMatchPlace any_place = {5, TTG_ENV_MIXED, false, false, TTG_ALL_DAYS};

static void
test_each_rule_alone(void **state)
{
	TtgMatchPerson p;
	TtgMatchPlace q;

	(void) state;
	assert_int_equal(ttg_match_pair_rule(&any_person, &any_place, 30), TTG_RULE_NONE);

	/* R-UPW-1: 90 minutes is allowed, a hundredth more is not; unknown blocks. */
	assert_int_equal(ttg_match_pair_rule(&any_person, &any_place, 90.0), TTG_RULE_NONE);
	assert_int_equal(ttg_match_pair_rule(&any_person, &any_place, 90.01), TTG_RULE_TRAVEL);
	assert_int_equal(ttg_match_pair_rule(&any_person, &any_place, -1), TTG_RULE_TRAVEL);
	assert_int_equal(ttg_match_pair_rule(&any_person, &any_place, 0), TTG_RULE_NONE);

	/* R-UPW-7: a woman who asked not to work in an all-male group. */
	p = any_person;
	p.sex = TTG_SEX_FEMALE;
	p.avoid_all_male = true;
	q = any_place;
	q.env = TTG_ENV_ALL_MALE;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_ALL_MALE);
	p.avoid_all_male = false;	/* her choice: without it, allowed */
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_NONE);
	q.env = TTG_ENV_MIXED;
	p.avoid_all_male = true;	/* mixed and individual are fine */
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_NONE);
	q.env = TTG_ENV_INDIVIDUAL;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_NONE);

	/* R-UPW-7: female-only takes women only (unknown sex is not female). */
	q = any_place;
	q.env = TTG_ENV_FEMALE_ONLY;
	assert_int_equal(ttg_match_pair_rule(&any_person, &q, 10), TTG_RULE_FEMALE_ONLY);
	p = any_person;
	p.sex = TTG_SEX_UNKNOWN;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_FEMALE_ONLY);
	p.sex = TTG_SEX_OTHER;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_FEMALE_ONLY);
	/* Recorded as not specified or not known: read as not recorded (not known to be female). */
	p.sex = TTG_SEX_NOT_SPECIFIED;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_FEMALE_ONLY);
	p.sex = TTG_SEX_NOT_KNOWN;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_FEMALE_ONLY);
	p.sex = TTG_SEX_FEMALE;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_NONE);
	/* The words nDelius records, by the one case rule. */
	{
		TtgSex		sx;

		assert_true(ttg_match_parse_sex("Not Specified", strlen("Not Specified"), &sx));
		assert_int_equal(sx, TTG_SEX_NOT_SPECIFIED);
		assert_true(ttg_match_parse_sex("not known", strlen("not known"), &sx));
		assert_int_equal(sx, TTG_SEX_NOT_KNOWN);
		assert_false(ttg_match_parse_sex("M", strlen("M"), &sx));
	}

	/* ROSH: medium passes anywhere; high and very high need acceptance. */
	p = any_person;
	p.rosh = TTG_ROSH_MEDIUM;
	assert_int_equal(ttg_match_pair_rule(&p, &any_place, 10), TTG_RULE_NONE);
	p.rosh = TTG_ROSH_HIGH;
	assert_int_equal(ttg_match_pair_rule(&p, &any_place, 10), TTG_RULE_ROSH);
	p.rosh = TTG_ROSH_VERY_HIGH;
	assert_int_equal(ttg_match_pair_rule(&p, &any_place, 10), TTG_RULE_ROSH);
	q = any_place;
	q.accepts_high_rosh = true;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_NONE);

	/* Days: Monday+Wednesday (1|4) against Tuesday (2) is none; against Wednesday (4) one. */
	p = any_person;
	p.days = 1 | 4;
	q = any_place;
	q.days = 2;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_DAYS);
	q.days = 4;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_NONE);
	p.days = 0;
	q.days = TTG_ALL_DAYS;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_DAYS);
	/* Sunday (64) against Sunday. */
	p.days = 64;
	q.days = 64;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_NONE);

	/* Capacity 0. */
	q = any_place;
	q.capacity = 0;
	assert_int_equal(ttg_match_pair_rule(&any_person, &q, 10), TTG_RULE_CAPACITY);
	q.capacity = 1;
	assert_int_equal(ttg_match_pair_rule(&any_person, &q, 10), TTG_RULE_NONE);

	/* Order: travel first, then R-UPW-7, ROSH, days, capacity. */
	p = any_person;
	p.avoid_all_male = true;
	p.rosh = TTG_ROSH_HIGH;
	p.days = 1;
	q = any_place;
	q.env = TTG_ENV_ALL_MALE;
	q.days = 2;
	q.capacity = 0;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 91), TTG_RULE_TRAVEL);
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_ALL_MALE);
	q.env = TTG_ENV_MIXED;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_ROSH);
	q.accepts_high_rosh = true;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_DAYS);
	q.days = 1;
	assert_int_equal(ttg_match_pair_rule(&p, &q, 10), TTG_RULE_CAPACITY);
}

static void
test_cost_and_words(void **state)
{
	TtgMatchPerson p = any_person;
	TtgMatchPlace q = any_place;
	TtgSex		s;
	TtgRosh		r;
	TtgEnvironment e;

	(void) state;
	/* R-UPW-6/8: the bonus only when eligible and provided. */
	assert_int_equal(ttg_match_cost(&p, &q, 3000, 1500), 3000);
	p.ete_eligible = true;
	assert_int_equal(ttg_match_cost(&p, &q, 3000, 1500), 3000);
	q.provides_ete = true;
	assert_int_equal(ttg_match_cost(&p, &q, 3000, 1500), 1500);
	assert_int_equal(ttg_match_cost(&p, &q, 1000, 1500), -500);
	p.ete_eligible = false;
	assert_int_equal(ttg_match_cost(&p, &q, 3000, 1500), 3000);

	assert_true(ttg_match_parse_sex("female", strlen("female"), &s) && s == TTG_SEX_FEMALE);
	assert_false(ttg_match_parse_sex("F", strlen("F"), &s));
	assert_true(ttg_match_parse_rosh("very_high", strlen("very_high"), &r) && r == TTG_ROSH_VERY_HIGH);
	assert_true(ttg_match_parse_rosh(" Very High ", strlen(" Very High "), &r) && r == TTG_ROSH_VERY_HIGH);
	assert_true(ttg_match_parse_environment("female_only", strlen("female_only"), &e) && e == TTG_ENV_FEMALE_ONLY);
	assert_true(ttg_match_parse_environment("All-Male", strlen("All-Male"), &e) && e == TTG_ENV_ALL_MALE);
	assert_string_equal(ttg_match_rule_name(TTG_RULE_ALL_MALE), "all_male_declined");
	assert_null(ttg_match_rule_name(TTG_RULE_NONE));
}

/* ---- grid ---------------------------------------------------------------- */

static void
test_grid(void **state)
{
	/* Leeds, York, Manchester, London; radius 40 km. */
	double		lat[4] = {53.7997, 53.9600, 53.4808, 51.5072};
	double		lon[4] = {-1.5492, -1.0873, -2.2426, -0.1276};
	TtgGridEntry ws[5];
	TtgGrid		g;
	int32_t		out[4];
	int32_t		k;

	(void) state;
	assert_int_equal(ttg_grid_workspace_size(4), sizeof(ws));
	assert_true(ttg_grid_build(&g, lat, lon, 4, 40.0, 54.0, ws));
	/* From Leeds: Leeds and York (34 km) must be candidates; London must not. */
	k = ttg_grid_near(&g, 53.7997, -1.5492, out, 4);
	assert_true(k >= 2);
	assert_int_equal(out[0], 0);
	assert_int_equal(out[1], 1);
	for (int32_t j = 0; j < k; j++)
		assert_int_not_equal(out[j], 3);
	/* A point 39 km due east of Leeds (cos 53.8 = 0.5906) still finds Leeds. */
	k = ttg_grid_near(&g, 53.7997, -1.5492 + 39.0 / (111.2 * 0.5906), out, 4);
	assert_true(k >= 1 && out[0] == 0);
	/* A point 39 km due north of London finds London. */
	k = ttg_grid_near(&g, 51.5072 + 39.0 / 111.2, -0.1276, out, 4);
	assert_true(k >= 1);
	assert_int_equal(out[k - 1], 3);
	/* Not enough room: the count is still returned. */
	assert_int_equal(ttg_grid_near(&g, 53.7997, -1.5492, out, 0), k = ttg_grid_near(&g, 53.7997, -1.5492, out, 4));
	assert_false(ttg_grid_build(&g, lat, lon, 4, 0.0, 54.0, ws));

	/*
	 * Both sides of a cell edge: a point just north of a row boundary is found
	 * from just south of it and from 0.9 cell south (the next row), not from
	 * 2.1 cells south (outside the 3 x 3 cells).
	 */
	{
		double		edge,
					plat[1],
					plon[1] = {-1.0};

		assert_true(ttg_grid_build(&g, lat, lon, 4, 40.0, 54.0, ws));
		edge = (floor((52.0 + 90.0) / g.cell_lat) + 1) * g.cell_lat - 90.0;
		plat[0] = edge + 0.0001;
		assert_true(ttg_grid_build(&g, plat, plon, 1, 40.0, 54.0, ws));
		assert_int_equal(ttg_grid_near(&g, edge - 0.0001, -1.0, out, 4), 1);
		assert_int_equal(ttg_grid_near(&g, edge - 0.9 * g.cell_lat, -1.0, out, 4), 1);
		assert_int_equal(ttg_grid_near(&g, edge - 2.1 * g.cell_lat, -1.0, out, 4), 0);
		/* And the same across a column boundary (east-west). */
		edge = (floor((-1.0 + 180.0) / g.cell_lon) + 1) * g.cell_lon - 180.0;
		plat[0] = 52.0;
		plon[0] = edge + 0.0001;
		assert_true(ttg_grid_build(&g, plat, plon, 1, 40.0, 54.0, ws));
		assert_int_equal(ttg_grid_near(&g, 52.0, edge - 0.0001, out, 4), 1);
		assert_int_equal(ttg_grid_near(&g, 52.0, edge - 0.9 * g.cell_lon, out, 4), 1);
		assert_int_equal(ttg_grid_near(&g, 52.0, edge - 2.1 * g.cell_lon, out, 4), 0);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_greedy_is_wrong_on_cost),
		cmocka_unit_test(test_greedy_is_wrong_on_count),
		cmocka_unit_test(test_chain_of_displacements),
		cmocka_unit_test(test_capacity_and_negative_costs),
		cmocka_unit_test(test_capacity_short),
		cmocka_unit_test(test_ties_are_deterministic),
		cmocka_unit_test(test_empty_inputs),
		cmocka_unit_test(test_bad_arguments),
		cmocka_unit_test(test_interrupt),
		cmocka_unit_test(test_random_against_exhaustive),
		cmocka_unit_test(test_random_against_reference),
		cmocka_unit_test(test_each_rule_alone),
		cmocka_unit_test(test_cost_and_words),
		cmocka_unit_test(test_grid),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
