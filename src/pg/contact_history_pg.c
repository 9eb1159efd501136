/*
 * contact_history_pg.c: ttg.mcs_case_months, the months a case must be seen
 * in once its history is read (R-MCS-1, R-MCS-5): the date-effective start,
 * dated requirements, pauses and team assignments. Thin glue over
 * contact_core.c (ttg_mcs_month_span_from, ttg_mcs_requirements_in_month,
 * ttg_mcs_in_scope_r, ttg_mcs_month_paused, ttg_mcs_attribute); the reporting
 * model's case-months and the evaluator both go through it.
 */
#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#include "ttg_pg.h"
#include "contact_pg.h"
#include "vocab_pg.h"

/* Elements of a one-dimensional array (NULL array: none); NULL elements refused. */
static int
array_elems(FunctionCallInfo fcinfo, int argno, const char *what, Oid elemtype, Datum **elems)
{
	ArrayType  *a;
	bool	   *nulls;
	int			n;
	int16		typlen;
	bool		typbyval;
	char		typalign;

	*elems = NULL;
	if (PG_ARGISNULL(argno))
		return 0;
	a = PG_GETARG_ARRAYTYPE_P(argno);
	if (ARR_NDIM(a) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a one-dimensional array", what)));
	get_typlenbyvalalign(elemtype, &typlen, &typbyval, &typalign);
	deconstruct_array(a, elemtype, typlen, typbyval, typalign, elems, &nulls, &n);
	for (int i = 0; i < n; i++)
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s must not contain NULL", what)));
	return n;
}

/* A daterange as inclusive days; false when empty. Unbounded ends are open. */
static bool
range_days(FunctionCallInfo fcinfo, Datum d, TtgPeriod *p)
{
	TypeCacheEntry *tc = lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO);
	RangeBound	lo,
				hi;
	bool		empty;

	(void) fcinfo;
	range_deserialize(tc, DatumGetRangeTypeP(d), &lo, &hi, &empty);
	if (empty)
		return false;
	/* daterange is canonical: [lower, upper). */
	p->from = lo.infinite ? TTG_MIN_DAY : DatumGetDateADT(lo.val);
	p->to = hi.infinite ? TTG_OPEN_END : DatumGetDateADT(hi.val) - 1;
	if (!lo.infinite && DATE_NOT_FINITE(DatumGetDateADT(lo.val)))
		p->from = TTG_MIN_DAY;
	if (!hi.infinite && DATE_NOT_FINITE(DatumGetDateADT(hi.val)))
		p->to = TTG_OPEN_END;
	return p->to >= p->from;
}

static void
check_same_length(int a, int b, const char *what_a, const char *what_b)
{
	if (a != b)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s has %d elements but %s has %d", what_a, a, what_b, b),
				 errhint("Pass one period per element, in the same order.")));
}

/*
 * ttg.mcs_case_months(isp_completed_on, scope_end, partial, go_live,
 *     requirements, exempt, em_with_curfew_exempt,
 *     requirement_words, requirement_periods,
 *     pause_kinds, pause_periods, pause_rules,
 *     teams, regions, team_periods, attribution)
 *   RETURNS TABLE (month date, team text, region text)
 */
PG_FUNCTION_INFO_V1(ttg_sql_mcs_case_months);
Datum
ttg_sql_mcs_case_months(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	TtgPartial	partial;
	TtgAttribution attribution;
	TtgMcsRules rules;
	uint32		static_req = 0,
				exempt;
	Datum	   *rw,
			   *rp,
			   *pk,
			   *pp,
			   *pr,
			   *tw,
			   *tr,
			   *tp;
	int			nrw,
				nrp,
				npk,
				npp,
				npr,
				ntw,
				ntr,
				ntp;
	TtgPeriod  *reqp,
			   *pausep,
			   *teamp;
	uint32	   *reqbits;
	TtgPauseKind *kinds;
	Datum	   *teamw,
			   *regionw;
	int			nreq = 0,
				npause = 0,
				nteam = 0;
	TtgPauseRule prules[TTG_PAUSE_NKINDS] = {TTG_PAUSE_WHOLE_MONTH, TTG_PAUSE_WHOLE_MONTH, TTG_PAUSE_WHOLE_MONTH};
	int32_t		first = 0,
				count = 0;
	int		   *out;

	ttg_mcs_require_arg(fcinfo, 2, "partial");
	ttg_mcs_require_arg(fcinfo, 5, "exempt");
	ttg_mcs_require_arg(fcinfo, 6, "em_with_curfew_exempt");
	ttg_mcs_require_arg(fcinfo, 15, "attribution");
	partial = ttg_mcs_partial_arg(PG_GETARG_TEXT_PP(2));
	attribution = (TtgAttribution) ttg_vocab_arg(&ttg_mcs_attribution_vocab, PG_GETARG_TEXT_PP(15), NULL);
	exempt = ttg_mcs_requirements_arg(PG_GETARG_ARRAYTYPE_P(5), "exempt");
	ttg_mcs_rules_default(&rules);
	rules.em_with_curfew_exempt = PG_GETARG_BOOL(6);
	if (!PG_ARGISNULL(4))
		static_req = ttg_mcs_requirements_arg(PG_GETARG_ARRAYTYPE_P(4), "requirements");

	/* Pause rules: custody, warrant, suspended, in that order. */
	npr = array_elems(fcinfo, 11, "pause_rules", TEXTOID, &pr);
	if (npr != 0 && npr != TTG_PAUSE_NKINDS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("pause_rules has %d elements", npr),
				 errhint("Give three rules, for custody, warrant and suspended, e.g. '{whole_month,whole_month,none}'.")));
	for (int i = 0; i < npr; i++)
		prules[i] = (TtgPauseRule) ttg_vocab_arg(&ttg_mcs_pause_rule_vocab, DatumGetTextPP(pr[i]), NULL);

	nrw = array_elems(fcinfo, 7, "requirement_words", TEXTOID, &rw);
	nrp = array_elems(fcinfo, 8, "requirement_periods", DATERANGEOID, &rp);
	check_same_length(nrw, nrp, "requirement_words", "requirement_periods");
	npk = array_elems(fcinfo, 9, "pause_kinds", TEXTOID, &pk);
	npp = array_elems(fcinfo, 10, "pause_periods", DATERANGEOID, &pp);
	check_same_length(npk, npp, "pause_kinds", "pause_periods");
	ntw = array_elems(fcinfo, 12, "teams", TEXTOID, &tw);
	ntr = array_elems(fcinfo, 13, "regions", TEXTOID, &tr);
	ntp = array_elems(fcinfo, 14, "team_periods", DATERANGEOID, &tp);
	check_same_length(ntw, ntp, "teams", "team_periods");
	check_same_length(ntr, ntp, "regions", "team_periods");

	reqp = palloc(sizeof(TtgPeriod) * (nrp + 1));
	reqbits = palloc(sizeof(uint32) * (nrp + 1));
	for (int i = 0; i < nrp; i++)
	{
		int			id = ttg_vocab_arg(&ttg_mcs_requirement_vocab, DatumGetTextPP(rw[i]), NULL);

		if (range_days(fcinfo, rp[i], &reqp[nreq]))
			reqbits[nreq++] = 1u << id;
	}
	pausep = palloc(sizeof(TtgPeriod) * (npp + 1));
	kinds = palloc(sizeof(TtgPauseKind) * (npp + 1));
	for (int i = 0; i < npp; i++)
	{
		int			id = ttg_vocab_arg(&ttg_mcs_pause_kind_vocab, DatumGetTextPP(pk[i]), NULL);

		if (range_days(fcinfo, pp[i], &pausep[npause]))
			kinds[npause++] = (TtgPauseKind) id;
	}
	teamp = palloc(sizeof(TtgPeriod) * (ntp + 1));
	teamw = palloc(sizeof(Datum) * (ntp + 1));
	regionw = palloc(sizeof(Datum) * (ntp + 1));
	for (int i = 0; i < ntp; i++)
		if (range_days(fcinfo, tp[i], &teamp[nteam]))
		{
			teamw[nteam] = tw[i];
			regionw[nteam] = tr[i];
			nteam++;
		}
	out = palloc(sizeof(int) * (nteam + 1));

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	/* No ISP yet: the rule has not started. */
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("scope_end must not be NULL"),
				 errhint("For a case still in scope pass the end of the reporting period, e.g. coalesce(scope_end, current_date).")));
	ttg_check_date_range(PG_GETARG_DATEADT(0), "isp_completed_on");
	ttg_check_date_range(PG_GETARG_DATEADT(1), "scope_end");
	if (!PG_ARGISNULL(3))
		ttg_check_date_range(PG_GETARG_DATEADT(3), "go_live");
	(void) ttg_mcs_month_span_from(PG_GETARG_DATEADT(0), PG_GETARG_DATEADT(1), partial,
								   !PG_ARGISNULL(3), PG_ARGISNULL(3) ? 0 : PG_GETARG_DATEADT(3),
								   &first, &count);
	for (int32_t m = 0; m < count; m++)
	{
		int32_t		month = ttg_add_months(first, m);
		uint32		req = nreq > 0 ? ttg_mcs_requirements_in_month(reqp, reqbits, nreq, month) : static_req;
		int			k;
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		/* R-MCS-5 on the requirements of the month; then pauses. */
		if (!ttg_mcs_in_scope_r(req, exempt, &rules) ||
			ttg_mcs_month_paused(pausep, kinds, npause, month, prules))
			continue;
		values[0] = DateADTGetDatum(month);
		k = nteam > 0 ? ttg_mcs_attribute(teamp, nteam, month, attribution, out) : 0;
		if (k == 0)
		{
			/* No dated assignment covers the month: the case's own team. */
			nulls[1] = nulls[2] = true;
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
			continue;
		}
		for (int i = 0; i < k; i++)
		{
			values[1] = teamw[out[i]];
			values[2] = regionw[out[i]];
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		}
	}
	return (Datum) 0;
}
