/*
 * contact_pg.c: SQL face of the Minimum Contact Specification.
 *
 * Thin shells over contact_core.c: contact validity, the re-offer readings,
 * scope, months, the ttg.mcs_tally type with its aggregate, the mcs_rate
 * aggregate and the bands. The SQL-text evaluator is in contact_eval_pg.c.
 */
#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"
#include "catalog/pg_type.h"
#include "common/int.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"

#include "ttg_pg.h"
#include "contact_pg.h"
#include "vocab_pg.h"

/* ---- shared validators (also used by contact_eval_pg.c) ------------------ */

void
ttg_mcs_require_arg(FunctionCallInfo fcinfo, int argno, const char *name)
{
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be NULL", name)));
}

TtgMcsOutcome
ttg_mcs_outcome_arg(text *t)
{
	return (TtgMcsOutcome) ttg_vocab_arg(&ttg_mcs_outcome_vocab, t, "(NULL when not yet recorded)");
}

TtgReofferRule
ttg_mcs_reoffer_rule_arg(text *t)
{
	return (TtgReofferRule) ttg_vocab_arg(&ttg_mcs_reoffer_rule_vocab, t, NULL);
}

TtgPartial
ttg_mcs_partial_arg(text *t)
{
	return (TtgPartial) ttg_vocab_arg(&ttg_mcs_partial_vocab, t, NULL);
}

int
ttg_mcs_brag_arg(int32 freq)
{
	if (freq < 1 || freq > TTG_MCS_BRAG_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid BRAG contact frequency: %d", freq),
				 errhint("A BRAG frequency is a number of contacts per month from 1 to %d.",
						 TTG_MCS_BRAG_MAX)));
	return freq;
}

/* Requirement words of a text[] as a bit set; what names the argument. */
uint32
ttg_mcs_requirements_arg(ArrayType *a, const char *what)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	uint32		mask = 0;

	if (ARR_NDIM(a) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a one-dimensional array", what)));
	deconstruct_array(a, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
	{
		text	   *t;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s must not contain NULL", what)));
		t = DatumGetTextPP(elems[i]);
		mask |= 1u << ttg_vocab_arg(&ttg_mcs_requirement_vocab, t, NULL);
	}
	return mask;
}

/*
 * Date of a timestamp (floor, so times before 2000 land on the right day).
 * Infinite timestamps map to infinite dates, so range errors name them.
 */
static DateADT
timestamp_day(Timestamp ts)
{
	int64		d;

	if (TIMESTAMP_IS_NOBEGIN(ts))
		return DATEVAL_NOBEGIN;
	if (TIMESTAMP_IS_NOEND(ts))
		return DATEVAL_NOEND;
	d = ts / USECS_PER_DAY;
	if (ts < 0 && d * USECS_PER_DAY != ts)
		d--;
	return (DateADT) d;			/* finite timestamps always fit a date */
}

/* Read the six contact arguments starting at argument 0 (NULLs as documented). */
static TtgMcsContact
contact_args(FunctionCallInfo fcinfo, int first)
{
	TtgMcsContact c;
	text	   *type;

	ttg_mcs_require_arg(fcinfo, first, "contact_type");
	ttg_mcs_require_arg(fcinfo, first + 1, "appointment_at");
	type = PG_GETARG_TEXT_PP(first);
	c.case_manager_type = ttg_mcs_is_case_manager_type(VARDATA_ANY(type), VARSIZE_ANY_EXHDR(type));
	c.appointment_at = PG_GETARG_TIMESTAMP(first + 1);
	c.has_notice = !PG_ARGISNULL(first + 2);
	c.notified_at = c.has_notice ? PG_GETARG_TIMESTAMP(first + 2) : 0;
	c.outcome = PG_ARGISNULL(first + 3) ? TTG_OUT_NONE : ttg_mcs_outcome_arg(PG_GETARG_TEXT_PP(first + 3));
	c.has_minutes = !PG_ARGISNULL(first + 4);
	c.available_minutes = c.has_minutes ? PG_GETARG_INT32(first + 4) : 0;
	c.has_other_activity = !PG_ARGISNULL(first + 5);
	c.other_activity = c.has_other_activity ? PG_GETARG_BOOL(first + 5) : false;
	return c;
}

/*
 * The contact rules from arguments argno (notice lead minutes) and argno + 1
 * (sent-home reading), when the call has them; NULL arguments: defaults.
 */
static TtgMcsRules
rules_args(FunctionCallInfo fcinfo, int argno)
{
	TtgMcsRules r;

	ttg_mcs_rules_default(&r);
	if (PG_NARGS() > argno && !PG_ARGISNULL(argno))
	{
		int32		lead = PG_GETARG_INT32(argno);

		if (lead < 0 || lead > 60 * 24 * 366)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid notice lead time: %d minutes", lead),
					 errhint("A notice lead time is 0 (any time before the appointment) to 527040 minutes (366 days).")));
		r.notice_lead_minutes = lead;
	}
	if (PG_NARGS() > argno + 1 && !PG_ARGISNULL(argno + 1))
		r.sent_home = (TtgSentHome) ttg_vocab_arg(&ttg_mcs_sent_home_vocab, PG_GETARG_TEXT_PP(argno + 1), NULL);
	return r;
}

/* ---- contacts (R-MCS-2, R-MCS-3) ---------------------------------------- */

/* ttg.mcs_contact_failure(...): NULL when valid, else the first failing reason. */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_contact_failure);
Datum
ttg_sql_mcs_contact_failure(PG_FUNCTION_ARGS)
{
	TtgMcsContact c = contact_args(fcinfo, 0);
	TtgMcsRules r = rules_args(fcinfo, 6);
	TtgMcsFailure f = ttg_mcs_contact_failure_r(&c, &r);

	if (f == TTG_MCS_VALID)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(ttg_mcs_failure_word(f)));
}

/* ttg.mcs_contact_valid(...): the failure is NULL. */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_contact_valid);
Datum
ttg_sql_mcs_contact_valid(PG_FUNCTION_ARGS)
{
	TtgMcsContact c = contact_args(fcinfo, 0);
	TtgMcsRules r = rules_args(fcinfo, 6);

	PG_RETURN_BOOL(ttg_mcs_contact_failure_r(&c, &r) == TTG_MCS_VALID);
}

/* ---- re-offer (R-MCS-4) ------------------------------------------------- */

/* The calendar named by argument argno, or the national one when absent or NULL. */
static const TtgCalendar *
calendar_arg(FunctionCallInfo fcinfo, int argno)
{
	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return ttg_national_calendar();
	return ttg_local_calendar(fcinfo, PG_GETARG_TEXT_PP(argno));
}

static bool
reoffer_ok(const TtgCalendar *cal, DateADT missed, bool has_off, DateADT off, bool has_app,
		   DateADT app, TtgReofferRule rule)
{
	bool		ok = false;

	ttg_report_calendar_status(ttg_mcs_reoffer_ok(cal, missed, has_off, off,
												  has_app, app, rule, &ok),
							   missed, "missed date");
	return ok;
}

/* ttg.mcs_reoffer_ok(missed, offered, appointment, rule [, calendar]): further offer in time. */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_reoffer_ok);
Datum
ttg_sql_mcs_reoffer_ok(PG_FUNCTION_ARGS)
{
	TtgReofferRule rule;
	const TtgCalendar *cal;

	ttg_mcs_require_arg(fcinfo, 3, "rule");
	rule = ttg_mcs_reoffer_rule_arg(PG_GETARG_TEXT_PP(3));
	cal = calendar_arg(fcinfo, 4);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_BOOL(reoffer_ok(cal, PG_GETARG_DATEADT(0),
							  !PG_ARGISNULL(1), PG_ARGISNULL(1) ? 0 : PG_GETARG_DATEADT(1),
							  !PG_ARGISNULL(2), PG_ARGISNULL(2) ? 0 : PG_GETARG_DATEADT(2),
							  rule));
}

/* ---- scope and months (R-MCS-5, R-MCS-1) --------------------------------- */

/* ttg.mcs_in_scope(requirements, exempt). */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_in_scope);
Datum
ttg_sql_mcs_in_scope(PG_FUNCTION_ARGS)
{
	uint32		req = ttg_mcs_requirements_arg(PG_GETARG_ARRAYTYPE_P(0), "requirements");
	uint32		exempt = ttg_mcs_requirements_arg(PG_GETARG_ARRAYTYPE_P(1), "exempt");
	TtgMcsRules r;

	ttg_mcs_rules_default(&r);
	if (PG_NARGS() > 2)
		r.em_with_curfew_exempt = PG_GETARG_BOOL(2);
	PG_RETURN_BOOL(ttg_mcs_in_scope_r(req, exempt, &r));
}

/* ttg.mcs_months(isp_completed_on, scope_end, partial): first days of the months in scope. */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_months);
Datum
ttg_sql_mcs_months(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	TtgPartial	partial;
	DateADT		isp,
				end;
	int32_t		first = 0,
				count = 0;

	ttg_mcs_require_arg(fcinfo, 2, "partial");
	partial = ttg_mcs_partial_arg(PG_GETARG_TEXT_PP(2));
	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	/* No ISP yet: the rule has not started. */
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("scope_end must not be NULL"),
				 errhint("For a case still in scope pass the end of the reporting period, e.g. coalesce(scope_end, current_date).")));
	isp = PG_GETARG_DATEADT(0);
	end = PG_GETARG_DATEADT(1);
	ttg_check_date_range(isp, "isp_completed_on");
	ttg_check_date_range(end, "scope_end");
	(void) ttg_mcs_month_span(isp, end, partial, &first, &count);
	for (int32_t i = 0; i < count; i++)
	{
		Datum		v = DateADTGetDatum(ttg_add_months(first, i));
		bool		isnull = false;

		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, &v, &isnull);
	}
	return (Datum) 0;
}

/* ---- the tally type ----------------------------------------------------- */

/* ttg.mcs_tally input: "{counted=2,not_case_manager_contact=3}". */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_tally_in);
Datum
ttg_sql_mcs_tally_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	TtgMcsTally t = 0;

	if (!ttg_tally_parse(s, strlen(s), &t))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type ttg.mcs_tally: \"%s\"", s),
				 errhint("Write {field=n,...} with n from 0 to %d, each field at most once; fields: "
						 "counted, missed_without_reoffer, unattended, not_case_manager_contact, "
						 "no_written_notice, cancelled_by_case_manager, rearranged_by_case_manager, "
						 "available_under_30_minutes, shared_with_other_activity.", TTG_TALLY_MAX)));
	PG_RETURN_DATUM(TtgTallyGetDatum(t));
}

/* ttg.mcs_tally output. */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_tally_out);
Datum
ttg_sql_mcs_tally_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(TTG_TALLY_TEXT_MAX);

	ttg_tally_format(PG_GETARG_TALLY(0), buf);
	PG_RETURN_CSTRING(buf);
}

/* ttg.mcs_tally binary input: the 64-bit word, top bit clear. */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_tally_recv);
Datum
ttg_sql_mcs_tally_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	uint64		t = (uint64) pq_getmsgint64(buf);

	if (t >> (TTG_TALLY_NFIELDS * TTG_TALLY_BITS))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary ttg.mcs_tally")));
	PG_RETURN_DATUM(TtgTallyGetDatum(t));
}

/* ttg.mcs_tally binary output. */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_tally_send);
Datum
ttg_sql_mcs_tally_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, (int64) PG_GETARG_TALLY(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * Transition of ttg.mcs_tally(contact columns..., next_offered_on, next_appointment_on
 * [, rule [, calendar [, following_notified_at, following_appointment_at,
 * notice_lead_minutes, sent_home]]]): classify one contact into its case-month
 * tally. The long form takes the re-offer from the record's own columns when
 * either is filled, else from the following case-manager contact's dates
 * (R-MCS-4, ttg_mcs_reoffer_dates). By-value state, so no copying.
 */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_tally_step);
Datum
ttg_sql_mcs_tally_step(PG_FUNCTION_ARGS)
{
	TtgMcsTally t = PG_ARGISNULL(0) ? 0 : PG_GETARG_TALLY(0);
	TtgMcsContact c = contact_args(fcinfo, 1);
	TtgMcsRules rules = rules_args(fcinfo, 13);
	TtgMcsFailure f = ttg_mcs_contact_failure_r(&c, &rules);
	bool		reoffered = false;
	TtgReofferRule rule = TTG_REOFFER_OFFER;
	const TtgCalendar *cal;

	/* Checked on every row, so a bad rule or calendar fails whatever the data. */
	if (PG_NARGS() > 9)
	{
		ttg_mcs_require_arg(fcinfo, 9, "rule");
		rule = ttg_mcs_reoffer_rule_arg(PG_GETARG_TEXT_PP(9));
	}
	cal = calendar_arg(fcinfo, 10);
	if (f == TTG_MCS_VALID && ttg_mcs_needs_reoffer(c.outcome, &rules))
	{
		TtgReofferDates rec = {!PG_ARGISNULL(7), PG_ARGISNULL(7) ? 0 : PG_GETARG_DATEADT(7),
		!PG_ARGISNULL(8), PG_ARGISNULL(8) ? 0 : PG_GETARG_DATEADT(8)};
		TtgReofferDates next = {false, 0, false, 0};
		bool		has_next = false;

		if (PG_NARGS() > 12)
		{
			next.has_offered = !PG_ARGISNULL(11);
			next.offered = next.has_offered ? timestamp_day(PG_GETARG_TIMESTAMP(11)) : 0;
			next.has_appointment = !PG_ARGISNULL(12);
			next.appointment = next.has_appointment ? timestamp_day(PG_GETARG_TIMESTAMP(12)) : 0;
			has_next = next.has_appointment;
		}
		rec = ttg_mcs_reoffer_dates(rec, has_next, next);
		reoffered = reoffer_ok(cal, timestamp_day(c.appointment_at),
							   rec.has_offered, rec.offered, rec.has_appointment, rec.appointment,
							   rule);
	}
	t = ttg_tally_add(t, ttg_mcs_tally_field_r(f, c.outcome, reoffered, &rules), 1);
	PG_RETURN_DATUM(TtgTallyGetDatum(t));
}

/* Combine of ttg.mcs_tally: field-by-field saturating sum. */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_tally_combine);
Datum
ttg_sql_mcs_tally_combine(PG_FUNCTION_ARGS)
{
	TtgMcsTally a = PG_ARGISNULL(0) ? 0 : PG_GETARG_TALLY(0);
	TtgMcsTally b = PG_ARGISNULL(1) ? 0 : PG_GETARG_TALLY(1);

	PG_RETURN_DATUM(TtgTallyGetDatum(ttg_tally_combine(a, b)));
}

static int
brag_arg_or_default(FunctionCallInfo fcinfo, int argno)
{
	return PG_ARGISNULL(argno) ? 1 : ttg_mcs_brag_arg(PG_GETARG_INT32(argno));
}

/* ttg.mcs_met(tally): the case-month holds a counted contact (NULL tally: no contacts). */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_met);
Datum
ttg_sql_mcs_met(PG_FUNCTION_ARGS)
{
	TtgMcsTally t = PG_ARGISNULL(0) ? 0 : PG_GETARG_TALLY(0);

	PG_RETURN_BOOL(ttg_tally_get(t, TTG_TALLY_COUNTED) >= 1);
}

/* ttg.mcs_brag_met(tally, frequency): at least that many counted contacts. */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_brag_met);
Datum
ttg_sql_mcs_brag_met(PG_FUNCTION_ARGS)
{
	TtgMcsTally t = PG_ARGISNULL(0) ? 0 : PG_GETARG_TALLY(0);
	TtgMcsMonth m;

	ttg_mcs_month_eval(t, brag_arg_or_default(fcinfo, 1), &m);
	PG_RETURN_BOOL(m.brag_met);
}

/* ttg.mcs_reason(tally): why the case-month is not met; NULL when met. */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_reason);
Datum
ttg_sql_mcs_reason(PG_FUNCTION_ARGS)
{
	TtgMcsTally t = PG_ARGISNULL(0) ? 0 : PG_GETARG_TALLY(0);
	TtgMcsMonth m;

	ttg_mcs_month_eval(t, 1, &m);
	if (m.reason == TTG_REASON_MET)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(ttg_mcs_reason_word(m.reason)));
}

/* Fill the seven result columns of a judged case-month (shared with the evaluator). */
void
ttg_mcs_month_values(TtgMcsTally t, int freq, Datum *values, bool *nulls)
{
	TtgMcsMonth m;

	ttg_mcs_month_eval(t, freq, &m);
	values[0] = BoolGetDatum(m.mcs_met);
	values[1] = BoolGetDatum(m.brag_met);
	values[2] = Int32GetDatum((int32) m.contacts);
	values[3] = Int32GetDatum((int32) m.valid);
	values[4] = Int32GetDatum((int32) m.counted);
	for (int i = 0; i < 5; i++)
		nulls[i] = false;
	nulls[5] = m.reason == TTG_REASON_MET;
	values[5] = nulls[5] ? (Datum) 0 : CStringGetTextDatum(ttg_mcs_reason_word(m.reason));
	nulls[6] = m.commonest_failure == TTG_MCS_VALID;
	values[6] = nulls[6] ? (Datum) 0 : CStringGetTextDatum(ttg_mcs_failure_word(m.commonest_failure));
}

/* ttg.mcs_month(tally, brag_frequency): the case-month judged, as one record. */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_month);
Datum
ttg_sql_mcs_month(PG_FUNCTION_ARGS)
{
	TtgMcsTally t = PG_ARGISNULL(0) ? 0 : PG_GETARG_TALLY(0);
	TupleDesc	desc = ttg_result_desc(fcinfo, "ttg.mcs_month");
	Datum		values[7];
	bool		nulls[7];

	ttg_mcs_month_values(t, brag_arg_or_default(fcinfo, 1), values, nulls);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

/* ---- mcs_rate: percentage of true among non-NULL (R-MCS-7) -------------- */

/*
 * The {met, total} state, checked: a caller may pass any bigint[], so an
 * impossible state (negative counts, met above total) is 22023, never a
 * wrong percentage.
 */
static int64 *
rate_state(ArrayType *a)
{
	int64	   *s;

	if (ARR_NDIM(a) != 1 || ARR_DIMS(a)[0] != 2 || ARR_HASNULL(a) || ARR_ELEMTYPE(a) != INT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid ttg.mcs_rate state"),
				 errhint("The state is a bigint[] of two elements {met, total} without NULLs.")));
	s = (int64 *) ARR_DATA_PTR(a);
	if (s[0] < 0 || s[1] < 0 || s[0] > s[1])
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid ttg.mcs_rate state {" INT64_FORMAT "," INT64_FORMAT "}", s[0], s[1]),
				 errhint("The state is {met, total} with 0 <= met <= total.")));
	return s;
}

/* a + b, or 22003: a count that would wrap is an error, not a wrong rate. */
static int64
rate_add(int64 a, int64 b)
{
	int64		r;

	if (pg_add_s64_overflow(a, b, &r))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("ttg.mcs_rate count is out of range"),
				 errhint("The {met, total} counts are bigint; aggregate fewer rows at once.")));
	return r;
}

/*
 * Transition of ttg.mcs_rate(boolean): count true and non-NULL, in place in
 * the aggregate. STRICT: a NULL state or a NULL met never reaches it (the
 * aggregate skips NULL rows).
 */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_rate_step);
Datum
ttg_sql_mcs_rate_step(PG_FUNCTION_ARGS)
{
	ArrayType  *a;
	int64	   *s;
	int64		met,
				total;

	/* Also checked here: 0.1.0 declared the function without STRICT. */
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	a = AggCheckCallContext(fcinfo, NULL) ? PG_GETARG_ARRAYTYPE_P(0)
		: PG_GETARG_ARRAYTYPE_P_COPY(0);
	s = rate_state(a);
	if (PG_ARGISNULL(1))
		PG_RETURN_ARRAYTYPE_P(a);
	met = rate_add(s[0], PG_GETARG_BOOL(1) ? 1 : 0);
	total = rate_add(s[1], 1);
	s[0] = met;
	s[1] = total;
	PG_RETURN_ARRAYTYPE_P(a);
}

/* Combine of ttg.mcs_rate: add the two {met, total} pairs. */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_rate_combine);
Datum
ttg_sql_mcs_rate_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *a = AggCheckCallContext(fcinfo, NULL) ? PG_GETARG_ARRAYTYPE_P(0)
		: PG_GETARG_ARRAYTYPE_P_COPY(0);
	int64	   *s = rate_state(a);
	int64	   *t = rate_state(PG_GETARG_ARRAYTYPE_P(1));
	int64		met = rate_add(s[0], t[0]);
	int64		total = rate_add(s[1], t[1]);

	s[0] = met;
	s[1] = total;
	PG_RETURN_ARRAYTYPE_P(a);
}

/* Final of ttg.mcs_rate: 100 * met / total in numeric (no 64-bit product), NULL when nothing was counted. */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_rate_final);
Datum
ttg_sql_mcs_rate_final(PG_FUNCTION_ARGS)
{
	int64	   *s = rate_state(PG_GETARG_ARRAYTYPE_P(0));
	Datum		num,
				den;

	if (s[1] == 0)
		PG_RETURN_NULL();
	num = DirectFunctionCall2(numeric_mul, DirectFunctionCall1(int8_numeric, Int64GetDatum(s[0])),
							  DirectFunctionCall1(int8_numeric, Int64GetDatum(100)));
	den = DirectFunctionCall1(int8_numeric, Int64GetDatum(s[1]));
	PG_RETURN_DATUM(DirectFunctionCall2(numeric_div, num, den));
}

/* ---- bands (R-MCS-7) ---------------------------------------------------- */

static void
check_rate(Numeric n, const char *what)
{
	if (numeric_is_nan(n))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be NaN", what)));
}

static bool
numeric_at_least(Numeric a, Numeric b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(a), NumericGetDatum(b))) >= 0;
}

/* ttg.mcs_band(rate, month, target, trigger). */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_band);
Datum
ttg_sql_mcs_band(PG_FUNCTION_ARGS)
{
	Numeric		rate = PG_GETARG_NUMERIC(0);
	DateADT		month = PG_GETARG_DATEADT(1);
	Numeric		target = PG_GETARG_NUMERIC(2);
	Numeric		trigger = PG_GETARG_NUMERIC(3);

	check_rate(rate, "rate");
	check_rate(target, "target");
	check_rate(trigger, "trigger");
	if (!numeric_at_least(target, trigger))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("target %s is below trigger %s",
						DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(target))),
						DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(trigger)))),
				 errhint("The improvement trigger must not exceed the target (defaults 85 and 95).")));
	if (DATE_NOT_FINITE(month))
		ttg_check_date_range(month, "month");
	PG_RETURN_TEXT_P(cstring_to_text(ttg_mcs_band_word(
		ttg_mcs_band(month, numeric_at_least(rate, target), numeric_at_least(rate, trigger)))));
}
