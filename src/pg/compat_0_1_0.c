/*
 * compat_0_1_0.c: the C symbols that ttg--0.1.0.sql names.
 *
 * A DBA who installs this library over a 0.1.0 database runs 0.1.0's SQL
 * against it until ALTER EXTENSION ttg UPDATE, and CREATE EXTENSION ttg
 * VERSION '0.1.0' (the upgrade test) creates functions by these names. Every
 * current entry point is named ttg_sql_<sql name>; here each 0.1.0 name calls
 * the current one. The update re-points every function at its current name,
 * so an updated database never calls into this file.
 *
 * Two 0.1.0 functions took fewer arguments than their 0.2.0 successors and one
 * is gone from 0.2.0: those have bodies of their own below.
 */
#include "postgres.h"
#include "fmgr.h"
#include "commands/trigger.h"
#include "utils/builtins.h"

/* old: a 0.1.0 symbol; current: the entry point that now computes it, same arguments. */
#define TTG_ALIAS(old, current) \
	extern Datum current(PG_FUNCTION_ARGS); \
	extern Datum old(PG_FUNCTION_ARGS); \
	PG_FUNCTION_INFO_V1(old); \
	Datum old(PG_FUNCTION_ARGS) { return current(fcinfo); }

TTG_ALIAS(ttg_add_business_days, ttg_sql_add_business_days)
TTG_ALIAS(ttg_add_business_days_cal, ttg_sql_add_business_days_calendar)
TTG_ALIAS(ttg_bank_holidays, ttg_sql_bank_holidays)
TTG_ALIAS(ttg_bng_to_wgs84_sql, ttg_sql_bng_to_wgs84)
TTG_ALIAS(ttg_business_days_between, ttg_sql_business_days_between)
TTG_ALIAS(ttg_business_days_between_cal, ttg_sql_business_days_between_calendar)
TTG_ALIAS(ttg_credited_travel_minutes_sql, ttg_sql_credited_travel_minutes)
TTG_ALIAS(ttg_earliest_release_date, ttg_sql_earliest_release_date)
TTG_ALIAS(ttg_estimate_travel_minutes, ttg_sql_estimate_travel_minutes)
TTG_ALIAS(ttg_estimate_travel_minutes_bng, ttg_sql_estimate_travel_minutes_bng)
TTG_ALIAS(ttg_great_circle_km_sql, ttg_sql_great_circle_km)
TTG_ALIAS(ttg_in_ttg_window, ttg_sql_in_ttg_window)
TTG_ALIAS(ttg_is_bank_holiday, ttg_sql_is_bank_holiday)
TTG_ALIAS(ttg_is_business_day, ttg_sql_is_business_day)
TTG_ALIAS(ttg_is_business_day_cal, ttg_sql_is_business_day_calendar)
TTG_ALIAS(ttg_load_calendar, ttg_sql_load_calendar)
TTG_ALIAS(ttg_load_resettlement_prisons, ttg_sql_load_resettlement_prisons)
TTG_ALIAS(ttg_load_shipped_resettlement_prisons, ttg_sql_load_shipped_resettlement_prisons)
TTG_ALIAS(ttg_match_placements, ttg_sql_match_placements)
TTG_ALIAS(ttg_om_handover_date, ttg_sql_om_handover_date)
TTG_ALIAS(ttg_om_in_scope, ttg_sql_om_in_scope)
TTG_ALIAS(ttg_om_responsibility, ttg_sql_om_responsibility)
TTG_ALIAS(ttg_pg_mcs_band, ttg_sql_mcs_band)
TTG_ALIAS(ttg_pg_mcs_brag_met, ttg_sql_mcs_brag_met)
TTG_ALIAS(ttg_pg_mcs_contact_failure, ttg_sql_mcs_contact_failure)
TTG_ALIAS(ttg_pg_mcs_contact_valid, ttg_sql_mcs_contact_valid)
TTG_ALIAS(ttg_pg_mcs_evaluate, ttg_sql_mcs_evaluate)
TTG_ALIAS(ttg_pg_mcs_in_scope, ttg_sql_mcs_in_scope)
TTG_ALIAS(ttg_pg_mcs_met, ttg_sql_mcs_met)
TTG_ALIAS(ttg_pg_mcs_month, ttg_sql_mcs_month)
TTG_ALIAS(ttg_pg_mcs_months, ttg_sql_mcs_months)
TTG_ALIAS(ttg_pg_mcs_rate_combine, ttg_sql_mcs_rate_combine)
TTG_ALIAS(ttg_pg_mcs_rate_final, ttg_sql_mcs_rate_final)
TTG_ALIAS(ttg_pg_mcs_rate_step, ttg_sql_mcs_rate_step)
TTG_ALIAS(ttg_pg_mcs_reason, ttg_sql_mcs_reason)
TTG_ALIAS(ttg_pg_mcs_reoffer_ok, ttg_sql_mcs_reoffer_ok)
TTG_ALIAS(ttg_pg_mcs_tally_combine, ttg_sql_mcs_tally_combine)
TTG_ALIAS(ttg_pg_mcs_tally_in, ttg_sql_mcs_tally_in)
TTG_ALIAS(ttg_pg_mcs_tally_out, ttg_sql_mcs_tally_out)
TTG_ALIAS(ttg_pg_mcs_tally_recv, ttg_sql_mcs_tally_recv)
TTG_ALIAS(ttg_pg_mcs_tally_send, ttg_sql_mcs_tally_send)
TTG_ALIAS(ttg_pg_mcs_tally_step, ttg_sql_mcs_tally_step)
TTG_ALIAS(ttg_placement_candidates, ttg_sql_placement_candidates)
TTG_ALIAS(ttg_placement_failure, ttg_sql_placement_failure)
TTG_ALIAS(ttg_pom_grade, ttg_sql_pom_grade)
TTG_ALIAS(ttg_release_date, ttg_sql_release_date)
TTG_ALIAS(ttg_travel_limit_minutes_sql, ttg_sql_travel_limit_minutes)
TTG_ALIAS(ttg_travel_mode_defaults, ttg_sql_travel_mode_defaults)
TTG_ALIAS(ttg_ttg_referral_due, ttg_sql_ttg_referral_due)
TTG_ALIAS(ttg_ttg_stage, ttg_sql_ttg_stage)
TTG_ALIAS(ttg_ttg_window, ttg_sql_ttg_window)
TTG_ALIAS(ttg_upw_assessment_due_sql, ttg_sql_upw_assessment_due)
TTG_ALIAS(ttg_upw_completion_due_sql, ttg_sql_upw_completion_due)
TTG_ALIAS(ttg_upw_ete_cap_minutes, ttg_sql_upw_ete_cap_minutes)
TTG_ALIAS(ttg_upw_ete_ok, ttg_sql_upw_ete_ok)
TTG_ALIAS(ttg_upw_progress_sql, ttg_sql_upw_progress)
TTG_ALIAS(ttg_upw_review_dates_sql, ttg_sql_upw_review_dates)
TTG_ALIAS(ttg_upw_session_credit, ttg_sql_upw_session_credit)
TTG_ALIAS(ttg_upw_start_days_sql, ttg_sql_upw_start_days)
TTG_ALIAS(ttg_upw_start_due_days_sql, ttg_sql_upw_start_due_business_days)
TTG_ALIAS(ttg_upw_start_due_sql, ttg_sql_upw_start_due)
TTG_ALIAS(ttg_within_travel_limit_sql, ttg_sql_within_travel_limit)

extern Datum ttg_sql_omic_handover(PG_FUNCTION_ARGS);
extern Datum ttg_sql_omic_handover_date(PG_FUNCTION_ARGS);

/*
 * 0.1.0's omic_handover and omic_handover_date took the first 14 of the 19
 * arguments 0.2.0 takes: call the 0.2.0 function with the other five at their
 * 0.2.0 defaults (no target hearing, not recalled, public prison, the sources'
 * OMiC start, no as_of), never reading past the arguments given.
 */
static Datum
omic_with_defaults(PGFunction current, FunctionCallInfo fcinfo)
{
	LOCAL_FCINFO(full, 19);
	Datum		result;

	if (PG_NARGS() != 14)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the 0.1.0 OMiC handover entry point takes 14 arguments, not %d", PG_NARGS()),
				 errhint("Run ALTER EXTENSION ttg UPDATE to reach the current functions.")));
	InitFunctionCallInfoData(*full, fcinfo->flinfo, 19, fcinfo->fncollation,
							 fcinfo->context, fcinfo->resultinfo);
	for (int i = 0; i < 14; i++)
		full->args[i] = fcinfo->args[i];
	full->args[14].isnull = true;	/* target_hearing */
	full->args[14].value = (Datum) 0;
	full->args[15].isnull = false;	/* recalled */
	full->args[15].value = BoolGetDatum(false);
	full->args[16].isnull = false;	/* prison_type */
	full->args[16].value = CStringGetTextDatum("public");
	full->args[17].isnull = false;	/* omic_start */
	full->args[17].value = CStringGetTextDatum("sources");
	full->args[18].isnull = true;	/* as_of */
	full->args[18].value = (Datum) 0;
	result = current(full);
	fcinfo->isnull = full->isnull;
	return result;
}

PG_FUNCTION_INFO_V1(ttg_omic_handover);
Datum
ttg_omic_handover(PG_FUNCTION_ARGS)
{
	return omic_with_defaults(ttg_sql_omic_handover, fcinfo);
}

PG_FUNCTION_INFO_V1(ttg_omic_handover_date);
Datum
ttg_omic_handover_date(PG_FUNCTION_ARGS)
{
	return omic_with_defaults(ttg_sql_omic_handover_date, fcinfo);
}

/*
 * 0.1.0's statement trigger on the calendar tables (ttg.calendar_invalidate,
 * dropped by the update): the cache no longer needs it, it only has to load.
 */
PG_FUNCTION_INFO_V1(ttg_calendar_invalidate);
Datum
ttg_calendar_invalidate(PG_FUNCTION_ARGS)
{
	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("ttg.calendar_invalidate() must be called as a trigger")));
	return PointerGetDatum(NULL);
}
