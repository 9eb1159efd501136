/*
 * match_pg.c: ttg.match_placements and ttg.placement_failure.
 *
 * Reads people, placements and routed times from three inner queries, keeps
 * only the pairs a grid over latitude/longitude says could be within the
 * 90-minute limit (R-UPW-1) plus the routed pairs, applies the rules
 * (R-UPW-7, ROSH, days, capacity) and hands the allowed arcs to the optimal
 * solver in match_core.c. Everything lives in one memory context, deleted
 * before the function returns.
 */
#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include <math.h>

#include "ttg_pg.h"
#include "match_query_pg.h"
#include "../core/match_core.h"
#include "../core/travel_core.h"

typedef struct Person
{
	int64		id;			/* first: find_by_id reads it */
	double		lat,
				lon;
	TtgMatchPerson p;
} Person;

typedef struct Place
{
	int64		id;			/* first: find_by_id reads it */
	double		lat,
				lon;
	TtgMatchPlace q;
} Place;

typedef struct Routed
{
	int64		person_id;
	int64		place_id;
	int32		person;			/* indices once resolved */
	int32		place;
	double		minutes;		/* NaN: no route */
} Routed;

/* A growable array in the match context. */
typedef struct Vec
{
	void	   *data;
	int32		n;
	int32		cap;
	Size		elem;
} Vec;

static void *
vec_push(Vec *v)
{
	if (v->n == v->cap)
	{
		v->cap = v->cap ? v->cap * 2 : 256;
		if ((Size) v->cap * v->elem >= MaxAllocSize)
			v->data = v->data ? repalloc_huge(v->data, (Size) v->cap * v->elem)
				: palloc_extended((Size) v->cap * v->elem, MCXT_ALLOC_HUGE);
		else
			v->data = v->data ? repalloc(v->data, (Size) v->cap * v->elem)
				: palloc((Size) v->cap * v->elem);
	}
	return (char *) v->data + (Size) v->n++ * v->elem;
}

static void *
alloc_huge(Size size)
{
	return MemoryContextAllocHuge(CurrentMemoryContext, size ? size : 1);
}

/* ---- reading the rows ------------------------------------------------------ */

static const TtgColSpec person_cols[] = {
	{"person_id", TTG_COL_INT}, {"lat", TTG_COL_NUM}, {"lon", TTG_COL_NUM},
	{"sex", TTG_COL_TEXT}, {"avoid_all_male", TTG_COL_BOOL}, {"ete_eligible", TTG_COL_BOOL},
	{"rosh", TTG_COL_TEXT}, {"available_days", TTG_COL_INT}
};

static const TtgColSpec place_cols[] = {
	{"placement_id", TTG_COL_INT}, {"lat", TTG_COL_NUM}, {"lon", TTG_COL_NUM},
	{"capacity", TTG_COL_INT}, {"environment", TTG_COL_TEXT}, {"provides_ete", TTG_COL_BOOL},
	{"accepts_high_rosh", TTG_COL_BOOL}, {"session_days", TTG_COL_INT}
};

static const TtgColSpec travel_cols[] = {
	{"person_id", TTG_COL_INT}, {"placement_id", TTG_COL_INT}, {"minutes", TTG_COL_NUM}
};

static void
require(const TtgRow *r, int i, const char *what, int64 id, const char *col)
{
	if (r->nulls[i])
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s " INT64_FORMAT " has NULL %s", what, id, col),
				 errhint("Every %s needs %s.", what, col)));
}

static void
check_latlon(double lat, double lon, const char *what, int64 id)
{
	if (!ttg_latlon_valid(lat, lon))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 id == PG_INT64_MIN
				 ? errmsg("%s position (%g, %g) is invalid", what, lat, lon)
				 : errmsg("%s " INT64_FORMAT " has an invalid position (%g, %g)", what, id, lat, lon),
				 errhint("lat and lon are WGS84 degrees: lat from -90 to 90, lon from -180 to 180.")));
}

/* A day mask: NULL means every day; otherwise 0..127 (Monday 1 ... Sunday 64). */
static int32
day_mask(const TtgRow *r, int i, const char *what, int64 id, const char *col)
{
	int64		v;

	if (r->nulls[i])
		return TTG_ALL_DAYS;
	v = ttg_datum_int64(r->values[i], r->types[i]);
	if (v < 0 || v > TTG_ALL_DAYS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s " INT64_FORMAT " has %s " INT64_FORMAT, what, id, col, v),
				 errhint("%s is a bitmask from 0 to 127: Monday 1, Tuesday 2, Wednesday 4, "
						 "Thursday 8, Friday 16, Saturday 32, Sunday 64; NULL means any day.", col)));
	return (int32) v;
}

static bool
flag(const TtgRow *r, int i)
{
	return !r->nulls[i] && DatumGetBool(r->values[i]);
}

static void
person_row(void *ctx, const TtgRow *r)
{
	Person	   *x = vec_push((Vec *) ctx);

	if (r->nulls[0])
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("people_sql returned a NULL person_id"),
				 errhint("Every person needs a person_id.")));
	x->id = ttg_datum_int64(r->values[0], r->types[0]);
	require(r, 1, "person", x->id, "lat");
	require(r, 2, "person", x->id, "lon");
	x->lat = ttg_datum_double(r->values[1], r->types[1]);
	x->lon = ttg_datum_double(r->values[2], r->types[2]);
	check_latlon(x->lat, x->lon, "person", x->id);
	x->p.sex = TTG_SEX_UNKNOWN;
	if (!r->nulls[3])
	{
		char	   *s = TextDatumGetCString(r->values[3]);

		if (!ttg_match_parse_sex(s, &x->p.sex))
			ttg_report_bad_word(psprintf("sex of person " INT64_FORMAT, x->id), s, TTG_MATCH_SEX_WORDS);
	}
	x->p.avoid_all_male = flag(r, 4);
	x->p.ete_eligible = flag(r, 5);
	/* Unassessed risk is not assumed low: NULL ROSH is treated as high. */
	x->p.rosh = TTG_ROSH_HIGH;
	if (!r->nulls[6])
	{
		char	   *s = TextDatumGetCString(r->values[6]);

		if (!ttg_match_parse_rosh(s, &x->p.rosh))
			ttg_report_bad_word(psprintf("rosh of person " INT64_FORMAT, x->id), s, TTG_MATCH_ROSH_WORDS);
	}
	x->p.days = day_mask(r, 7, "person", x->id, "available_days");
}

static void
place_row(void *ctx, const TtgRow *r)
{
	Place	   *x = vec_push((Vec *) ctx);
	int64		cap;
	char	   *env;

	if (r->nulls[0])
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("placements_sql returned a NULL placement_id"),
				 errhint("Every placement needs a placement_id.")));
	x->id = ttg_datum_int64(r->values[0], r->types[0]);
	require(r, 1, "placement", x->id, "lat");
	require(r, 2, "placement", x->id, "lon");
	require(r, 3, "placement", x->id, "capacity");
	require(r, 4, "placement", x->id, "environment");
	x->lat = ttg_datum_double(r->values[1], r->types[1]);
	x->lon = ttg_datum_double(r->values[2], r->types[2]);
	check_latlon(x->lat, x->lon, "placement", x->id);
	cap = ttg_datum_int64(r->values[3], r->types[3]);
	if (cap < 0 || cap > PG_INT32_MAX / 4)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("placement " INT64_FORMAT " has capacity " INT64_FORMAT, x->id, cap),
				 errhint("capacity is the number of people the placement can take: 0 or more.")));
	x->q.capacity = (int32) cap;
	env = TextDatumGetCString(r->values[4]);
	if (!ttg_match_parse_environment(env, &x->q.env))
		ttg_report_bad_word(psprintf("environment of placement " INT64_FORMAT, x->id), env,
							TTG_MATCH_ENV_WORDS);
	x->q.provides_ete = flag(r, 5);
	x->q.accepts_high_rosh = flag(r, 6);
	x->q.days = day_mask(r, 7, "placement", x->id, "session_days");
}

static void
travel_row(void *ctx, const TtgRow *r)
{
	Routed	   *x;

	/* A row without both ids names no pair: nothing to use. */
	if (r->nulls[0] || r->nulls[1])
		return;
	x = vec_push((Vec *) ctx);
	x->person_id = ttg_datum_int64(r->values[0], r->types[0]);
	x->place_id = ttg_datum_int64(r->values[1], r->types[1]);
	x->minutes = r->nulls[2] ? NAN : ttg_datum_double(r->values[2], r->types[2]);
	if (!r->nulls[2] && !(x->minutes >= 0 && isfinite(x->minutes)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("travel_sql gives %g minutes from person " INT64_FORMAT " to placement " INT64_FORMAT,
						x->minutes, x->person_id, x->place_id),
				 errhint("minutes is the routed journey time each way: 0 or more, or NULL for no route.")));
}

/* ---- sorting and lookup ------------------------------------------------------ */

static int
person_cmp(const void *a, const void *b)
{
	int64		x = ((const Person *) a)->id,
				y = ((const Person *) b)->id;

	return (x > y) - (x < y);
}

static int
place_cmp(const void *a, const void *b)
{
	int64		x = ((const Place *) a)->id,
				y = ((const Place *) b)->id;

	return (x > y) - (x < y);
}

static int
routed_cmp(const void *a, const void *b)
{
	const Routed *x = a,
			   *y = b;

	if (x->person != y->person)
		return (x->person > y->person) - (x->person < y->person);
	return (x->place > y->place) - (x->place < y->place);
}

/*
 * Index of the row with this id in an array sorted by id, or -1. Person and
 * Place both open with their int64 id, so one search serves both.
 */
static int32
find_by_id(const void *base, size_t stride, int32 n, int64 id)
{
	int32		lo = 0,
				hi = n - 1;

	while (lo <= hi)
	{
		int32		mid = lo + (hi - lo) / 2;
		int64		mid_id = *(const int64 *) ((const char *) base + (size_t) mid * stride);

		if (mid_id == id)
			return mid;
		if (mid_id < id)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

static void
duplicate(const char *col, const char *argname, int64 id)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s " INT64_FORMAT " appears more than once in %s", col, id, argname),
			 errhint("Each %s must be unique.", col)));
}

/* ---- travel -------------------------------------------------------------- */

static TtgTravelParams
transit_params(void)
{
	TtgTravelParams tp;

	if (ttg_travel_default_params(TTG_MODE_PUBLIC_TRANSPORT, &tp) != 0)
		elog(ERROR, "no public transport defaults in the travel core");
	return tp;
}

/*
 * The farthest great-circle distance an estimate can keep within the limit
 * (travel_core.h: minutes = access + 60 * km * circuity / v(km), v never
 * above speed_kmh, so this radius at speed_kmh bounds it), with a margin so
 * rounding never drops a pair the exact check would keep.
 */
static double
limit_radius_km(const TtgTravelParams *tp)
{
	double		km = (TTG_TRAVEL_LIMIT_MINUTES - tp->access_minutes) * tp->speed_kmh / (60.0 * tp->circuity);

	return fmax(km, 0.0) * 1.01 + 0.1;
}

/* Minutes rounded to hundredths, as the solver and the output use them. */
static int64
centimin(double minutes)
{
	/*
	 * Clamped far above any limit: llround of a value past int64 is
	 * undefined and came back negative, which made an absurd routed time
	 * look like the shortest journey.
	 */
	if (!(minutes < 1e12))
		minutes = 1e12;
	return (int64) llround(minutes * 100.0);
}

/*
 * An estimate in hundredths, rounded to a tenth of a minute first, as
 * ttg.estimate_travel_minutes shows it: the matcher tests and reports the
 * same figure a coordinator gets from that function.
 */
static int64
estimate_centimin(double minutes)
{
	return (int64) llround(minutes * 10.0) * 10;
}

static Datum
centimin_numeric(int64 cm)
{
	char		buf[64];

	uint64		a = cm < 0 ? (uint64) (-(cm + 1)) + 1 : (uint64) cm;

	snprintf(buf, sizeof(buf), "%s" UINT64_FORMAT ".%02d", cm < 0 ? "-" : "", a / 100, (int) (a % 100));
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf), ObjectIdGetDatum(InvalidOid),
							   Int32GetDatum(-1));
}

/* ---- building the arcs ------------------------------------------------------ */

typedef struct Outcome
{
	bool		any_in_limit;	/* some candidate within 90 minutes */
	bool		any_allowed;
	TtgMatchRule nearest_rule;	/* rule blocking the nearest candidate in the limit */
	int32		nearest_place;
	int64		nearest_cm;
} Outcome;

/* Everything read and derived, in the match memory context. */
typedef struct Built
{
	Person	   *pe;
	Place	   *pl;
	int32		np,
				nq;
	int32	   *cap;
	int32	   *arc_start;		/* np + 1 */
	Vec			arc_place;		/* int32 */
	Vec			arc_cost;		/* int64: travel less the ETE bonus, hundredths of a minute */
	Vec			arc_cm;			/* int64: travel, hundredths of a minute */
	Outcome    *out;			/* np */
} Built;

/*
 * Read the three queries (arguments 0..3 of either SQL function) and build
 * the allowed arcs per person, in index (= id) order. Runs in the current
 * memory context, which the caller deletes.
 */
static void
build_arcs(FunctionCallInfo fcinfo, Built *b)
{
	Vec			people = {NULL, 0, 0, sizeof(Person)};
	Vec			places = {NULL, 0, 0, sizeof(Place)};
	Vec			routed = {NULL, 0, 0, sizeof(Routed)};
	Person	   *pe;
	Place	   *pl;
	Routed	   *ro;
	int32		np,
				nq,
				nr,
				rj = 0;
	double	   *qlat,
			   *qlon;
	double		max_abs_lat = 0;
	double		bonus;
	int64		bonus_cm;
	TtgTravelParams tp = transit_params();
	TtgGrid		grid;
	int32	   *near;
	int32		near_cap;

	bonus = DatumGetFloat8(DirectFunctionCall1(numeric_float8, PG_GETARG_DATUM(3)));
	if (!(bonus >= 0 && bonus <= 1440))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("ete_bonus_minutes %g is out of range", bonus),
				 errhint("Give the minutes counted off the travel of an ETE-eligible person at an "
						 "ETE placement: from 0 to 1440 (default 15).")));
	bonus_cm = centimin(bonus);

	ttg_read_query(text_to_cstring(PG_GETARG_TEXT_PP(0)), "people_sql",
				   person_cols, lengthof(person_cols), person_row, &people);
	ttg_read_query(text_to_cstring(PG_GETARG_TEXT_PP(1)), "placements_sql",
				   place_cols, lengthof(place_cols), place_row, &places);
	if (!PG_ARGISNULL(2))
		ttg_read_query(text_to_cstring(PG_GETARG_TEXT_PP(2)), "travel_sql",
					   travel_cols, lengthof(travel_cols), travel_row, &routed);
	np = people.n;
	nq = places.n;
	nr = routed.n;
	pe = people.data;
	pl = places.data;
	ro = routed.data;

	/* Index order is id order: the answer depends on the rows, not their order. */
	if (np > 0)
		qsort(pe, np, sizeof(Person), person_cmp);
	if (nq > 0)
		qsort(pl, nq, sizeof(Place), place_cmp);
	for (int32 i = 1; i < np; i++)
		if (pe[i].id == pe[i - 1].id)
			duplicate("person_id", "people_sql", pe[i].id);
	for (int32 j = 1; j < nq; j++)
		if (pl[j].id == pl[j - 1].id)
			duplicate("placement_id", "placements_sql", pl[j].id);

	/* Routed pairs naming someone or somewhere not in the other queries are ignored. */
	{
		int32		k = 0;

		for (int32 r = 0; r < nr; r++)
		{
			ro[r].person = find_by_id(pe, sizeof(Person), np, ro[r].person_id);
			ro[r].place = find_by_id(pl, sizeof(Place), nq, ro[r].place_id);
			if (ro[r].person >= 0 && ro[r].place >= 0)
				ro[k++] = ro[r];
		}
		nr = k;
		if (nr > 0)
			qsort(ro, nr, sizeof(Routed), routed_cmp);
		for (int32 r = 1; r < nr; r++)
			if (ro[r].person == ro[r - 1].person && ro[r].place == ro[r - 1].place)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("travel_sql gives person " INT64_FORMAT " to placement " INT64_FORMAT " more than once",
								ro[r].person_id, ro[r].place_id),
						 errhint("Give at most one routed time per pair.")));
	}

	/* The grid over placements, cells sized from the 90-minute limit. */
	qlat = alloc_huge(sizeof(double) * nq);
	qlon = alloc_huge(sizeof(double) * nq);
	b->cap = alloc_huge(sizeof(int32) * nq);
	for (int32 j = 0; j < nq; j++)
	{
		qlat[j] = pl[j].lat;
		qlon[j] = pl[j].lon;
		b->cap[j] = pl[j].q.capacity;
		max_abs_lat = fmax(max_abs_lat, fabs(pl[j].lat));
	}
	for (int32 i = 0; i < np; i++)
		max_abs_lat = fmax(max_abs_lat, fabs(pe[i].lat));
	if (!ttg_grid_build(&grid, qlat, qlon, nq, limit_radius_km(&tp), max_abs_lat,
						alloc_huge(ttg_grid_workspace_size(nq))))
		elog(ERROR, "travel defaults give no usable radius");

	/* Candidates per person: grid neighbours and routed pairs, merged in index order. */
	b->arc_place = (Vec) {NULL, 0, 0, sizeof(int32)};
	b->arc_cost = (Vec) {NULL, 0, 0, sizeof(int64)};
	b->arc_cm = (Vec) {NULL, 0, 0, sizeof(int64)};
	near_cap = 64;
	near = palloc(sizeof(int32) * near_cap);
	b->arc_start = alloc_huge(sizeof(int32) * (np + 1));
	b->out = alloc_huge(sizeof(Outcome) * (np + 1));
	b->arc_start[0] = 0;
	for (int32 i = 0; i < np; i++)
	{
		int32		k = ttg_grid_near(&grid, pe[i].lat, pe[i].lon, near, near_cap);
		int32		g = 0;
		Outcome    *o = &b->out[i];

		CHECK_FOR_INTERRUPTS();
		if (k > near_cap)
		{
			near_cap = k;
			near = repalloc(near, sizeof(int32) * near_cap);
			k = ttg_grid_near(&grid, pe[i].lat, pe[i].lon, near, near_cap);
		}
		memset(o, 0, sizeof(*o));
		o->nearest_place = -1;
		while (g < k || (rj < nr && ro[rj].person == i))
		{
			int32		j;
			double		minutes;
			TtgMatchRule rule;
			int64		cm;

			if (rj < nr && ro[rj].person == i && (g >= k || ro[rj].place <= near[g]))
			{
				/* A routed time replaces the estimate. */
				j = ro[rj].place;
				minutes = ro[rj].minutes;
				if (g < k && near[g] == j)
					g++;
				rj++;
				if (isnan(minutes))
					continue;	/* no route */
				cm = centimin(minutes);
			}
			else
			{
				j = near[g++];
				if (ttg_travel_estimate_minutes(pe[i].lat, pe[i].lon, pl[j].lat, pl[j].lon, &tp, &minutes) != 0)
					continue;
				cm = estimate_centimin(minutes);
			}
			rule = ttg_match_pair_rule(&pe[i].p, &pl[j].q, cm / 100.0);
			if (rule == TTG_RULE_TRAVEL)
				continue;
			o->any_in_limit = true;
			if (rule == TTG_RULE_NONE)
			{
				*(int32 *) vec_push(&b->arc_place) = j;
				*(int64 *) vec_push(&b->arc_cost) = ttg_match_cost(&pe[i].p, &pl[j].q, cm, bonus_cm);
				*(int64 *) vec_push(&b->arc_cm) = cm;
				o->any_allowed = true;
			}
			else if (o->nearest_place < 0 || cm < o->nearest_cm)
			{
				o->nearest_place = j;
				o->nearest_cm = cm;
				o->nearest_rule = rule;
			}
		}
		b->arc_start[i + 1] = b->arc_place.n;
	}
	b->pe = pe;
	b->pl = pl;
	b->np = np;
	b->nq = nq;
}

/* ---- ttg.match_placements ------------------------------------------------ */

/* The solver's interrupt hook: a cancelled query stops it (ereport unwinds; the core holds nothing). */
static int
solver_interrupt(void *arg)
{
	(void) arg;
	CHECK_FOR_INTERRUPTS();
	return 0;
}

/* ttg.match_placements(people_sql, placements_sql, travel_sql, ete_bonus_minutes): optimal assignment. */
PG_FUNCTION_INFO_V1(ttg_match_placements);
Datum
ttg_match_placements(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext cxt,
				old;
	Built		b;
	int32	   *assign;
	int32		placed;
	int64		total;
	TtgMatchStatus st;
	TtgMatchProblem prob;
	size_t		wsz;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(3))
		return (Datum) 0;		/* NULL people, placements or bonus: no rows */

	cxt = AllocSetContextCreate(CurrentMemoryContext, "ttg match", ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(cxt);
	build_arcs(fcinfo, &b);

	/* The optimal assignment over the allowed arcs. */
	assign = alloc_huge(sizeof(int32) * (b.np + 1));
	prob.n_people = b.np;
	prob.n_places = b.nq;
	prob.capacity = b.cap;
	prob.arc_start = b.arc_start;
	prob.arc_place = b.arc_place.data;
	prob.arc_cost = b.arc_cost.data;
	prob.interrupt = solver_interrupt;
	prob.interrupt_arg = NULL;
	wsz = ttg_match_workspace_size(b.np, b.nq, b.arc_place.n);
	if (wsz == 0)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many people or placements to match (%d and %d)", b.np, b.nq)));
	st = ttg_match_solve(&prob, alloc_huge(wsz), wsz, assign, &placed, &total);
	if (st == TTG_MATCH_ERR_OVERFLOW)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("matching %d people is too large for exact 64-bit costs", b.np),
				 errhint("Match in smaller groups, for example by region.")));
	if (st != TTG_MATCH_OK)
		elog(ERROR, "placement solver failed with status %d", (int) st);
	/* For the benchmark and for a DBA sizing work_mem-like limits: the peak we held. */
	elog(DEBUG1, "ttg match: %d people, %d placements, %d allowed arcs, %d placed, cost %lld, %zu bytes",
		 b.np, b.nq, b.arc_place.n, placed, (long long) total, MemoryContextMemAllocated(cxt, true));

	/* One row per person, in person_id order. */
	for (int32 i = 0; i < b.np; i++)
	{
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};
		Outcome    *o = &b.out[i];

		if ((i & 1023) == 0)
			CHECK_FOR_INTERRUPTS();

		values[0] = Int64GetDatum(b.pe[i].id);
		if (assign[i] >= 0)
		{
			int64		cm = 0;

			for (int32 k = b.arc_start[i]; k < b.arc_start[i + 1]; k++)
				if (((int32 *) b.arc_place.data)[k] == assign[i])
					cm = ((int64 *) b.arc_cm.data)[k];
			values[1] = Int64GetDatum(b.pl[assign[i]].id);
			values[2] = centimin_numeric(cm);
			nulls[3] = true;
		}
		else
		{
			nulls[1] = nulls[2] = true;
			if (!o->any_in_limit)
				values[3] = CStringGetTextDatum("no_placement_in_travel_limit");
			else if (!o->any_allowed)
				values[3] = CStringGetTextDatum(psprintf("no_placement_fits_rules: %s (nearest: placement " INT64_FORMAT ")",
														 ttg_match_rule_name(o->nearest_rule),
														 b.pl[o->nearest_place].id));
			else
				values[3] = CStringGetTextDatum("capacity_taken");
		}
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(cxt);
	return (Datum) 0;
}

/* ---- ttg.placement_candidates --------------------------------------------- */

/* ttg.placement_candidates(people_sql, placements_sql, travel_sql, ete_bonus_minutes): the allowed pairs. */
PG_FUNCTION_INFO_V1(ttg_placement_candidates);
Datum
ttg_placement_candidates(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext cxt,
				old;
	Built		b;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(3))
		return (Datum) 0;

	cxt = AllocSetContextCreate(CurrentMemoryContext, "ttg match", ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(cxt);
	build_arcs(fcinfo, &b);
	for (int32 i = 0; i < b.np; i++)
	{
		CHECK_FOR_INTERRUPTS();
		for (int32 k = b.arc_start[i]; k < b.arc_start[i + 1]; k++)
		{
			Datum		values[4];
			bool		nulls[4] = {false, false, false, false};

			values[0] = Int64GetDatum(b.pe[i].id);
			values[1] = Int64GetDatum(b.pl[((int32 *) b.arc_place.data)[k]].id);
			values[2] = centimin_numeric(((int64 *) b.arc_cm.data)[k]);
			values[3] = centimin_numeric(((int64 *) b.arc_cost.data)[k]);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		}
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(cxt);
	return (Datum) 0;
}

/* ---- ttg.placement_failure ------------------------------------------------ */

/* ttg.placement_failure(person..., placement..., routed_minutes): the first rule that blocks one pair, or NULL. */
PG_FUNCTION_INFO_V1(ttg_placement_failure);
Datum
ttg_placement_failure(PG_FUNCTION_ARGS)
{
	TtgMatchPerson p;
	TtgMatchPlace q;
	TtgTravelParams tp = transit_params();
	double		lat1,
				lon1,
				lat2,
				lon2,
				minutes;
	TtgMatchRule rule;
	char	   *s;

	/* The positions and the environment are needed; the rest have documented defaults. */
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(6) || PG_ARGISNULL(7) || PG_ARGISNULL(9))
		PG_RETURN_NULL();
	lat1 = PG_GETARG_FLOAT8(0);
	lon1 = PG_GETARG_FLOAT8(1);
	lat2 = PG_GETARG_FLOAT8(6);
	lon2 = PG_GETARG_FLOAT8(7);
	check_latlon(lat1, lon1, "person", PG_INT64_MIN);
	check_latlon(lat2, lon2, "placement", PG_INT64_MIN);

	p.sex = TTG_SEX_UNKNOWN;
	if (!PG_ARGISNULL(2))
	{
		s = text_to_cstring(PG_GETARG_TEXT_PP(2));
		if (!ttg_match_parse_sex(s, &p.sex))
			ttg_report_bad_word("sex", s, TTG_MATCH_SEX_WORDS);
	}
	p.avoid_all_male = !PG_ARGISNULL(3) && PG_GETARG_BOOL(3);
	p.ete_eligible = false;
	p.rosh = TTG_ROSH_HIGH;
	if (!PG_ARGISNULL(4))
	{
		s = text_to_cstring(PG_GETARG_TEXT_PP(4));
		if (!ttg_match_parse_rosh(s, &p.rosh))
			ttg_report_bad_word("rosh", s, TTG_MATCH_ROSH_WORDS);
	}
	p.days = TTG_ALL_DAYS;
	if (!PG_ARGISNULL(5))
	{
		int32		d = PG_GETARG_INT32(5);

		if (d < 0 || d > TTG_ALL_DAYS)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("available_days %d is not a day mask", d),
					 errhint("A bitmask from 0 to 127: Monday 1 ... Sunday 64; NULL means any day.")));
		p.days = d;
	}
	q.capacity = PG_ARGISNULL(8) ? 1 : PG_GETARG_INT32(8);
	if (q.capacity < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("capacity %d is negative", q.capacity),
				 errhint("capacity is the number of people the placement can take: 0 or more.")));
	s = text_to_cstring(PG_GETARG_TEXT_PP(9));
	if (!ttg_match_parse_environment(s, &q.env))
		ttg_report_bad_word("environment", s, TTG_MATCH_ENV_WORDS);
	q.provides_ete = false;
	q.accepts_high_rosh = !PG_ARGISNULL(10) && PG_GETARG_BOOL(10);
	q.days = TTG_ALL_DAYS;
	if (!PG_ARGISNULL(11))
	{
		int32		d = PG_GETARG_INT32(11);

		if (d < 0 || d > TTG_ALL_DAYS)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("session_days %d is not a day mask", d),
					 errhint("A bitmask from 0 to 127: Monday 1 ... Sunday 64; NULL means any day.")));
		q.days = d;
	}
	if (!PG_ARGISNULL(12))
	{
		minutes = DatumGetFloat8(DirectFunctionCall1(numeric_float8, PG_GETARG_DATUM(12)));
		if (!(minutes >= 0 && isfinite(minutes)))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("routed_minutes %g is invalid", minutes),
					 errhint("Give the routed journey time each way (0 or more), or NULL to estimate it.")));
		minutes = centimin(minutes) / 100.0;
	}
	else if (ttg_travel_estimate_minutes(lat1, lon1, lat2, lon2, &tp, &minutes) != 0)
		elog(ERROR, "travel estimate failed for valid positions");
	else
		minutes = estimate_centimin(minutes) / 100.0;

	rule = ttg_match_pair_rule(&p, &q, minutes);
	if (rule == TTG_RULE_NONE)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(ttg_match_rule_name(rule)));
}
