/*
 * travel_pg.c: SQL face of the travel rules (R-UPW-1, R-UPW-2) and of the
 * travel-time estimates. A thin shell over travel_core.c: numeric <-> the
 * core's exact amounts (travel_numeric.h), words (vocab_pg.h), errors.
 */
#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/float.h"

#include "ttg_pg.h"
#include "vocab_pg.h"
#include "travel_numeric.h"
#include "../core/travel_core.h"

static TtgActivity
activity_arg(text *t)
{
	return (TtgActivity) ttg_vocab_arg(&ttg_activity_vocab, t, NULL);
}

static TtgTravelMode
mode_arg(text *t)
{
	return (TtgTravelMode) ttg_vocab_arg(&ttg_travel_mode_vocab, t, NULL);
}

static TtgAmount
minutes_arg(FunctionCallInfo fcinfo, int argno, const char *what)
{
	return tn_amount(PG_GETARG_NUMERIC(argno), what, "minutes");
}

/* ttg.travel_limit_minutes(activity): 90 for each activity (R-UPW-1, R-UPW-2). */
PG_FUNCTION_INFO_V1(ttg_sql_travel_limit_minutes);
Datum
ttg_sql_travel_limit_minutes(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(ttg_travel_limit(activity_arg(PG_GETARG_TEXT_PP(0))));
}

/* ttg.within_travel_limit(minutes, activity): minutes <= the limit, exactly (travel_core.h). */
PG_FUNCTION_INFO_V1(ttg_sql_within_travel_limit);
Datum
ttg_sql_within_travel_limit(PG_FUNCTION_ARGS)
{
	TtgAmount	m = minutes_arg(fcinfo, 0, "minutes_each_way");
	TtgActivity a = activity_arg(PG_GETARG_TEXT_PP(1));
	bool		within = false;
	TtgAmountStatus st = ttg_travel_within_limit(m, a, &within);

	if (st != TTG_AMOUNT_OK)
		tn_report(st, PG_GETARG_NUMERIC(0), "minutes_each_way", "minutes");
	PG_RETURN_BOOL(within);
}

/* ttg.credited_travel_minutes(minutes, supervised): at most 60, 0 unsupervised (travel_core.h). */
PG_FUNCTION_INFO_V1(ttg_sql_credited_travel_minutes);
Datum
ttg_sql_credited_travel_minutes(PG_FUNCTION_ARGS)
{
	TtgAmount	m = minutes_arg(fcinfo, 0, "minutes_each_way");
	TtgAmount	c;
	TtgAmountStatus st = ttg_travel_credit(m, PG_GETARG_BOOL(1), &c);

	if (st != TTG_AMOUNT_OK)
		tn_report(st, PG_GETARG_NUMERIC(0), "minutes_each_way", "minutes");
	PG_RETURN_NUMERIC(tn_numeric(c));
}

/* ttg.upw_session_credit(work, outbound, return, supervised): work plus credited travel. */
PG_FUNCTION_INFO_V1(ttg_sql_upw_session_credit);
Datum
ttg_sql_upw_session_credit(PG_FUNCTION_ARGS)
{
	static const char *const names[] = {"work_minutes", "outbound_minutes", "return_minutes"};
	TtgAmount	m[3];
	TtgAmount	c;
	int			bad = -1;
	TtgAmountStatus st;

	for (int i = 0; i < 3; i++)
		m[i] = minutes_arg(fcinfo, i, names[i]);
	st = ttg_travel_session_credit(m[0], m[1], m[2], PG_GETARG_BOOL(3), &c, &bad);
	if (st == TTG_AMOUNT_OVERFLOW)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("credited minutes are out of range: work_minutes %s", tn_str(PG_GETARG_NUMERIC(0))),
				 errhint("Work plus credited travel must be at most 9223372036854 minutes.")));
	if (st != TTG_AMOUNT_OK)
		tn_report(st, PG_GETARG_NUMERIC(bad), names[bad], "minutes");
	PG_RETURN_NUMERIC(tn_numeric(c));
}

static void
check_latlon(double lat, double lon)
{
	if (!ttg_latlon_valid(lat, lon))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("coordinate (%.15g, %.15g) is out of range", lat, lon),
				 errhint("Give WGS84 decimal degrees: latitude from -90 to 90, longitude from -180 to 180.")));
}

static void
check_bng(double e, double n)
{
	if (!ttg_bng_valid(e, n))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("British National Grid point (%.15g, %.15g) is out of range", e, n),
				 errhint("Give metres: easting from 0 to 700000, northing from 0 to 1300000.")));
}

/*
 * The parameters of an estimate: the mode's defaults (argument 4), each
 * overridden by a non-NULL argument 5, 6 or 7, then checked.
 */
static TtgTravelParams
params_args(FunctionCallInfo fcinfo)
{
	TtgTravelParams p;

	(void) ttg_travel_default_params(mode_arg(PG_GETARG_TEXT_PP(4)), &p);
	if (!PG_ARGISNULL(5))
		p.circuity = PG_GETARG_FLOAT8(5);
	if (!PG_ARGISNULL(6))
	{
		/* A given speed holds at every distance (0.1.0's model). */
		p.speed_kmh = PG_GETARG_FLOAT8(6);
		p.short_kmh = p.speed_kmh;
		p.ramp_km = 0.0;
	}
	if (!PG_ARGISNULL(7))
		p.access_minutes = PG_GETARG_FLOAT8(7);
	if (!(isfinite(p.circuity) && p.circuity >= 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("circuity %.15g is invalid", p.circuity),
				 errhint("circuity is route length over straight-line distance: a finite number, 1 or more.")));
	if (!(isfinite(p.speed_kmh) && p.speed_kmh > 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("speed_kmh %.15g is invalid", p.speed_kmh),
				 errhint("speed_kmh is the average speed along the route: a finite number greater than 0.")));
	if (!(isfinite(p.access_minutes) && p.access_minutes >= 0.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("access_minutes %.15g is invalid", p.access_minutes),
				 errhint("access_minutes is the fixed time at the ends of the journey: a finite number, 0 or more.")));
	Assert(ttg_travel_params_valid(&p));
	return p;
}

/* Minutes to numeric, rounded to a tenth of a minute (6 seconds). */
static Datum
minutes_result(int rc, double minutes)
{
	Datum		n;

	if (rc != 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("estimated travel time is out of range"),
				 errhint("Check speed_kmh and circuity: the estimate overflowed.")));
	n = DirectFunctionCall1(float8_numeric, Float8GetDatum(minutes));
	return DirectFunctionCall2(numeric_round, n, Int32GetDatum(1));
}

/* True when any of the first five arguments (points, mode) is NULL. */
static bool
any_key_null(FunctionCallInfo fcinfo)
{
	for (int i = 0; i < 5; i++)
		if (PG_ARGISNULL(i))
			return true;
	return false;
}

/* ttg.estimate_travel_minutes(lat1, lon1, lat2, lon2, mode, circuity, speed_kmh, access_minutes). */
PG_FUNCTION_INFO_V1(ttg_sql_estimate_travel_minutes);
Datum
ttg_sql_estimate_travel_minutes(PG_FUNCTION_ARGS)
{
	double		lat1, lon1, lat2, lon2, m = 0;
	TtgTravelParams p;
	int			rc;

	if (any_key_null(fcinfo))
		PG_RETURN_NULL();
	lat1 = PG_GETARG_FLOAT8(0);
	lon1 = PG_GETARG_FLOAT8(1);
	lat2 = PG_GETARG_FLOAT8(2);
	lon2 = PG_GETARG_FLOAT8(3);
	check_latlon(lat1, lon1);
	check_latlon(lat2, lon2);
	p = params_args(fcinfo);
	rc = ttg_travel_estimate_minutes(lat1, lon1, lat2, lon2, &p, &m);
	return minutes_result(rc, m);
}

/* ttg.estimate_travel_minutes_bng(e1, n1, e2, n2, mode, circuity, speed_kmh, access_minutes). */
PG_FUNCTION_INFO_V1(ttg_sql_estimate_travel_minutes_bng);
Datum
ttg_sql_estimate_travel_minutes_bng(PG_FUNCTION_ARGS)
{
	double		e1, n1, e2, n2, m = 0;
	TtgTravelParams p;
	int			rc;

	if (any_key_null(fcinfo))
		PG_RETURN_NULL();
	e1 = PG_GETARG_FLOAT8(0);
	n1 = PG_GETARG_FLOAT8(1);
	e2 = PG_GETARG_FLOAT8(2);
	n2 = PG_GETARG_FLOAT8(3);
	check_bng(e1, n1);
	check_bng(e2, n2);
	p = params_args(fcinfo);
	rc = ttg_travel_estimate_minutes_bng(e1, n1, e2, n2, &p, &m);
	return minutes_result(rc, m);
}

/* ttg.great_circle_km(lat1, lon1, lat2, lon2): haversine distance. */
PG_FUNCTION_INFO_V1(ttg_sql_great_circle_km);
Datum
ttg_sql_great_circle_km(PG_FUNCTION_ARGS)
{
	double		lat1 = PG_GETARG_FLOAT8(0),
				lon1 = PG_GETARG_FLOAT8(1),
				lat2 = PG_GETARG_FLOAT8(2),
				lon2 = PG_GETARG_FLOAT8(3);

	check_latlon(lat1, lon1);
	check_latlon(lat2, lon2);
	PG_RETURN_FLOAT8(ttg_great_circle_km(lat1, lon1, lat2, lon2));
}

/* ttg.bng_to_wgs84(easting, northing, OUT lat, OUT lon). */
PG_FUNCTION_INFO_V1(ttg_sql_bng_to_wgs84);
Datum
ttg_sql_bng_to_wgs84(PG_FUNCTION_ARGS)
{
	double		e = PG_GETARG_FLOAT8(0),
				n = PG_GETARG_FLOAT8(1),
				lat = 0,
				lon = 0;
	TupleDesc	desc;
	Datum		values[2];
	bool		nulls[2] = {false, false};

	check_bng(e, n);
	desc = ttg_result_desc(fcinfo, "ttg.bng_to_wgs84");
	(void) ttg_bng_to_wgs84(e, n, &lat, &lon);
	values[0] = Float8GetDatum(lat);
	values[1] = Float8GetDatum(lon);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

/* ttg.travel_mode_defaults(): the compiled defaults of each mode, for display. */
PG_FUNCTION_INFO_V1(ttg_sql_travel_mode_defaults);
Datum
ttg_sql_travel_mode_defaults(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	for (int i = 0; i < TTG_TRAVEL_MODE_COUNT; i++)
	{
		TtgTravelParams p;
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};

		(void) ttg_travel_default_params((TtgTravelMode) i, &p);
		values[0] = CStringGetTextDatum(ttg_vocab_word(&ttg_travel_mode_vocab, i));
		values[1] = Float8GetDatum(p.circuity);
		values[2] = Float8GetDatum(p.speed_kmh);
		values[3] = Float8GetDatum(p.access_minutes);
		values[4] = Float8GetDatum(p.ramp_km > 0 ? p.short_kmh : p.speed_kmh);
		values[5] = Float8GetDatum(p.ramp_km);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* ttg.travel_verdict(lat1, lon1, lat2, lon2, mode, activity): within, over or route_it. */
PG_FUNCTION_INFO_V1(ttg_sql_travel_verdict);
Datum
ttg_sql_travel_verdict(PG_FUNCTION_ARGS)
{
	double		lat1 = PG_GETARG_FLOAT8(0),
				lon1 = PG_GETARG_FLOAT8(1),
				lat2 = PG_GETARG_FLOAT8(2),
				lon2 = PG_GETARG_FLOAT8(3);
	TtgTravelMode m = mode_arg(PG_GETARG_TEXT_PP(4));
	TtgActivity a = activity_arg(PG_GETARG_TEXT_PP(5));

	check_latlon(lat1, lon1);
	check_latlon(lat2, lon2);
	PG_RETURN_TEXT_P(cstring_to_text(ttg_travel_verdict_word(
		ttg_travel_verdict(m, ttg_great_circle_km(lat1, lon1, lat2, lon2),
						   (double) ttg_travel_limit(a)))));
}
