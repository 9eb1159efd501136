/*
 * travel_numeric.h: numeric <-> TtgAmount (src/core/amount_core.h) for the
 * travel and upw glue. The rules themselves are the core's, in exact
 * millionths; this only converts and reports.
 */
#ifndef TTG_TRAVEL_NUMERIC_H
#define TTG_TRAVEL_NUMERIC_H

#include "postgres.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#include "../core/amount_core.h"

static inline int
tn_cmp(Numeric a, Numeric b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(a), NumericGetDatum(b)));
}

static inline char *
tn_str(Numeric n)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(n)));
}

/*
 * n as an amount: 22023 when NaN or infinite, 22003 when beyond int64
 * millionths (about 9.2 million million). what names the argument; unit
 * ends the hint's sentence.
 */
static inline TtgAmount
tn_amount(Numeric n, const char *what, const char *unit)
{
	Numeric		scaled,
				fl;
	TtgAmount	a;

	if (numeric_is_nan(n) || numeric_is_inf(n))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite number: %s", what, tn_str(n)),
				 errhint("Give %s in %s.", what, unit)));
	scaled = DatumGetNumeric(DirectFunctionCall2(numeric_mul, NumericGetDatum(n),
												 NumericGetDatum(int64_to_numeric(TTG_AMOUNT_SCALE))));
	fl = DatumGetNumeric(DirectFunctionCall1(numeric_floor, NumericGetDatum(scaled)));
	if (tn_cmp(fl, int64_to_numeric(PG_INT64_MAX)) > 0 || tn_cmp(fl, int64_to_numeric(PG_INT64_MIN)) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s is out of range: %s", what, tn_str(n)),
				 errhint("Give %s in %s, at most 9223372036854.", what, unit)));
	a.micros = DatumGetInt64(DirectFunctionCall1(numeric_int8, NumericGetDatum(fl)));
	a.beyond = tn_cmp(scaled, fl) != 0;
	return a;
}

/* An amount as numeric: its millionths, trailing zeros dropped (60.000000 is 60). */
static inline Numeric
tn_numeric(TtgAmount a)
{
	return DatumGetNumeric(DirectFunctionCall1(numeric_trim_scale,
											   NumericGetDatum(int64_div_fast_to_numeric(a.micros, 6))));
}

/* 22023 for an amount a rule refused as negative or not positive. */
static inline void
tn_report(TtgAmountStatus st, Numeric n, const char *what, const char *unit)
{
	bool		positive = st == TTG_AMOUNT_NOT_POSITIVE;

	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s must be %s: %s", what, positive ? "greater than 0" : "0 or more", tn_str(n)),
			 errhint("Give %s in %s, %s.", what, unit, positive ? "greater than 0" : "0 or more")));
}

#endif
