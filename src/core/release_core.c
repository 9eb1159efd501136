/*
 * release_core.c: release windows, Through the Gate stages, offender-management
 * scope, responsibility and handover (R-TTG-1..4, R-OM-1..4, OMiC).
 *
 * Rules and where they come from:
 *   R-TTG-1..4, R-OM-1..4: shared/DOMAIN.md, sources [000] [003] [004].
 *   OMiC 2019 and April 2023 handover: the public Manage POM Cases service,
 *   github.com/ministryofjustice/offender-management-allocation-manager:
 *     app/services/handover_date_service.rb (2019 rules, commit 02da934a),
 *     app/lib/handover/handover_calculation.rb (April 2023 rules, commit 000ecfff).
 *   Each rule below names the method it mirrors.
 */
#include <ctype.h>
#include <string.h>

#include "release_core.h"

/* ---- release dates ------------------------------------------------------ */

int32_t
ttg_first_date(const int32_t *dates, int n)
{
	for (int i = 0; i < n; i++)
		if (dates[i] != TTG_NO_DATE)
			return dates[i];
	return TTG_NO_DATE;
}

int32_t
ttg_min_date(int32_t a, int32_t b)
{
	if (a == TTG_NO_DATE)
		return b;
	if (b == TTG_NO_DATE)
		return a;
	return a < b ? a : b;
}

int32_t
ttg_earliest_release(int32_t ped, int32_t crd, int32_t ard)
{
	return ped != TTG_NO_DATE ? ped : ttg_min_date(crd, ard);
}

TtgStatus
ttg_rel_working_day(const TtgCalendar *cal, int32_t release, int32_t *out)
{
	bool		business = false;
	TtgStatus	st = ttg_cal_is_business_day(cal, release, &business);

	if (st != TTG_OK)
		return st;
	if (business)
	{
		*out = release;
		return TTG_OK;
	}
	return ttg_cal_add_business_days(cal, release, -1, out);
}

/* ---- Through the Gate ---------------------------------------------------- */

const char *
ttg_stage_name(TtgStage s)
{
	switch (s)
	{
		case TTG_STAGE_BEFORE_REFERRAL:
			return "before_referral";
		case TTG_STAGE_REFERRAL_DUE:
			return "referral_due";
		case TTG_STAGE_IN_WINDOW:
			return "in_window";
		case TTG_STAGE_RELEASED:
			return "released";
		case TTG_STAGE_NOT_LIVE:
			return "not_live";
		default:
			return NULL;
	}
}

TtgStage
ttg_rel_stage(int32_t release, int32_t as_of, TtgTri resettlement, int32_t live_from)
{
	int32_t		start;

	if (release == TTG_NO_DATE || as_of == TTG_NO_DATE)
		return TTG_STAGE_UNKNOWN;
	if (as_of > release)
		return TTG_STAGE_RELEASED;
	/*
	 * R-TTG-1 ([000]): TTG runs from 1 April 2019, or from the day the prison
	 * went live (1 February 2019 in the 12 named prisons).
	 */
	start = live_from != TTG_NO_DATE && resettlement != TTG_FALSE ? live_from : TTG_DAY_TTG_START;
	if (as_of < start)
		return TTG_STAGE_NOT_LIVE;
	/* R-TTG-1: the window includes release - 84 days and the release day. */
	if (as_of >= release - TTG_WINDOW_DAYS)
		return TTG_STAGE_IN_WINDOW;
	/* R-TTG-2: non-resettlement prisons only, from 15 weeks before release, from 1 April 2019. */
	if (as_of >= release - TTG_REFERRAL_DAYS)
	{
		if (resettlement == TTG_UNKNOWN)
			return TTG_STAGE_UNKNOWN;
		if (resettlement == TTG_TRUE)
			return TTG_STAGE_BEFORE_REFERRAL;
		return as_of >= TTG_DAY_TTG_START ? TTG_STAGE_REFERRAL_DUE : TTG_STAGE_NOT_LIVE;
	}
	return TTG_STAGE_BEFORE_REFERRAL;
}

bool
ttg_rel_in_window(int32_t release, int32_t as_of)
{
	return as_of >= TTG_DAY_TTG_START && as_of >= release - TTG_WINDOW_DAYS && as_of <= release;
}

/* ---- words ----------------------------------------------------------------- */

/* Lower-case s[0..len) into buf (size cap), mapping ' ' and '-' to '_'. */
static bool
fold_word(const char *s, size_t len, char *buf, size_t cap)
{
	if (len == 0 || len >= cap)
		return false;
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == ' ' || c == '-')
			c = '_';
		buf[i] = (char) tolower(c);
	}
	buf[len] = '\0';
	return true;
}

TtgRosh
ttg_parse_rosh(const char *s, size_t len)
{
	static const char *const words[] = {"low", "medium", "high", "very_high"};
	char		buf[16];

	if (!fold_word(s, len, buf, sizeof(buf)))
		return TTG_ROSH_INVALID;
	for (int i = 0; i < 4; i++)
		if (strcmp(buf, words[i]) == 0)
			return (TtgRosh) i;
	return TTG_ROSH_INVALID;
}

/* The canonical spelling of a word, compared without folding: the common case of every call. */
#define IS_WORD(s, len, w) ((len) == sizeof(w) - 1 && memcmp((s), (w), sizeof(w) - 1) == 0)

TtgProvider
ttg_parse_provider(const char *s, size_t len)
{
	char		buf[8];

	if (IS_WORD(s, len, "nps"))
		return TTG_PROVIDER_NPS;

	if (!fold_word(s, len, buf, sizeof(buf)))
		return TTG_PROVIDER_INVALID;
	if (strcmp(buf, "nps") == 0)
		return TTG_PROVIDER_NPS;
	if (strcmp(buf, "crc") == 0)
		return TTG_PROVIDER_CRC;
	return TTG_PROVIDER_INVALID;
}

TtgOmicBasis
ttg_parse_basis(const char *s, size_t len)
{
	char		buf[16];

	if (IS_WORD(s, len, "sources"))
		return TTG_BASIS_SOURCES;

	if (!fold_word(s, len, buf, sizeof(buf)))
		return TTG_BASIS_INVALID;
	if (strcmp(buf, "sources") == 0)
		return TTG_BASIS_SOURCES;
	if (strcmp(buf, "services") == 0)
		return TTG_BASIS_SERVICES;
	return TTG_BASIS_INVALID;
}

TtgPrisonType
ttg_parse_prison_type(const char *s, size_t len)
{
	char		buf[16];

	if (IS_WORD(s, len, "public"))
		return TTG_PRISON_PUBLIC;

	if (!fold_word(s, len, buf, sizeof(buf)))
		return TTG_PRISON_TYPE_INVALID;
	for (size_t i = 0; i < len; i++)
		if (buf[i] == '/')
			buf[i] = '_';
	if (strcmp(buf, "public") == 0)
		return TTG_PRISON_PUBLIC;
	if (strcmp(buf, "hub_private") == 0)
		return TTG_PRISON_HUB_PRIVATE;
	return TTG_PRISON_TYPE_INVALID;
}

static const char *const era_names[] = {"auto", "omcp_2013", "omic_2019", "omic_2023"};

TtgOmicEra
ttg_parse_era(const char *s, size_t len)
{
	char		buf[16];

	if (IS_WORD(s, len, "auto"))
		return TTG_ERA_AUTO;

	if (!fold_word(s, len, buf, sizeof(buf)))
		return TTG_ERA_INVALID;
	for (int i = 0; i < 4; i++)
		if (strcmp(buf, era_names[i]) == 0)
			return (TtgOmicEra) i;
	return TTG_ERA_INVALID;
}

const char *
ttg_era_name(TtgOmicEra e)
{
	return e >= TTG_ERA_AUTO && e < TTG_ERA_INVALID ? era_names[e] : NULL;
}

/* ---- offender management in custody, 2013 ------------------------------------ */

static TtgTri
tri_or(TtgTri a, TtgTri b)
{
	if (a == TTG_TRUE || b == TTG_TRUE)
		return TTG_TRUE;
	if (a == TTG_FALSE && b == TTG_FALSE)
		return TTG_FALSE;
	return TTG_UNKNOWN;
}

TtgTri
ttg_rel_om_in_scope(bool has_months, double months, TtgRosh rosh, TtgTri ipp, TtgTri ppo,
				int32_t sentenced_on, int32_t released_on)
{
	TtgTri		long_enough = has_months ? (months >= TTG_MTCS_MONTHS ? TTG_TRUE : TTG_FALSE) : TTG_UNKNOWN;
	TtgTri		mtcs;
	TtgTri		high;
	TtgTri		criteria;

	/* R-OM-1: under 12 months is never in scope, whatever else is known. */
	if (long_enough == TTG_FALSE)
		return TTG_FALSE;
	/*
	 * R-OM-1 ([003]): MTCS brought into scope everyone in custody from 1
	 * October 2012: sentenced on or after it, or still in custody on it
	 * (released on or after it).
	 */
	if ((sentenced_on != TTG_NO_DATE && sentenced_on >= TTG_DAY_MTCS_START)
		|| (released_on != TTG_NO_DATE && released_on >= TTG_DAY_MTCS_START))
		mtcs = TTG_TRUE;
	else if (released_on != TTG_NO_DATE)
		mtcs = TTG_FALSE;
	else
		mtcs = TTG_UNKNOWN;
	high = rosh == TTG_ROSH_MISSING ? TTG_UNKNOWN
		: (rosh == TTG_ROSH_HIGH || rosh == TTG_ROSH_VERY_HIGH ? TTG_TRUE : TTG_FALSE);
	criteria = tri_or(tri_or(mtcs, high), tri_or(ipp, ppo));
	if (criteria == TTG_FALSE)
		return TTG_FALSE;
	if (criteria == TTG_TRUE && long_enough == TTG_TRUE)
		return TTG_TRUE;
	return TTG_UNKNOWN;
}

int32_t
ttg_rel_om_handover(int32_t release, int32_t parole_process_start)
{
	if (release == TTG_NO_DATE)
		return parole_process_start;
	/* Months clamp like PostgreSQL: 31 August - 6 months = 28 (29) February. */
	return ttg_min_date(ttg_add_months(release, -6), parole_process_start);
}

const char *
ttg_holder_name(TtgHolder h)
{
	switch (h)
	{
		case TTG_HOLDER_PRISON:
			return "prison";
		case TTG_HOLDER_COMMUNITY:
			return "community";
		default:
			return NULL;
	}
}

TtgHolder
ttg_rel_om_responsibility(int32_t as_of, int32_t release, int32_t parole_process_start,
					  int32_t parole_refused_on, int32_t next_review_start)
{
	if (as_of == TTG_NO_DATE || (release == TTG_NO_DATE && parole_process_start == TTG_NO_DATE))
		return TTG_HOLDER_UNKNOWN;
	if (parole_refused_on != TTG_NO_DATE && parole_refused_on <= as_of)
	{
		/*
		 * R-OM-3 ([003], footnote **): back to the prison until the next
		 * review process starts. A release date later than the refusal (the
		 * automatic release of an extended sentence) still brings the case to
		 * the community 6 months before it (R-OM-2).
		 */
		if (next_review_start != TTG_NO_DATE && as_of >= next_review_start)
			return TTG_HOLDER_COMMUNITY;
		if (release != TTG_NO_DATE && release > parole_refused_on && as_of >= ttg_add_months(release, -6))
			return TTG_HOLDER_COMMUNITY;
		return TTG_HOLDER_PRISON;
	}
	return as_of >= ttg_rel_om_handover(release, parole_process_start)
		? TTG_HOLDER_COMMUNITY : TTG_HOLDER_PRISON;
}

TtgPomGrade
ttg_rel_pom_grade(const char *tier, size_t len)
{
	int			c;

	if (len < 1 || len > 2)
		return TTG_POM_INVALID;
	if (len == 2 && (tier[1] < '0' || tier[1] > '3'))
		return TTG_POM_INVALID;
	c = tolower((unsigned char) tier[0]);
	/* R-OM-4 ([000]): tiers A and B are high risk. */
	if (c == 'a' || c == 'b')
		return TTG_POM_PROBATION_OFFICER;
	if (c == 'c' || c == 'd')
		return TTG_POM_PRISON_OFFICER;
	return TTG_POM_INVALID;
}

const char *
ttg_pom_grade_name(TtgPomGrade g)
{
	switch (g)
	{
		case TTG_POM_PROBATION_OFFICER:
			return "probation_officer";
		case TTG_POM_PRISON_OFFICER:
			return "prison_officer";
		default:
			return NULL;
	}
}

/* ---- OMiC handover ------------------------------------------------------------ */

const char *
ttg_omic_rule_name(TtgOmicRule r)
{
	static const char *const names[] = {
		"missing_dates", "omcp_six_months", "omcp_parole_start", "early_allocation",
		"indeterminate", "determinate_parole", "nps_mappa_1_or_none", "nps_hdc",
		"nps_mappa_2_3", "crc", "determinate_short", "determinate", "pre_omic", "recall",
		"indeterminate_custody"
	};

	return r >= TTG_RULE_MISSING_DATES && r <= TTG_RULE_INDETERMINATE_CUSTODY ? names[r] : NULL;
}

/* Months then days back, in that order, like ActiveSupport's date - (m.months + d.days). */
static int32_t
back(int32_t day, int months, int days)
{
	if (day == TTG_NO_DATE)
		return TTG_NO_DATE;
	return ttg_add_months(day, -months) - days;
}

/* The release date a model counts back from. */
static int32_t
omic_release(const TtgOmicCase *c)
{
	if (c->indeterminate)
		return ttg_min_date(c->tariff, c->ped);
	return ttg_earliest_release(c->ped, c->crd, c->ard);
}

static void
set(TtgOmicResult *out, int32_t day, TtgOmicRule rule)
{
	out->handover = day;
	out->rule = day == TTG_NO_DATE ? TTG_RULE_MISSING_DATES : rule;
}

/* R-OM-2, the 2013 model ([003]): release - 6 months, or the parole process start. */
static void
omcp_2013(const TtgOmicCase *c, TtgOmicResult *out)
{
	int32_t		release = omic_release(c);
	int32_t		six = back(release, 6, 0);

	if (six == TTG_NO_DATE)
		set(out, TTG_NO_DATE, TTG_RULE_MISSING_DATES);
	else if (c->parole_process_start != TTG_NO_DATE && c->parole_process_start < six)
		set(out, c->parole_process_start, TTG_RULE_OMCP_PAROLE_START);
	else
		set(out, six, TTG_RULE_OMCP_SIX_MONTHS);
}


/*
 * The release date the 2019 service judges the transitional cut-off and the
 * 10-month rule by (HandoverDateService::OffenderWrapper#release_date): PED,
 * else TED for an indeterminate sentence; PED, else the earlier of CRD and ARD.
 */
static int32_t
service_release(const TtgOmicCase *c)
{
	if (c->indeterminate)
		return c->ped != TTG_NO_DATE ? c->ped : c->tariff;
	return ttg_earliest_release(c->ped, c->crd, c->ard);
}

/* Sentenced after OMiC started for the case (the service's new_case?). */
static bool
omic_new_case(const TtgOmicCase *c)
{
	if (c->sentence_start == TTG_NO_DATE)
		return true;			/* the service: not sentenced counts as new */
	if (c->wales)
		return c->basis == TTG_BASIS_SERVICES ? c->sentence_start > TTG_DAY_OMIC_WALES
			: c->sentence_start >= TTG_DAY_OMIC_WALES;
	/* The sources: switched on from 16 September 2019; the services: sentenced after 1 October 2019. */
	return c->basis == TTG_BASIS_SERVICES ? c->sentence_start > TTG_DAY_OMIC_SERVICES
		: c->sentence_start >= TTG_DAY_OMIC_SOURCES;
}

static int32_t
omic_cutoff(const TtgOmicCase *c)
{
	if (c->wales)
		return TTG_DAY_CUTOFF_WALES;
	return c->prison_type == TTG_PRISON_HUB_PRIVATE ? TTG_DAY_CUTOFF_HUB_PRIVATE : TTG_DAY_CUTOFF_PUBLIC;
}

/* The start of the handover window (HandoverDateService.nps_start_date). */
static int32_t
omic_2019_start(const TtgOmicCase *c)
{
	if (c->early_allocation)
		return back(c->crd, 18, 0);
	if (c->indeterminate)
		return back(c->tariff, 8, 0);
	if (c->ped != TTG_NO_DATE)
		return back(c->ped, 8, 0);
	return back(ttg_min_date(c->crd, c->ard), 7, 15);
}

/*
 * OMiC 2019: HandoverDateService.handover and nps_handover_date /
 * crc_handover_date / mappa1_responsibility_date / mappa_23_responsibility_date
 * (app/services/handover_date_service.rb). Half a month is 15 days there
 * ("a reasonable compromise"), counted after the whole months.
 */
static void
omic_2019(const TtgOmicCase *c, TtgOmicResult *out)
{
	int32_t		crd_ard = ttg_min_date(c->crd, c->ard);

	if (c->recalled)
	{
		set(out, TTG_NO_DATE, TTG_RULE_RECALL);
		out->rule = TTG_RULE_RECALL;
		return;
	}
	/* No tariff, or a tariff already passed on as_of: the prison holds the case, no date. */
	if (c->indeterminate
		&& (c->tariff == TTG_NO_DATE || (c->as_of != TTG_NO_DATE && c->tariff < c->as_of)))
	{
		set(out, TTG_NO_DATE, TTG_RULE_INDETERMINATE_CUSTODY);
		out->rule = TTG_RULE_INDETERMINATE_CUSTODY;
		return;
	}
	if (c->provider == TTG_PROVIDER_NPS || c->indeterminate)
	{
		int32_t		release = service_release(c);
		int32_t		start;

		if (c->early_allocation)
			set(out, back(crd_ard, 15, 0), TTG_RULE_EARLY_ALLOCATION);
		else if (c->indeterminate)
			set(out, back(ttg_min_date(c->ped, c->tariff), 8, 0), TTG_RULE_INDETERMINATE);
		else if (c->ped != TTG_NO_DATE)
			set(out, back(c->ped, 8, 0), TTG_RULE_DETERMINATE_PAROLE);
		else if (c->mappa_level >= 2)
		{
			int32_t		d = back(crd_ard, 7, 15);

			/* mappa_23_responsibility_date: never before today. */
			if (d != TTG_NO_DATE && c->as_of != TTG_NO_DATE && c->as_of > d)
				d = c->as_of;
			set(out, d, TTG_RULE_NPS_MAPPA_2_3);
		}
		else if (c->hdc_actual != TTG_NO_DATE)
			set(out, c->hdc_actual, TTG_RULE_NPS_HDC);
		else
		{
			/* MAPPA 1, none or unknown: 4.5 months, or the HDC eligibility date if earlier. */
			int32_t		d = back(crd_ard, 4, 15);

			if (c->hdc_eligibility != TTG_NO_DATE && (d == TTG_NO_DATE || c->hdc_eligibility < d))
				set(out, c->hdc_eligibility, TTG_RULE_NPS_HDC);
			else
				set(out, d, TTG_RULE_NPS_MAPPA_1_OR_NONE);
		}
		if (out->handover == TTG_NO_DATE)
			return;
		/* handover = start if start > handover: never before the window opens. */
		start = omic_2019_start(c);
		if (start != TTG_NO_DATE && start > out->handover)
			out->handover = start;
		if (omic_new_case(c))
		{
			/* nps_policy_rules: expected time in custody of 10 months or less: community from the start. */
			if (c->sentence_start != TTG_NO_DATE && release != TTG_NO_DATE
				&& release <= ttg_add_months(c->sentence_start, 10))
				set(out, c->sentence_start, TTG_RULE_DETERMINATE_SHORT);
		}
		else if (release != TTG_NO_DATE && release < omic_cutoff(c))
		{
			/* nps_prepolicy_rules: released before the cut-off: pre-OMiC, no handover date. */
			set(out, TTG_NO_DATE, TTG_RULE_PRE_OMIC);
			out->rule = TTG_RULE_PRE_OMIC;
		}
	}
	else
	{
		/* CRC: 12 weeks before the HDC actual, else HDC eligibility, else CRD/ARD. */
		int32_t		d = c->hdc_actual != TTG_NO_DATE ? c->hdc_actual
			: c->hdc_eligibility != TTG_NO_DATE ? c->hdc_eligibility : crd_ard;

		set(out, d == TTG_NO_DATE ? TTG_NO_DATE : d - TTG_WINDOW_DAYS, TTG_RULE_CRC);
	}
}

int32_t
ttg_omic_isp_release(int32_t tariff, int32_t target_hearing, int32_t as_of)
{
	if (as_of == TTG_NO_DATE || as_of < TTG_DAY_ISP_2025)
		return ttg_min_date(tariff, target_hearing);
	/* From May 2025: a date in the future, TED first; else the one nearer as_of. */
	if (tariff != TTG_NO_DATE && tariff > as_of)
		return tariff;
	if (target_hearing != TTG_NO_DATE && target_hearing > as_of)
		return target_hearing;
	if (tariff == TTG_NO_DATE || target_hearing == TTG_NO_DATE)
		return tariff != TTG_NO_DATE ? tariff : target_hearing;
	/* Both on or before as_of: the later is the nearer; TED on a tie. */
	return target_hearing > tariff ? target_hearing : tariff;
}

/*
 * April 2023: Handover::HandoverCalculation.calculate_handover_date and
 * calculate_earliest_release (app/lib/handover/handover_calculation.rb).
 * Early allocation first, then indeterminate, then the 10-month
 * short-sentence test, then parole.
 */
static void
omic_2023(const TtgOmicCase *c, TtgOmicResult *out)
{
	int32_t		release = c->indeterminate
		? ttg_omic_isp_release(c->tariff, c->target_hearing, c->as_of)
		: ttg_earliest_release(c->ped, c->crd, c->ard);

	if (c->recalled)
	{
		set(out, TTG_NO_DATE, TTG_RULE_RECALL);
		out->rule = TTG_RULE_RECALL;
	}
	else if (release == TTG_NO_DATE)
		set(out, TTG_NO_DATE, TTG_RULE_MISSING_DATES);
	else if (c->early_allocation)
		set(out, back(release, 15, 0), TTG_RULE_EARLY_ALLOCATION);
	else if (c->indeterminate)
		set(out, back(release, 12, 0), TTG_RULE_INDETERMINATE);
	else if (c->sentence_start == TTG_NO_DATE)
		set(out, TTG_NO_DATE, TTG_RULE_MISSING_DATES);
	else if (ttg_add_months(c->sentence_start, 10) >= release)
		/* No handover: the community holds the case from the start. */
		set(out, c->sentence_start, TTG_RULE_DETERMINATE_SHORT);
	else if (c->ped != TTG_NO_DATE)
		set(out, back(release, 12, 0), TTG_RULE_DETERMINATE_PAROLE);
	else
		set(out, back(release, 8, 14), TTG_RULE_DETERMINATE);
}

static void
apply_era(const TtgOmicCase *c, TtgOmicEra era, TtgOmicResult *out)
{
	out->era = era;
	if (era == TTG_ERA_OMCP_2013)
		omcp_2013(c, out);
	else if (era == TTG_ERA_OMIC_2019)
		omic_2019(c, out);
	else
		omic_2023(c, out);
}

/*
 * The rule in force on the day responsibility would move. A case sentenced
 * before OMiC started and released before the transitional cut-off stays
 * under the pre-OMiC arrangements (the 2013 era, rule pre_omic, no handover
 * date). Otherwise the 2019 model when its handover falls before 1 April
 * 2023, else the 2023 model, which the service applied to every case still in
 * custody when it went live. A case with no handover date (recall,
 * indeterminate held in custody) takes the model in force on as_of.
 */
/* The era auto picks, given the case's 2019 result r. */
static TtgOmicEra
auto_era_from(const TtgOmicCase *c, const TtgOmicResult *r)
{
	if (r->rule == TTG_RULE_PRE_OMIC)
		return TTG_ERA_OMCP_2013;
	if (r->handover != TTG_NO_DATE)
		return r->handover < TTG_DAY_OMIC_2023 ? TTG_ERA_OMIC_2019 : TTG_ERA_OMIC_2023;
	if (r->rule != TTG_RULE_MISSING_DATES && c->as_of != TTG_NO_DATE && c->as_of < TTG_DAY_OMIC_2023)
		return TTG_ERA_OMIC_2019;
	return TTG_ERA_OMIC_2023;
}

TtgOmicEra
ttg_omic_auto_era(const TtgOmicCase *c)
{
	TtgOmicResult r;

	omic_2019(c, &r);
	return auto_era_from(c, &r);
}

/* Who holds the case on as_of, from the rule and the date. */
static TtgHolder
omic_holder(const TtgOmicResult *r, int32_t as_of)
{
	if (as_of == TTG_NO_DATE)
		return TTG_HOLDER_UNKNOWN;
	switch (r->rule)
	{
		case TTG_RULE_MISSING_DATES:
			return TTG_HOLDER_UNKNOWN;
		case TTG_RULE_DETERMINATE_SHORT:
		case TTG_RULE_PRE_OMIC:
		case TTG_RULE_RECALL:
			return TTG_HOLDER_COMMUNITY;
		case TTG_RULE_INDETERMINATE_CUSTODY:
			return TTG_HOLDER_PRISON;
		default:
			return as_of >= r->handover ? TTG_HOLDER_COMMUNITY : TTG_HOLDER_PRISON;
	}
}

TtgOmicStatus
ttg_rel_omic_handover(const TtgOmicCase *c, TtgOmicEra era, TtgOmicResult *out)
{
	const int32_t dates[] = {c->crd, c->ard, c->ped, c->tariff, c->hdc_actual, c->hdc_eligibility};

	out->handover = TTG_NO_DATE;
	out->era = era;
	out->rule = TTG_RULE_MISSING_DATES;
	out->responsibility = TTG_HOLDER_UNKNOWN;
	if (c->mappa_level < -1 || c->mappa_level > 3)
		return TTG_OMIC_BAD_MAPPA;
	if (c->sentence_start != TTG_NO_DATE)
		for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++)
			if (dates[i] != TTG_NO_DATE && dates[i] < c->sentence_start)
				return TTG_OMIC_RELEASE_BEFORE_START;
	if (era == TTG_ERA_AUTO)
	{
		/* The 2019 result decides the era; keep it unless the 2023 model applies. */
		omic_2019(c, out);
		out->era = auto_era_from(c, out);
		if (out->era == TTG_ERA_OMIC_2023)
			omic_2023(c, out);
	}
	else
		apply_era(c, era, out);
	out->responsibility = omic_holder(out, c->as_of);
	return TTG_OMIC_OK;
}
