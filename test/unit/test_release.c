/*
 * test_release.c: cmocka tests of the release core (R-TTG-1..4, R-OM-1..4,
 * the OMiC models of the Manage POM Cases service).
 * Every expected date was worked out by hand from a printed calendar; the
 * working is in the comment beside it (months back first, clamped at month
 * end, then days).
 */
#include "test_helpers.h"
#include <string.h>

#include "contact_core.h"
#include "match_core.h"
#include "release_core.h"
#include "policy_core.h"

#define N TTG_NO_DATE

static void
test_release_dates(void **state)
{
	int32_t		all[5] = {D(2025, 3, 10), D(2025, 3, 1), D(2025, 2, 1), D(2025, 4, 1), D(2025, 5, 1)};
	int32_t		none[5] = {N, N, N, N, N};
	int32_t		last[5] = {N, N, N, N, D(2025, 5, 1)};

	(void) state;
	assert_int_equal(ttg_first_date(all, 5), D(2025, 3, 10));
	all[0] = N;
	assert_int_equal(ttg_first_date(all, 5), D(2025, 3, 1));
	assert_int_equal(ttg_first_date(last, 5), D(2025, 5, 1));
	assert_int_equal(ttg_first_date(none, 5), N);

	assert_int_equal(ttg_earliest_release(D(2025, 6, 1), D(2025, 3, 1), D(2025, 2, 1)), D(2025, 6, 1));
	assert_int_equal(ttg_earliest_release(N, D(2025, 3, 1), D(2025, 2, 1)), D(2025, 2, 1));
	assert_int_equal(ttg_earliest_release(N, D(2025, 3, 1), N), D(2025, 3, 1));
	assert_int_equal(ttg_earliest_release(N, N, D(2025, 2, 1)), D(2025, 2, 1));
	assert_int_equal(ttg_earliest_release(N, N, N), N);
	assert_int_equal(ttg_min_date(N, N), N);
}

/* Release Sun 31 Aug 2025: window from 8 Jun (84 days), referral 18 May (105 days). */
static void
test_ttg_stage_boundaries(void **state)
{
	int32_t		rel = D(2025, 8, 31);

	(void) state;
	assert_int_equal(rel - TTG_WINDOW_DAYS, D(2025, 6, 8));	/* - 31 = 31 Jul, - 31 = 30 Jun, - 22 */
	assert_int_equal(rel - TTG_REFERRAL_DAYS, D(2025, 5, 18));	/* 8 Jun - 21 */
	assert_int_equal(ttg_rel_stage(rel, D(2025, 5, 17), TTG_FALSE, N), TTG_STAGE_BEFORE_REFERRAL);
	assert_int_equal(ttg_rel_stage(rel, D(2025, 5, 18), TTG_FALSE, N), TTG_STAGE_REFERRAL_DUE);
	assert_int_equal(ttg_rel_stage(rel, D(2025, 5, 18), TTG_TRUE, N), TTG_STAGE_BEFORE_REFERRAL);
	assert_int_equal(ttg_rel_stage(rel, D(2025, 5, 18), TTG_UNKNOWN, N), TTG_STAGE_UNKNOWN);
	assert_int_equal(ttg_rel_stage(rel, D(2025, 5, 17), TTG_UNKNOWN, N), TTG_STAGE_BEFORE_REFERRAL);
	assert_int_equal(ttg_rel_stage(rel, D(2025, 6, 7), TTG_FALSE, N), TTG_STAGE_REFERRAL_DUE);
	assert_int_equal(ttg_rel_stage(rel, D(2025, 6, 8), TTG_FALSE, N), TTG_STAGE_IN_WINDOW);
	assert_int_equal(ttg_rel_stage(rel, D(2025, 6, 8), TTG_UNKNOWN, N), TTG_STAGE_IN_WINDOW);
	assert_int_equal(ttg_rel_stage(rel, rel, TTG_TRUE, N), TTG_STAGE_IN_WINDOW);
	assert_int_equal(ttg_rel_stage(rel, D(2025, 9, 1), TTG_FALSE, N), TTG_STAGE_RELEASED);
	assert_int_equal(ttg_rel_stage(N, rel, TTG_FALSE, N), TTG_STAGE_UNKNOWN);
	assert_int_equal(ttg_rel_stage(rel, N, TTG_FALSE, N), TTG_STAGE_UNKNOWN);
	assert_string_equal(ttg_stage_name(TTG_STAGE_REFERRAL_DUE), "referral_due");
	assert_string_equal(ttg_stage_name(TTG_STAGE_NOT_LIVE), "not_live");
	assert_null(ttg_stage_name(TTG_STAGE_UNKNOWN));
}

/*
 * R-TTG-1, R-TTG-2 from 1 April 2019 ([000]); the 12 named prisons from their
 * live_from, 1 February 2019. Release 1 Jul 2019: referral from 18 Mar 2019
 * (- 105), window from 8 Apr 2019 (- 84). Release 15 Mar 2019: window from
 * 21 Dec 2018. Release 1 May 2019: window from 6 Feb 2019.
 */
static void
test_ttg_start(void **state)
{
	int32_t		feb = D(2019, 2, 1);

	(void) state;
	assert_int_equal(ttg_rel_stage(D(2019, 7, 1), D(2019, 3, 31), TTG_FALSE, N), TTG_STAGE_NOT_LIVE);
	assert_int_equal(ttg_rel_stage(D(2019, 7, 1), D(2019, 4, 1), TTG_FALSE, N), TTG_STAGE_REFERRAL_DUE);
	assert_int_equal(ttg_rel_stage(D(2019, 7, 1), D(2019, 4, 2), TTG_FALSE, N), TTG_STAGE_REFERRAL_DUE);
	assert_int_equal(ttg_rel_stage(D(2019, 7, 1), D(2019, 1, 31), TTG_TRUE, feb), TTG_STAGE_NOT_LIVE);
	assert_int_equal(ttg_rel_stage(D(2019, 7, 1), feb, TTG_TRUE, feb), TTG_STAGE_BEFORE_REFERRAL);
	assert_int_equal(ttg_rel_stage(D(2019, 3, 15), D(2019, 1, 31), TTG_TRUE, feb), TTG_STAGE_NOT_LIVE);
	assert_int_equal(ttg_rel_stage(D(2019, 3, 15), feb, TTG_TRUE, feb), TTG_STAGE_IN_WINDOW);
	assert_int_equal(ttg_rel_stage(D(2019, 3, 15), D(2019, 2, 2), TTG_TRUE, feb), TTG_STAGE_IN_WINDOW);
	/* live_from is a resettlement prison's: a non-resettlement prison starts on 1 April. */
	assert_int_equal(ttg_rel_stage(D(2019, 3, 15), D(2019, 3, 14), TTG_FALSE, feb), TTG_STAGE_NOT_LIVE);
	assert_int_equal(ttg_rel_stage(D(2019, 3, 15), D(2019, 3, 16), TTG_FALSE, N), TTG_STAGE_RELEASED);
	assert_int_equal(ttg_rel_stage(D(2019, 5, 1), D(2019, 3, 31), TTG_FALSE, N), TTG_STAGE_NOT_LIVE);
	assert_int_equal(ttg_rel_stage(D(2019, 5, 1), D(2019, 4, 1), TTG_FALSE, N), TTG_STAGE_IN_WINDOW);
	assert_false(ttg_rel_in_window(D(2019, 5, 1), D(2019, 3, 31)));
	assert_true(ttg_rel_in_window(D(2019, 5, 1), D(2019, 4, 1)));
	assert_true(ttg_rel_in_window(D(2019, 5, 1), D(2019, 5, 1)));
	assert_false(ttg_rel_in_window(D(2019, 5, 1), D(2019, 5, 2)));
}

/*
 * A release due on a non-business day happens on the business day before:
 * Sat 27 Dec 2025 and Fri 26 Dec 2025 (Boxing Day) go to Wed 24 Dec; Mon 5
 * May 2025 (early May bank holiday) goes to Fri 2 May; Mon 28 Jul 2025 stays.
 */
static void
test_working_day(void **state)
{
	const TtgCalendar *cal = ttg_national_calendar();
	int32_t		out = 0;

	(void) state;
	assert_int_equal(ttg_rel_working_day(cal, D(2025, 12, 27), &out), TTG_OK);
	assert_int_equal(out, D(2025, 12, 24));
	assert_int_equal(ttg_rel_working_day(cal, D(2025, 12, 26), &out), TTG_OK);
	assert_int_equal(out, D(2025, 12, 24));
	assert_int_equal(ttg_rel_working_day(cal, D(2025, 5, 5), &out), TTG_OK);
	assert_int_equal(out, D(2025, 5, 2));
	assert_int_equal(ttg_rel_working_day(cal, D(2025, 7, 28), &out), TTG_OK);
	assert_int_equal(out, D(2025, 7, 28));
	assert_int_not_equal(ttg_rel_working_day(cal, D(2100, 1, 1), &out), TTG_OK);
}

/* The id of s in v (as the glue's ttg_vocab_arg finds it), or -1. */
static int
word(const TtgVocab *v, const char *s)
{
	int			id = -1;

	return ttg_vocab_lookup(v, s, strlen(s), &id) ? id : -1;
}

static void
test_words(void **state)
{
	static const char *const very_high[] = {"very_high", "Very High", "very-high", " VERY_HIGH ", "very / high"};
	char		hint[128];
	TtgRosh		r;

	(void) state;
	/*
	 * One ROSH vocabulary (rosh_core.h) for every function that takes one:
	 * offender management scope (release_pg, ttg_vocab_arg) and matching
	 * (ttg_match_parse_rosh) accept the same spellings and refuse the same.
	 */
	for (size_t i = 0; i < sizeof(very_high) / sizeof(very_high[0]); i++)
	{
		assert_int_equal(word(&ttg_rosh_vocab, very_high[i]), TTG_ROSH_VERY_HIGH);
		r = TTG_ROSH_LOW;
		assert_true(ttg_match_parse_rosh(very_high[i], strlen(very_high[i]), &r));
		assert_int_equal(r, TTG_ROSH_VERY_HIGH);
	}
	assert_int_equal(word(&ttg_rosh_vocab, "low"), TTG_ROSH_LOW);
	assert_int_equal(word(&ttg_rosh_vocab, "MEDIUM"), TTG_ROSH_MEDIUM);
	assert_int_equal(word(&ttg_rosh_vocab, "severe"), -1);
	assert_false(ttg_match_parse_rosh("severe", strlen("severe"), &r));
	assert_int_equal(word(&ttg_rosh_vocab, ""), -1);
	assert_int_equal(word(&ttg_rosh_vocab, "veryhigh"), -1);
	assert_false(ttg_match_parse_rosh("veryhigh", strlen("veryhigh"), &r));
	assert_int_equal(word(&ttg_rosh_vocab, "highx"), -1);
	ttg_vocab_hint(&ttg_rosh_vocab, hint, sizeof hint);
	assert_string_equal(hint, "low, medium, high, very_high");
	assert_string_equal(TTG_MATCH_ROSH_WORDS, "low, medium, high, very_high (NULL counts as high)");

	/* R-OM-4 over the tier vocabulary (contact_core.h): A and B probation officer, C and D prison officer. */
	assert_int_equal(ttg_rel_pom_grade(word(&ttg_tier_vocab, "A")), TTG_POM_PROBATION_OFFICER);
	assert_int_equal(ttg_rel_pom_grade(word(&ttg_tier_vocab, "b3")), TTG_POM_PROBATION_OFFICER);
	assert_int_equal(ttg_rel_pom_grade(word(&ttg_tier_vocab, "C0")), TTG_POM_PRISON_OFFICER);
	assert_int_equal(ttg_rel_pom_grade(word(&ttg_tier_vocab, " d ")), TTG_POM_PRISON_OFFICER);
	assert_int_equal(word(&ttg_tier_vocab, "E"), -1);
	assert_int_equal(word(&ttg_tier_vocab, "A4"), -1);
	assert_int_equal(word(&ttg_tier_vocab, "A10"), -1);
	assert_int_equal(ttg_rel_pom_grade(-1), TTG_POM_INVALID);
	assert_int_equal(ttg_rel_pom_grade(40), TTG_POM_INVALID);

	assert_int_equal(word(&ttg_omic_era_vocab, "auto"), TTG_ERA_AUTO);
	assert_int_equal(word(&ttg_omic_era_vocab, "OMIC_2023"), TTG_ERA_OMIC_2023);
	assert_int_equal(word(&ttg_omic_era_vocab, "omic 2019"), TTG_ERA_OMIC_2019);
	assert_int_equal(word(&ttg_omic_era_vocab, "omic_2020"), -1);
	assert_string_equal(ttg_vocab_word(&ttg_omic_era_vocab, TTG_ERA_OMCP_2013), "omcp_2013");
	assert_int_equal(word(&ttg_provider_vocab, "CRC"), TTG_PROVIDER_CRC);
	assert_int_equal(word(&ttg_provider_vocab, "private"), -1);
	assert_string_equal(ttg_omic_rule_name(TTG_RULE_DETERMINATE_SHORT), "determinate_short");
	assert_string_equal(ttg_omic_rule_name(TTG_RULE_INDETERMINATE_CUSTODY), "indeterminate_custody");
	assert_int_equal(word(&ttg_omic_basis_vocab, "Services"), TTG_BASIS_SERVICES);
	assert_int_equal(word(&ttg_omic_basis_vocab, "source"), -1);
	assert_int_equal(word(&ttg_prison_type_vocab, "hub/private"), TTG_PRISON_HUB_PRIVATE);
	assert_int_equal(word(&ttg_prison_type_vocab, "Hub Private"), TTG_PRISON_HUB_PRIVATE);
	assert_int_equal(word(&ttg_prison_type_vocab, "PUBLIC"), TTG_PRISON_PUBLIC);
	assert_int_equal(word(&ttg_prison_type_vocab, "open"), -1);
	/* The resettlement loader's role column: "Lead Host" is stored lead_host. */
	assert_string_equal(ttg_vocab_word(&ttg_resettlement_role_vocab,
									   word(&ttg_resettlement_role_vocab, "Lead Host")), "lead_host");
	assert_int_equal(word(&ttg_resettlement_role_vocab, "HOST"), 1);
	assert_int_equal(word(&ttg_resettlement_role_vocab, "partner"), -1);
}

/* R-OM-1: 12 months or more; MTCS covers everyone in custody from 1 Oct 2012. */
static void
test_om_in_scope(void **state)
{
	int32_t		mtcs = D(2012, 10, 1);
	int32_t		before = D(2012, 9, 30);

	(void) state;
	assert_int_equal(ttg_rel_om_in_scope(true, 12, TTG_ROSH_LOW, TTG_FALSE, TTG_FALSE, mtcs, N), TTG_TRUE);
	/* Sentenced before MTCS: the release date decides (day before, day of, day after). */
	assert_int_equal(ttg_rel_om_in_scope(true, 12, TTG_ROSH_LOW, TTG_FALSE, TTG_FALSE, before, N), TTG_UNKNOWN);
	assert_int_equal(ttg_rel_om_in_scope(true, 12, TTG_ROSH_LOW, TTG_FALSE, TTG_FALSE, D(2011, 1, 1), before), TTG_FALSE);
	assert_int_equal(ttg_rel_om_in_scope(true, 12, TTG_ROSH_LOW, TTG_FALSE, TTG_FALSE, D(2011, 1, 1), mtcs), TTG_TRUE);
	assert_int_equal(ttg_rel_om_in_scope(true, 12, TTG_ROSH_LOW, TTG_FALSE, TTG_FALSE, D(2011, 1, 1), D(2012, 10, 2)), TTG_TRUE);
	assert_int_equal(ttg_rel_om_in_scope(true, 12, TTG_ROSH_HIGH, TTG_FALSE, TTG_FALSE, before, before), TTG_TRUE);
	assert_int_equal(ttg_rel_om_in_scope(true, 12, TTG_ROSH_MEDIUM, TTG_TRUE, TTG_FALSE, before, before), TTG_TRUE);
	assert_int_equal(ttg_rel_om_in_scope(true, 12, TTG_ROSH_MEDIUM, TTG_FALSE, TTG_TRUE, before, before), TTG_TRUE);
	assert_int_equal(ttg_rel_om_in_scope(true, 11.99, TTG_ROSH_VERY_HIGH, TTG_TRUE, TTG_TRUE, mtcs, N), TTG_FALSE);
	/* Kleene logic. */
	assert_int_equal(ttg_rel_om_in_scope(true, 6, TTG_ROSH_MISSING, TTG_UNKNOWN, TTG_UNKNOWN, N, N), TTG_FALSE);
	assert_int_equal(ttg_rel_om_in_scope(true, 24, TTG_ROSH_MISSING, TTG_FALSE, TTG_FALSE, before, before), TTG_UNKNOWN);
	assert_int_equal(ttg_rel_om_in_scope(true, 24, TTG_ROSH_MISSING, TTG_UNKNOWN, TTG_UNKNOWN, mtcs, N), TTG_TRUE);
	assert_int_equal(ttg_rel_om_in_scope(false, 0, TTG_ROSH_HIGH, TTG_FALSE, TTG_FALSE, before, before), TTG_UNKNOWN);
	assert_int_equal(ttg_rel_om_in_scope(false, 0, TTG_ROSH_LOW, TTG_FALSE, TTG_FALSE, before, before), TTG_FALSE);
}

/* R-OM-2 and R-OM-3. */
static void
test_om_handover_and_responsibility(void **state)
{
	int32_t		ped = D(2026, 6, 30);
	int32_t		pps = D(2025, 12, 1);
	int32_t		refused = D(2026, 7, 15);
	int32_t		review = D(2027, 1, 10);

	(void) state;
	assert_int_equal(ttg_rel_om_handover(D(2025, 8, 31), N), D(2025, 2, 28));	/* no 31 Feb */
	assert_int_equal(ttg_rel_om_handover(D(2024, 8, 31), N), D(2024, 2, 29));	/* leap year */
	assert_int_equal(ttg_rel_om_handover(D(2025, 8, 30), N), D(2025, 2, 28));
	assert_int_equal(ttg_rel_om_handover(D(2025, 8, 27), N), D(2025, 2, 27));
	assert_int_equal(ttg_rel_om_handover(D(2025, 9, 1), N), D(2025, 3, 1));
	assert_int_equal(ttg_rel_om_handover(D(2025, 8, 31), D(2025, 1, 15)), D(2025, 1, 15));
	assert_int_equal(ttg_rel_om_handover(D(2025, 8, 31), D(2025, 3, 1)), D(2025, 2, 28));
	/* IPP or life, no release date: the parole process start. */
	assert_int_equal(ttg_rel_om_handover(N, D(2025, 1, 1)), D(2025, 1, 1));
	assert_int_equal(ttg_rel_om_handover(N, N), N);

	assert_int_equal(ttg_rel_om_responsibility(D(2025, 2, 27), D(2025, 8, 31), N, N, N), TTG_HOLDER_PRISON);
	assert_int_equal(ttg_rel_om_responsibility(D(2025, 2, 28), D(2025, 8, 31), N, N, N), TTG_HOLDER_COMMUNITY);
	/* Parole: PED 30 Jun 2026, process from 1 Dec 2025, refused 15 Jul 2026, review 10 Jan 2027. */
	assert_int_equal(ttg_rel_om_responsibility(D(2025, 11, 30), ped, pps, refused, review), TTG_HOLDER_PRISON);
	assert_int_equal(ttg_rel_om_responsibility(D(2025, 12, 1), ped, pps, refused, review), TTG_HOLDER_COMMUNITY);
	assert_int_equal(ttg_rel_om_responsibility(D(2026, 7, 14), ped, pps, refused, review), TTG_HOLDER_COMMUNITY);
	assert_int_equal(ttg_rel_om_responsibility(refused, ped, pps, refused, review), TTG_HOLDER_PRISON);
	assert_int_equal(ttg_rel_om_responsibility(D(2027, 1, 9), ped, pps, refused, review), TTG_HOLDER_PRISON);
	assert_int_equal(ttg_rel_om_responsibility(review, ped, pps, refused, review), TTG_HOLDER_COMMUNITY);
	assert_int_equal(ttg_rel_om_responsibility(D(2030, 1, 1), ped, pps, refused, N), TTG_HOLDER_PRISON);
	/* CRD 31 Mar 2027 after the refusal: 30 Sep 2026 (no 31 Sep) brings it back to the community. */
	assert_int_equal(ttg_rel_om_responsibility(D(2026, 9, 29), D(2027, 3, 31), pps, refused, N), TTG_HOLDER_PRISON);
	assert_int_equal(ttg_rel_om_responsibility(D(2026, 9, 30), D(2027, 3, 31), pps, refused, N), TTG_HOLDER_COMMUNITY);
	assert_int_equal(ttg_rel_om_responsibility(N, ped, pps, N, N), TTG_HOLDER_UNKNOWN);
	assert_int_equal(ttg_rel_om_responsibility(ped, N, N, N, N), TTG_HOLDER_UNKNOWN);
	/* IPP with a parole process from 1 Dec 2025 and no release date. */
	assert_int_equal(ttg_rel_om_responsibility(D(2025, 11, 30), N, pps, N, N), TTG_HOLDER_PRISON);
	assert_int_equal(ttg_rel_om_responsibility(pps, N, pps, N, N), TTG_HOLDER_COMMUNITY);
	assert_int_equal(ttg_rel_om_responsibility(refused, N, pps, refused, review), TTG_HOLDER_PRISON);
	assert_int_equal(ttg_rel_om_responsibility(review, N, pps, refused, review), TTG_HOLDER_COMMUNITY);
}

static TtgOmicCase
omic_case(int32_t ssd, int32_t crd)
{
	TtgOmicCase c;

	c.sentence_start = ssd;
	c.crd = crd;
	c.ard = c.ped = c.tariff = c.hdc_actual = c.hdc_eligibility = c.parole_process_start = N;
	c.target_hearing = c.as_of = N;
	c.indeterminate = c.early_allocation = c.wales = c.recalled = false;
	c.provider = TTG_PROVIDER_NPS;
	c.prison_type = TTG_PRISON_PUBLIC;
	c.basis = TTG_BASIS_SOURCES;
	c.mappa_level = -1;
	return c;
}

static int32_t
handover(const TtgOmicCase *c, TtgOmicEra era, TtgOmicRule rule)
{
	TtgOmicResult r;

	assert_int_equal(ttg_rel_omic_handover(c, era, &r), TTG_OMIC_OK);
	assert_int_equal(r.rule, rule);
	return r.handover;
}

/* April 2023: the service's spec examples, sentence start 1 Jan 2024. */
static void
test_omic_2023(void **state)
{
	TtgOmicCase c = omic_case(D(2024, 1, 1), D(2024, 10, 31));

	(void) state;
	/* 1 Jan 2024 + 10 months = 1 Nov 2024. */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2023, TTG_RULE_DETERMINATE_SHORT), D(2024, 1, 1));
	c.crd = D(2024, 11, 1);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2023, TTG_RULE_DETERMINATE_SHORT), D(2024, 1, 1));
	c.crd = D(2024, 11, 2);		/* - 8 months = 2 Mar 2024, - 14 = 17 Feb */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2023, TTG_RULE_DETERMINATE), D(2024, 2, 17));
	c.crd = D(2025, 10, 31);	/* - 8 months = 28 Feb 2025, - 14 = 14 Feb */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2023, TTG_RULE_DETERMINATE), D(2025, 2, 14));
	c.crd = D(2026, 1, 1);
	c.early_allocation = true;	/* - 15 months */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2023, TTG_RULE_EARLY_ALLOCATION), D(2024, 10, 1));
	c.early_allocation = false;
	c.crd = D(2027, 1, 1);
	c.ped = D(2026, 1, 1);		/* - 12 months */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2023, TTG_RULE_DETERMINATE_PAROLE), D(2025, 1, 1));
	c = omic_case(D(2024, 1, 1), N);
	c.indeterminate = true;
	c.tariff = D(2028, 2, 29);	/* - 12 months = 28 Feb 2027 */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2023, TTG_RULE_INDETERMINATE), D(2027, 2, 28));
	c.tariff = N;
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2023, TTG_RULE_MISSING_DATES), N);
	c = omic_case(N, D(2026, 1, 1));
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2023, TTG_RULE_MISSING_DATES), N);
}

/*
 * 2019: handover_date_service.rb. Sentence start 16 Sep 2019 (the sources'
 * OMiC start: a new case); CRD 30 Aug 2020 unless noted, later than the
 * start + 10 months (16 Jul 2020).
 */
static void
test_omic_2019(void **state)
{
	TtgOmicCase c = omic_case(D(2019, 9, 16), D(2020, 8, 30));

	(void) state;
	/* - 4 months = 30 Apr, - 15 = 15 Apr 2020. */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2020, 4, 15));
	c.mappa_level = 1;
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2020, 4, 15));
	c.mappa_level = 2;			/* - 7 months = 30 Jan, - 15 = 15 Jan 2020 */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_MAPPA_2_3), D(2020, 1, 15));
	/* MAPPA 2/3 never before today: as_of 14 Jan 2020 keeps 15 Jan, 1 Mar 2020 gives 1 Mar. */
	c.as_of = D(2020, 1, 14);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_MAPPA_2_3), D(2020, 1, 15));
	c.as_of = D(2020, 3, 1);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_MAPPA_2_3), D(2020, 3, 1));
	c.as_of = N;
	c.mappa_level = 1;
	c.hdc_eligibility = D(2020, 4, 14);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_HDC), D(2020, 4, 14));
	c.hdc_eligibility = D(2020, 4, 16);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2020, 4, 15));
	c.hdc_actual = D(2020, 5, 1);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_HDC), D(2020, 5, 1));
	/*
	 * Never before the window start (CRD - 7 months 15 days = 15 Jan 2020):
	 * an HDC eligibility date of 10 Jan 2020 gives 15 Jan.
	 */
	c.hdc_actual = N;
	c.hdc_eligibility = D(2020, 1, 10);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_HDC), D(2020, 1, 15));
	c.hdc_eligibility = D(2020, 1, 16);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_HDC), D(2020, 1, 16));
	c.hdc_actual = D(2020, 5, 1);
	c.hdc_eligibility = D(2020, 4, 16);
	/* CRC: 12 weeks before HDC actual 1 May 2020: - 1 = 30 Apr, - 30 = 31 Mar, - 31 = 29 Feb, - 22 = 7 Feb. */
	c.provider = TTG_PROVIDER_CRC;
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_CRC), D(2020, 2, 7));
	c.hdc_actual = N;			/* HDCED 16 Apr 2020 - 84: - 16 = 31 Mar, - 31 = 29 Feb, - 29 = 31 Jan, - 8 = 23 Jan */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_CRC), D(2020, 1, 23));
	c.hdc_eligibility = N;		/* CRD 30 Aug 2020 - 84 = 7 Jun 2020 */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_CRC), D(2020, 6, 7));
	c.provider = TTG_PROVIDER_NPS;
	c.ped = D(2021, 3, 31);		/* - 8 months = 31 Jul 2020 */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_DETERMINATE_PAROLE), D(2020, 7, 31));
	c.ped = N;
	c.early_allocation = true;	/* 30 Aug 2020 - 15 months = 30 May 2019 */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_EARLY_ALLOCATION), D(2019, 5, 30));
	c.early_allocation = false;
	c.recalled = true;
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_RECALL), N);
	c = omic_case(N, N);
	c.indeterminate = true;
	c.provider = TTG_PROVIDER_CRC;	/* indeterminate goes the NPS way */
	c.tariff = D(2022, 3, 31);	/* - 8 months = 31 Jul 2021 */
	c.ped = D(2021, 12, 31);	/* earlier: - 8 months = 30 Apr 2021, but the window starts at TED - 8 months */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_INDETERMINATE), D(2021, 7, 31));
	/* Tariff passed on as_of (day after), or no tariff: the prison holds it, no date. */
	c.as_of = D(2022, 3, 31);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_INDETERMINATE), D(2021, 7, 31));
	c.as_of = D(2022, 4, 1);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_INDETERMINATE_CUSTODY), N);
	c.as_of = N;
	c.tariff = N;
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_INDETERMINATE_CUSTODY), N);
}

/*
 * The 2019 10-month rule (nps_policy_rules): sentence start 2 Oct 2019 + 10
 * months = 2 Aug 2020; a release on or before it is community-held from the start.
 */
static void
test_omic_2019_short(void **state)
{
	TtgOmicCase c = omic_case(D(2019, 10, 2), D(2020, 8, 1));

	(void) state;
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_DETERMINATE_SHORT), D(2019, 10, 2));
	c.crd = D(2020, 8, 2);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_DETERMINATE_SHORT), D(2019, 10, 2));
	c.crd = D(2020, 8, 3);		/* - 4 months = 3 Apr, - 15 = 19 Mar 2020 */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2020, 3, 19));
	/* A PED counts as the release: PED 2 Aug 2020 is short whatever the CRD. */
	c.crd = D(2021, 8, 3);
	c.ped = D(2020, 8, 2);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_DETERMINATE_SHORT), D(2019, 10, 2));
}

/*
 * Transitional cut-offs for cases sentenced before OMiC: England public
 * prisons 15 Feb 2021, hub and private 1 Jun 2021, Wales 4 May 2020. A
 * release before the cut-off is pre-OMiC (no date); on or after it, the 2019
 * handover. CRD 15 Feb 2021 - 4 months = 15 Oct 2020, - 15 = 30 Sep 2020.
 */
static void
test_omic_cutoffs(void **state)
{
	TtgOmicCase c = omic_case(D(2019, 9, 15), D(2021, 2, 14));
	TtgOmicResult r;

	(void) state;
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_PRE_OMIC), N);
	assert_int_equal(ttg_omic_auto_era(&c), TTG_ERA_OMCP_2013);
	c.crd = D(2021, 2, 15);
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2020, 9, 30));
	c.crd = D(2021, 2, 16);		/* 16 Oct 2020 - 15 = 1 Oct 2020 */
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2020, 10, 1));
	/* Hub and private: 31 May 2021 before, 1 Jun 2021 on the cut-off (- 4 months = 1 Feb, - 15 = 17 Jan 2021). */
	c.prison_type = TTG_PRISON_HUB_PRIVATE;
	c.crd = D(2021, 5, 31);
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_PRE_OMIC), N);
	c.crd = D(2021, 6, 1);
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2021, 1, 17));
	/* Wales, sentenced before 4 Feb 2019: 3 May 2020 before, 4 May 2020 on it (4 Jan 2020 - 15 = 20 Dec 2019). */
	c = omic_case(D(2019, 2, 3), D(2020, 5, 3));
	c.wales = true;
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_PRE_OMIC), N);
	c.crd = D(2020, 5, 4);
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2019, 12, 20));
	/* The same CRD in an English public prison is before its cut-off. */
	c.wales = false;
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_PRE_OMIC), N);
	/*
	 * Sentenced on 4 Feb 2019 in Wales: new by the sources, old by the
	 * services (after 4 Feb). CRD 3 May 2020 - 4 months = 3 Jan, - 15 = 19 Dec 2019.
	 */
	c = omic_case(D(2019, 2, 4), D(2020, 5, 3));
	c.wales = true;
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2019, 12, 19));
	c.basis = TTG_BASIS_SERVICES;
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_PRE_OMIC), N);
	c.sentence_start = D(2019, 2, 5);
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2019, 12, 19));
	/* England: 15 Sep 2019 old, 16 Sep new by the sources; by the services 1 Oct old, 2 Oct new. */
	c = omic_case(D(2019, 9, 16), D(2020, 12, 31));	/* 31 Aug 2020 - 15 = 16 Aug 2020 */
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2020, 8, 16));
	c.basis = TTG_BASIS_SERVICES;
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_PRE_OMIC), N);
	c.sentence_start = D(2019, 10, 1);
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_PRE_OMIC), N);
	c.sentence_start = D(2019, 10, 2);
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2020, 8, 16));
	/* Responsibility on as_of: pre-OMiC is community; otherwise prison until the handover day. */
	c.as_of = D(2020, 8, 15);
	assert_int_equal(ttg_rel_omic_handover(&c, TTG_ERA_AUTO, &r), TTG_OMIC_OK);
	assert_int_equal(r.responsibility, TTG_HOLDER_PRISON);
	c.as_of = D(2020, 8, 16);
	assert_int_equal(ttg_rel_omic_handover(&c, TTG_ERA_AUTO, &r), TTG_OMIC_OK);
	assert_int_equal(r.responsibility, TTG_HOLDER_COMMUNITY);
	c.sentence_start = D(2019, 10, 1);
	assert_int_equal(ttg_rel_omic_handover(&c, TTG_ERA_AUTO, &r), TTG_OMIC_OK);
	assert_int_equal(r.responsibility, TTG_HOLDER_COMMUNITY);
	c.as_of = N;
	assert_int_equal(ttg_rel_omic_handover(&c, TTG_ERA_AUTO, &r), TTG_OMIC_OK);
	assert_int_equal(r.responsibility, TTG_HOLDER_UNKNOWN);
}

/* Era chosen from the dates: both sides of 1 April 2023. */
static void
test_omic_auto_era(void **state)
{
	TtgOmicCase c = omic_case(D(2022, 1, 1), D(2023, 8, 15));
	TtgOmicResult r;

	(void) state;
	/* 2019 handover: 15 Apr 2023 - 15 = 31 Mar 2023, before 1 Apr 2023: 2019. */
	assert_int_equal(ttg_omic_auto_era(&c), TTG_ERA_OMIC_2019);
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2023, 3, 31));
	c.crd = D(2023, 8, 16);		/* 1 Apr 2023: the 2023 model */
	assert_int_equal(ttg_omic_auto_era(&c), TTG_ERA_OMIC_2023);
	assert_int_equal(ttg_rel_omic_handover(&c, TTG_ERA_AUTO, &r), TTG_OMIC_OK);
	assert_int_equal(r.era, TTG_ERA_OMIC_2023);
	assert_int_equal(r.handover, D(2022, 12, 2));	/* - 8 months = 16 Dec 2022, - 14 */
	/* A recall takes the model in force on as_of. */
	c.recalled = true;
	c.as_of = D(2023, 3, 31);
	assert_int_equal(ttg_omic_auto_era(&c), TTG_ERA_OMIC_2019);
	c.as_of = D(2023, 4, 1);
	assert_int_equal(ttg_omic_auto_era(&c), TTG_ERA_OMIC_2023);
	assert_int_equal(ttg_rel_omic_handover(&c, TTG_ERA_AUTO, &r), TTG_OMIC_OK);
	assert_int_equal(r.rule, TTG_RULE_RECALL);
	assert_int_equal(r.responsibility, TTG_HOLDER_COMMUNITY);
	/* 2013 with a parole process first. */
	c = omic_case(D(2017, 1, 1), D(2018, 8, 31));
	c.parole_process_start = D(2018, 1, 10);
	assert_int_equal(handover(&c, TTG_ERA_OMCP_2013, TTG_RULE_OMCP_PAROLE_START), D(2018, 1, 10));
	c.parole_process_start = D(2018, 3, 1);
	assert_int_equal(handover(&c, TTG_ERA_OMCP_2013, TTG_RULE_OMCP_SIX_MONTHS), D(2018, 2, 28));
}

/*
 * The May 2025 ISP earliest release (calculate_earliest_release): TED in the
 * future, then THD in the future, else the nearer; before 1 May 2025 the
 * earlier of the two.
 */
static void
test_omic_isp_release(void **state)
{
	int32_t		ted = D(2026, 1, 1);
	int32_t		thd = D(2025, 9, 1);
	TtgOmicCase c = omic_case(D(2020, 1, 1), N);

	(void) state;
	assert_int_equal(ttg_omic_isp_release(ted, thd, D(2025, 4, 30)), thd);
	assert_int_equal(ttg_omic_isp_release(ted, thd, D(2025, 5, 1)), ted);
	assert_int_equal(ttg_omic_isp_release(ted, thd, D(2025, 5, 2)), ted);
	assert_int_equal(ttg_omic_isp_release(ted, thd, N), thd);
	/* TED on as_of is not in the future: THD wins; a day earlier TED does. */
	assert_int_equal(ttg_omic_isp_release(D(2025, 6, 1), D(2025, 12, 1), D(2025, 5, 31)), D(2025, 6, 1));
	assert_int_equal(ttg_omic_isp_release(D(2025, 6, 1), D(2025, 12, 1), D(2025, 6, 1)), D(2025, 12, 1));
	/* Both passed: the nearer as_of, i.e. the later. */
	assert_int_equal(ttg_omic_isp_release(D(2025, 3, 1), D(2025, 4, 20), D(2025, 5, 1)), D(2025, 4, 20));
	assert_int_equal(ttg_omic_isp_release(D(2025, 4, 20), D(2025, 3, 1), D(2025, 5, 1)), D(2025, 4, 20));
	assert_int_equal(ttg_omic_isp_release(D(2025, 3, 1), N, D(2025, 5, 1)), D(2025, 3, 1));
	assert_int_equal(ttg_omic_isp_release(N, N, D(2025, 5, 1)), N);
	/* In the 2023 model: TED 1 Jan 2026 - 12 months = 1 Jan 2025; THD 1 Sep 2025 - 12 months = 1 Sep 2024. */
	c.indeterminate = true;
	c.tariff = ted;
	c.target_hearing = thd;
	c.as_of = D(2025, 5, 1);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2023, TTG_RULE_INDETERMINATE), D(2025, 1, 1));
	c.as_of = D(2025, 4, 30);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2023, TTG_RULE_INDETERMINATE), D(2024, 9, 1));
}

/* Every first day in policy_core.h is the date its comment names. */
static void
test_policy_days(void **state)
{
	int			n = 0;
	const TtgPolicyFact *f = ttg_policy_facts(&n);
	int32_t		v = 0;

	(void) state;
	assert_int_equal(TTG_DAY_MTCS_START, D(2012, 10, 1));
	assert_int_equal(TTG_DAY_MCS_START, D(2018, 10, 1));
	assert_int_equal(TTG_DAY_TTG_EARLY_START, D(2019, 2, 1));
	assert_int_equal(TTG_DAY_OMIC_WALES, D(2019, 2, 4));
	assert_int_equal(TTG_DAY_TTG_START, D(2019, 4, 1));
	assert_int_equal(TTG_DAY_OMIC_SOURCES, D(2019, 9, 16));
	assert_int_equal(TTG_DAY_OMIC_SERVICES, D(2019, 10, 1));
	assert_int_equal(TTG_DAY_CUTOFF_WALES, D(2020, 5, 4));
	assert_int_equal(TTG_DAY_CUTOFF_PUBLIC, D(2021, 2, 15));
	assert_int_equal(TTG_DAY_CUTOFF_HUB_PRIVATE, D(2021, 6, 1));
	assert_int_equal(TTG_DAY_UNIFICATION, D(2021, 6, 26));
	assert_int_equal(TTG_DAY_OMIC_2023, D(2023, 4, 1));
	assert_int_equal(TTG_DAY_ETE_30, D(2024, 4, 1));
	assert_int_equal(TTG_DAY_ISP_2025, D(2025, 5, 1));
	assert_int_equal(TTG_MIN_POLICY_DAY, D(1978, 1, 1));
	assert_true(n > 10);
	for (int i = 0; i < n; i++)
	{
		assert_true(f[i].first_day <= f[i].last_day);
		assert_non_null(f[i].source);
	}
	/* Dated values: the day before, of and after each change. */
	assert_int_equal(ttg_policy_ete_cap_percent(D(2024, 3, 31)), 20);
	assert_int_equal(ttg_policy_ete_cap_percent(D(2024, 4, 1)), 30);
	assert_int_equal(ttg_policy_ete_cap_percent(D(2024, 4, 2)), 30);
	assert_int_equal(ttg_policy_upw_start_days(D(2021, 6, 25)), 7);
	assert_int_equal(ttg_policy_upw_start_days(D(2021, 6, 26)), 15);
	assert_int_equal(ttg_policy_upw_start_days(D(2021, 6, 27)), 15);
	assert_false(ttg_policy_mcs_in_force(D(2018, 9, 30)));
	assert_true(ttg_policy_mcs_in_force(D(2018, 10, 1)));
	assert_true(ttg_policy_mcs_in_force(D(2018, 10, 2)));
	/*
	 * The table ttg.policy_facts() shows agrees with the rules that apply it,
	 * on the first and last day of every fact.
	 */
	for (int i = 0; i < n; i++)
	{
		int32_t		last = f[i].last_day == TTG_POLICY_OPEN ? D(2099, 12, 31) : f[i].last_day;

		if (f[i].rule == TTG_POL_ETE_CAP)
		{
			assert_int_equal(ttg_policy_ete_cap_percent(f[i].first_day), f[i].value);
			assert_int_equal(ttg_policy_ete_cap_percent(last), f[i].value);
			v++;
		}
		else if (f[i].rule == TTG_POL_UPW_START)
		{
			assert_int_equal(ttg_policy_upw_start_days(f[i].first_day), f[i].value);
			assert_int_equal(ttg_policy_upw_start_days(last), f[i].value);
			v++;
		}
		else if (f[i].rule == TTG_POL_MCS)
		{
			assert_false(ttg_policy_mcs_in_force(f[i].first_day - 1));
			assert_true(ttg_policy_mcs_in_force(f[i].first_day));
			assert_int_equal(f[i].value, 1);
			v++;
		}
		else if (f[i].rule == TTG_POL_TTG_WINDOW)
		{
			/* 12 weeks before a release on the fact's first day, from its first day. */
			assert_false(ttg_rel_in_window(f[i].first_day + 10, f[i].first_day - 1));
			assert_true(ttg_rel_in_window(f[i].first_day + f[i].value, f[i].first_day));
			assert_false(ttg_rel_in_window(f[i].first_day + f[i].value + 1, f[i].first_day));
			v++;
		}
	}
	assert_int_equal(v, 6);
}

static void
test_omic_bad_input(void **state)
{
	TtgOmicCase c = omic_case(D(2024, 1, 1), D(2023, 12, 31));
	TtgOmicResult r;

	(void) state;
	assert_int_equal(ttg_rel_omic_handover(&c, TTG_ERA_AUTO, &r), TTG_OMIC_RELEASE_BEFORE_START);
	assert_int_equal(r.handover, N);
	c.crd = D(2024, 1, 1);		/* release on the sentence start day is allowed */
	assert_int_equal(ttg_rel_omic_handover(&c, TTG_ERA_OMIC_2023, &r), TTG_OMIC_OK);
	c.mappa_level = 4;
	assert_int_equal(ttg_rel_omic_handover(&c, TTG_ERA_AUTO, &r), TTG_OMIC_BAD_MAPPA);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_release_dates),
		cmocka_unit_test(test_ttg_stage_boundaries),
		cmocka_unit_test(test_ttg_start),
		cmocka_unit_test(test_working_day),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_om_in_scope),
		cmocka_unit_test(test_om_handover_and_responsibility),
		cmocka_unit_test(test_omic_2023),
		cmocka_unit_test(test_omic_2019),
		cmocka_unit_test(test_omic_2019_short),
		cmocka_unit_test(test_omic_cutoffs),
		cmocka_unit_test(test_omic_auto_era),
		cmocka_unit_test(test_omic_isp_release),
		cmocka_unit_test(test_policy_days),
		cmocka_unit_test(test_omic_bad_input),
	};

	return cmocka_run_group_tests_name("release", tests, NULL, NULL);
}
