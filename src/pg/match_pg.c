/*
 * match_pg.c: ttg.match_placements and ttg.placement_failure.
 *
 * The glue only reads the three inner queries (people, placements, routed
 * times), checks each value, and hands the rows to the core: arc building
 * (grid pruning, R-UPW-1 travel limit, R-UPW-7, ROSH, days, capacity, the
 * R-UPW-6/R-UPW-8 cost), the optimal solver and the reasons all live in
 * match_core.c, with palloc and CHECK_FOR_INTERRUPTS as its hooks.
 * Everything lives in one memory context, deleted before the function returns.
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

/* A day mask 0..127 (Monday 1 ... Sunday 64); NULL leaves the default (every day). */
static void
day_mask(const TtgRow *r, int i, const char *what, int64 id, const char *col, int32 *days)
{
	int64		v;

	if (r->nulls[i])
		return;
	v = ttg_datum_int64(r->values[i], r->types[i]);
	if (v < 0 || v > TTG_ALL_DAYS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s " INT64_FORMAT " has %s " INT64_FORMAT, what, id, col, v),
				 errhint("%s is a bitmask from 0 to 127: Monday 1, Tuesday 2, Wednesday 4, "
						 "Thursday 8, Friday 16, Saturday 32, Sunday 64; NULL means any day.", col)));
	*days = (int32) v;
}

static bool
flag(const TtgRow *r, int i)
{
	return !r->nulls[i] && DatumGetBool(r->values[i]);
}

static void
person_row(void *ctx, const TtgRow *r)
{
	TtgMatchPersonRow *x = vec_push((Vec *) ctx);

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
	ttg_match_person_init(&x->p);
	if (!r->nulls[3])
	{
		char	   *s = TextDatumGetCString(r->values[3]);

		if (!ttg_match_parse_sex(s, strlen(s), &x->p.sex))
			ttg_report_bad_word(psprintf("sex of person " INT64_FORMAT, x->id), s, TTG_MATCH_SEX_WORDS);
	}
	x->p.avoid_all_male = flag(r, 4);
	x->p.ete_eligible = flag(r, 5);
	if (!r->nulls[6])
	{
		char	   *s = TextDatumGetCString(r->values[6]);

		if (!ttg_match_parse_rosh(s, strlen(s), &x->p.rosh))
			ttg_report_bad_word(psprintf("rosh of person " INT64_FORMAT, x->id), s, TTG_MATCH_ROSH_WORDS);
	}
	day_mask(r, 7, "person", x->id, "available_days", &x->p.days);
}

static void
place_row(void *ctx, const TtgRow *r)
{
	TtgMatchPlaceRow *x = vec_push((Vec *) ctx);
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
	ttg_match_place_init(&x->q);
	cap = ttg_datum_int64(r->values[3], r->types[3]);
	if (cap < 0 || cap > PG_INT32_MAX / 4)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("placement " INT64_FORMAT " has capacity " INT64_FORMAT, x->id, cap),
				 errhint("capacity is the number of people the placement can take: 0 or more.")));
	x->q.capacity = (int32) cap;
	env = TextDatumGetCString(r->values[4]);
	if (!ttg_match_parse_environment(env, strlen(env), &x->q.env))
		ttg_report_bad_word(psprintf("environment of placement " INT64_FORMAT, x->id), env,
							TTG_MATCH_ENV_WORDS);
	x->q.provides_ete = flag(r, 5);
	x->q.accepts_high_rosh = flag(r, 6);
	day_mask(r, 7, "placement", x->id, "session_days", &x->q.days);
}

static void
travel_row(void *ctx, const TtgRow *r)
{
	TtgMatchRoute *x;

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

static void
duplicate(const char *col, const char *argname, int64 id)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s " INT64_FORMAT " appears more than once in %s", col, id, argname),
			 errhint("Each %s must be unique.", col)));
}

static void
too_many(int32 np, int32 nq)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("too many people or placements to match (%d and %d)", np, nq)));
}

/* ---- travel -------------------------------------------------------------- */

/* ---- travel -------------------------------------------------------------- */

static TtgTravelParams
transit_params(void)
{
	TtgTravelParams tp;

	if (ttg_travel_default_params(TTG_MODE_PUBLIC_TRANSPORT, &tp) != 0)
		elog(ERROR, "no public transport defaults in the travel core");
	return tp;
}

/* ---- the core's hooks: palloc in the match context, CHECK_FOR_INTERRUPTS ---- */

static void *
hook_alloc(void *arg, size_t size)
{
	return MemoryContextAllocHuge((MemoryContext) arg, size);
}

static void *
hook_grow(void *arg, void *p, size_t size)
{
	(void) arg;
	return repalloc_huge(p, size);
}

static void
hook_release(void *arg, void *p)
{
	(void) arg;
	pfree(p);
}

/* A cancelled query stops the core (ereport unwinds; the core holds nothing outside the context). */
static int
hook_interrupt(void *arg)
{
	(void) arg;
	CHECK_FOR_INTERRUPTS();
	return 0;
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

/*
 * Read the three queries (arguments 0..3 of either SQL function) and let the
 * core build the allowed arcs. Runs in the match context cxt, which the
 * caller deletes.
 */
static void
build_arcs(FunctionCallInfo fcinfo, MemoryContext cxt, TtgMatchHooks *h, TtgMatchArcs *b)
{
	Vec			people = {NULL, 0, 0, sizeof(TtgMatchPersonRow)};
	Vec			places = {NULL, 0, 0, sizeof(TtgMatchPlaceRow)};
	Vec			routed = {NULL, 0, 0, sizeof(TtgMatchRoute)};
	double		bonus;
	TtgTravelParams tp = transit_params();
	TtgMatchStatus st;

	bonus = DatumGetFloat8(DirectFunctionCall1(numeric_float8, PG_GETARG_DATUM(3)));
	if (!(bonus >= 0 && bonus <= 1440))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("ete_bonus_minutes %g is out of range", bonus),
				 errhint("Give the minutes counted off the travel of an ETE-eligible person at an "
						 "ETE placement: from 0 to 1440 (default 15).")));

	ttg_read_query(text_to_cstring(PG_GETARG_TEXT_PP(0)), "people_sql",
				   person_cols, lengthof(person_cols), person_row, &people);
	ttg_read_query(text_to_cstring(PG_GETARG_TEXT_PP(1)), "placements_sql",
				   place_cols, lengthof(place_cols), place_row, &places);
	if (!PG_ARGISNULL(2))
		ttg_read_query(text_to_cstring(PG_GETARG_TEXT_PP(2)), "travel_sql",
					   travel_cols, lengthof(travel_cols), travel_row, &routed);

	*h = (TtgMatchHooks) {hook_alloc, hook_grow, hook_release, hook_interrupt, cxt};
	st = ttg_match_build_arcs(people.data, people.n, places.data, places.n, routed.data, routed.n,
							  &tp, ttg_match_routed_centimin(bonus), h, b);
	switch (st)
	{
		case TTG_MATCH_OK:
			return;
		case TTG_MATCH_ERR_DUP_PERSON:
			duplicate("person_id", "people_sql", b->dup_id);
			break;
		case TTG_MATCH_ERR_DUP_PLACE:
			duplicate("placement_id", "placements_sql", b->dup_id);
			break;
		case TTG_MATCH_ERR_DUP_ROUTE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("travel_sql gives person " INT64_FORMAT " to placement " INT64_FORMAT " more than once",
							b->dup_id, b->dup_id2),
					 errhint("Give at most one routed time per pair.")));
			break;
		case TTG_MATCH_ERR_SIZE:
			too_many(people.n, places.n);
			break;
		case TTG_MATCH_ERR_OVERFLOW:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("the travel costs of %d people are too large for exact 64-bit arithmetic", people.n),
					 errhint("Match in smaller groups, for example by region.")));
			break;
		case TTG_MATCH_ERR_NOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory building placement arcs for %d people and %d placements", people.n, places.n)));
			break;
		default:
			/* Bad arguments and workspace sizes are the glue's own mistakes. */
			elog(ERROR, "placement arcs failed with status %d", (int) st);
	}
}

/* ---- ttg.match_placements ------------------------------------------------ */

/* ttg.match_placements(people_sql, placements_sql, travel_sql, ete_bonus_minutes): optimal assignment. */
PG_FUNCTION_INFO_V1(ttg_sql_match_placements);
Datum
ttg_sql_match_placements(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext cxt,
				old;
	TtgMatchHooks h;
	TtgMatchArcs b;
	TtgMatchResult *res;
	int32		placed;
	int64		total;
	TtgMatchStatus st;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(3))
		return (Datum) 0;		/* NULL people, placements or bonus: no rows */

	cxt = AllocSetContextCreate(CurrentMemoryContext, "ttg match", ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(cxt);
	build_arcs(fcinfo, cxt, &h, &b);

	/* The optimal assignment over the allowed arcs. */
	res = MemoryContextAllocHuge(cxt, sizeof(TtgMatchResult) * ((Size) b.n_people + 1));
	st = ttg_match_assign(&b, &h, res, &placed, &total);
	if (st == TTG_MATCH_ERR_SIZE)
		too_many(b.n_people, b.n_places);
	if (st == TTG_MATCH_ERR_OVERFLOW)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("matching %d people is too large for exact 64-bit costs", b.n_people),
				 errhint("Match in smaller groups, for example by region.")));
	if (st != TTG_MATCH_OK)
		elog(ERROR, "placement solver failed with status %d", (int) st);
	/* For the benchmark and for a DBA sizing work_mem-like limits: the peak we held. */
	elog(DEBUG1, "ttg match: %d people, %d placements, %d allowed arcs, %d placed, cost %lld, %zu bytes",
		 b.n_people, b.n_places, b.n_arcs, placed, (long long) total, MemoryContextMemAllocated(cxt, true));

	/* One row per person, in person_id order. */
	for (int32 i = 0; i < b.n_people; i++)
	{
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};
		char		buf[160];
		const char *reason = ttg_match_reason_text(&b, i, &res[i], buf, sizeof(buf));

		if ((i & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		values[0] = Int64GetDatum(b.people[i].id);
		nulls[1] = nulls[2] = res[i].place < 0;
		if (res[i].place >= 0)
		{
			values[1] = Int64GetDatum(b.places[res[i].place].id);
			values[2] = centimin_numeric(res[i].travel_cm);
		}
		nulls[3] = reason == NULL;
		if (reason)
			values[3] = CStringGetTextDatum(reason);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(cxt);
	return (Datum) 0;
}

/* ---- ttg.placement_candidates --------------------------------------------- */

/* ttg.placement_candidates(people_sql, placements_sql, travel_sql, ete_bonus_minutes): the allowed pairs. */
PG_FUNCTION_INFO_V1(ttg_sql_placement_candidates);
Datum
ttg_sql_placement_candidates(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext cxt,
				old;
	TtgMatchHooks h;
	TtgMatchArcs b;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(3))
		return (Datum) 0;

	cxt = AllocSetContextCreate(CurrentMemoryContext, "ttg match", ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(cxt);
	build_arcs(fcinfo, cxt, &h, &b);
	for (int32 i = 0; i < b.n_people; i++)
	{
		CHECK_FOR_INTERRUPTS();
		for (int32 k = b.arc_start[i]; k < b.arc_start[i + 1]; k++)
		{
			Datum		values[4];
			bool		nulls[4] = {false, false, false, false};

			values[0] = Int64GetDatum(b.people[i].id);
			values[1] = Int64GetDatum(b.places[b.arc_place[k]].id);
			values[2] = centimin_numeric(b.arc_travel[k]);
			values[3] = centimin_numeric(b.arc_cost[k]);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		}
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(cxt);
	return (Datum) 0;
}

/* ---- ttg.placement_failure ------------------------------------------------ */

/* ttg.placement_failure(person..., placement..., routed_minutes): the first rule that blocks one pair, or NULL. */
PG_FUNCTION_INFO_V1(ttg_sql_placement_failure);
Datum
ttg_sql_placement_failure(PG_FUNCTION_ARGS)
{
	TtgMatchPerson p;
	TtgMatchPlace q;
	TtgTravelParams tp = transit_params();
	double		lat1,
				lon1,
				lat2,
				lon2,
				minutes;
	int64		cm;
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

	ttg_match_person_init(&p);
	ttg_match_place_init(&q);
	if (!PG_ARGISNULL(2))
	{
		s = text_to_cstring(PG_GETARG_TEXT_PP(2));
		if (!ttg_match_parse_sex(s, strlen(s), &p.sex))
			ttg_report_bad_word("sex", s, TTG_MATCH_SEX_WORDS);
	}
	p.avoid_all_male = !PG_ARGISNULL(3) && PG_GETARG_BOOL(3);
	if (!PG_ARGISNULL(4))
	{
		s = text_to_cstring(PG_GETARG_TEXT_PP(4));
		if (!ttg_match_parse_rosh(s, strlen(s), &p.rosh))
			ttg_report_bad_word("rosh", s, TTG_MATCH_ROSH_WORDS);
	}
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
	if (!PG_ARGISNULL(8))
		q.capacity = PG_GETARG_INT32(8);
	if (q.capacity < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("capacity %d is negative", q.capacity),
				 errhint("capacity is the number of people the placement can take: 0 or more.")));
	s = text_to_cstring(PG_GETARG_TEXT_PP(9));
	if (!ttg_match_parse_environment(s, strlen(s), &q.env))
		ttg_report_bad_word("environment", s, TTG_MATCH_ENV_WORDS);
	q.accepts_high_rosh = !PG_ARGISNULL(10) && PG_GETARG_BOOL(10);
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
		cm = ttg_match_routed_centimin(minutes);
	}
	else if (!ttg_match_estimate_centimin(lat1, lon1, lat2, lon2, &tp, &cm))
		elog(ERROR, "travel estimate failed for valid positions");

	rule = ttg_match_pair_rule(&p, &q, cm / 100.0);
	if (rule == TTG_RULE_NONE)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(ttg_match_rule_name(rule)));
}
