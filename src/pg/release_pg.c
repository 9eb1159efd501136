/*
 * release_pg.c: SQL face of release windows, Through the Gate and offender
 * management (R-TTG-1..4, R-OM-1..4). Thin shells over release_core.c: read the arguments
 * (SQL NULL becomes TTG_NO_DATE or TTG_UNKNOWN), check them, call the core.
 *
 * Every function is IMMUTABLE: the rules are compiled in and the answer
 * depends on the arguments alone.
 */
#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"
#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/numeric.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"
#include "utils/tuplestore.h"

#include "ttg_pg.h"
#include "vocab_pg.h"
#include "../core/contact_core.h"
#include "../core/release_core.h"

/* Argument n as a day number, TTG_NO_DATE for NULL; 22008 outside 1978..2099. */
static int32_t
opt_date(FunctionCallInfo fcinfo, int n, const char *what)
{
	DateADT		d;

	if (PG_ARGISNULL(n))
		return TTG_NO_DATE;
	d = PG_GETARG_DATEADT(n);
	ttg_check_date_range(d, what);
	return d;
}

/* Argument n as a Kleene truth value. */
static TtgTri
opt_bool(FunctionCallInfo fcinfo, int n)
{
	if (PG_ARGISNULL(n))
		return TTG_UNKNOWN;
	return PG_GETARG_BOOL(n) ? TTG_TRUE : TTG_FALSE;
}

/* ttg.release_date(confirmed, actual_parole, hdc_actual, crd, ard): first non-NULL. */
PG_FUNCTION_INFO_V1(ttg_sql_release_date);
Datum
ttg_sql_release_date(PG_FUNCTION_ARGS)
{
	static const char *const what[] = {"confirmed", "actual_parole", "hdc_actual", "crd", "ard"};
	int32_t		dates[5];
	int32_t		d;

	for (int i = 0; i < 5; i++)
		dates[i] = opt_date(fcinfo, i, what[i]);
	d = ttg_first_date(dates, 5);
	if (d == TTG_NO_DATE)
		PG_RETURN_NULL();
	PG_RETURN_DATEADT(d);
}

/* ttg.earliest_release_date(ped, crd, ard): PED, else the earlier of CRD and ARD. */
PG_FUNCTION_INFO_V1(ttg_sql_earliest_release_date);
Datum
ttg_sql_earliest_release_date(PG_FUNCTION_ARGS)
{
	int32_t		d = ttg_earliest_release(opt_date(fcinfo, 0, "ped"),
										 opt_date(fcinfo, 1, "crd"),
										 opt_date(fcinfo, 2, "ard"));

	if (d == TTG_NO_DATE)
		PG_RETURN_NULL();
	PG_RETURN_DATEADT(d);
}

/* ttg.ttg_window(release): [release - 84 days, release] as a daterange (R-TTG-1). */
PG_FUNCTION_INFO_V1(ttg_sql_ttg_window);
Datum
ttg_sql_ttg_window(PG_FUNCTION_ARGS)
{
	int32_t		release = opt_date(fcinfo, 0, "release");
	TypeCacheEntry *typcache = (TypeCacheEntry *) fcinfo->flinfo->fn_extra;
	RangeBound	lower;
	RangeBound	upper;

	if (typcache == NULL)
	{
		typcache = lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO);
		fcinfo->flinfo->fn_extra = typcache;
	}
	lower.val = DateADTGetDatum(release - TTG_WINDOW_DAYS);
	lower.infinite = false;
	lower.inclusive = true;
	lower.lower = true;
	upper.val = DateADTGetDatum(release);
	upper.infinite = false;
	upper.inclusive = true;
	upper.lower = false;
	PG_RETURN_RANGE_P(make_range(typcache, &lower, &upper, false));
}

/* ttg.in_ttg_window(release, as_of): as_of within the 12 weeks up to release. */
PG_FUNCTION_INFO_V1(ttg_sql_in_ttg_window);
Datum
ttg_sql_in_ttg_window(PG_FUNCTION_ARGS)
{
	int32_t		release = opt_date(fcinfo, 0, "release");
	int32_t		as_of = opt_date(fcinfo, 1, "as_of");

	PG_RETURN_BOOL(ttg_rel_in_window(release, as_of));
}

/* ttg.ttg_referral_due(release): release - 15 weeks (R-TTG-2). */
PG_FUNCTION_INFO_V1(ttg_sql_ttg_referral_due);
Datum
ttg_sql_ttg_referral_due(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(opt_date(fcinfo, 0, "release") - TTG_REFERRAL_DAYS);
}

/*
 * ttg.ttg_stage(release, as_of, resettlement_prison [, live_from]): where a
 * release stands on as_of; live_from is the prison's TTG start.
 */
PG_FUNCTION_INFO_V1(ttg_sql_ttg_stage);
Datum
ttg_sql_ttg_stage(PG_FUNCTION_ARGS)
{
	int32_t		live_from = PG_NARGS() > 3 ? opt_date(fcinfo, 3, "live_from") : TTG_NO_DATE;
	TtgStage	s = ttg_rel_stage(opt_date(fcinfo, 0, "release"), opt_date(fcinfo, 1, "as_of"),
							  opt_bool(fcinfo, 2), live_from);

	if (s == TTG_STAGE_UNKNOWN)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(ttg_stage_name(s)));
}

/* A ROSH word, or 22023 listing the accepted ones. */
static TtgRosh
rosh_arg(FunctionCallInfo fcinfo, int n)
{
	if (PG_ARGISNULL(n))
		return TTG_ROSH_MISSING;
	return (TtgRosh) ttg_vocab_arg(&ttg_rosh_vocab, PG_GETARG_TEXT_PP(n), NULL);
}

/* ttg.om_in_scope(sentence_months, rosh, ipp, ppo, sentenced_on [, released_on]): R-OM-1. */
PG_FUNCTION_INFO_V1(ttg_sql_om_in_scope);
Datum
ttg_sql_om_in_scope(PG_FUNCTION_ARGS)
{
	bool		has_months = !PG_ARGISNULL(0);
	double		months = 0;
	TtgRosh		rosh = rosh_arg(fcinfo, 1);
	TtgTri		r;

	if (has_months)
	{
		Numeric		num = PG_GETARG_NUMERIC(0);

		months = DatumGetFloat8(DirectFunctionCall1(numeric_float8, NumericGetDatum(num)));
		if (isnan(months) || months < 0 || isinf(months))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid sentence length: %s months",
							DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(num)))),
					 errhint("Give the sentence length in months, zero or more.")));
	}
	r = ttg_rel_om_in_scope(has_months, months, rosh, opt_bool(fcinfo, 2), opt_bool(fcinfo, 3),
						opt_date(fcinfo, 4, "sentenced_on"),
						PG_NARGS() > 5 ? opt_date(fcinfo, 5, "released_on") : TTG_NO_DATE);
	if (r == TTG_UNKNOWN)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(r == TTG_TRUE);
}

/* ttg.om_handover_date(release, parole_process_start): R-OM-2. */
PG_FUNCTION_INFO_V1(ttg_sql_om_handover_date);
Datum
ttg_sql_om_handover_date(PG_FUNCTION_ARGS)
{
	int32_t		d = ttg_rel_om_handover(opt_date(fcinfo, 0, "release"),
									opt_date(fcinfo, 1, "parole_process_start"));

	if (d == TTG_NO_DATE)
		PG_RETURN_NULL();
	PG_RETURN_DATEADT(d);
}

/* ttg.om_responsibility(as_of, release, parole_process_start, parole_refused_on, next_review_start). */
PG_FUNCTION_INFO_V1(ttg_sql_om_responsibility);
Datum
ttg_sql_om_responsibility(PG_FUNCTION_ARGS)
{
	int32_t		refused = opt_date(fcinfo, 3, "parole_refused_on");
	int32_t		next_review = opt_date(fcinfo, 4, "next_review_start");
	TtgHolder	h;

	if (refused != TTG_NO_DATE && next_review != TTG_NO_DATE && next_review < refused)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("next review start %s is before the parole refusal on %s",
						ttg_date_str(next_review), ttg_date_str(refused)),
				 errhint("The next parole review starts after the refusal (R-OM-3).")));
	h = ttg_rel_om_responsibility(opt_date(fcinfo, 0, "as_of"), opt_date(fcinfo, 1, "release"),
							  opt_date(fcinfo, 2, "parole_process_start"), refused, next_review);
	if (h == TTG_HOLDER_UNKNOWN)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(ttg_holder_name(h)));
}

/* ttg.pom_grade(tier): the grade of prison offender manager a tier needs (R-OM-4). */
PG_FUNCTION_INFO_V1(ttg_sql_pom_grade);
Datum
ttg_sql_pom_grade(PG_FUNCTION_ARGS)
{
	TtgPomGrade g = ttg_rel_pom_grade(ttg_vocab_arg(&ttg_tier_vocab, PG_GETARG_TEXT_PP(0), NULL));

	PG_RETURN_TEXT_P(cstring_to_text(ttg_pom_grade_name(g)));
}

/* Optional word argument n of vocabulary v: its id, or dflt when NULL; 22023 when not a word. */
static int
opt_word(FunctionCallInfo fcinfo, int n, const TtgVocab *v, int dflt)
{
	return PG_ARGISNULL(n) ? dflt : ttg_vocab_arg(v, PG_GETARG_TEXT_PP(n), NULL);
}

/*
 * Shared by omic_handover and omic_handover_date: read the 19 arguments and
 * compute. Returns false when a flag the rules need is NULL.
 */
static bool
omic_compute(FunctionCallInfo fcinfo, TtgOmicResult *out)
{
	TtgOmicCase c;
	TtgOmicEra	era = TTG_ERA_AUTO;
	TtgOmicStatus st;

	c.sentence_start = opt_date(fcinfo, 0, "sentence_start");
	c.crd = opt_date(fcinfo, 1, "crd");
	c.ard = opt_date(fcinfo, 2, "ard");
	c.ped = opt_date(fcinfo, 3, "ped");
	c.tariff = opt_date(fcinfo, 4, "tariff");
	c.hdc_actual = opt_date(fcinfo, 5, "hdc_actual");
	c.hdc_eligibility = opt_date(fcinfo, 6, "hdc_eligibility");
	c.parole_process_start = opt_date(fcinfo, 13, "parole_process_start");
	c.target_hearing = opt_date(fcinfo, 14, "target_hearing");
	c.as_of = opt_date(fcinfo, 18, "as_of");
	c.prison_type = (TtgPrisonType) opt_word(fcinfo, 16, &ttg_prison_type_vocab, TTG_PRISON_PUBLIC);
	c.basis = (TtgOmicBasis) opt_word(fcinfo, 17, &ttg_omic_basis_vocab, TTG_BASIS_SOURCES);
	c.mappa_level = PG_ARGISNULL(10) ? -1 : PG_GETARG_INT32(10);
	c.provider = (TtgProvider) opt_word(fcinfo, 9, &ttg_provider_vocab, TTG_PROVIDER_NPS);
	era = (TtgOmicEra) opt_word(fcinfo, 12, &ttg_omic_era_vocab, TTG_ERA_AUTO);
	if (!PG_ARGISNULL(10) && (c.mappa_level < 0 || c.mappa_level > 3))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid MAPPA level: %d", PG_GETARG_INT32(10)),
				 errhint("Accepted values: 0 (none), 1, 2, 3, or NULL when not known.")));
	if (PG_ARGISNULL(7) || PG_ARGISNULL(8) || PG_ARGISNULL(9) || PG_ARGISNULL(11) || PG_ARGISNULL(15))
		return false;
	c.recalled = PG_GETARG_BOOL(15);
	c.indeterminate = PG_GETARG_BOOL(7);
	c.early_allocation = PG_GETARG_BOOL(8);
	c.wales = PG_GETARG_BOOL(11);

	/* Impossible dates: name the first release date before the sentence start. */
	if (c.sentence_start != TTG_NO_DATE)
	{
		static const char *const names[] = {"crd", "ard", "ped", "tariff", "hdc_actual", "hdc_eligibility",
		"target_hearing"};
		const int32_t dates[] = {c.crd, c.ard, c.ped, c.tariff, c.hdc_actual, c.hdc_eligibility,
		c.target_hearing};

		for (int i = 0; i < 7; i++)
			if (dates[i] != TTG_NO_DATE && dates[i] < c.sentence_start)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("%s %s is before sentence_start %s", names[i],
								ttg_date_str(dates[i]), ttg_date_str(c.sentence_start)),
						 errhint("Every release date falls on or after the sentence start.")));
	}
	st = ttg_rel_omic_handover(&c, era, out);
	/* The core checks the same: a status other than OK here is a bug. */
	if (st != TTG_OMIC_OK)
		elog(ERROR, "ttg_rel_omic_handover failed with status %d", (int) st);
	return true;
}

/* ttg.omic_handover(...): handover date, the era applied and the rule that gave it. */
PG_FUNCTION_INFO_V1(ttg_sql_omic_handover);
Datum
ttg_sql_omic_handover(PG_FUNCTION_ARGS)
{
	TtgOmicResult r;
	TupleDesc	tupdesc;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	tupdesc = ttg_result_desc(fcinfo, "ttg.omic_handover");
	if (!omic_compute(fcinfo, &r))
		PG_RETURN_NULL();
	if (r.handover == TTG_NO_DATE)
		nulls[0] = true;
	else
		values[0] = DateADTGetDatum(r.handover);
	values[1] = CStringGetTextDatum(ttg_vocab_word(&ttg_omic_era_vocab, r.era));
	values[2] = CStringGetTextDatum(ttg_omic_rule_name(r.rule));
	if (r.responsibility == TTG_HOLDER_UNKNOWN)
		nulls[3] = true;
	else
		values[3] = CStringGetTextDatum(ttg_holder_name(r.responsibility));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* ttg.omic_handover_date(...): the handover date alone. */
PG_FUNCTION_INFO_V1(ttg_sql_omic_handover_date);
Datum
ttg_sql_omic_handover_date(PG_FUNCTION_ARGS)
{
	TtgOmicResult r;

	if (!omic_compute(fcinfo, &r) || r.handover == TTG_NO_DATE)
		PG_RETURN_NULL();
	PG_RETURN_DATEADT(r.handover);
}

/* ttg.release_working_day(release): a release on a non-business day moves to the business day before. */
PG_FUNCTION_INFO_V1(ttg_sql_release_working_day);
Datum
ttg_sql_release_working_day(PG_FUNCTION_ARGS)
{
	int32_t		release = opt_date(fcinfo, 0, "release");
	int32_t		out = 0;

	if (ttg_rel_working_day(ttg_national_calendar(), release, &out) != TTG_OK)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("the business day before release %s is outside the supported range",
						ttg_date_str(release)),
				 errhint("ttg supports dates from 1978-01-01 to 2099-12-31.")));
	PG_RETURN_DATEADT(out);
}

/* ttg.policy_facts(): every dated policy fact the rules read, with its source. */
PG_FUNCTION_INFO_V1(ttg_sql_policy_facts);
Datum
ttg_sql_policy_facts(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			n = 0;
	const TtgPolicyFact *f = ttg_policy_facts(&n);

	InitMaterializedSRF(fcinfo, 0);
	for (int i = 0; i < n; i++)
	{
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};

		values[0] = CStringGetTextDatum(f[i].name);
		if (f[i].first_day <= TTG_MIN_POLICY_DAY)
			nulls[1] = true;
		else
			values[1] = DateADTGetDatum(f[i].first_day);
		if (f[i].last_day == TTG_POLICY_OPEN)
			nulls[2] = true;
		else
			values[2] = DateADTGetDatum(f[i].last_day);
		values[3] = Int32GetDatum(f[i].value);
		values[4] = CStringGetTextDatum(f[i].unit);
		values[5] = CStringGetTextDatum(f[i].source);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
