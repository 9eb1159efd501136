/*
 * match_core.c: the rules for one pair, and the optimal placement solver.
 * See match_core.h for the contract.
 */
#include "match_core.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

/* ---- rules ---------------------------------------------------------------- */

const char *
ttg_match_rule_name(TtgMatchRule r)
{
	switch (r)
	{
		case TTG_RULE_NONE:
			return NULL;
		case TTG_RULE_TRAVEL:
			return "travel_over_limit";
		case TTG_RULE_ALL_MALE:
			return "all_male_declined";
		case TTG_RULE_FEMALE_ONLY:
			return "female_only";
		case TTG_RULE_ROSH:
			return "rosh_not_accepted";
		case TTG_RULE_DAYS:
			return "no_common_day";
		case TTG_RULE_CAPACITY:
			return "no_capacity";
	}
	return "unknown";
}

static const TtgVocabEntry sex_entries[] = {
	{"female", TTG_SEX_FEMALE}, {"male", TTG_SEX_MALE}, {"other", TTG_SEX_OTHER},
	{"not_specified", TTG_SEX_NOT_SPECIFIED}, {"not_known", TTG_SEX_NOT_KNOWN},
};
const TtgVocab ttg_sex_vocab = TTG_VOCAB("sex", sex_entries);

static const TtgVocabEntry environment_entries[] = {
	{"all_male", TTG_ENV_ALL_MALE}, {"mixed", TTG_ENV_MIXED},
	{"female_only", TTG_ENV_FEMALE_ONLY}, {"individual", TTG_ENV_INDIVIDUAL},
};
const TtgVocab ttg_environment_vocab = TTG_VOCAB("environment", environment_entries);

TTG_VOCAB_PARSER(ttg_match_parse_sex, ttg_sex_vocab, TtgSex)

TTG_VOCAB_PARSER(ttg_match_parse_rosh, ttg_rosh_vocab, TtgRosh)

TTG_VOCAB_PARSER(ttg_match_parse_environment, ttg_environment_vocab, TtgEnvironment)

const char *
ttg_match_words(const TtgVocab *v, const char *extra)
{
	/* The hint goes straight into an error message, so one buffer serves every call. */
	static char buf[256];
	size_t		n = ttg_vocab_hint(v, buf, sizeof buf - 64);

	strncat(buf + n, extra, 63);
	return buf;
}

void
ttg_match_person_init(TtgMatchPerson *p)
{
	p->sex = TTG_SEX_UNKNOWN;
	p->avoid_all_male = false;
	p->ete_eligible = false;
	p->rosh = TTG_ROSH_HIGH;
	p->days = TTG_ALL_DAYS;
}

void
ttg_match_place_init(TtgMatchPlace *q)
{
	q->capacity = 1;
	q->env = TTG_ENV_MIXED;
	q->provides_ete = false;
	q->accepts_high_rosh = false;
	q->days = TTG_ALL_DAYS;
}

TtgMatchRule
ttg_match_rules(const TtgMatchPerson *p, const TtgMatchPlace *q)
{
	/* R-UPW-7: the person's choice not to work in an all-male group. */
	if (p->avoid_all_male && q->env == TTG_ENV_ALL_MALE)
		return TTG_RULE_ALL_MALE;
	/* R-UPW-7: female-only placements take women only. */
	if (q->env == TTG_ENV_FEMALE_ONLY && p->sex != TTG_SEX_FEMALE)
		return TTG_RULE_FEMALE_ONLY;
	if (p->rosh >= TTG_ROSH_HIGH && !q->accepts_high_rosh)
		return TTG_RULE_ROSH;
	if ((p->days & q->days & TTG_ALL_DAYS) == 0)
		return TTG_RULE_DAYS;
	if (q->capacity <= 0)
		return TTG_RULE_CAPACITY;
	return TTG_RULE_NONE;
}

TtgMatchRule
ttg_match_pair_rule(const TtgMatchPerson *p, const TtgMatchPlace *q, double minutes)
{
	/* R-UPW-1: at most 90 minutes each way; NaN and negative mean unknown. */
	if (!(minutes >= 0.0 && minutes <= TTG_MATCH_LIMIT_MINUTES))
		return TTG_RULE_TRAVEL;
	return ttg_match_rules(p, q);
}

int64_t
ttg_match_cost(const TtgMatchPerson *p, const TtgMatchPlace *q,
			   int64_t travel_centimin, int64_t bonus_centimin)
{
	/* R-UPW-6, R-UPW-8: ETE places are preferred for those eligible. */
	if (p->ete_eligible && q->provides_ete)
		return travel_centimin - bonus_centimin;
	return travel_centimin;
}

/* ---- solver ---------------------------------------------------------------- */

/*
 * Nodes: people 0..n-1, placement columns n..n+m-1, the unplaced column U =
 * n+m (capacity n, cost BIG from every person) and the sink T = n+m+1.
 * Residual arcs: person -> column (not its own), column -> each person placed
 * there (minus the cost), column -> T while it has room. The invariant is
 * that every residual arc has a non-negative reduced cost
 * w + pot[from] - pot[to]; each person added keeps it (its potential is set
 * so its arcs are non-negative), each Dijkstra and potential update keeps it.
 * When every person is assigned (U included) no negative cycle remains, so
 * the assignment is of least cost; BIG makes one more placed person worth
 * more than any saving in travel.
 */
typedef struct Work
{
	int64_t    *pot;
	int64_t    *dist;
	int64_t    *pred_w;			/* cost of the arc into a column on the path */
	int64_t    *heap_key;
	int64_t    *assign_cost;
	int32_t    *stamp;
	int32_t    *done;
	int32_t    *pred;
	int32_t    *vis;
	int32_t    *heap_node;
	int32_t    *load;
	int32_t    *head;
	int32_t    *next;
	int32_t    *prev;
	int32_t		heap_n;
} Work;

static size_t
heap_cap(int32_t n, int32_t m, int32_t n_arcs)
{
	return (size_t) n_arcs + 2 * (size_t) n + (size_t) m + 4;
}

/* Lay the workspace out (ws NULL: just count); returns the bytes used. */
static size_t
layout(Work *w, char *ws, int32_t n, int32_t m, int32_t n_arcs)
{
	size_t		N = (size_t) n + (size_t) m + 2;
	size_t		H = heap_cap(n, m, n_arcs);
	size_t		off = 0;

#define TAKE(field, type, count) \
	do { if (ws) w->field = (type *) (ws + off); off += sizeof(type) * (count); } while (0)
	/* 8-byte arrays first, so every array stays aligned. */
	TAKE(pot, int64_t, N);
	TAKE(dist, int64_t, N);
	TAKE(pred_w, int64_t, N);
	TAKE(heap_key, int64_t, H);
	TAKE(assign_cost, int64_t, (size_t) n);
	TAKE(stamp, int32_t, N);
	TAKE(done, int32_t, N);
	TAKE(pred, int32_t, N);
	TAKE(vis, int32_t, N);
	TAKE(heap_node, int32_t, H);
	TAKE(load, int32_t, (size_t) m + 1);
	TAKE(head, int32_t, (size_t) m + 1);
	TAKE(next, int32_t, (size_t) n);
	TAKE(prev, int32_t, (size_t) n);
#undef TAKE
	return off;
}

size_t
ttg_match_workspace_size(int32_t n_people, int32_t n_places, int32_t n_arcs)
{
	Work		w;

	if (n_people < 0 || n_places < 0 || n_arcs < 0)
		return 0;
	/* Node indices must fit in int32. */
	if ((int64_t) n_people + n_places + 2 > INT32_MAX)
		return 0;
	return layout(&w, NULL, n_people, n_places, n_arcs);
}

/* Heap order: key, then node index, so ties always resolve the same way. */
static inline bool
heap_less(const Work *w, int32_t a, int32_t b)
{
	return w->heap_key[a] < w->heap_key[b] ||
		(w->heap_key[a] == w->heap_key[b] && w->heap_node[a] < w->heap_node[b]);
}

static inline void
heap_swap(Work *w, int32_t a, int32_t b)
{
	int64_t		k = w->heap_key[a];
	int32_t		v = w->heap_node[a];

	w->heap_key[a] = w->heap_key[b];
	w->heap_node[a] = w->heap_node[b];
	w->heap_key[b] = k;
	w->heap_node[b] = v;
}

static inline void
heap_push(Work *w, int64_t key, int32_t node)
{
	int32_t		i = w->heap_n++;

	w->heap_key[i] = key;
	w->heap_node[i] = node;
	while (i > 0)
	{
		int32_t		parent = (i - 1) / 2;

		if (!heap_less(w, i, parent))
			break;
		heap_swap(w, i, parent);
		i = parent;
	}
}

static inline void
heap_pop(Work *w, int64_t *key, int32_t *node)
{
	int32_t		i = 0;

	*key = w->heap_key[0];
	*node = w->heap_node[0];
	w->heap_n--;
	w->heap_key[0] = w->heap_key[w->heap_n];
	w->heap_node[0] = w->heap_node[w->heap_n];
	for (;;)
	{
		int32_t		l = 2 * i + 1,
					r = l + 1,
					s = i;

		if (l < w->heap_n && heap_less(w, l, s))
			s = l;
		if (r < w->heap_n && heap_less(w, r, s))
			s = r;
		if (s == i)
			break;
		heap_swap(w, i, s);
		i = s;
	}
}

/* Lazy-deletion Dijkstra: push on every improvement, skip stale entries. */
static inline void
relax(Work *w, int32_t iter, int32_t u, int64_t nd, int32_t from, int64_t arc_w)
{
	if (w->done[u] == iter)
		return;
	if (w->stamp[u] != iter || nd < w->dist[u])
	{
		w->stamp[u] = iter;
		w->dist[u] = nd;
		w->pred[u] = from;
		w->pred_w[u] = arc_w;
		heap_push(w, nd, u);
	}
}

static void
list_remove(Work *w, int32_t col, int32_t k)
{
	if (w->prev[k] >= 0)
		w->next[w->prev[k]] = w->next[k];
	else
		w->head[col] = w->next[k];
	if (w->next[k] >= 0)
		w->prev[w->next[k]] = w->prev[k];
}

static void
list_push(Work *w, int32_t col, int32_t k)
{
	w->prev[k] = -1;
	w->next[k] = w->head[col];
	if (w->head[col] >= 0)
		w->prev[w->head[col]] = k;
	w->head[col] = k;
}

/* One solve: the problem, its workspace, and the constants of the graph. */
typedef struct Solver
{
	const TtgMatchProblem *prob;
	Work		w;
	int32_t    *assign;
	int32_t		n,
				m;
	int32_t		U;				/* column index of "unplaced" (= m) */
	int32_t		nodeU;			/* its node (n + m) */
	int32_t		T;				/* the sink (n + m + 1) */
	int64_t		big;
	uint32_t	work;			/* heap pops and arcs since the last interrupt check */
} Solver;

/* Check the problem (sizes, arcs, capacities, costs) and choose BIG. */
static TtgMatchStatus
check_problem(const TtgMatchProblem *prob, void *workspace, size_t workspace_size, int64_t *big)
{
	const int32_t n = prob->n_people;
	const int32_t m = prob->n_places;
	int32_t		n_arcs;
	int64_t		cmin = 0,
				cmax = 0;
	double		bound;

	for (int32_t i = 0; i < n; i++)
		if (prob->arc_start[i + 1] < prob->arc_start[i])
			return TTG_MATCH_ERR_ARG;
	n_arcs = prob->arc_start[n];
	for (int32_t c = 0; c < m; c++)
		if (prob->capacity[c] < 0)
			return TTG_MATCH_ERR_ARG;
	for (int32_t k = 0; k < n_arcs; k++)
	{
		int64_t		c = prob->arc_cost[k];

		if (prob->arc_place[k] < 0 || prob->arc_place[k] >= m)
			return TTG_MATCH_ERR_ARG;
		if (c > TTG_MATCH_MAX_ABS_COST || c < -TTG_MATCH_MAX_ABS_COST)
			return TTG_MATCH_ERR_OVERFLOW;
		if (k == 0 || c < cmin)
			cmin = c;
		if (k == 0 || c > cmax)
			cmax = c;
	}
	if (workspace_size < ttg_match_workspace_size(n, m, n_arcs) || workspace == NULL)
		return TTG_MATCH_ERR_WORKSPACE;

	/*
	 * BIG exceeds the largest gain in cost from placing one person fewer:
	 * (k + 1) * cmax - k * cmin for k < n. Potentials drift by at most a
	 * few BIG per person, so n * BIG must stay well inside int64.
	 */
	bound = ((double) n + 1) * ((double) (cmax - cmin) + 1) + fabs((double) cmax) + fabs((double) cmin) + 1;
	if (bound * 8.0 * ((double) n + 2) > (double) INT64_MAX)
		return TTG_MATCH_ERR_OVERFLOW;
	*big = (int64_t) bound;
	return TTG_MATCH_OK;
}

/* Count work; true when the interrupt hook asks to stop. */
static inline bool
solver_work(Solver *s, uint32_t units)
{
	s->work += units;
	if (s->work < TTG_MATCH_INTERRUPT_WORK)
		return false;
	s->work = 0;
	return s->prob->interrupt && s->prob->interrupt(s->prob->interrupt_arg);
}

/* T is settled at distance d, reached from column node v. */
static inline void
settle_sink(Solver *s, int32_t iter, int32_t v, int64_t d, int32_t *nvis)
{
	Work	   *w = &s->w;

	w->stamp[s->T] = iter;
	w->dist[s->T] = d;
	w->pred[s->T] = v;
	w->done[s->T] = iter;
	w->vis[(*nvis)++] = s->T;
}

/* From a person: to every allowed placement but its own, or to U. */
static void
scan_person(Solver *s, int32_t iter, int32_t i, int32_t v, int64_t d)
{
	const TtgMatchProblem *prob = s->prob;
	Work	   *w = &s->w;
	int32_t		own = s->assign[v] >= 0 ? s->assign[v] : (v == i ? -1 : s->U);

	for (int32_t k = prob->arc_start[v]; k < prob->arc_start[v + 1]; k++)
	{
		int32_t		c = prob->arc_place[k];

		if (c == own)
			continue;
		relax(w, iter, s->n + c, d + prob->arc_cost[k] + w->pot[v] - w->pot[s->n + c],
			  v, prob->arc_cost[k]);
	}
	if (own != s->U)
		relax(w, iter, s->nodeU, d + s->big + w->pot[v] - w->pot[s->nodeU], v, s->big);
}

/*
 * Dijkstra from newcomer i over reduced costs until T is settled (there is
 * always a path: every person reaches U). *D is T's distance; the settled
 * nodes are vis[0 .. *nvis - 1].
 */
static TtgMatchStatus
search(Solver *s, int32_t i, int32_t *nvis, int64_t *D)
{
	const TtgMatchProblem *prob = s->prob;
	Work	   *w = &s->w;
	const int32_t iter = i + 1;
	const int32_t n = s->n;

	*nvis = 0;
	*D = 0;
	w->heap_n = 0;
	w->stamp[i] = iter;
	w->dist[i] = 0;
	w->pred[i] = -1;
	heap_push(w, 0, i);
	while (w->heap_n > 0)
	{
		int64_t		d;
		int32_t		v;

		heap_pop(w, &d, &v);
		/* A bounded amount of work between interrupt checks, however large one search is. */
		if (solver_work(s, 1))
			return TTG_MATCH_INTERRUPTED;
		if (w->done[v] == iter || d > w->dist[v])
			continue;
		w->done[v] = iter;
		w->vis[(*nvis)++] = v;
		if (v == s->T)
		{
			*D = d;
			break;
		}
		if (v < n)
		{
			s->work += (uint32_t) (prob->arc_start[v + 1] - prob->arc_start[v]);
			scan_person(s, iter, i, v, d);
		}
		else
		{
			/* A column: to T if it has room, back to each person in it. */
			int32_t		c = v - n;
			int32_t		capc = (c == s->U) ? n : prob->capacity[c];

			if (w->load[c] < capc)
			{
				int64_t		nd = d + w->pot[v] - w->pot[s->T];

				if (nd == d)
				{
					/* Nothing in the heap is closer: T is reached now. */
					settle_sink(s, iter, v, d, nvis);
					*D = d;
					break;
				}
				relax(w, iter, s->T, nd, v, 0);
			}
			for (int32_t k = w->head[c]; k >= 0; k = w->next[k])
				relax(w, iter, k, d - w->assign_cost[k] + w->pot[v] - w->pot[k], v, 0);
		}
	}
	return TTG_MATCH_OK;
}

/* Augment along T <- column <- person <- column ... <- i. */
static void
augment(Solver *s, int32_t i)
{
	Work	   *w = &s->w;
	int32_t		col = w->pred[s->T] - s->n;

	for (;;)
	{
		int32_t		k = w->pred[s->n + col];
		int32_t		old = (k == i) ? -1 : (s->assign[k] >= 0 ? s->assign[k] : s->U);

		if (old >= 0)
		{
			list_remove(w, old, k);
			w->load[old]--;
		}
		list_push(w, col, k);
		w->load[col]++;
		s->assign[k] = (col == s->U) ? -1 : col;
		w->assign_cost[k] = w->pred_w[s->n + col];
		if (k == i)
			break;
		col = old;
	}
}

TtgMatchStatus
ttg_match_solve(const TtgMatchProblem *prob, void *workspace, size_t workspace_size,
				int32_t *assign, int32_t *n_placed, int64_t *total_cost)
{
	const int32_t n = prob->n_people;
	const int32_t m = prob->n_places;
	Solver		s;
	Work	   *w = &s.w;
	TtgMatchStatus st;
	int32_t		placed = 0;
	int64_t		total = 0;

	*n_placed = 0;
	*total_cost = 0;
	if (n < 0 || m < 0 || (n > 0 && prob->arc_start[0] != 0))
		return TTG_MATCH_ERR_ARG;
	if (n == 0)
		return TTG_MATCH_OK;
	s = (Solver) {prob, {0}, assign, n, m, m, n + m, n + m + 1, 0, 0};
	st = check_problem(prob, workspace, workspace_size, &s.big);
	if (st != TTG_MATCH_OK)
		return st;

	layout(w, (char *) workspace, n, m, prob->arc_start[n]);
	for (int32_t v = 0; v <= s.T; v++)
	{
		w->pot[v] = 0;
		w->stamp[v] = 0;
		w->done[v] = 0;
	}
	for (int32_t c = 0; c <= m; c++)
	{
		w->load[c] = 0;
		w->head[c] = -1;
	}
	for (int32_t i = 0; i < n; i++)
		assign[i] = -1;

	for (int32_t i = 0; i < n; i++)
	{
		int32_t		nvis;
		int64_t		D;
		int64_t		entry = w->pot[s.nodeU] - s.big;

		/* Potential of the newcomer: every arc out of it non-negative. */
		for (int32_t k = prob->arc_start[i]; k < prob->arc_start[i + 1]; k++)
		{
			int64_t		e = w->pot[n + prob->arc_place[k]] - prob->arc_cost[k];

			if (e > entry)
				entry = e;
		}
		w->pot[i] = entry;

		st = search(&s, i, &nvis, &D);
		if (st != TTG_MATCH_OK)
			return st;
		/* Potentials of the nodes settled closer than T (the rest shift by D, i.e. not at all). */
		for (int32_t j = 0; j < nvis; j++)
			w->pot[w->vis[j]] += w->dist[w->vis[j]] - D;
		augment(&s, i);

		/* Let the caller cancel a long solve (the query's CHECK_FOR_INTERRUPTS). */
		if (solver_work(&s, 1))
			return TTG_MATCH_INTERRUPTED;
	}

	for (int32_t i = 0; i < n; i++)
		if (assign[i] >= 0)
		{
			placed++;
			total += w->assign_cost[i];
		}
	*n_placed = placed;
	*total_cost = total;
	return TTG_MATCH_OK;
}

/* ---- from rows to arcs ------------------------------------------------------ */

int64_t
ttg_match_routed_centimin(double minutes)
{
	/*
	 * Clamped far above any limit: llround of a value past int64 is
	 * undefined and came back negative, which made an absurd routed time
	 * look like the shortest journey.
	 */
	if (!(minutes < 1e12))
		minutes = 1e12;
	return (int64_t) llround(minutes * 100.0);
}

bool
ttg_match_estimate_centimin(double lat1, double lon1, double lat2, double lon2,
							const TtgTravelParams *tp, int64_t *cm)
{
	double		minutes;

	if (ttg_travel_estimate_minutes(lat1, lon1, lat2, lon2, tp, &minutes) != 0)
		return false;
	*cm = (int64_t) llround(minutes * 10.0) * 10;
	return true;
}

double
ttg_match_limit_radius_km(const TtgTravelParams *tp)
{
	/*
	 * travel_core.h: minutes = access + 60 * km * circuity / v(km), v never
	 * above speed_kmh, so this radius at speed_kmh bounds every estimate in
	 * the limit; the margin keeps rounding from dropping a pair the exact
	 * check would keep.
	 */
	double		km = (TTG_TRAVEL_LIMIT_MINUTES - tp->access_minutes) * tp->speed_kmh / (60.0 * tp->circuity);

	return fmax(km, 0.0) * 1.01 + 0.1;
}

static void *
h_alloc(const TtgMatchHooks *h, size_t size)
{
	return h->alloc(h->arg, size ? size : 1);
}

static void
h_free(const TtgMatchHooks *h, void *p)
{
	if (p)
		h->release(h->arg, p);
}

/* Count work; true when the interrupt hook asks to stop. */
static inline bool
h_work(const TtgMatchHooks *h, uint32_t *work, uint32_t units)
{
	*work += units;
	if (*work < TTG_MATCH_INTERRUPT_WORK)
		return false;
	*work = 0;
	return h->interrupt && h->interrupt(h->arg);
}

/* An array grown through the hooks, doubling. */
typedef struct Grow
{
	void	   *data;
	int32_t		n;
	int32_t		cap;
	size_t		elem;
} Grow;

static bool
grow_reserve(const TtgMatchHooks *h, Grow *g, int32_t need)
{
	void	   *d;
	int64_t		cap;

	if (need <= g->cap)
		return true;
	cap = g->cap ? (int64_t) g->cap * 2 : 256;
	while (cap < need)
		cap *= 2;
	if (cap > INT32_MAX)
		cap = INT32_MAX;
	d = g->data ? h->grow(h->arg, g->data, (size_t) cap * g->elem)
		: h_alloc(h, (size_t) cap * g->elem);
	if (d == NULL)
		return false;
	g->data = d;
	g->cap = (int32_t) cap;
	return true;
}

static int
person_row_cmp(const void *a, const void *b)
{
	int64_t		x = ((const TtgMatchPersonRow *) a)->id,
				y = ((const TtgMatchPersonRow *) b)->id;

	return (x > y) - (x < y);
}

static int
place_row_cmp(const void *a, const void *b)
{
	int64_t		x = ((const TtgMatchPlaceRow *) a)->id,
				y = ((const TtgMatchPlaceRow *) b)->id;

	return (x > y) - (x < y);
}

/* A routed pair resolved to indices. */
typedef struct Pair
{
	int32_t		person;
	int32_t		place;
	double		minutes;
} Pair;

static int
pair_cmp(const void *a, const void *b)
{
	const Pair *x = a,
			   *y = b;

	if (x->person != y->person)
		return (x->person > y->person) - (x->person < y->person);
	return (x->place > y->place) - (x->place < y->place);
}

/*
 * Index of the row with this id in an array sorted by id, or -1. Both row
 * types open with their int64 id, so one search serves both.
 */
static int32_t
find_by_id(const void *base, size_t stride, int32_t n, int64_t id)
{
	int32_t		lo = 0,
				hi = n - 1;

	while (lo <= hi)
	{
		int32_t		mid = lo + (hi - lo) / 2;
		int64_t		mid_id = *(const int64_t *) ((const char *) base + (size_t) mid * stride);

		if (mid_id == id)
			return mid;
		if (mid_id < id)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

void
ttg_match_arcs_free(TtgMatchArcs *a, const TtgMatchHooks *h)
{
	h_free(h, a->capacity);
	h_free(h, a->arc_start);
	h_free(h, a->arc_place);
	h_free(h, a->arc_cost);
	h_free(h, a->arc_travel);
	h_free(h, a->outcome);
	a->capacity = a->arc_start = a->arc_place = NULL;
	a->arc_cost = a->arc_travel = NULL;
	a->outcome = NULL;
}

/* The candidates of one person, tested and costed; arcs appended in place order. */
static TtgMatchStatus
person_arcs(const TtgMatchHooks *h, TtgMatchArcs *b, int32_t i, const int32_t *near, int32_t k,
			const Pair *ro, int32_t nr, int32_t *rj, const TtgTravelParams *tp, int64_t bonus_cm,
			Grow *place, Grow *cost, Grow *travel, uint32_t *work)
{
	const TtgMatchPersonRow *pe = &b->people[i];
	TtgMatchOutcome *o = &b->outcome[i];
	int32_t		g = 0;

	int32_t		routed = 0,
				n = place->n;

	/* Room for every candidate first: at most the grid's and the routed ones. */
	while (*rj + routed < nr && ro[*rj + routed].person == i)
		routed++;
	if ((int64_t) n + k + routed > INT32_MAX)
		return TTG_MATCH_ERR_SIZE;
	if (!grow_reserve(h, place, n + k + routed) || !grow_reserve(h, cost, n + k + routed) ||
		!grow_reserve(h, travel, n + k + routed))
		return TTG_MATCH_ERR_NOMEM;

	memset(o, 0, sizeof(*o));
	o->nearest_place = -1;
	while (g < k || (*rj < nr && ro[*rj].person == i))
	{
		int32_t		j;
		TtgMatchRule rule;
		int64_t		cm;

		/* A bounded amount of work between interrupt checks, however many candidates one person has. */
		if (h_work(h, work, 1))
			return TTG_MATCH_INTERRUPTED;
		if (*rj < nr && ro[*rj].person == i && (g >= k || ro[*rj].place <= near[g]))
		{
			/* A routed time replaces the estimate. */
			double		minutes = ro[*rj].minutes;

			j = ro[*rj].place;
			if (g < k && near[g] == j)
				g++;
			(*rj)++;
			if (isnan(minutes))
				continue;		/* no route */
			cm = ttg_match_routed_centimin(minutes);
		}
		else
		{
			j = near[g++];
			if (!ttg_match_estimate_centimin(pe->lat, pe->lon, b->places[j].lat, b->places[j].lon, tp, &cm))
				continue;
		}
		rule = ttg_match_pair_rule(&pe->p, &b->places[j].q, cm / 100.0);
		if (rule == TTG_RULE_TRAVEL)
			continue;
		o->any_in_limit = true;
		if (rule == TTG_RULE_NONE)
		{
			((int32_t *) place->data)[n] = j;
			((int64_t *) cost->data)[n] = ttg_match_cost(&pe->p, &b->places[j].q, cm, bonus_cm);
			((int64_t *) travel->data)[n] = cm;
			n++;
			o->any_allowed = true;
		}
		else if (o->nearest_place < 0 || cm < o->nearest_cm)
		{
			o->nearest_place = j;
			o->nearest_cm = cm;
			o->nearest_rule = rule;
		}
	}
	place->n = cost->n = travel->n = n;
	return TTG_MATCH_OK;
}

/* Sort people and placements by id and refuse duplicate ids. */
static TtgMatchStatus
sort_rows(TtgMatchPersonRow *people, int32_t np, TtgMatchPlaceRow *places, int32_t nq, TtgMatchArcs *b)
{
	/* Index order is id order: the answer depends on the rows, not their order. */
	if (np > 0)
		qsort(people, (size_t) np, sizeof(*people), person_row_cmp);
	if (nq > 0)
		qsort(places, (size_t) nq, sizeof(*places), place_row_cmp);
	for (int32_t i = 1; i < np; i++)
		if (people[i].id == people[i - 1].id)
		{
			b->dup_id = people[i].id;
			return TTG_MATCH_ERR_DUP_PERSON;
		}
	for (int32_t j = 1; j < nq; j++)
		if (places[j].id == places[j - 1].id)
		{
			b->dup_id = places[j].id;
			return TTG_MATCH_ERR_DUP_PLACE;
		}
	for (int32_t j = 0; j < nq; j++)
		if (places[j].q.capacity < 0)
			return TTG_MATCH_ERR_ARG;

	return TTG_MATCH_OK;
}

/*
 * The routed pairs naming a known person and placement, by (person,
 * placement); a pair twice is refused. *ro_out holds *nr_out of them.
 */
static TtgMatchStatus
resolve_routes(const TtgMatchHooks *h, const TtgMatchRoute *routes, int32_t nr, TtgMatchArcs *b,
			   Pair **ro_out, int32_t *nr_out)
{
	const TtgMatchPersonRow *people = b->people;
	const TtgMatchPlaceRow *places = b->places;
	int32_t		np = b->n_people,
				nq = b->n_places,
				kept = 0;
	Pair	   *ro;

	/* Routed pairs naming someone or somewhere not in the other rows are ignored. */
	ro = h_alloc(h, sizeof(Pair) * (size_t) nr);
	if (!ro)
		return TTG_MATCH_ERR_NOMEM;
	for (int32_t r = 0; r < nr; r++)
	{
		int32_t		i = find_by_id(people, sizeof(*people), np, routes[r].person_id);
		int32_t		j = find_by_id(places, sizeof(*places), nq, routes[r].place_id);

		if (i >= 0 && j >= 0)
			ro[kept++] = (Pair) {i, j, routes[r].minutes};
	}
	nr = kept;
	if (nr > 0)
		qsort(ro, (size_t) nr, sizeof(Pair), pair_cmp);
	for (int32_t r = 1; r < nr; r++)
		if (ro[r].person == ro[r - 1].person && ro[r].place == ro[r - 1].place)
		{
			b->dup_id = people[ro[r].person].id;
			b->dup_id2 = places[ro[r].place].id;
			h_free(h, ro);
			return TTG_MATCH_ERR_DUP_ROUTE;
		}

	*ro_out = ro;
	*nr_out = nr;
	return TTG_MATCH_OK;
}

TtgMatchStatus
ttg_match_build_arcs(TtgMatchPersonRow *people, int32_t np,
					 TtgMatchPlaceRow *places, int32_t nq,
					 TtgMatchRoute *routes, int32_t nr,
					 const TtgTravelParams *tp, int64_t bonus_cm,
					 const TtgMatchHooks *h, TtgMatchArcs *b)
{
	Pair	   *ro = NULL;
	double	   *qlat = NULL,
			   *qlon = NULL;
	void	   *grid_ws = NULL;
	int32_t    *near = NULL;
	int32_t		near_cap = 64,
				rj = 0;
	double		max_abs_lat = 0;
	uint32_t	work = 0;
	TtgGrid		grid;
	Grow		place = {NULL, 0, 0, sizeof(int32_t)};
	Grow		cost = {NULL, 0, 0, sizeof(int64_t)};
	Grow		travel = {NULL, 0, 0, sizeof(int64_t)};
	TtgMatchStatus st = TTG_MATCH_OK;

	memset(b, 0, sizeof(*b));
	b->people = people;
	b->places = places;
	b->n_people = np;
	b->n_places = nq;
	if (np < 0 || nq < 0 || nr < 0 || (np > 0 && !people) || (nq > 0 && !places) || (nr > 0 && !routes) ||
		!ttg_travel_params_valid(tp))
		return TTG_MATCH_ERR_ARG;
	if ((int64_t) np + nq + 2 > INT32_MAX)
		return TTG_MATCH_ERR_SIZE;

	st = sort_rows(people, np, places, nq, b);
	if (st == TTG_MATCH_OK)
		st = resolve_routes(h, routes, nr, b, &ro, &nr);
	if (st != TTG_MATCH_OK)
		return st;

	/* The grid over placements, cells sized from the R-UPW-1 limit. */
	qlat = h_alloc(h, sizeof(double) * (size_t) nq);
	qlon = h_alloc(h, sizeof(double) * (size_t) nq);
	b->capacity = h_alloc(h, sizeof(int32_t) * (size_t) nq);
	grid_ws = h_alloc(h, ttg_grid_workspace_size(nq));
	near = h_alloc(h, sizeof(int32_t) * (size_t) near_cap);
	b->arc_start = h_alloc(h, sizeof(int32_t) * ((size_t) np + 1));
	b->outcome = h_alloc(h, sizeof(TtgMatchOutcome) * ((size_t) np + 1));
	if (!qlat || !qlon || !b->capacity || !grid_ws || !near || !b->arc_start || !b->outcome)
	{
		st = TTG_MATCH_ERR_NOMEM;
		goto done;
	}
	for (int32_t j = 0; j < nq; j++)
	{
		qlat[j] = places[j].lat;
		qlon[j] = places[j].lon;
		b->capacity[j] = places[j].q.capacity;
		max_abs_lat = fmax(max_abs_lat, fabs(places[j].lat));
	}
	for (int32_t i = 0; i < np; i++)
		max_abs_lat = fmax(max_abs_lat, fabs(people[i].lat));
	if (!ttg_grid_build(&grid, qlat, qlon, nq, ttg_match_limit_radius_km(tp), max_abs_lat, grid_ws))
	{
		st = TTG_MATCH_ERR_ARG;
		goto done;
	}

	/* Candidates per person: grid neighbours and routed pairs, merged in index order. */
	b->arc_start[0] = 0;
	for (int32_t i = 0; i < np; i++)
	{
		int32_t		k = ttg_grid_near(&grid, people[i].lat, people[i].lon, near, near_cap);

		if (k > near_cap)
		{
			int32_t    *more = h->grow(h->arg, near, sizeof(int32_t) * (size_t) k);

			if (!more)
			{
				st = TTG_MATCH_ERR_NOMEM;
				goto done;
			}
			near = more;
			near_cap = k;
			k = ttg_grid_near(&grid, people[i].lat, people[i].lon, near, near_cap);
		}
		st = person_arcs(h, b, i, near, k, ro, nr, &rj, tp, bonus_cm, &place, &cost, &travel, &work);
		if (st == TTG_MATCH_OK && h_work(h, &work, 1))
			st = TTG_MATCH_INTERRUPTED;
		if (st != TTG_MATCH_OK)
			goto done;
		b->arc_start[i + 1] = place.n;
	}
	b->n_arcs = place.n;
	/* An empty array still has an address, as the solver's callers expect. */
	if (!grow_reserve(h, &place, 1) || !grow_reserve(h, &cost, 1) || !grow_reserve(h, &travel, 1))
		st = TTG_MATCH_ERR_NOMEM;
	b->arc_place = place.data;
	b->arc_cost = cost.data;
	b->arc_travel = travel.data;
	place.data = cost.data = travel.data = NULL;

done:
	h_free(h, ro);
	h_free(h, qlat);
	h_free(h, qlon);
	h_free(h, grid_ws);
	h_free(h, near);
	h_free(h, place.data);
	h_free(h, cost.data);
	h_free(h, travel.data);
	if (st != TTG_MATCH_OK)
		ttg_match_arcs_free(b, h);
	return st;
}

/* ---- from arcs to one answer per person ------------------------------------ */

TtgMatchStatus
ttg_match_assign(const TtgMatchArcs *a, const TtgMatchHooks *h,
				 TtgMatchResult *result, int32_t *n_placed, int64_t *total_cost)
{
	TtgMatchProblem prob;
	size_t		wsz;
	void	   *ws;
	int32_t    *assign;
	TtgMatchStatus st;

	*n_placed = 0;
	*total_cost = 0;
	wsz = ttg_match_workspace_size(a->n_people, a->n_places, a->n_arcs);
	if (wsz == 0)
		return TTG_MATCH_ERR_SIZE;
	prob.n_people = a->n_people;
	prob.n_places = a->n_places;
	prob.capacity = a->capacity;
	prob.arc_start = a->arc_start;
	prob.arc_place = a->arc_place;
	prob.arc_cost = a->arc_cost;
	prob.interrupt = h->interrupt;
	prob.interrupt_arg = h->arg;
	ws = h_alloc(h, wsz);
	assign = h_alloc(h, sizeof(int32_t) * ((size_t) a->n_people + 1));
	if (!ws || !assign)
	{
		h_free(h, ws);
		h_free(h, assign);
		return TTG_MATCH_ERR_NOMEM;
	}
	st = ttg_match_solve(&prob, ws, wsz, assign, n_placed, total_cost);
	h_free(h, ws);
	if (st == TTG_MATCH_OK)
		for (int32_t i = 0; i < a->n_people; i++)
		{
			const TtgMatchOutcome *o = &a->outcome[i];
			TtgMatchResult *r = &result[i];

			r->place = assign[i];
			r->travel_cm = 0;
			if (assign[i] >= 0)
			{
				r->reason = TTG_REASON_PLACED;
				for (int32_t k = a->arc_start[i]; k < a->arc_start[i + 1]; k++)
					if (a->arc_place[k] == assign[i])
						r->travel_cm = a->arc_travel[k];
			}
			else if (!o->any_in_limit)
				r->reason = TTG_REASON_NOT_IN_LIMIT;
			else if (!o->any_allowed)
				r->reason = TTG_REASON_NO_FIT;
			else
				r->reason = TTG_REASON_CAPACITY_TAKEN;
		}
	h_free(h, assign);
	return st;
}

const char *
ttg_match_reason_text(const TtgMatchArcs *a, int32_t i, const TtgMatchResult *r,
					  char *buf, size_t size)
{
	const TtgMatchOutcome *o = &a->outcome[i];

	switch (r->reason)
	{
		case TTG_REASON_PLACED:
			return NULL;
		case TTG_REASON_NOT_IN_LIMIT:
			return "no_placement_in_travel_limit";
		case TTG_REASON_CAPACITY_TAKEN:
			return "capacity_taken";
		case TTG_REASON_NO_FIT:
			snprintf(buf, size, "no_placement_fits_rules: %s (nearest: placement %lld)",
					 ttg_match_rule_name(o->nearest_rule), (long long) a->places[o->nearest_place].id);
			return buf;
	}
	return "unknown";
}

/* ---- grid ---------------------------------------------------------------- */

size_t
ttg_grid_workspace_size(int32_t n)
{
	return n < 0 ? 0 : sizeof(TtgGridEntry) * ((size_t) n + 1);
}

static int
entry_cmp(const void *a, const void *b)
{
	const TtgGridEntry *x = a,
			   *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return (x->item > y->item) - (x->item < y->item);
}

static int
int32_cmp(const void *a, const void *b)
{
	int32_t		x = *(const int32_t *) a,
				y = *(const int32_t *) b;

	return (x > y) - (x < y);
}

static inline int64_t
cell_row(const TtgGrid *g, double lat)
{
	return (int64_t) floor((lat + 90.0) / g->cell_lat);
}

static inline int64_t
cell_col(const TtgGrid *g, double lon)
{
	return (int64_t) floor((lon + 180.0) / g->cell_lon);
}

bool
ttg_grid_build(TtgGrid *g, const double *lat, const double *lon, int32_t n,
			   double radius_km, double max_abs_lat, void *workspace)
{
	/* 111.0 km is a little under a degree of latitude: cells err on the big side. */
	double		cl;

	if (!(radius_km > 0.001) || !isfinite(radius_km) || n < 0)
		return false;
	g->cell_lat = radius_km / 111.0;
	/* A degree of longitude shrinks with cos(latitude): size for the worst row. */
	cl = cos((fmin(fabs(max_abs_lat) + g->cell_lat, 90.0)) * M_PI / 180.0);
	g->cell_lon = (cl > 1e-6) ? fmin(radius_km / (111.0 * cl), 360.0) : 360.0;
	if (g->cell_lat > 180.0)
		g->cell_lat = 180.0;
	g->n = n;
	g->e = (TtgGridEntry *) workspace;
	for (int32_t i = 0; i < n; i++)
	{
		g->e[i].key = cell_row(g, lat[i]) * INT64_C(4294967296) + cell_col(g, lon[i]);
		g->e[i].item = i;
	}
	qsort(g->e, (size_t) n, sizeof(TtgGridEntry), entry_cmp);
	return true;
}

/* First entry with key >= key. */
static int32_t
lower_bound(const TtgGrid *g, int64_t key)
{
	int32_t		lo = 0,
				hi = g->n;

	while (lo < hi)
	{
		int32_t		mid = lo + (hi - lo) / 2;

		if (g->e[mid].key < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int32_t
ttg_grid_near(const TtgGrid *g, double lat, double lon, int32_t *out, int32_t cap)
{
	int64_t		r0 = cell_row(g, lat),
				c0 = cell_col(g, lon);
	int32_t		count = 0;

	for (int64_t r = r0 - 1; r <= r0 + 1; r++)
		for (int64_t c = c0 - 1; c <= c0 + 1; c++)
		{
			int64_t		key = r * INT64_C(4294967296) + c;

			for (int32_t j = lower_bound(g, key); j < g->n && g->e[j].key == key; j++)
			{
				if (count < cap)
					out[count] = g->e[j].item;
				count++;
			}
		}
	if (count <= cap)
		qsort(out, (size_t) count, sizeof(int32_t), int32_cmp);
	return count;
}
