/*
 * upw_pg.c: SQL face of the Unpaid Work timescales and hours (R-UPW-3 to
 * R-UPW-6). Dates and hours go straight to upw_core.c, hours and minutes
 * as the core's exact amounts (travel_numeric.h converts).
 */
#include "postgres.h"
#include "fmgr.h"
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"

#include "ttg_pg.h"
#include "travel_numeric.h"
#include "../core/upw_core.h"

/* Calendar status to error; d is the argument the answer was computed from. */
static DateADT
date_result(TtgStatus st, DateADT d, DateADT out, const char *what)
{
	if (st == TTG_ERR_RANGE)
		ttg_check_date_range(d, what);
	if (st != TTG_OK)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("the Unpaid Work date computed from %s %s is outside the supported range",
						what, ttg_date_str(d)),
				 errhint("ttg supports dates from 1978-01-01 to 2099-12-31.")));
	return out;
}

/* ttg.upw_assessment_due(sentence_date): 10 business days (R-UPW-3). */
PG_FUNCTION_INFO_V1(ttg_sql_upw_assessment_due);
Datum
ttg_sql_upw_assessment_due(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);
	int32_t		out = 0;
	TtgStatus	st;

	ttg_check_date_range(d, "sentence_date");
	st = ttg_upw_assessment_due(ttg_national_calendar(), d, &out);
	PG_RETURN_DATEADT(date_result(st, d, out, "sentence_date"));
}

/* ttg.upw_start_days(sentence_date): 7 before 26 June 2021, 15 from then (R-UPW-4). */
PG_FUNCTION_INFO_V1(ttg_sql_upw_start_days);
Datum
ttg_sql_upw_start_days(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);

	ttg_check_date_range(d, "sentence_date");
	PG_RETURN_INT32(ttg_upw_start_days(d));
}

/* ttg.upw_start_due(sentence_date): the date-effective start deadline (R-UPW-4). */
PG_FUNCTION_INFO_V1(ttg_sql_upw_start_due);
Datum
ttg_sql_upw_start_due(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);
	int32_t		out = 0;
	TtgStatus	st;

	ttg_check_date_range(d, "sentence_date");
	st = ttg_upw_start_due(ttg_national_calendar(), d, &out);
	PG_RETURN_DATEADT(date_result(st, d, out, "sentence_date"));
}

/* ttg.upw_start_due(sentence_date, business_days): a local target (R-UPW-4). */
PG_FUNCTION_INFO_V1(ttg_sql_upw_start_due_business_days);
Datum
ttg_sql_upw_start_due_business_days(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);
	int32		days = PG_GETARG_INT32(1);
	int32_t		out = 0;
	TtgStatus	st;

	ttg_check_date_range(d, "sentence_date");
	if (days < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("business_days must be 1 or more: %d", days),
				 errhint("Give the local start target in business days after the sentence date, e.g. 15.")));
	st = ttg_upw_start_due_days(ttg_national_calendar(), d, days, &out);
	PG_RETURN_DATEADT(date_result(st, d, out, "sentence_date"));
}

/* ttg.upw_review_dates(order_start): {6-month, 9-month} (R-UPW-5). */
PG_FUNCTION_INFO_V1(ttg_sql_upw_review_dates);
Datum
ttg_sql_upw_review_dates(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);
	int32_t		r[2] = {0, 0};
	Datum		elems[2];
	TtgStatus	st;

	ttg_check_date_range(d, "order_start");
	st = ttg_upw_review_dates(d, r);
	(void) date_result(st, d, 0, "order_start");
	elems[0] = DateADTGetDatum(r[0]);
	elems[1] = DateADTGetDatum(r[1]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, 2, DATEOID, sizeof(DateADT), true, TYPALIGN_INT));
}

/* ttg.upw_completion_due(order_start): 12 months (R-UPW-5). */
PG_FUNCTION_INFO_V1(ttg_sql_upw_completion_due);
Datum
ttg_sql_upw_completion_due(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);
	int32_t		out = 0;
	TtgStatus	st;

	ttg_check_date_range(d, "order_start");
	st = ttg_upw_completion_due(d, &out);
	PG_RETURN_DATEADT(date_result(st, d, out, "order_start"));
}

/* Argument argno as hours (or, when minutes, minutes). */
static TtgAmount
amount_arg(FunctionCallInfo fcinfo, int argno, const char *what, bool minutes)
{
	return tn_amount(PG_GETARG_NUMERIC(argno), what, minutes ? "minutes" : "hours");
}

/* Argument argno as the ETE cap, a share 0..1 (checked by the core). */
static TtgAmount
cap_arg(FunctionCallInfo fcinfo, int argno)
{
	Numeric		cap = PG_GETARG_NUMERIC(argno);

	if (numeric_is_nan(cap) || numeric_is_inf(cap))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("ETE cap %s is out of range", tn_str(cap)),
				 errhint("Give the cap as a fraction of the hours ordered, from 0 to 1 (0.20 is 20%%).")));
	return tn_amount(cap, "cap", "a share from 0 to 1");
}

/*
 * A status of the core's amount rules to an error naming argument bad
 * (names[bad], in unit units). start: the order start, for a computed date.
 */
static void
amount_result(FunctionCallInfo fcinfo, TtgAmountStatus st, int bad, const char *const *names,
			  const char *const *units)
{
	switch (st)
	{
		case TTG_AMOUNT_OK:
			return;
		case TTG_AMOUNT_NEGATIVE:
		case TTG_AMOUNT_NOT_POSITIVE:
			tn_report(st, PG_GETARG_NUMERIC(bad), names[bad], units[bad]);
			break;
		case TTG_AMOUNT_NOT_SHARE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("ETE cap %s is out of range", tn_str(PG_GETARG_NUMERIC(bad))),
					 errhint("Give the cap as a fraction of the hours ordered, from 0 to 1 (0.20 is 20%%).")));
			break;
		case TTG_AMOUNT_EXCEEDS:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("hours_completed %s is more than hours_ordered %s",
							tn_str(PG_GETARG_NUMERIC(1)), tn_str(PG_GETARG_NUMERIC(0))),
					 errhint("Hours completed cannot exceed the hours the court ordered.")));
			break;
		case TTG_AMOUNT_OVERFLOW:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("ETE cap of %s hours is too many minutes for an integer", tn_str(PG_GETARG_NUMERIC(0))),
					 errhint("Unpaid Work orders run from 40 to 300 hours; check hours_ordered.")));
			break;
		case TTG_AMOUNT_DATE_RANGE:
			(void) date_result(TTG_ERR_RESULT_RANGE, PG_GETARG_DATEADT(2), 0, "order_start");
			break;
	}
}

/* ttg.upw_progress(ordered, completed, order_start, as_of, tolerance_hours): even pace (R-UPW-5). */
PG_FUNCTION_INFO_V1(ttg_sql_upw_progress);
Datum
ttg_sql_upw_progress(PG_FUNCTION_ARGS)
{
	static const char *const names[] = {"hours_ordered", "hours_completed", "order_start", "as_of", "tolerance_hours"};
	static const char *const units[] = {"hours", "hours", NULL, NULL, "hours"};
	TtgAmount	ordered = amount_arg(fcinfo, 0, names[0], false);
	TtgAmount	done = amount_arg(fcinfo, 1, names[1], false);
	DateADT		start = PG_GETARG_DATEADT(2);
	DateADT		as_of = PG_GETARG_DATEADT(3);
	TtgAmount	tol = amount_arg(fcinfo, 4, names[4], false);
	TtgUpwProgress p = TTG_UPW_BEHIND;
	int			bad = -1;
	TtgAmountStatus st;

	st = ttg_upw_status(ordered, done, start, as_of, tol, &p, &bad);
	/* Amounts first, then the dates the pace needs. */
	if (st != TTG_AMOUNT_OK && st != TTG_AMOUNT_DATE_RANGE)
		amount_result(fcinfo, st, bad, names, units);
	ttg_check_date_range(start, "order_start");
	ttg_check_date_range(as_of, "as_of");
	if (as_of < start)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("as_of %s is before order_start %s", ttg_date_str(as_of), ttg_date_str(start)),
				 errhint("Progress is measured on or after the day the order starts.")));
	amount_result(fcinfo, st, bad, names, units);
	PG_RETURN_TEXT_P(cstring_to_text(ttg_upw_progress_word(p)));
}

static const char *const ete_names[] = {"hours_ordered", "ete_minutes_so_far", "cap", "", "cap"};
static const char *const ete_units[] = {"hours", "minutes", NULL, NULL, NULL};

/* ttg.upw_ete_cap_minutes(hours_ordered, cap): most ETE minutes that count (R-UPW-6). */
PG_FUNCTION_INFO_V1(ttg_sql_upw_ete_cap_minutes);
Datum
ttg_sql_upw_ete_cap_minutes(PG_FUNCTION_ARGS)
{
	TtgAmount	hours = amount_arg(fcinfo, 0, "hours_ordered", false);
	TtgAmount	cap = cap_arg(fcinfo, 1);
	int32_t		m = 0;
	int			bad = -1;

	TtgAmountStatus st = ttg_upw_ete_cap(hours, cap, &m, &bad);

	amount_result(fcinfo, st, bad, ete_names, ete_units);
	PG_RETURN_INT32(m);
}

/* ttg.upw_ete_ok(hours_ordered, ete_minutes_so_far, cap): still within the cap (R-UPW-6). */
PG_FUNCTION_INFO_V1(ttg_sql_upw_ete_ok);
Datum
ttg_sql_upw_ete_ok(PG_FUNCTION_ARGS)
{
	TtgAmount	hours = amount_arg(fcinfo, 0, "hours_ordered", false);
	TtgAmount	so_far = amount_arg(fcinfo, 1, "ete_minutes_so_far", true);
	TtgAmount	cap = cap_arg(fcinfo, 2);
	bool		ok = false;
	int			bad = -1;

	TtgAmountStatus st = ttg_upw_ete_within(hours, so_far, cap, &ok, &bad);

	amount_result(fcinfo, st, bad, ete_names, ete_units);
	PG_RETURN_BOOL(ok);
}

/* Arguments 0 (hours), n_elig (eligible), n_asof (as_of) and the cap of the eligibility forms; false when NULL. */
static bool
elig_args(FunctionCallInfo fcinfo, int n_elig, int n_asof, int n_cap,
		  TtgAmount *hours, bool *eligible, int32_t *as_of, TtgAmount *cap, bool *has_cap)
{
	if (PG_ARGISNULL(0) || PG_ARGISNULL(n_elig) || PG_ARGISNULL(n_asof))
		return false;
	*hours = amount_arg(fcinfo, 0, "hours_ordered", false);
	*eligible = PG_GETARG_BOOL(n_elig);
	*as_of = PG_GETARG_DATEADT(n_asof);
	ttg_check_date_range(*as_of, "as_of");
	*has_cap = !PG_ARGISNULL(n_cap);
	if (*has_cap)
		*cap = cap_arg(fcinfo, n_cap);
	return true;
}

/*
 * ttg.upw_ete_cap_minutes(hours_ordered, ete_eligible, as_of, cap): the cap of
 * R-UPW-6 for one person: 0 when not eligible; cap NULL: the policy in force on as_of.
 */
PG_FUNCTION_INFO_V1(ttg_sql_upw_ete_cap_minutes_eligible);
Datum
ttg_sql_upw_ete_cap_minutes_eligible(PG_FUNCTION_ARGS)
{
	static const char *const names[] = {"hours_ordered", "", "", "cap"};
	TtgAmount	hours,
				cap;
	bool		eligible,
				has_cap;
	int32_t		as_of,
				m = 0;
	int			bad = -1;
	TtgAmountStatus st;

	if (!elig_args(fcinfo, 1, 2, 3, &hours, &eligible, &as_of, &cap, &has_cap))
		PG_RETURN_NULL();
	st = ttg_upw_ete_cap_for(hours, eligible, as_of, has_cap ? &cap : NULL, &m, &bad);
	amount_result(fcinfo, st, bad, names, ete_units);
	PG_RETURN_INT32(m);
}

/*
 * ttg.upw_ete_ok(hours_ordered, ete_minutes_so_far, ete_eligible, as_of, cap):
 * within the cap of R-UPW-6; a person not eligible is within it only with no ETE minutes.
 */
PG_FUNCTION_INFO_V1(ttg_sql_upw_ete_ok_eligible);
Datum
ttg_sql_upw_ete_ok_eligible(PG_FUNCTION_ARGS)
{
	TtgAmount	hours,
				so_far,
				cap;
	bool		eligible,
				has_cap,
				ok = false;
	int32_t		as_of;
	int			bad = -1;
	TtgAmountStatus st;

	if (PG_ARGISNULL(1) || !elig_args(fcinfo, 2, 3, 4, &hours, &eligible, &as_of, &cap, &has_cap))
		PG_RETURN_NULL();
	so_far = amount_arg(fcinfo, 1, "ete_minutes_so_far", true);
	st = ttg_upw_ete_within_for(hours, so_far, eligible, as_of, has_cap ? &cap : NULL, &ok, &bad);
	amount_result(fcinfo, st, bad, ete_names, ete_units);
	PG_RETURN_BOOL(ok);
}

/* ttg.upw_ete_cap_share(as_of): the cap in force on as_of as a share (0.20, then 0.30). */
PG_FUNCTION_INFO_V1(ttg_sql_upw_ete_cap_share);
Datum
ttg_sql_upw_ete_cap_share(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);

	ttg_check_date_range(d, "as_of");
	/* Per cent to a share of two decimals: 20 is 0.20. */
	PG_RETURN_NUMERIC(int64_div_fast_to_numeric(ttg_policy_ete_cap_percent(d), 2));
}
