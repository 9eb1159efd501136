/*
 * policy_core.c: the table of dated policy facts (see policy_core.h).
 *
 * Sources by name: [000] TTG News, February 2019; [001] Draft Target
 * Operating Model update, 2020; [002] Minimum Contact Specification, Wales
 * CRC, October 2018; [003] OMCP Board paper, September 2013. "Manage POM
 * Cases" is the MoJ service offender-management-allocation-manager
 * (HandoverDateService for 2019, Handover::HandoverCalculation for 2023).
 */
#include "policy_core.h"

#include <stddef.h>

static const TtgPolicyFact facts[] = {
	{TTG_POL_MTCS_SCOPE, "mtcs_scope", TTG_DAY_MTCS_START, TTG_POLICY_OPEN, TTG_MTCS_MONTHS, "months",
	 "OMCP Board paper, September 2013 (R-OM-1): all sentences of 12 months or more"},
	{TTG_POL_MCS, "minimum_contact_specification", TTG_DAY_MCS_START, TTG_POLICY_OPEN, TTG_MCS_CONTACTS, "contacts a month",
	 "Minimum Contact Specification, Wales CRC, October 2018 (R-MCS-1)"},
	{TTG_POL_TTG_NAMED_PRISONS, "ttg_named_prisons", TTG_DAY_TTG_EARLY_START, TTG_DAY_TTG_START - 1, TTG_WINDOW_DAYS, "days",
	 "TTG News, February 2019: live in the 12 named prisons on 1 February 2019 (each prison's live_from)"},
	{TTG_POL_TTG_REFERRAL, "ttg_referral", TTG_DAY_TTG_START, TTG_POLICY_OPEN, TTG_REFERRAL_DAYS, "days",
	 "TTG News, February 2019 (R-TTG-2): referral 15 weeks before release from 1 April 2019"},
	{TTG_POL_TTG_WINDOW, "ttg_window", TTG_DAY_TTG_START, TTG_POLICY_OPEN, TTG_WINDOW_DAYS, "days",
	 "TTG News, February 2019 (R-TTG-1): 12 weeks before release from 1 April 2019"},
	{TTG_POL_OMIC_WALES, "omic_start_wales", TTG_DAY_OMIC_WALES, TTG_POLICY_OPEN, 0, "date",
	 "Manage POM Cases, HandoverDateService: Wales from 4 February 2019 (TTG News, February 2019: Wales live in testing)"},
	{TTG_POL_OMIC_ENGLAND_SOURCES, "omic_start_england_sources", TTG_DAY_OMIC_SOURCES, TTG_POLICY_OPEN, 0, "date",
	 "TTG News, February 2019: OMiC case management from 16 September 2019"},
	{TTG_POL_OMIC_ENGLAND_SERVICES, "omic_start_england_services", TTG_DAY_OMIC_SERVICES, TTG_POLICY_OPEN, 0, "date",
	 "Manage POM Cases, HandoverDateService: 1 October 2019, new cases sentenced after it"},
	{TTG_POL_CUTOFF_WALES, "omic_cutoff_wales", TTG_DAY_CUTOFF_WALES, TTG_POLICY_OPEN, 0, "date",
	 "Manage POM Cases, HandoverDateService: Wales transitional cut-off 4 May 2020"},
	{TTG_POL_CUTOFF_ENGLAND_PUBLIC, "omic_cutoff_england_public", TTG_DAY_CUTOFF_PUBLIC, TTG_POLICY_OPEN, 0, "date",
	 "Manage POM Cases, HandoverDateService: England public prisons cut-off 15 February 2021"},
	{TTG_POL_CUTOFF_ENGLAND_HUB_PRIVATE, "omic_cutoff_england_hub_private", TTG_DAY_CUTOFF_HUB_PRIVATE, TTG_POLICY_OPEN, 0, "date",
	 "Manage POM Cases, HandoverDateService: England hub and private prisons cut-off 1 June 2021"},
	{TTG_POL_OMIC_2023, "omic_2023_handover", TTG_DAY_OMIC_2023, TTG_POLICY_OPEN, 0, "date",
	 "Manage POM Cases, Handover::HandoverCalculation: the April 2023 handover rules"},
	{TTG_POL_ISP_EARLIEST_RELEASE, "isp_earliest_release_earlier", TTG_MIN_POLICY_DAY, TTG_DAY_ISP_2025 - 1, 0, "rule",
	 "Manage POM Cases, Handover::HandoverCalculation before May 2025: the earlier of TED and THD"},
	{TTG_POL_ISP_EARLIEST_RELEASE, "isp_earliest_release_future", TTG_DAY_ISP_2025, TTG_POLICY_OPEN, 1, "rule",
	 "Manage POM Cases, Handover::HandoverCalculation from May 2025: TED in the future, then THD in the future, else the nearer"},
	{TTG_POL_ETE_CAP, "ete_cap_sources", TTG_MIN_POLICY_DAY, TTG_DAY_ETE_30 - 1, TTG_ETE_CAP_PERCENT_TOM, "per cent",
	 "Draft Target Operating Model update, 2020, 3.8 (R-UPW-6): the 20% allowance for ETE"},
	{TTG_POL_ETE_CAP, "ete_cap_services", TTG_DAY_ETE_30, TTG_POLICY_OPEN, TTG_ETE_CAP_PERCENT_SERVICES, "per cent",
	 "Community Payback service code (2026): 30%; first day chosen by ttg, no published date"},
	{TTG_POL_UPW_START, "upw_start_before_unification", TTG_MIN_POLICY_DAY, TTG_DAY_UNIFICATION - 1, TTG_UPW_START_DAYS_TOM, "business days",
	 "Draft Target Operating Model update, 2020, 3.5 (R-UPW-4): work within 7 business days"},
	{TTG_POL_UPW_START, "upw_start", TTG_DAY_UNIFICATION, TTG_POLICY_OPEN, TTG_UPW_START_DAYS_UNIFIED, "business days",
	 "Draft Target Operating Model update, 2020, 3.6 (R-UPW-4): 15 business days in the unified service"},
};

const TtgPolicyFact *
ttg_policy_facts(int *n)
{
	*n = (int) (sizeof(facts) / sizeof(facts[0]));
	return facts;
}
