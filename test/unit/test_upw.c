/*
 * test_upw.c: cmocka tests of the Unpaid Work core (R-UPW-3 to R-UPW-6).
 * Every expected date was counted by hand on a printed calendar; weekdays and
 * bank holidays are noted beside each.
 */
#include "test_helpers.h"
#include "upw_core.h"

static int32_t
due(TtgStatus (*f) (const TtgCalendar *, int32_t, int32_t *), int32_t d)
{
	int32_t		out = 0;

	assert_int_equal(f(ttg_national_calendar(), d, &out), TTG_OK);
	return out;
}

static void
test_assessment_due(void **state)
{
	(void) state;
	/*
	 * Friday 22 Aug 2025, before the bank holiday Monday 25 Aug: Tue 26 (1),
	 * Wed 27, Thu 28, Fri 29, Mon 1 Sep (5), Tue 2, Wed 3, Thu 4, Fri 5,
	 * Mon 8 Sep (10).
	 */
	assert_int_equal(due(ttg_upw_assessment_due, D(2025, 8, 22)), D(2025, 9, 8));
	/* Thursday 21 Aug 2025: Fri 22 (1), Tue 26 (2) ... Fri 5 Sep (10). */
	assert_int_equal(due(ttg_upw_assessment_due, D(2025, 8, 21)), D(2025, 9, 5));
	/* Friday 15 Aug 2025: Mon 18 (1) .. Fri 22 (5), Tue 26 (6) .. Fri 29 (9), Mon 1 Sep (10). */
	assert_int_equal(due(ttg_upw_assessment_due, D(2025, 8, 15)), D(2025, 9, 1));
	/* Saturday 23 Aug 2025: same as from Friday 22 (the weekend is not counted). */
	assert_int_equal(due(ttg_upw_assessment_due, D(2025, 8, 23)), D(2025, 9, 8));
}

static void
test_start_days_rule(void **state)
{
	(void) state;
	/* 26 June 2021 (a Saturday) is day 7847 and the first 15-day date. */
	assert_int_equal(TTG_UPW_UNIFICATION_DAY, D(2021, 6, 26));
	assert_int_equal(ttg_upw_start_days(D(2021, 6, 25)), 7);
	assert_int_equal(ttg_upw_start_days(D(2021, 6, 26)), 15);
	assert_int_equal(ttg_upw_start_days(D(1978, 1, 1)), 7);
	assert_int_equal(ttg_upw_start_days(D(2099, 12, 31)), 15);
}

static void
test_start_due(void **state)
{
	int32_t		out = 0;
	const TtgCalendar *cal = ttg_national_calendar();

	(void) state;
	/* Fri 25 Jun 2021, 7 days: Mon 28 (1), Tue 29, Wed 30, Thu 1 Jul, Fri 2 (5), Mon 5, Tue 6 Jul (7). */
	assert_int_equal(due(ttg_upw_start_due, D(2021, 6, 25)), D(2021, 7, 6));
	/* Sat 26 Jun 2021, 15 days: Mon 28 (1) .. Fri 2 Jul (5) .. Fri 9 (10) .. Fri 16 Jul (15). */
	assert_int_equal(due(ttg_upw_start_due, D(2021, 6, 26)), D(2021, 7, 16));
	/* Mon 28 Jun 2021, 15 days: Tue 29 (1) .. Mon 19 Jul (15). */
	assert_int_equal(due(ttg_upw_start_due, D(2021, 6, 28)), D(2021, 7, 19));
	/*
	 * Fri 22 May 2020, before the bank holiday Mon 25 May, 7 days: Tue 26 (1),
	 * Wed 27, Thu 28, Fri 29, Mon 1 Jun (5), Tue 2, Wed 3 Jun (7).
	 */
	assert_int_equal(due(ttg_upw_start_due, D(2020, 5, 22)), D(2020, 6, 3));
	/* Fri 22 Aug 2025 (holiday Mon 25), 15 days: Mon 8 Sep is the 10th, Mon 15 Sep the 15th. */
	assert_int_equal(due(ttg_upw_start_due, D(2025, 8, 22)), D(2025, 9, 15));

	/* A local target: 20 days from Fri 22 Aug 2025 is Mon 22 Sep (Tue 16 (16) .. Mon 22 (20)). */
	assert_int_equal(ttg_upw_start_due_days(cal, D(2025, 8, 22), 20, &out), TTG_OK);
	assert_int_equal(out, D(2025, 9, 22));
	assert_int_equal(ttg_upw_start_due_days(cal, D(2025, 8, 22), 1, &out), TTG_OK);
	assert_int_equal(out, D(2025, 8, 26));	/* Tue 26: Mon 25 is the holiday */
	assert_int_equal(ttg_upw_start_due_days(cal, D(2025, 8, 22), 0, &out), TTG_ERR_RANGE);
	assert_int_equal(ttg_upw_start_due_days(cal, D(2025, 8, 22), -5, &out), TTG_ERR_RANGE);

	/* Range. */
	assert_int_equal(ttg_upw_start_due(cal, D(1977, 12, 31), &out), TTG_ERR_RANGE);
	assert_int_equal(ttg_upw_start_due(cal, D(2099, 12, 31), &out), TTG_ERR_RESULT_RANGE);
	assert_int_equal(ttg_upw_assessment_due(cal, D(2100, 1, 1), &out), TTG_ERR_RANGE);
}

static void
check_months(int32_t start, int32_t r6, int32_t r9, int32_t r12)
{
	int32_t		r[2] = {0, 0},
				c = 0;

	assert_int_equal(ttg_upw_review_dates(start, r), TTG_OK);
	assert_int_equal(r[0], r6);
	assert_int_equal(r[1], r9);
	assert_int_equal(ttg_upw_completion_due(start, &c), TTG_OK);
	assert_int_equal(c, r12);
}

static void
test_reviews_and_completion(void **state)
{
	int32_t		r[2],
				c;

	(void) state;
	/* Late January starts: July, October and January all have the day. */
	check_months(D(2025, 1, 29), D(2025, 7, 29), D(2025, 10, 29), D(2026, 1, 29));
	check_months(D(2025, 1, 30), D(2025, 7, 30), D(2025, 10, 30), D(2026, 1, 30));
	check_months(D(2025, 1, 31), D(2025, 7, 31), D(2025, 10, 31), D(2026, 1, 31));
	/* 31 Aug: the 6-month review clamps to the end of February (28, or 29 in a leap year). */
	check_months(D(2025, 8, 31), D(2026, 2, 28), D(2026, 5, 31), D(2026, 8, 31));
	check_months(D(2023, 8, 31), D(2024, 2, 29), D(2024, 5, 31), D(2024, 8, 31));
	/* 31 May: 6 months is 30 Nov, 9 months the end of February. */
	check_months(D(2025, 5, 31), D(2025, 11, 30), D(2026, 2, 28), D(2026, 5, 31));
	/* 31 Mar: 30 Sep, 31 Dec, 31 Mar. */
	check_months(D(2025, 3, 31), D(2025, 9, 30), D(2025, 12, 31), D(2026, 3, 31));
	/* 29 Feb 2024: 12 months is 28 Feb 2025. */
	check_months(D(2024, 2, 29), D(2024, 8, 29), D(2024, 11, 29), D(2025, 2, 28));

	assert_int_equal(ttg_upw_review_dates(D(1977, 12, 31), r), TTG_ERR_RANGE);
	assert_int_equal(ttg_upw_completion_due(D(2099, 1, 1), &c), TTG_ERR_RESULT_RANGE);
	assert_int_equal(ttg_upw_completion_due(D(2098, 12, 31), &c), TTG_OK);
	assert_int_equal(c, D(2099, 12, 31));
	assert_int_equal(ttg_upw_review_dates(D(2099, 3, 31), r), TTG_OK);	/* 30 Sep, 31 Dec 2099 */
	assert_int_equal(r[1], D(2099, 12, 31));
	assert_int_equal(ttg_upw_review_dates(D(2099, 4, 1), r), TTG_ERR_RESULT_RANGE);
}

static TtgUpwProgress
prog(const char *ordered, const char *done, int32_t start, int32_t as_of, const char *tol)
{
	TtgUpwProgress p = TTG_UPW_COMPLETE;
	int			bad = -1;

	assert_int_equal(ttg_upw_status(AMT(ordered), AMT(done), start, as_of, AMT(tol), &p, &bad), TTG_AMOUNT_OK);
	return p;
}

/* The status of a refused call, with the argument it names in *bad. */
static TtgAmountStatus
refused(const char *ordered, const char *done, int32_t start, int32_t as_of, const char *tol, int *bad)
{
	TtgUpwProgress p;

	return ttg_upw_status(AMT(ordered), AMT(done), start, as_of, AMT(tol), &p, bad);
}

static void
test_progress(void **state)
{
	int32_t		s = D(2025, 1, 31);
	int			bad = -1;

	(void) state;
	/*
	 * R-UPW-5: 31 Jan 2025 to 31 Jan 2026 is 365 days; 2 Mar 2025 is day 30
	 * (Feb has 28). 73 hours over 365 days is 0.2 h a day: 6 hours expected
	 * on 2 Mar: 6 * 365 = 2190 = 73 * 30, on track exactly.
	 */
	assert_int_equal(prog("73", "6", s, D(2025, 3, 2), "0"), TTG_UPW_ON_TRACK);
	assert_int_equal(prog("73", "5.999999", s, D(2025, 3, 2), "0"), TTG_UPW_BEHIND);
	assert_int_equal(prog("73", "5.75", s, D(2025, 3, 2), "0"), TTG_UPW_BEHIND);
	assert_int_equal(prog("73", "5.75", s, D(2025, 3, 2), "0.25"), TTG_UPW_ON_TRACK);
	assert_int_equal(prog("73", "5.74", s, D(2025, 3, 2), "0.25"), TTG_UPW_BEHIND);
	/*
	 * 100 hours, 31 Jan to 14 Apr 2025 is 73 days: 20 * 365 = 7300 = 100 * 73,
	 * on track; 19.999999999999999999 is 19999999 millionths and a remainder:
	 * 19999999 * 365 < 100000000 * 73, behind.
	 */
	assert_int_equal(prog("100", "20", s, D(2025, 4, 14), "0"), TTG_UPW_ON_TRACK);
	assert_int_equal(prog("100", "19.999999999999999999", s, D(2025, 4, 14), "0"), TTG_UPW_BEHIND);
	/* On the first day nothing is expected yet; zero hours on day 1 is behind. */
	assert_int_equal(prog("73", "0", s, s, "0"), TTG_UPW_ON_TRACK);
	assert_int_equal(prog("73", "0", s, D(2025, 2, 1), "0"), TTG_UPW_BEHIND);
	/* On the due date: behind with hours left; the day after, overdue, whatever the tolerance. */
	assert_int_equal(prog("73", "72.5", s, D(2026, 1, 31), "0"), TTG_UPW_BEHIND);
	assert_int_equal(prog("73", "72.5", s, D(2026, 2, 1), "0"), TTG_UPW_OVERDUE);
	assert_int_equal(prog("73", "0", s, D(2026, 2, 1), "1000"), TTG_UPW_OVERDUE);
	/* All hours done: complete whenever. */
	assert_int_equal(prog("73", "73", s, s, "0"), TTG_UPW_COMPLETE);
	assert_int_equal(prog("73", "73", s, D(2027, 1, 1), "0"), TTG_UPW_COMPLETE);
	/* Products past 2^63: 9e12 hours ordered, done, 365 days: still exact. */
	assert_int_equal(prog("9000000000000", "8999999999999", s, D(2026, 1, 31), "0.999999"),
					 TTG_UPW_BEHIND);
	assert_int_equal(prog("9000000000000", "8999999999999", s, D(2026, 1, 31), "1"), TTG_UPW_ON_TRACK);

	/* Refused: each names its argument by SQL position. */
	assert_int_equal(refused("73", "74", s, s, "0", &bad), TTG_AMOUNT_EXCEEDS);
	assert_int_equal(bad, 1);
	assert_int_equal(refused("73", "73.0000001", s, s, "0", &bad), TTG_AMOUNT_EXCEEDS);
	assert_int_equal(refused("73", "-1", s, s, "0", &bad), TTG_AMOUNT_NEGATIVE);
	assert_int_equal(bad, 1);
	assert_int_equal(refused("0", "0", s, s, "0", &bad), TTG_AMOUNT_NOT_POSITIVE);
	assert_int_equal(bad, 0);
	assert_int_equal(refused("-73", "0", s, s, "0", &bad), TTG_AMOUNT_NOT_POSITIVE);
	assert_int_equal(refused("73", "1", s, s, "-0.5", &bad), TTG_AMOUNT_NEGATIVE);
	assert_int_equal(bad, 4);
	/* 31 Jan 2099 + 12 months is past 2099. */
	assert_int_equal(refused("73", "1", D(2099, 1, 31), D(2099, 3, 2), "0", &bad), TTG_AMOUNT_DATE_RANGE);

	assert_string_equal(ttg_upw_progress_word(TTG_UPW_ON_TRACK), "on_track");
	assert_string_equal(ttg_upw_progress_word(TTG_UPW_OVERDUE), "overdue");
	assert_string_equal(ttg_upw_progress_word(TTG_UPW_COMPLETE), "complete");
	assert_string_equal(ttg_upw_progress_word(TTG_UPW_BEHIND), "behind");
}

/* ttg_upw_ete_cap of decimals, or -1 when refused. */
static int32_t
cap(const char *hours, const char *share)
{
	int32_t		m = -1;
	int			bad = -1;

	return ttg_upw_ete_cap(AMT(hours), AMT(share), &m, &bad) == TTG_AMOUNT_OK ? m : -1;
}

/*
 * R-UPW-6 in whole minutes: hours * 60 to the nearest minute (a half up),
 * times the cap, truncated, as the services count.
 */
static void
test_ete_cap(void **state)
{
	TtgAmount	policy_share;
	int32_t		m = -1;
	int			bad = -1;
	bool		ok = false;

	(void) state;
	assert_int_equal(cap("100", "0.20"), 1200);		/* 6000 * 0.2 */
	assert_int_equal(cap("7", "0.30"), 126);		/* 420 * 0.3 = 126 exactly (125.99999... in binary) */
	assert_int_equal(cap("1.01", "0.20"), 12);		/* 60.6 -> 61 minutes, * 0.2 = 12.2 -> 12 */
	assert_int_equal(cap("10", "0.333"), 199);		/* 600 * 0.333 = 199.8 -> 199 */
	assert_int_equal(cap("0.0833", "0.20"), 1);		/* 4.998 -> 5 minutes, * 0.2 = 1 */
	assert_int_equal(cap("0.3333", "0.30"), 6);		/* 19.998 -> 20 minutes, * 0.3 = 6 */
	assert_int_equal(cap("0.3333", "0.20"), 4);
	assert_int_equal(cap("300", "0.30"), 5400);
	assert_int_equal(cap("40", "0"), 0);
	assert_int_equal(cap("40", "1"), 2400);
	/* Half a minute rounds up: 0.025 h = 1.5 -> 2 minutes; 0.024999 h = 1.49994 -> 1. */
	assert_int_equal(cap("0.025", "1"), 2);
	assert_int_equal(cap("0.024999", "1"), 1);
	/* 7 minutes at 30% = 2.1 -> 2. */
	assert_int_equal(cap("0.116667", "0.30"), 2);
	/* Refused: hours 0 or less (argument 0), a cap outside 0..1 (argument 1). */
	assert_int_equal(ttg_upw_ete_cap(AMT("0"), AMT("0.2"), &m, &bad), TTG_AMOUNT_NOT_POSITIVE);
	assert_int_equal(bad, 0);
	assert_int_equal(ttg_upw_ete_cap(AMT("-10"), AMT("0.2"), &m, &bad), TTG_AMOUNT_NOT_POSITIVE);
	assert_int_equal(ttg_upw_ete_cap(AMT("100"), AMT("1.01"), &m, &bad), TTG_AMOUNT_NOT_SHARE);
	assert_int_equal(bad, 1);
	assert_int_equal(ttg_upw_ete_cap(AMT("100"), AMT("1.0000001"), &m, &bad), TTG_AMOUNT_NOT_SHARE);
	assert_int_equal(ttg_upw_ete_cap(AMT("100"), AMT("-0.1"), &m, &bad), TTG_AMOUNT_NOT_SHARE);
	/* 1e12 hours at 20% is 1.2e13 minutes: more than an int32. */
	assert_int_equal(ttg_upw_ete_cap(AMT("1000000000000"), AMT("0.2"), &m, &bad), TTG_AMOUNT_OVERFLOW);
	/* 178956970 hours * 60 * 0.2 = 2147483640 fits; 178956971 gives 2147483652, over. */
	assert_int_equal(cap("178956970", "0.2"), 2147483640);
	assert_int_equal(ttg_upw_ete_cap(AMT("178956971"), AMT("0.2"), &m, &bad), TTG_AMOUNT_OVERFLOW);

	/* The dated policy: 31 Mar 2024 20%, 1 Apr 2024 30%; not eligible 0. */
	assert_int_equal(ttg_upw_ete_cap_for(AMT("100"), true, D(2024, 3, 31), NULL, &m, &bad), TTG_AMOUNT_OK);
	assert_int_equal(m, 1200);
	assert_int_equal(ttg_upw_ete_cap_for(AMT("100"), true, D(2024, 4, 1), NULL, &m, &bad), TTG_AMOUNT_OK);
	assert_int_equal(m, 1800);
	assert_int_equal(ttg_upw_ete_cap_for(AMT("0.3333"), true, D(2024, 3, 31), NULL, &m, &bad), TTG_AMOUNT_OK);
	assert_int_equal(m, 4);
	assert_int_equal(ttg_upw_ete_cap_for(AMT("100"), false, D(2025, 1, 1), NULL, &m, &bad), TTG_AMOUNT_OK);
	assert_int_equal(m, 0);
	policy_share = AMT("0.20");
	assert_int_equal(ttg_upw_ete_cap_for(AMT("100"), true, D(2025, 1, 1), &policy_share, &m, &bad), TTG_AMOUNT_OK);
	assert_int_equal(m, 1200);
	policy_share = AMT("1.5");
	assert_int_equal(ttg_upw_ete_cap_for(AMT("100"), true, D(2025, 1, 1), &policy_share, &m, &bad),
					 TTG_AMOUNT_NOT_SHARE);
	assert_int_equal(bad, 3);
	assert_int_equal(ttg_upw_ete_cap_for(AMT("0"), true, D(2025, 1, 1), NULL, &m, &bad), TTG_AMOUNT_NOT_POSITIVE);
	assert_int_equal(bad, 0);

	/* Within the cap: reaching it exactly is ok; a remainder beyond is not. */
	assert_int_equal(ttg_upw_ete_within(AMT("100"), AMT("1200"), AMT("0.20"), &ok, &bad), TTG_AMOUNT_OK);
	assert_true(ok);
	assert_int_equal(ttg_upw_ete_within(AMT("100"), AMT("1200.5"), AMT("0.20"), &ok, &bad), TTG_AMOUNT_OK);
	assert_false(ok);
	assert_int_equal(ttg_upw_ete_within(AMT("100"), AMT("1200.0000000001"), AMT("0.20"), &ok, &bad), TTG_AMOUNT_OK);
	assert_false(ok);
	assert_int_equal(ttg_upw_ete_within(AMT("7"), AMT("126"), AMT("0.30"), &ok, &bad), TTG_AMOUNT_OK);
	assert_true(ok);
	assert_int_equal(ttg_upw_ete_within(AMT("7"), AMT("126.01"), AMT("0.30"), &ok, &bad), TTG_AMOUNT_OK);
	assert_false(ok);
	assert_int_equal(ttg_upw_ete_within(AMT("100"), AMT("0"), AMT("0.20"), &ok, &bad), TTG_AMOUNT_OK);
	assert_true(ok);
	assert_int_equal(ttg_upw_ete_within(AMT("100"), AMT("-1"), AMT("0.20"), &ok, &bad), TTG_AMOUNT_NEGATIVE);
	assert_int_equal(bad, 1);
	assert_int_equal(ttg_upw_ete_within(AMT("100"), AMT("10"), AMT("2"), &ok, &bad), TTG_AMOUNT_NOT_SHARE);
	assert_int_equal(bad, 2);
	/* One person: not eligible is ok only with 0 minutes; 1800 at 30% ok, 1801 not. */
	assert_int_equal(ttg_upw_ete_within_for(AMT("100"), AMT("0"), false, D(2025, 1, 1), NULL, &ok, &bad), TTG_AMOUNT_OK);
	assert_true(ok);
	assert_int_equal(ttg_upw_ete_within_for(AMT("100"), AMT("30"), false, D(2025, 1, 1), NULL, &ok, &bad), TTG_AMOUNT_OK);
	assert_false(ok);
	assert_int_equal(ttg_upw_ete_within_for(AMT("100"), AMT("1800"), true, D(2025, 1, 1), NULL, &ok, &bad), TTG_AMOUNT_OK);
	assert_true(ok);
	assert_int_equal(ttg_upw_ete_within_for(AMT("100"), AMT("1801"), true, D(2025, 1, 1), NULL, &ok, &bad), TTG_AMOUNT_OK);
	assert_false(ok);
	assert_int_equal(ttg_upw_ete_within_for(AMT("100"), AMT("1300"), true, D(2024, 3, 31), NULL, &ok, &bad), TTG_AMOUNT_OK);
	assert_false(ok);
	assert_int_equal(ttg_upw_ete_within_for(AMT("100"), AMT("-1"), true, D(2025, 1, 1), NULL, &ok, &bad),
					 TTG_AMOUNT_NEGATIVE);
	assert_int_equal(bad, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_assessment_due),
		cmocka_unit_test(test_start_days_rule),
		cmocka_unit_test(test_start_due),
		cmocka_unit_test(test_reviews_and_completion),
		cmocka_unit_test(test_progress),
		cmocka_unit_test(test_ete_cap),
	};

	return cmocka_run_group_tests_name("upw", tests, NULL, NULL);
}
