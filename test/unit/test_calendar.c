/*
 * test_calendar.c: cmocka tests of the England and Wales calendar core.
 * Dates below were checked by hand against the published proclamations and
 * a printed calendar (day of week noted beside each).
 */
#include "test_helpers.h"
#include "calendar_core.h"

static bool
hol(int y, int m, int d)
{
	return ttg_cal_is_closed(ttg_national_calendar(), D(y, m, d));
}

static int
year_count(int y)
{
	TtgHoliday	h[16];

	return ttg_year_holidays(y, h);
}

static void
test_date_core(void **state)
{
	int			y, m, d;

	(void) state;
	assert_int_equal(D(2000, 1, 1), 0);
	assert_int_equal(D(1978, 1, 1), TTG_MIN_DAY);
	assert_int_equal(D(2099, 12, 31), TTG_MAX_DAY);
	assert_int_equal(ttg_iso_dow(0), 6);	/* 2000-01-01 Saturday */
	assert_int_equal(ttg_iso_dow(D(1978, 1, 1)), 7);	/* Sunday */
	assert_int_equal(ttg_iso_dow(D(2099, 12, 31)), 4);	/* Thursday */
	ttg_ymd_from_day(D(2024, 2, 29), &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 20240229);
	ttg_ymd_from_day(-1, &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 19991231);
	/* Month arithmetic clamps like PostgreSQL's date + interval. */
	assert_int_equal(ttg_add_months(D(2021, 8, 31), 6), D(2022, 2, 28));
	assert_int_equal(ttg_add_months(D(2023, 8, 31), 6), D(2024, 2, 29));
	assert_int_equal(ttg_add_months(D(2024, 1, 31), 1), D(2024, 2, 29));
	assert_int_equal(ttg_add_months(D(2024, 3, 31), -1), D(2024, 2, 29));
	assert_int_equal(ttg_add_months(D(2024, 1, 15), 12), D(2025, 1, 15));
}

static void
test_parse_iso_date(void **state)
{
	int32_t		dn = 0;

	(void) state;
	assert_true(ttg_parse_iso_date("2024-02-29", 10, &dn));
	assert_int_equal(dn, D(2024, 2, 29));
	assert_false(ttg_parse_iso_date("2023-02-29", 10, &dn));
	assert_false(ttg_parse_iso_date("2023-13-01", 10, &dn));
	assert_false(ttg_parse_iso_date("2023-00-10", 10, &dn));
	assert_false(ttg_parse_iso_date("2023-1-10", 9, &dn));
	assert_false(ttg_parse_iso_date("2023/01/10", 10, &dn));
	assert_false(ttg_parse_iso_date("20230110xx", 10, &dn));
	assert_false(ttg_parse_iso_date("", 0, &dn));
}

static void
test_easter_across_centuries(void **state)
{
	(void) state;
	assert_int_equal(ttg_easter_sunday(1818), D(1818, 3, 22));	/* earliest possible */
	assert_int_equal(ttg_easter_sunday(2285), D(2285, 3, 22));
	assert_int_equal(ttg_easter_sunday(1943), D(1943, 4, 25));	/* latest possible */
	assert_int_equal(ttg_easter_sunday(2038), D(2038, 4, 25));
	assert_int_equal(ttg_easter_sunday(1978), D(1978, 3, 26));
	assert_int_equal(ttg_easter_sunday(2000), D(2000, 4, 23));
	assert_int_equal(ttg_easter_sunday(2024), D(2024, 3, 31));
	assert_int_equal(ttg_easter_sunday(2099), D(2099, 4, 12));
	assert_int_equal(ttg_easter_sunday(2100), D(2100, 3, 28));
	/* Good Friday and Easter Monday follow Easter. */
	assert_true(hol(2024, 3, 29) && hol(2024, 4, 1));
	assert_true(hol(2038, 4, 23) && hol(2038, 4, 26));
	assert_true(hol(1978, 3, 24) && hol(1978, 3, 27));
	assert_false(hol(2024, 3, 31));		/* Easter Sunday itself is a weekend day */
}

static void
test_standing_rules(void **state)
{
	(void) state;
	/* 2019: an ordinary year, 8 holidays. */
	assert_int_equal(year_count(2019), 8);
	assert_true(hol(2019, 1, 1));		/* New Year's Day, Tuesday */
	assert_true(hol(2019, 4, 19));		/* Good Friday */
	assert_true(hol(2019, 4, 22));		/* Easter Monday */
	assert_true(hol(2019, 5, 6));		/* Early May: first Monday */
	assert_true(hol(2019, 5, 27));		/* Spring: last Monday of May */
	assert_true(hol(2019, 8, 26));		/* Summer: last Monday of August */
	assert_true(hol(2019, 12, 25) && hol(2019, 12, 26));
	assert_false(hol(2019, 5, 13) || hol(2019, 8, 5));	/* Scotland's August holiday is not ours */
	/* Early May starts in 1978 (first Monday = 1 May). */
	assert_true(hol(1978, 5, 1));
	assert_true(hol(1978, 5, 29) && hol(1978, 8, 28));
	/* When May has five Mondays, Spring is the fifth. */
	assert_true(hol(2026, 5, 25) && !hol(2026, 5, 18));
	assert_true(hol(2026, 5, 4));
}

static void
test_substitute_days(void **state)
{
	(void) state;
	/* New Year's Day on a Saturday: Monday 3rd; on a Sunday: Monday 2nd. */
	assert_true(hol(2022, 1, 3) && !hol(2022, 1, 1));
	assert_true(hol(2023, 1, 2) && !hol(2023, 1, 3));
	assert_true(hol(2000, 1, 3));
	/* Christmas on a Friday: Boxing Day (Saturday) moves to Monday 28th. */
	assert_true(hol(2020, 12, 25) && hol(2020, 12, 28) && !hol(2020, 12, 29));
	/* Christmas on a Saturday: Monday 27th and Tuesday 28th. */
	assert_true(hol(2021, 12, 27) && hol(2021, 12, 28) && !hol(2021, 12, 29));
	/* Christmas on a Sunday: Boxing Day Monday 26th, Christmas Tuesday 27th. */
	assert_true(hol(2022, 12, 26) && hol(2022, 12, 27) && !hol(2022, 12, 28));
	/* Christmas on a Thursday: no substitute. */
	assert_true(hol(2025, 12, 25) && hol(2025, 12, 26) && !hol(2025, 12, 29));
	/* 2026: Christmas Friday, Boxing Day substitute Monday 28th. */
	assert_true(hol(2026, 12, 28));
	{
		TtgHoliday	h[16];
		int			n = ttg_year_holidays(2022, h);

		/* Titles say which day is the substitute (gov.uk's 2022 list). */
		assert_string_equal(h[n - 2].title, "Boxing Day");
		assert_string_equal(h[n - 1].title, "Christmas Day (substitute day)");
		assert_string_equal(h[0].title, "New Year's Day (substitute day)");
	}
}

static void
test_one_offs(void **state)
{
	(void) state;
	assert_true(hol(1981, 7, 29));		/* royal wedding */
	assert_int_equal(year_count(1981), 9);
	assert_true(hol(1995, 5, 8) && !hol(1995, 5, 1));	/* Early May moved for VE Day */
	assert_int_equal(year_count(1995), 8);
	assert_true(hol(1999, 12, 31));		/* millennium */
	assert_true(hol(2002, 6, 3) && hol(2002, 6, 4) && !hol(2002, 5, 27));	/* Golden Jubilee */
	assert_int_equal(year_count(2002), 9);
	assert_true(hol(2011, 4, 29));		/* royal wedding */
	assert_true(hol(2012, 6, 4) && hol(2012, 6, 5) && !hol(2012, 5, 28));	/* Diamond Jubilee */
	assert_true(hol(2020, 5, 8) && !hol(2020, 5, 4));	/* VE Day 75 */
	assert_true(hol(2022, 6, 2) && hol(2022, 6, 3) && !hol(2022, 5, 30));	/* Platinum Jubilee */
	assert_true(hol(2022, 9, 19));		/* state funeral */
	assert_int_equal(year_count(2022), 10);
	assert_true(hol(2023, 5, 8) && hol(2023, 5, 1));	/* coronation and Early May */
	assert_int_equal(year_count(2023), 9);
	/* Not announced: standing rules. */
	assert_int_equal(year_count(2027), 8);
}

static void
test_business_day_arithmetic(void **state)
{
	const TtgCalendar *cal = ttg_national_calendar();
	int32_t		out = 0;
	bool		b = false;

	(void) state;
	/* Thursday 24 Dec 2026; Fri 25 and Mon 28 are holidays. */
	assert_int_equal(ttg_cal_add_business_days(cal, D(2026, 12, 24), 1, &out), TTG_OK);
	assert_int_equal(out, D(2026, 12, 29));
	assert_int_equal(ttg_cal_add_business_days(cal, D(2026, 12, 29), -1, &out), TTG_OK);
	assert_int_equal(out, D(2026, 12, 24));
	/* From Saturday 26 Dec: n = 0 is the next business day; -1 the one before. */
	ttg_cal_add_business_days(cal, D(2026, 12, 26), 0, &out);
	assert_int_equal(out, D(2026, 12, 29));
	ttg_cal_add_business_days(cal, D(2026, 12, 26), -1, &out);
	assert_int_equal(out, D(2026, 12, 24));
	ttg_cal_add_business_days(cal, D(2026, 12, 26), 1, &out);
	assert_int_equal(out, D(2026, 12, 29));
	ttg_cal_add_business_days(cal, D(2026, 12, 24), 0, &out);
	assert_int_equal(out, D(2026, 12, 24));
	/* 10 business days from Friday 22 May 2026 over Spring bank holiday 25 May. */
	ttg_cal_add_business_days(cal, D(2026, 5, 22), 10, &out);
	assert_int_equal(out, D(2026, 6, 8));
	/* Easter 2026: Thursday 2 April + 1 = Tuesday 7 April. */
	ttg_cal_add_business_days(cal, D(2026, 4, 2), 1, &out);
	assert_int_equal(out, D(2026, 4, 7));
	ttg_cal_add_business_days(cal, D(2026, 4, 7), -1, &out);
	assert_int_equal(out, D(2026, 4, 2));
	/* Between: x in (a, b]. */
	ttg_cal_business_days_between(cal, D(2026, 12, 24), D(2026, 12, 29), &out);
	assert_int_equal(out, 1);
	ttg_cal_business_days_between(cal, D(2026, 12, 29), D(2026, 12, 24), &out);
	assert_int_equal(out, -1);
	ttg_cal_business_days_between(cal, D(2026, 1, 1), D(2026, 12, 31), &out);
	assert_int_equal(out, 253);		/* 261 weekdays minus 8 holidays (all on weekdays) */
	ttg_cal_business_days_between(cal, D(2026, 3, 2), D(2026, 3, 2), &out);
	assert_int_equal(out, 0);
	assert_int_equal(ttg_cal_is_business_day(cal, D(2026, 12, 28), &b), TTG_OK);
	assert_false(b);
	ttg_cal_is_business_day(cal, D(2026, 12, 29), &b);
	assert_true(b);
	ttg_cal_is_business_day(cal, D(2026, 11, 21), &b);	/* Saturday */
	assert_false(b);
}

static void
test_range_edges(void **state)
{
	const TtgCalendar *cal = ttg_national_calendar();
	int32_t		out = 0;
	bool		b;

	(void) state;
	assert_int_equal(ttg_cal_is_business_day(cal, TTG_MIN_DAY - 1, &b), TTG_ERR_RANGE);
	assert_int_equal(ttg_cal_is_business_day(cal, TTG_MAX_DAY + 1, &b), TTG_ERR_RANGE);
	/* Sunday 1 Jan 1978; Monday 2 Jan is the substitute New Year's Day. */
	assert_true(hol(1978, 1, 2));
	assert_int_equal(ttg_cal_add_business_days(cal, TTG_MIN_DAY, 1, &out), TTG_OK);
	assert_int_equal(out, D(1978, 1, 3));
	assert_int_equal(ttg_cal_add_business_days(cal, TTG_MIN_DAY, -1, &out), TTG_ERR_RESULT_RANGE);
	assert_int_equal(ttg_cal_add_business_days(cal, D(2099, 12, 30), 1, &out), TTG_OK);
	assert_int_equal(out, D(2099, 12, 31));
	assert_int_equal(ttg_cal_add_business_days(cal, TTG_MAX_DAY, 1, &out), TTG_ERR_RESULT_RANGE);
	assert_int_equal(ttg_cal_add_business_days(cal, D(2026, 1, 5), INT32_MAX, &out), TTG_ERR_RESULT_RANGE);
	assert_int_equal(ttg_cal_add_business_days(cal, D(2026, 1, 5), INT32_MIN, &out), TTG_ERR_RESULT_RANGE);
	assert_int_equal(ttg_cal_business_days_between(cal, TTG_MIN_DAY - 1, 0, &out), TTG_ERR_RANGE);
	assert_true(hol(2099, 12, 25) && hol(2099, 12, 28));	/* Friday; Boxing Day substitute */
}

/* Reference: count and step day by day (the loop the core never does). */
static bool
naive_open(const TtgCalendar *cal, int32_t d)
{
	return ttg_iso_dow(d) <= 5 && !ttg_cal_is_closed(cal, d);
}

static int32_t
naive_add(const TtgCalendar *cal, int32_t d, int32_t n)
{
	if (n == 0)
	{
		while (!naive_open(cal, d))
			d++;
		return d;
	}
	while (n > 0)
		if (naive_open(cal, ++d))
			n--;
	while (n < 0)
		if (naive_open(cal, --d))
			n++;
	return d;
}

static void
check_against_naive(const TtgCalendar *cal, uint32_t seed, int rounds)
{
	for (int i = 0; i < rounds; i++)
	{
		int32_t		a,
					n,
					got = 0,
					between = 0;
		TtgStatus	st;

		seed = seed * 1103515245u + 12345u;
		a = D(1979, 1, 1) + (int32_t) (seed % 43000u);
		seed = seed * 1103515245u + 12345u;
		n = (int32_t) (seed % 121u) - 60;
		st = ttg_cal_add_business_days(cal, a, n, &got);
		assert_int_equal(st, TTG_OK);
		assert_int_equal(got, naive_add(cal, a, n));
		/* Round trip: a business day b > a is reached again. */
		if (n > 0)
		{
			ttg_cal_business_days_between(cal, a, got, &between);
			assert_int_equal(between, n);
			ttg_cal_add_business_days(cal, a, between, &got);
			assert_int_equal(got, naive_add(cal, a, n));
		}
	}
}

static void
test_against_naive_loop(void **state)
{
	const TtgCalendar *nat = ttg_national_calendar();
	TtgCalendar bare = {nat->days, nat->n, NULL, NULL, 0};

	(void) state;
	/* The indexed national calendar and the binary-search path, both against the loop. */
	check_against_naive(nat, 7u, 20000);
	check_against_naive(&bare, 9u, 20000);
}

static void
test_local_calendar_merge(void **state)
{
	const TtgCalendar *nat = ttg_national_calendar();
	/* A Tuesday, a Saturday (ignored), a bank holiday (merged), a Tuesday twice. */
	int32_t		local[] = {D(2026, 12, 29), D(2026, 12, 26), D(2026, 12, 28), D(2026, 12, 29)};
	int32_t    *buf = test_malloc(sizeof(int32_t) * (size_t) (nat->n + 4));
	int32_t    *bnum = test_malloc(sizeof(int32_t) * TTG_RANGE_DAYS);
	int32_t    *bday = test_malloc(sizeof(int32_t) * TTG_RANGE_DAYS);
	TtgCalendar cal = {0};
	int32_t		out = 0;

	(void) state;
	cal.days = buf;
	cal.n = ttg_cal_merge(nat, local, 4, buf);
	assert_int_equal(cal.n, nat->n + 1);
	assert_true(ttg_cal_is_closed(&cal, D(2026, 12, 29)));
	/* First without the index (binary search), then with it (O(1)): same answers. */
	for (int pass = 0; pass < 2; pass++)
	{
		if (pass == 1)
			ttg_cal_build_index(&cal, bnum, bday);
		ttg_cal_add_business_days(&cal, D(2026, 12, 24), 1, &out);
		assert_int_equal(out, D(2026, 12, 30));
		ttg_cal_business_days_between(&cal, D(2026, 12, 24), D(2026, 12, 31), &out);
		assert_int_equal(out, 2);
		assert_int_equal(ttg_cal_add_business_days(&cal, TTG_MIN_DAY, -1, &out), TTG_ERR_RESULT_RANGE);
		assert_int_equal(ttg_cal_add_business_days(&cal, TTG_MAX_DAY, 1, &out), TTG_ERR_RESULT_RANGE);
		check_against_naive(&cal, 11u + (uint32_t) pass, 3000);
	}
	test_free(bday);
	test_free(bnum);
	test_free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_date_core),
		cmocka_unit_test(test_parse_iso_date),
		cmocka_unit_test(test_easter_across_centuries),
		cmocka_unit_test(test_standing_rules),
		cmocka_unit_test(test_substitute_days),
		cmocka_unit_test(test_one_offs),
		cmocka_unit_test(test_business_day_arithmetic),
		cmocka_unit_test(test_range_edges),
		cmocka_unit_test(test_against_naive_loop),
		cmocka_unit_test(test_local_calendar_merge),
	};

	return cmocka_run_group_tests_name("calendar", tests, NULL, NULL);
}
