/*
 * release_core.h: release windows, Through the Gate, offender-management
 * responsibility and handover (rules R-TTG-1..4, R-OM-1..4 of
 * shared/DOMAIN.md, and the OMiC handover models of 2019 and April 2023).
 *
 * Pure C99. Dates are day numbers (2000-01-01 = 0); a missing date (SQL NULL)
 * is TTG_NO_DATE. Three-valued answers use TtgTri so the glue can return
 * SQL NULL where the answer depends on an unknown argument.
 */
#ifndef TTG_RELEASE_CORE_H
#define TTG_RELEASE_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "date_core.h"
#include "policy_core.h"
#include "calendar_core.h"

/* A missing date (SQL NULL). Below every valid day number. */
#define TTG_NO_DATE INT32_MIN

/* Kleene truth value: SQL's true, false and NULL. */
typedef enum TtgTri
{
	TTG_FALSE = 0,
	TTG_TRUE = 1,
	TTG_UNKNOWN = 2
} TtgTri;

/* ---- release dates ------------------------------------------------------ */

/* The first of dates[0..n) that is not TTG_NO_DATE, else TTG_NO_DATE. */
int32_t		ttg_first_date(const int32_t *dates, int n);

/* The earlier of a and b, ignoring a missing one; TTG_NO_DATE if both are. */
int32_t		ttg_min_date(int32_t a, int32_t b);

/* PED when there is one, else the earlier of CRD and ARD. */
int32_t		ttg_earliest_release(int32_t ped, int32_t crd, int32_t ard);

/*
 * A release falling on a Saturday, Sunday or bank holiday (cal) takes place
 * on the business day before it, as the MoJ calculate-release-dates service
 * adjusts release dates (WorkingDayService.previousWorkingDay).
 */
TtgStatus	ttg_rel_working_day(const TtgCalendar *cal, int32_t release, int32_t *out);

/* ---- Through the Gate (R-TTG-1, R-TTG-2, R-TTG-4) ------------------------ */

typedef enum TtgStage
{
	TTG_STAGE_BEFORE_REFERRAL = 0,
	TTG_STAGE_REFERRAL_DUE,
	TTG_STAGE_IN_WINDOW,
	TTG_STAGE_RELEASED,
	TTG_STAGE_NOT_LIVE,			/* before TTG started (1 April 2019, or the prison's live_from) */
	TTG_STAGE_UNKNOWN			/* the answer depends on a missing argument */
} TtgStage;

/* Stable names of the stages, as SQL returns them. */
const char *ttg_stage_name(TtgStage s);

/*
 * The TTG stage of a release on day as_of. resettlement is TTG_UNKNOWN when
 * not known: the stage is then unknown only where it matters (15 to 12 weeks
 * before release). A missing release or as_of gives TTG_STAGE_UNKNOWN.
 * live_from is the day TTG went live in the prison (TTG_NO_DATE: the national
 * 1 April 2019); before it, and before 1 April 2019 for the referral stage of
 * a non-resettlement prison, the stage is TTG_STAGE_NOT_LIVE.
 */
TtgStage	ttg_rel_stage(int32_t release, int32_t as_of, TtgTri resettlement, int32_t live_from);

/* R-TTG-1: as_of within [release - 84, release] and on or after 1 April 2019. */
bool		ttg_rel_in_window(int32_t release, int32_t as_of);

/* ---- offender management in custody, 2013 model (R-OM-1..R-OM-4) --------- */

typedef enum TtgRosh
{
	TTG_ROSH_LOW = 0,
	TTG_ROSH_MEDIUM,
	TTG_ROSH_HIGH,
	TTG_ROSH_VERY_HIGH,
	TTG_ROSH_MISSING,			/* SQL NULL */
	TTG_ROSH_INVALID
} TtgRosh;

#define TTG_ROSH_WORDS "low, medium, high, very_high (any case; a space or hyphen may replace the underscore)"

/* Parse a ROSH level: case-insensitive; "very high" and "very-high" accepted. */
TtgRosh		ttg_parse_rosh(const char *s, size_t len);

/* R-OM-1: the MTCS specification brought all 12-month sentences into scope. */
#define TTG_MTCS_START_Y 2012
#define TTG_MTCS_START_M 10
#define TTG_MTCS_START_D 1

/*
 * R-OM-1 in Kleene logic: months >= 12 AND (in custody on or after 1 Oct 2012
 * OR rosh in (high, very_high) OR ipp OR ppo). In custody after MTCS: sentenced
 * on or after 1 Oct 2012, or released on or after it (released_on TTG_NO_DATE:
 * not known). months < 0 is the caller's to reject; has_months false means NULL.
 */
TtgTri		ttg_rel_om_in_scope(bool has_months, double months, TtgRosh rosh,
							TtgTri ipp, TtgTri ppo, int32_t sentenced_on, int32_t released_on);

/*
 * R-OM-2: the earlier of release - 6 months and the start of any parole
 * process; with no release date (IPP and life before a release is directed),
 * the start of the parole process.
 */
int32_t		ttg_rel_om_handover(int32_t release, int32_t parole_process_start);

typedef enum TtgHolder
{
	TTG_HOLDER_PRISON = 0,
	TTG_HOLDER_COMMUNITY,
	TTG_HOLDER_UNKNOWN
} TtgHolder;

const char *ttg_holder_name(TtgHolder h);

/*
 * R-OM-2 and R-OM-3: who holds the case on as_of. After a parole refusal on or
 * before as_of, the case is the prison's until the next review starts or, when
 * release is later than the refusal, until release - 6 months, whichever comes
 * first. Missing as_of, or missing both release and parole process start,
 * gives TTG_HOLDER_UNKNOWN.
 */
TtgHolder	ttg_rel_om_responsibility(int32_t as_of, int32_t release, int32_t parole_process_start,
								  int32_t parole_refused_on, int32_t next_review_start);

typedef enum TtgPomGrade
{
	TTG_POM_PROBATION_OFFICER = 0,
	TTG_POM_PRISON_OFFICER,
	TTG_POM_INVALID
} TtgPomGrade;

#define TTG_TIER_WORDS "A, B, C or D, optionally followed by one digit 0-3 (A1, D0), any case"

/* R-OM-4: tiers A and B need a probation-officer POM; C and D a prison officer. */
TtgPomGrade ttg_rel_pom_grade(const char *tier, size_t len);
const char *ttg_pom_grade_name(TtgPomGrade g);

/* ---- OMiC handover models ------------------------------------------------ */

typedef enum TtgOmicEra
{
	TTG_ERA_AUTO = 0,			/* choose from the dates */
	TTG_ERA_OMCP_2013,			/* before OMiC: R-OM-2 */
	TTG_ERA_OMIC_2019,
	TTG_ERA_OMIC_2023,
	TTG_ERA_INVALID
} TtgOmicEra;

#define TTG_ERA_WORDS "auto, omcp_2013, omic_2019, omic_2023"

TtgOmicEra	ttg_parse_era(const char *s, size_t len);
const char *ttg_era_name(TtgOmicEra e);

/* Start of each model: policy_core.h (TTG_DAY_OMIC_*, TTG_DAY_CUTOFF_*). */

typedef enum TtgProvider
{
	TTG_PROVIDER_NPS = 0,
	TTG_PROVIDER_CRC,
	TTG_PROVIDER_INVALID
} TtgProvider;

#define TTG_PROVIDER_WORDS "nps, crc"

/* Which OMiC start England uses: the sources' 16 Sep 2019 or the services' 1 Oct 2019. */
typedef enum TtgOmicBasis
{
	TTG_BASIS_SOURCES = 0,
	TTG_BASIS_SERVICES,
	TTG_BASIS_INVALID
} TtgOmicBasis;

#define TTG_BASIS_WORDS "sources, services"

TtgOmicBasis ttg_parse_basis(const char *s, size_t len);

/* The prison, for the OMiC transitional cut-off. */
typedef enum TtgPrisonType
{
	TTG_PRISON_PUBLIC = 0,
	TTG_PRISON_HUB_PRIVATE,
	TTG_PRISON_TYPE_INVALID
} TtgPrisonType;

#define TTG_PRISON_TYPE_WORDS "public, hub_private"

TtgPrisonType ttg_parse_prison_type(const char *s, size_t len);

TtgProvider ttg_parse_provider(const char *s, size_t len);

typedef struct TtgOmicCase
{
	int32_t		sentence_start;
	int32_t		crd;
	int32_t		ard;
	int32_t		ped;
	int32_t		tariff;			/* TED, indeterminate sentences */
	int32_t		target_hearing; /* THD, indeterminate sentences (2023 model) */
	int32_t		hdc_actual;
	int32_t		hdc_eligibility;
	int32_t		parole_process_start;	/* only the 2013 model reads it */
	bool		indeterminate;
	bool		early_allocation;
	TtgProvider provider;		/* only the 2019 model reads it */
	int			mappa_level;	/* 0..3, or -1 when not known */
	bool		wales;
	bool		recalled;
	TtgPrisonType prison_type;	/* the transitional cut-off (2019 model) */
	TtgOmicBasis basis;			/* England's OMiC start */
	int32_t		as_of;			/* "today" of the services; TTG_NO_DATE: not given */
} TtgOmicCase;

/* Which rule gave the date. */
typedef enum TtgOmicRule
{
	TTG_RULE_MISSING_DATES = 0,	/* not enough dates: no handover date */
	TTG_RULE_OMCP_SIX_MONTHS,	/* 2013: release - 6 months */
	TTG_RULE_OMCP_PAROLE_START, /* 2013: parole process start came first */
	TTG_RULE_EARLY_ALLOCATION,
	TTG_RULE_INDETERMINATE,
	TTG_RULE_DETERMINATE_PAROLE,
	TTG_RULE_NPS_MAPPA_1_OR_NONE,
	TTG_RULE_NPS_HDC,			/* 2019, MAPPA 1/none: an HDC date came first */
	TTG_RULE_NPS_MAPPA_2_3,
	TTG_RULE_CRC,
	TTG_RULE_DETERMINATE_SHORT, /* 2023: no handover, community from the start */
	TTG_RULE_DETERMINATE,
	TTG_RULE_PRE_OMIC,			/* sentenced before OMiC, released before the cut-off */
	TTG_RULE_RECALL,			/* recalled: the community holds it, no handover */
	TTG_RULE_INDETERMINATE_CUSTODY	/* 2019: no tariff, or tariff passed: the prison holds it */
} TtgOmicRule;

const char *ttg_omic_rule_name(TtgOmicRule r);

typedef struct TtgOmicResult
{
	int32_t		handover;		/* TTG_NO_DATE when rule is MISSING_DATES */
	TtgOmicEra	era;			/* the era applied (never AUTO) */
	TtgOmicRule rule;
	TtgHolder	responsibility; /* on as_of; TTG_HOLDER_UNKNOWN without as_of */
} TtgOmicResult;

typedef enum TtgOmicStatus
{
	TTG_OMIC_OK = 0,
	TTG_OMIC_BAD_MAPPA,			/* mappa_level outside -1..3 */
	TTG_OMIC_RELEASE_BEFORE_START	/* earliest release before sentence start */
} TtgOmicStatus;

/*
 * The handover date of one case under era (TTG_ERA_AUTO: the rule in force on
 * the day responsibility would move; see release_core.c).
 */
TtgOmicStatus ttg_rel_omic_handover(const TtgOmicCase *c, TtgOmicEra era, TtgOmicResult *out);

/*
 * The earliest release an ISP (indeterminate) case counts from in the 2023
 * model: before 1 May 2025 (as_of) or without as_of, the earlier of TED and
 * THD; from it, TED when after as_of, else THD when after as_of, else the one
 * nearer as_of (TED on a tie).
 */
int32_t		ttg_omic_isp_release(int32_t tariff, int32_t target_hearing, int32_t as_of);

/* The era TTG_ERA_AUTO picks for a case (exposed for tests). */
TtgOmicEra	ttg_omic_auto_era(const TtgOmicCase *c);

#endif
