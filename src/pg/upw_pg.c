/*
 * upw_pg.c: SQL face of the Unpaid Work timescales and hours (R-UPW-3 to
 * R-UPW-6). Dates go straight to upw_core.c; hours are compared as exact
 * decimals here (travel_numeric.h says why).
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
PG_FUNCTION_INFO_V1(ttg_upw_assessment_due_sql);
Datum
ttg_upw_assessment_due_sql(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);
	int32_t		out = 0;
	TtgStatus	st;

	ttg_check_date_range(d, "sentence_date");
	st = ttg_upw_assessment_due(ttg_national_calendar(), d, &out);
	PG_RETURN_DATEADT(date_result(st, d, out, "sentence_date"));
}

/* ttg.upw_start_days(sentence_date): 7 before 26 June 2021, 15 from then (R-UPW-4). */
PG_FUNCTION_INFO_V1(ttg_upw_start_days_sql);
Datum
ttg_upw_start_days_sql(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);

	ttg_check_date_range(d, "sentence_date");
	PG_RETURN_INT32(ttg_upw_start_days(d));
}

/* ttg.upw_start_due(sentence_date): the date-effective start deadline (R-UPW-4). */
PG_FUNCTION_INFO_V1(ttg_upw_start_due_sql);
Datum
ttg_upw_start_due_sql(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);
	int32_t		out = 0;
	TtgStatus	st;

	ttg_check_date_range(d, "sentence_date");
	st = ttg_upw_start_due(ttg_national_calendar(), d, &out);
	PG_RETURN_DATEADT(date_result(st, d, out, "sentence_date"));
}

/* ttg.upw_start_due(sentence_date, business_days): a local target (R-UPW-4). */
PG_FUNCTION_INFO_V1(ttg_upw_start_due_days_sql);
Datum
ttg_upw_start_due_days_sql(PG_FUNCTION_ARGS)
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
PG_FUNCTION_INFO_V1(ttg_upw_review_dates_sql);
Datum
ttg_upw_review_dates_sql(PG_FUNCTION_ARGS)
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
PG_FUNCTION_INFO_V1(ttg_upw_completion_due_sql);
Datum
ttg_upw_completion_due_sql(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);
	int32_t		out = 0;
	TtgStatus	st;

	ttg_check_date_range(d, "order_start");
	st = ttg_upw_completion_due(d, &out);
	PG_RETURN_DATEADT(date_result(st, d, out, "order_start"));
}

/* ttg.upw_progress(ordered, completed, order_start, as_of, tolerance_hours): even pace (R-UPW-5). */
PG_FUNCTION_INFO_V1(ttg_upw_progress_sql);
Datum
ttg_upw_progress_sql(PG_FUNCTION_ARGS)
{
	Numeric		ordered = PG_GETARG_NUMERIC(0);
	Numeric		done = PG_GETARG_NUMERIC(1);
	DateADT		start = PG_GETARG_DATEADT(2);
	DateADT		as_of = PG_GETARG_DATEADT(3);
	Numeric		tol = PG_GETARG_NUMERIC(4);
	int32_t		elapsed = 0,
				total = 0;
	bool		at_pace;
	TtgUpwProgress p;

	tn_check_amount(ordered, "hours_ordered", "hours", true);
	tn_check_amount(done, "hours_completed", "hours", false);
	tn_check_amount(tol, "tolerance_hours", "hours", false);
	if (tn_cmp(done, ordered) > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("hours_completed %s is more than hours_ordered %s", tn_str(done), tn_str(ordered)),
				 errhint("Hours completed cannot exceed the hours the court ordered.")));
	ttg_check_date_range(start, "order_start");
	ttg_check_date_range(as_of, "as_of");
	if (as_of < start)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("as_of %s is before order_start %s", ttg_date_str(as_of), ttg_date_str(start)),
				 errhint("Progress is measured on or after the day the order starts.")));
	(void) date_result(ttg_upw_pace(start, as_of, &elapsed, &total), start, 0, "order_start");

	/* At pace: (completed + tolerance) * total >= ordered * elapsed, exactly. */
	at_pace = tn_cmp(tn_mul(tn_add(done, tol), tn_int(total)),
					 tn_mul(ordered, tn_int(elapsed))) >= 0;
	p = ttg_upw_classify(tn_cmp(done, ordered) >= 0, as_of - start > total, at_pace);
	PG_RETURN_TEXT_P(cstring_to_text(ttg_upw_progress_word(p)));
}

static Numeric
cap_arg(FunctionCallInfo fcinfo, int argno)
{
	Numeric		cap = PG_GETARG_NUMERIC(argno);

	if (numeric_is_nan(cap) || numeric_is_inf(cap) ||
		tn_cmp(cap, tn_int(0)) < 0 || tn_cmp(cap, tn_int(1)) > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("ETE cap %s is out of range", tn_str(cap)),
				 errhint("Give the cap as a fraction of the hours ordered, from 0 to 1 (0.20 is 20%%).")));
	return cap;
}

/*
 * R-UPW-6 in whole minutes, as the services count: hours * 60 rounded to the
 * nearest minute, times the cap, truncated (20 minutes at 30% is 6). cap is a
 * fraction 0..1 in exact decimals.
 */
static int32
ete_cap_minutes(Numeric hours, Numeric cap)
{
	Numeric		mins = DatumGetNumeric(DirectFunctionCall2(numeric_round,
														   NumericGetDatum(tn_mul(hours, tn_int(60))),
														   Int32GetDatum(0)));
	Numeric		m = tn_mul(mins, cap);
	Datum		t = DirectFunctionCall2(numeric_trunc, NumericGetDatum(m), Int32GetDatum(0));

	if (tn_cmp(DatumGetNumeric(t), tn_int(PG_INT32_MAX)) > 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("ETE cap of %s hours is too many minutes for an integer", tn_str(hours)),
				 errhint("Unpaid Work orders run from 40 to 300 hours; check hours_ordered.")));
	return DatumGetInt32(DirectFunctionCall1(numeric_int4, t));
}

/* The cap of argument n, or the dated policy on as_of when the cap is NULL (the 3-argument forms). */
static Numeric
cap_or_policy(FunctionCallInfo fcinfo, int cap_arg_no, int32_t as_of)
{
	if (!PG_ARGISNULL(cap_arg_no))
		return cap_arg(fcinfo, cap_arg_no);
	return DatumGetNumeric(DirectFunctionCall2(numeric_div, NumericGetDatum(tn_int(ttg_policy_ete_cap_percent(as_of))),
											   NumericGetDatum(tn_int(100))));
}

/* ttg.upw_ete_cap_minutes(hours_ordered, cap): most ETE minutes that count (R-UPW-6). */
PG_FUNCTION_INFO_V1(ttg_upw_ete_cap_minutes);
Datum
ttg_upw_ete_cap_minutes(PG_FUNCTION_ARGS)
{
	Numeric		hours = PG_GETARG_NUMERIC(0);
	Numeric		cap = cap_arg(fcinfo, 1);

	tn_check_amount(hours, "hours_ordered", "hours", true);
	PG_RETURN_INT32(ete_cap_minutes(hours, cap));
}

/* ttg.upw_ete_ok(hours_ordered, ete_minutes_so_far, cap): still within the cap (R-UPW-6). */
PG_FUNCTION_INFO_V1(ttg_upw_ete_ok);
Datum
ttg_upw_ete_ok(PG_FUNCTION_ARGS)
{
	Numeric		hours = PG_GETARG_NUMERIC(0);
	Numeric		so_far = PG_GETARG_NUMERIC(1);
	Numeric		cap = cap_arg(fcinfo, 2);

	tn_check_amount(hours, "hours_ordered", "hours", true);
	tn_check_amount(so_far, "ete_minutes_so_far", "minutes", false);
	PG_RETURN_BOOL(tn_cmp(so_far, tn_int(ete_cap_minutes(hours, cap))) <= 0);
}

/* Arguments 0 (hours), n_elig (eligible), n_asof (as_of) of the eligibility forms; false when NULL. */
static bool
elig_args(FunctionCallInfo fcinfo, int n_elig, int n_asof, Numeric *hours, bool *eligible, int32_t *as_of)
{
	if (PG_ARGISNULL(0) || PG_ARGISNULL(n_elig) || PG_ARGISNULL(n_asof))
		return false;
	*hours = PG_GETARG_NUMERIC(0);
	tn_check_amount(*hours, "hours_ordered", "hours", true);
	*eligible = PG_GETARG_BOOL(n_elig);
	*as_of = PG_GETARG_DATEADT(n_asof);
	ttg_check_date_range(*as_of, "as_of");
	return true;
}

/*
 * ttg.upw_ete_cap_minutes(hours_ordered, ete_eligible, as_of, cap): the cap of
 * R-UPW-6 for one person: 0 when not eligible; cap NULL: the policy in force on as_of.
 */
PG_FUNCTION_INFO_V1(ttg_upw_ete_cap_minutes_for);
Datum
ttg_upw_ete_cap_minutes_for(PG_FUNCTION_ARGS)
{
	Numeric		hours;
	bool		eligible;
	int32_t		as_of;

	if (!elig_args(fcinfo, 1, 2, &hours, &eligible, &as_of))
		PG_RETURN_NULL();
	if (!eligible)
		PG_RETURN_INT32(0);
	PG_RETURN_INT32(ete_cap_minutes(hours, cap_or_policy(fcinfo, 3, as_of)));
}

/*
 * ttg.upw_ete_ok(hours_ordered, ete_minutes_so_far, ete_eligible, as_of, cap):
 * within the cap of R-UPW-6; a person not eligible is within it only with no ETE minutes.
 */
PG_FUNCTION_INFO_V1(ttg_upw_ete_ok_for);
Datum
ttg_upw_ete_ok_for(PG_FUNCTION_ARGS)
{
	Numeric		hours;
	Numeric		so_far;
	bool		eligible;
	int32_t		as_of;
	int32		cap_minutes;

	if (PG_ARGISNULL(1) || !elig_args(fcinfo, 2, 3, &hours, &eligible, &as_of))
		PG_RETURN_NULL();
	so_far = PG_GETARG_NUMERIC(1);
	tn_check_amount(so_far, "ete_minutes_so_far", "minutes", false);
	cap_minutes = eligible ? ete_cap_minutes(hours, cap_or_policy(fcinfo, 4, as_of)) : 0;
	PG_RETURN_BOOL(tn_cmp(so_far, tn_int(cap_minutes)) <= 0);
}

/* ttg.upw_ete_cap_share(as_of): the cap in force on as_of as a share (0.20, then 0.30). */
PG_FUNCTION_INFO_V1(ttg_upw_ete_cap_share);
Datum
ttg_upw_ete_cap_share(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);

	ttg_check_date_range(d, "as_of");
	PG_RETURN_DATUM(DirectFunctionCall2(numeric_round,
										DirectFunctionCall2(numeric_div,
															NumericGetDatum(tn_int(ttg_policy_ete_cap_percent(d))),
															NumericGetDatum(tn_int(100))),
										Int32GetDatum(2)));
}
