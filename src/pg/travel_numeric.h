/*
 * travel_numeric.h: exact decimal helpers for the travel and upw glue.
 *
 * Minutes and hours arrive as numeric and the rules are decided on them
 * exactly: 7 hours x 30% is 126 minutes, where binary floating point gives
 * 125.99999... and rounding down would lose a minute.
 */
#ifndef TTG_TRAVEL_NUMERIC_H
#define TTG_TRAVEL_NUMERIC_H

#include "postgres.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

static inline Numeric
tn_int(int64 v)
{
	return int64_to_numeric(v);
}

static inline int
tn_cmp(Numeric a, Numeric b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(a), NumericGetDatum(b)));
}

static inline Numeric
tn_add(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_add, NumericGetDatum(a), NumericGetDatum(b)));
}

static inline Numeric
tn_mul(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_mul, NumericGetDatum(a), NumericGetDatum(b)));
}

static inline char *
tn_str(Numeric n)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(n)));
}

/*
 * Raise 22023 unless n is finite and at least 0 (or, when positive is true,
 * greater than 0). what names the argument; unit ends the hint's sentence.
 */
static inline void
tn_check_amount(Numeric n, const char *what, const char *unit, bool positive)
{
	if (numeric_is_nan(n) || numeric_is_inf(n))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite number: %s", what, tn_str(n)),
				 errhint("Give %s in %s.", what, unit)));
	if (positive ? tn_cmp(n, tn_int(0)) <= 0 : tn_cmp(n, tn_int(0)) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be %s: %s", what, positive ? "greater than 0" : "0 or more", tn_str(n)),
				 errhint("Give %s in %s, %s.", what, unit, positive ? "greater than 0" : "0 or more")));
}

#endif
