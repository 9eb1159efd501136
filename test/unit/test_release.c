/*
 * test_release.c: cmocka tests of the release core.
 * Every expected date was worked out by hand from a printed calendar; the
 * working is in the comment beside it (months back first, clamped at month
 * end, then days).
 */
#include "test_helpers.h"
#include "release_core.h"

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
	assert_int_equal(ttg_rel_stage(rel, D(2025, 5, 17), TTG_FALSE), TTG_STAGE_BEFORE_REFERRAL);
	assert_int_equal(ttg_rel_stage(rel, D(2025, 5, 18), TTG_FALSE), TTG_STAGE_REFERRAL_DUE);
	assert_int_equal(ttg_rel_stage(rel, D(2025, 5, 18), TTG_TRUE), TTG_STAGE_BEFORE_REFERRAL);
	assert_int_equal(ttg_rel_stage(rel, D(2025, 5, 18), TTG_UNKNOWN), TTG_STAGE_UNKNOWN);
	assert_int_equal(ttg_rel_stage(rel, D(2025, 5, 17), TTG_UNKNOWN), TTG_STAGE_BEFORE_REFERRAL);
	assert_int_equal(ttg_rel_stage(rel, D(2025, 6, 7), TTG_FALSE), TTG_STAGE_REFERRAL_DUE);
	assert_int_equal(ttg_rel_stage(rel, D(2025, 6, 8), TTG_FALSE), TTG_STAGE_IN_WINDOW);
	assert_int_equal(ttg_rel_stage(rel, D(2025, 6, 8), TTG_UNKNOWN), TTG_STAGE_IN_WINDOW);
	assert_int_equal(ttg_rel_stage(rel, rel, TTG_TRUE), TTG_STAGE_IN_WINDOW);
	assert_int_equal(ttg_rel_stage(rel, D(2025, 9, 1), TTG_FALSE), TTG_STAGE_RELEASED);
	assert_int_equal(ttg_rel_stage(N, rel, TTG_FALSE), TTG_STAGE_UNKNOWN);
	assert_int_equal(ttg_rel_stage(rel, N, TTG_FALSE), TTG_STAGE_UNKNOWN);
	assert_string_equal(ttg_stage_name(TTG_STAGE_REFERRAL_DUE), "referral_due");
	assert_null(ttg_stage_name(TTG_STAGE_UNKNOWN));
}

static void
test_words(void **state)
{
	(void) state;
	assert_int_equal(ttg_parse_rosh("low", 3), TTG_ROSH_LOW);
	assert_int_equal(ttg_parse_rosh("MEDIUM", 6), TTG_ROSH_MEDIUM);
	assert_int_equal(ttg_parse_rosh("Very High", 9), TTG_ROSH_VERY_HIGH);
	assert_int_equal(ttg_parse_rosh("very-high", 9), TTG_ROSH_VERY_HIGH);
	assert_int_equal(ttg_parse_rosh("severe", 6), TTG_ROSH_INVALID);
	assert_int_equal(ttg_parse_rosh("", 0), TTG_ROSH_INVALID);
	assert_int_equal(ttg_parse_rosh("highhighhighhighhigh", 20), TTG_ROSH_INVALID);
	/* Length counts: "high" followed by more bytes is not "high". */
	assert_int_equal(ttg_parse_rosh("highx", 5), TTG_ROSH_INVALID);

	assert_int_equal(ttg_rel_pom_grade("A", 1), TTG_POM_PROBATION_OFFICER);
	assert_int_equal(ttg_rel_pom_grade("b3", 2), TTG_POM_PROBATION_OFFICER);
	assert_int_equal(ttg_rel_pom_grade("C0", 2), TTG_POM_PRISON_OFFICER);
	assert_int_equal(ttg_rel_pom_grade("d", 1), TTG_POM_PRISON_OFFICER);
	assert_int_equal(ttg_rel_pom_grade("E", 1), TTG_POM_INVALID);
	assert_int_equal(ttg_rel_pom_grade("A4", 2), TTG_POM_INVALID);
	assert_int_equal(ttg_rel_pom_grade("A10", 3), TTG_POM_INVALID);
	assert_int_equal(ttg_rel_pom_grade("", 0), TTG_POM_INVALID);

	assert_int_equal(ttg_parse_era("auto", 4), TTG_ERA_AUTO);
	assert_int_equal(ttg_parse_era("OMIC_2023", 9), TTG_ERA_OMIC_2023);
	assert_int_equal(ttg_parse_era("omic 2019", 9), TTG_ERA_OMIC_2019);
	assert_int_equal(ttg_parse_era("omic_2020", 9), TTG_ERA_INVALID);
	assert_int_equal(ttg_parse_provider("CRC", 3), TTG_PROVIDER_CRC);
	assert_int_equal(ttg_parse_provider("private", 7), TTG_PROVIDER_INVALID);
	assert_string_equal(ttg_era_name(TTG_ERA_OMCP_2013), "omcp_2013");
	assert_string_equal(ttg_omic_rule_name(TTG_RULE_DETERMINATE_SHORT), "determinate_short");
}

/* R-OM-1: 12 months or more; before 1 Oct 2012 only high ROSH, IPP or PPO. */
static void
test_om_in_scope(void **state)
{
	int32_t		mtcs = D(2012, 10, 1);
	int32_t		before = D(2012, 9, 30);

	(void) state;
	assert_int_equal(ttg_rel_om_in_scope(true, 12, TTG_ROSH_LOW, TTG_FALSE, TTG_FALSE, mtcs), TTG_TRUE);
	assert_int_equal(ttg_rel_om_in_scope(true, 12, TTG_ROSH_LOW, TTG_FALSE, TTG_FALSE, before), TTG_FALSE);
	assert_int_equal(ttg_rel_om_in_scope(true, 12, TTG_ROSH_HIGH, TTG_FALSE, TTG_FALSE, before), TTG_TRUE);
	assert_int_equal(ttg_rel_om_in_scope(true, 12, TTG_ROSH_MEDIUM, TTG_TRUE, TTG_FALSE, before), TTG_TRUE);
	assert_int_equal(ttg_rel_om_in_scope(true, 12, TTG_ROSH_MEDIUM, TTG_FALSE, TTG_TRUE, before), TTG_TRUE);
	assert_int_equal(ttg_rel_om_in_scope(true, 11.99, TTG_ROSH_VERY_HIGH, TTG_TRUE, TTG_TRUE, mtcs), TTG_FALSE);
	/* Kleene logic. */
	assert_int_equal(ttg_rel_om_in_scope(true, 6, TTG_ROSH_MISSING, TTG_UNKNOWN, TTG_UNKNOWN, N), TTG_FALSE);
	assert_int_equal(ttg_rel_om_in_scope(true, 24, TTG_ROSH_MISSING, TTG_FALSE, TTG_FALSE, before), TTG_UNKNOWN);
	assert_int_equal(ttg_rel_om_in_scope(true, 24, TTG_ROSH_MISSING, TTG_UNKNOWN, TTG_UNKNOWN, mtcs), TTG_TRUE);
	assert_int_equal(ttg_rel_om_in_scope(false, 0, TTG_ROSH_HIGH, TTG_FALSE, TTG_FALSE, before), TTG_UNKNOWN);
	assert_int_equal(ttg_rel_om_in_scope(false, 0, TTG_ROSH_LOW, TTG_FALSE, TTG_FALSE, before), TTG_FALSE);
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
	assert_int_equal(ttg_rel_om_handover(N, D(2025, 1, 1)), N);

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
	assert_int_equal(ttg_rel_om_responsibility(ped, N, pps, N, N), TTG_HOLDER_UNKNOWN);
}

static TtgOmicCase
omic_case(int32_t ssd, int32_t crd)
{
	TtgOmicCase c;

	c.sentence_start = ssd;
	c.crd = crd;
	c.ard = c.ped = c.tariff = c.hdc_actual = c.hdc_eligibility = c.parole_process_start = N;
	c.indeterminate = c.early_allocation = c.wales = false;
	c.provider = TTG_PROVIDER_NPS;
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

/* 2019: handover_date_service.rb. CRD 30 Aug 2020 unless noted. */
static void
test_omic_2019(void **state)
{
	TtgOmicCase c = omic_case(D(2019, 1, 1), D(2020, 8, 30));

	(void) state;
	/* - 4 months = 30 Apr, - 15 = 15 Apr 2020. */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2020, 4, 15));
	c.mappa_level = 1;
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2020, 4, 15));
	c.mappa_level = 2;			/* - 7 months = 30 Jan, - 15 = 15 Jan 2020 */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_MAPPA_2_3), D(2020, 1, 15));
	c.mappa_level = 1;
	c.hdc_eligibility = D(2020, 4, 14);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_HDC), D(2020, 4, 14));
	c.hdc_eligibility = D(2020, 4, 16);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2020, 4, 15));
	c.hdc_actual = D(2020, 5, 1);
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_NPS_HDC), D(2020, 5, 1));
	/* CRC: 12 weeks before HDC actual 1 May 2020: - 1 = 30 Apr, - 30 = 31 Mar, - 31 = 29 Feb, - 22 = 7 Feb. */
	c.provider = TTG_PROVIDER_CRC;
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_CRC), D(2020, 2, 7));
	c.hdc_actual = N;			/* HDCED 16 Apr 2020 - 84: - 16 = 31 Mar, - 31 = 29 Feb, - 29 = 31 Jan, - 8 = 23 Jan */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_CRC), D(2020, 1, 23));
	c.hdc_eligibility = N;		/* CRD 30 Aug 2020 - 84 = 7 Jun 2020 */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_CRC), D(2020, 6, 7));
	c.provider = TTG_PROVIDER_NPS;
	c.ped = D(2020, 3, 31);		/* - 8 months = 31 Jul 2019 */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_DETERMINATE_PAROLE), D(2019, 7, 31));
	c.ped = N;
	c.early_allocation = true;	/* 30 Aug 2020 - 15 months = 30 May 2019 */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_EARLY_ALLOCATION), D(2019, 5, 30));
	c = omic_case(N, N);
	c.indeterminate = true;
	c.provider = TTG_PROVIDER_CRC;	/* indeterminate goes the NPS way */
	c.tariff = D(2022, 3, 31);	/* - 8 months = 31 Jul 2021 */
	c.ped = D(2021, 12, 31);	/* earlier: - 8 months = 30 Apr 2021 (no 31 Apr) */
	assert_int_equal(handover(&c, TTG_ERA_OMIC_2019, TTG_RULE_INDETERMINATE), D(2021, 4, 30));
}

/* Era chosen from the dates: both sides of each start. */
static void
test_omic_auto_era(void **state)
{
	TtgOmicCase c = omic_case(D(2019, 1, 1), D(2020, 3, 31));
	TtgOmicResult r;

	(void) state;
	/* England: 31 Mar 2020 - 6 months = 30 Sep 2019, the day before OMiC (1 Oct 2019). */
	assert_int_equal(ttg_omic_auto_era(&c), TTG_ERA_OMCP_2013);
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_OMCP_SIX_MONTHS), D(2019, 9, 30));
	c.crd = D(2020, 4, 1);		/* 1 Oct 2019: OMiC 2019, - 4 months = 1 Dec 2019, - 15 = 16 Nov */
	assert_int_equal(ttg_omic_auto_era(&c), TTG_ERA_OMIC_2019);
	assert_int_equal(handover(&c, TTG_ERA_AUTO, TTG_RULE_NPS_MAPPA_1_OR_NONE), D(2019, 11, 16));
	/* Wales (OMiC from 4 Feb 2019). */
	c = omic_case(D(2018, 6, 1), D(2019, 8, 3));
	c.wales = true;
	assert_int_equal(ttg_omic_auto_era(&c), TTG_ERA_OMCP_2013);
	c.crd = D(2019, 8, 4);
	assert_int_equal(ttg_omic_auto_era(&c), TTG_ERA_OMIC_2019);
	c.wales = false;
	assert_int_equal(ttg_omic_auto_era(&c), TTG_ERA_OMCP_2013);
	/* April 2023: 2019 handover 31 Mar 2023 stays 2019; 1 Apr 2023 moves to 2023. */
	c = omic_case(D(2022, 1, 1), D(2023, 8, 15));
	assert_int_equal(ttg_omic_auto_era(&c), TTG_ERA_OMIC_2019);
	c.crd = D(2023, 8, 16);
	assert_int_equal(ttg_omic_auto_era(&c), TTG_ERA_OMIC_2023);
	assert_int_equal(ttg_rel_omic_handover(&c, TTG_ERA_AUTO, &r), TTG_OMIC_OK);
	assert_int_equal(r.era, TTG_ERA_OMIC_2023);
	assert_int_equal(r.handover, D(2022, 12, 2));	/* - 8 months = 16 Dec 2022, - 14 */
	/* 2013 with a parole process first. */
	c = omic_case(D(2017, 1, 1), D(2018, 8, 31));
	c.parole_process_start = D(2018, 1, 10);
	assert_int_equal(handover(&c, TTG_ERA_OMCP_2013, TTG_RULE_OMCP_PAROLE_START), D(2018, 1, 10));
	c.parole_process_start = D(2018, 3, 1);
	assert_int_equal(handover(&c, TTG_ERA_OMCP_2013, TTG_RULE_OMCP_SIX_MONTHS), D(2018, 2, 28));
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
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_om_in_scope),
		cmocka_unit_test(test_om_handover_and_responsibility),
		cmocka_unit_test(test_omic_2023),
		cmocka_unit_test(test_omic_2019),
		cmocka_unit_test(test_omic_auto_era),
		cmocka_unit_test(test_omic_bad_input),
	};

	return cmocka_run_group_tests_name("release", tests, NULL, NULL);
}
