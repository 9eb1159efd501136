/*
 * policy_core.h: the dated policy facts the release, offender-management and
 * Unpaid Work rules rest on. Each fact is one rule's value from a first day to
 * a last day (open when TTG_POLICY_OPEN), with the document it comes from. The
 * rules read the fact in force on the date that matters for the case (sentence
 * date, release date or as-of date); callers may override a value through the
 * SQL arguments documented beside each function.
 *
 * Pure C99. Days are day numbers (2000-01-01 = 0). The first days are literal
 * constants (checked against ttg_day_from_ymd in test_policy.c) so the hot
 * paths compare integers only.
 */
#ifndef TTG_POLICY_CORE_H
#define TTG_POLICY_CORE_H

#include <stdbool.h>
#include <stdint.h>

#define TTG_POLICY_OPEN INT32_MAX	/* no last day */
#define TTG_MIN_POLICY_DAY (-8035)	/* 1978-01-01: in force since before the supported range */

/* First days of the rules (day numbers). */
#define TTG_DAY_MTCS_START 4657			/* 2012-10-01: MTCS scope, R-OM-1 [003] */
#define TTG_DAY_MCS_START 6848			/* 2018-10-01: Minimum Contact Specification [002] */
#define TTG_DAY_TTG_EARLY_START 6971	/* 2019-02-01: enhanced TTG live in the 12 named prisons [000] */
#define TTG_DAY_OMIC_WALES 6974			/* 2019-02-04: OMiC in Wales (the service's WELSH_POLICY_START_DATE) */
#define TTG_DAY_TTG_START 7030			/* 2019-04-01: TTG referral and 12-week window, R-TTG-1, R-TTG-2 [000] */
#define TTG_DAY_OMIC_SOURCES 7198		/* 2019-09-16: OMiC case management switched on [000] */
#define TTG_DAY_OMIC_SERVICES 7213		/* 2019-10-01: the services compare strictly: sentenced after it */
#define TTG_DAY_CUTOFF_WALES 7429		/* 2020-05-04: Wales transitional cut-off */
#define TTG_DAY_CUTOFF_PUBLIC 7716		/* 2021-02-15: England public prisons cut-off */
#define TTG_DAY_CUTOFF_HUB_PRIVATE 7822 /* 2021-06-01: England hub and private prisons cut-off */
#define TTG_DAY_UNIFICATION 7847		/* 2021-06-26: the unified Probation Service, R-UPW-4 [001] */
#define TTG_DAY_OMIC_2023 8491			/* 2023-04-01: the April 2023 handover rules */
#define TTG_DAY_ETE_30 8857				/* 2024-04-01: ETE cap 30% (chosen; see README) */
#define TTG_DAY_ISP_2025 9252			/* 2025-05-01: ISP earliest release from TED/THD in the future */

/*
 * The values of the dated rules. The facts table (policy_core.c) and the rules
 * that apply them both use these, so a value is written once.
 */
#define TTG_MTCS_MONTHS 12				/* R-OM-1: sentences of 12 months or more */
#define TTG_MCS_CONTACTS 1				/* R-MCS-1: contacts a month (BRAG may ask more) */
#define TTG_WINDOW_DAYS 84				/* R-TTG-1, R-TTG-4: enhanced TTG in the 12 weeks before release */
#define TTG_REFERRAL_DAYS 105			/* R-TTG-2: the NPS RO notifies the CRC 15 weeks before release */
#define TTG_ETE_CAP_PERCENT_TOM 20		/* R-UPW-6: [001] 3.8 */
#define TTG_ETE_CAP_PERCENT_SERVICES 30	/* R-UPW-6: the Community Payback service, from TTG_DAY_ETE_30 */
#define TTG_UPW_START_DAYS_TOM 7		/* R-UPW-4: [001] 3.5, before the unified service */
#define TTG_UPW_START_DAYS_UNIFIED 15	/* R-UPW-4: [001] 3.6, the unified Probation Service */

typedef enum TtgPolicyRule
{
	TTG_POL_MTCS_SCOPE = 0,
	TTG_POL_MCS,
	TTG_POL_TTG_NAMED_PRISONS,
	TTG_POL_TTG_REFERRAL,
	TTG_POL_TTG_WINDOW,
	TTG_POL_OMIC_WALES,
	TTG_POL_OMIC_ENGLAND_SOURCES,
	TTG_POL_OMIC_ENGLAND_SERVICES,
	TTG_POL_CUTOFF_WALES,
	TTG_POL_CUTOFF_ENGLAND_PUBLIC,
	TTG_POL_CUTOFF_ENGLAND_HUB_PRIVATE,
	TTG_POL_OMIC_2023,
	TTG_POL_ISP_EARLIEST_RELEASE,
	TTG_POL_ETE_CAP,
	TTG_POL_UPW_START
} TtgPolicyRule;

typedef struct TtgPolicyFact
{
	TtgPolicyRule rule;
	const char *name;			/* lower_snake_case, as SQL shows it */
	int32_t		first_day;
	int32_t		last_day;		/* TTG_POLICY_OPEN when still in force */
	int32_t		value;			/* in unit */
	const char *unit;
	const char *source;			/* the document, by name */
} TtgPolicyFact;

/* Every fact, in a fixed order; *n is set to their number. */
const TtgPolicyFact *ttg_policy_facts(int *n);

/* R-UPW-4: business days to the first work session for an order made on day. */
static inline int
ttg_policy_upw_start_days(int32_t sentence_day)
{
	return sentence_day < TTG_DAY_UNIFICATION ? TTG_UPW_START_DAYS_TOM : TTG_UPW_START_DAYS_UNIFIED;
}

/* R-UPW-6: the ETE cap in per cent in force on day (20, then 30). */
static inline int
ttg_policy_ete_cap_percent(int32_t day)
{
	return day < TTG_DAY_ETE_30 ? TTG_ETE_CAP_PERCENT_TOM : TTG_ETE_CAP_PERCENT_SERVICES;
}

/* R-MCS-1: the Minimum Contact Specification applies from 1 October 2018. */
static inline bool
ttg_policy_mcs_in_force(int32_t day)
{
	return day >= TTG_DAY_MCS_START;
}

#endif
