/*
 * test_upw.c: cmocka tests of the Unpaid Work core (R-UPW-3 to R-UPW-5).
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
prog(double ordered, double done, int32_t start, int32_t as_of, double tol)
{
	TtgUpwProgress p = TTG_UPW_BEHIND;

	assert_int_equal(ttg_upw_progress(ordered, done, start, as_of, tol, &p), TTG_OK);
	return p;
}

static void
test_progress(void **state)
{
	int32_t		s = D(2025, 1, 31);
	int32_t		elapsed = 0,
				total = 0;
	TtgUpwProgress p;

	(void) state;
	/* 31 Jan 2025 to 31 Jan 2026 is 365 days; 2 Mar 2025 is day 30 (Feb has 28). */
	assert_int_equal(ttg_upw_pace(s, D(2025, 3, 2), &elapsed, &total), TTG_OK);
	assert_int_equal(elapsed, 30);
	assert_int_equal(total, 365);
	/* After the due date, elapsed stays at total. */
	assert_int_equal(ttg_upw_pace(s, D(2026, 6, 1), &elapsed, &total), TTG_OK);
	assert_int_equal(elapsed, 365);

	/* 73 hours over 365 days is 0.2 h a day: 6 hours expected on 2 Mar. */
	assert_int_equal(prog(73, 6, s, D(2025, 3, 2), 0), TTG_UPW_ON_TRACK);
	assert_int_equal(prog(73, 5.75, s, D(2025, 3, 2), 0), TTG_UPW_BEHIND);
	assert_int_equal(prog(73, 5.75, s, D(2025, 3, 2), 0.25), TTG_UPW_ON_TRACK);
	/* On the first day nothing is expected yet. */
	assert_int_equal(prog(73, 0, s, s, 0), TTG_UPW_ON_TRACK);
	assert_int_equal(prog(73, 0, s, D(2025, 2, 1), 0), TTG_UPW_BEHIND);
	/* On the due date: behind with hours left; the day after, overdue. */
	assert_int_equal(prog(73, 72.5, s, D(2026, 1, 31), 0), TTG_UPW_BEHIND);
	assert_int_equal(prog(73, 72.5, s, D(2026, 2, 1), 0), TTG_UPW_OVERDUE);
	assert_int_equal(prog(73, 0, s, D(2026, 2, 1), 100), TTG_UPW_OVERDUE);
	/* All hours done: complete whenever. */
	assert_int_equal(prog(73, 73, s, s, 0), TTG_UPW_COMPLETE);
	assert_int_equal(prog(73, 73, s, D(2027, 1, 1), 0), TTG_UPW_COMPLETE);

	/* Bad input. */
	assert_int_equal(ttg_upw_progress(73, 74, s, s, 0, &p), TTG_ERR_RANGE);
	assert_int_equal(ttg_upw_progress(73, -1, s, s, 0, &p), TTG_ERR_RANGE);
	assert_int_equal(ttg_upw_progress(0, 0, s, s, 0, &p), TTG_ERR_RANGE);
	assert_int_equal(ttg_upw_progress(73, 1, s, s, -0.5, &p), TTG_ERR_RANGE);
	assert_int_equal(ttg_upw_progress(73, 1, s, s - 1, 0, &p), TTG_ERR_RANGE);

	assert_int_equal(ttg_upw_classify(true, true, false), TTG_UPW_COMPLETE);
	assert_int_equal(ttg_upw_classify(false, true, true), TTG_UPW_OVERDUE);
	assert_string_equal(ttg_upw_progress_word(TTG_UPW_ON_TRACK), "on_track");
	assert_string_equal(ttg_upw_progress_word(TTG_UPW_OVERDUE), "overdue");
	assert_string_equal(ttg_upw_progress_word(TTG_UPW_COMPLETE), "complete");
	assert_string_equal(ttg_upw_progress_word(TTG_UPW_BEHIND), "behind");
}

/*
 * R-UPW-6 in whole minutes, truncated as the services count: 20 minutes at
 * 30% = 6; at 20% = 4; 7 minutes at 30% = 2.1, so 2; 100 hours (6000
 * minutes) at 20% = 1200; not eligible: 0.
 */
static void
test_ete_whole_minutes(void **state)
{
	(void) state;
	assert_int_equal(ttg_upw_ete_cap_whole_minutes(20, 30, true), 6);
	assert_int_equal(ttg_upw_ete_cap_whole_minutes(20, 20, true), 4);
	assert_int_equal(ttg_upw_ete_cap_whole_minutes(7, 30, true), 2);
	assert_int_equal(ttg_upw_ete_cap_whole_minutes(6000, 20, true), 1200);
	assert_int_equal(ttg_upw_ete_cap_whole_minutes(6000, 30, true), 1800);
	assert_int_equal(ttg_upw_ete_cap_whole_minutes(6000, 30, false), 0);
	assert_int_equal(ttg_upw_ete_cap_whole_minutes(0, 30, true), 0);
	/* The dated cap: 31 Mar 2024 20%, 1 Apr 2024 30%. */
	assert_int_equal(ttg_upw_ete_cap_whole_minutes(20, ttg_policy_ete_cap_percent(D(2024, 3, 31)), true), 4);
	assert_int_equal(ttg_upw_ete_cap_whole_minutes(20, ttg_policy_ete_cap_percent(D(2024, 4, 1)), true), 6);
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
		cmocka_unit_test(test_ete_whole_minutes),
	};

	return cmocka_run_group_tests_name("upw", tests, NULL, NULL);
}
