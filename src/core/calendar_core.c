/*
 * calendar_core.c: England and Wales bank holidays, 1978-2099, and O(log n)
 * business-day arithmetic.
 *
 * Standing rules (Banking and Financial Dealings Act 1971 and the annual royal
 * proclamations): New Year's Day, Good Friday, Easter Monday, Early May (first
 * Monday of May, from 1978), Spring (last Monday of May), Summer (last Monday of
 * August), Christmas Day, Boxing Day. A fixed-date holiday that falls at a
 * weekend is observed on the next weekday that is not already a holiday, so
 * Christmas and Boxing Day move together.
 * One-off moves and extra days are listed in one_offs[] below; years not yet
 * announced follow the standing rules.
 */
#include <stdlib.h>

#include "calendar_core.h"

/* ---- week arithmetic ---------------------------------------------------- */

/* Monday 2000-01-03 is day 2. */
#define MONDAY_ORIGIN 2

/* Weekdays in [MONDAY_ORIGIN, day], negative before it: a monotone count. */
static int64_t
weekday_count(int64_t day)
{
	int64_t		t = day - MONDAY_ORIGIN;
	int64_t		w = ttg_floor_div(t, 7);
	int64_t		r = t - 7 * w;

	return 5 * w + (r + 1 < 5 ? r + 1 : 5);
}

/* The weekday at which weekday_count first reaches k. */
static int64_t
weekday_at(int64_t k)
{
	int64_t		w = ttg_floor_div(k - 1, 5);
	int64_t		r = (k - 1) - 5 * w;

	return MONDAY_ORIGIN + 7 * w + r;
}

/* Closed days <= day (upper bound by binary search). */
static int64_t
closed_upto(const TtgCalendar *cal, int64_t day)
{
	int32_t		lo = 0,
				hi = cal->n;

	while (lo < hi)
	{
		int32_t		mid = lo + (hi - lo) / 2;

		if (cal->days[mid] <= day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Business-day number: business days in [MONDAY_ORIGIN, day], monotone. */
static int64_t
business_number(const TtgCalendar *cal, int64_t day)
{
	return weekday_count(day) - closed_upto(cal, day);
}

/*
 * The business day whose business number is k. Closed day i has business
 * number weekday_count(days[i]) - (i + 1), nondecreasing in i; the closures
 * before the answer are exactly those with a number below k.
 */
static int64_t
business_day_at(const TtgCalendar *cal, int64_t k)
{
	int32_t		lo = 0,
				hi = cal->n;

	while (lo < hi)
	{
		int32_t		mid = lo + (hi - lo) / 2;

		if (weekday_count(cal->days[mid]) - (mid + 1) < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return weekday_at(k + lo);
}

bool
ttg_cal_is_closed(const TtgCalendar *cal, int32_t day)
{
	int64_t		i = closed_upto(cal, day);

	return i > 0 && cal->days[i - 1] == day;
}

TtgStatus
ttg_cal_is_business_day(const TtgCalendar *cal, int32_t day, bool *out)
{
	if (!ttg_day_in_range(day))
		return TTG_ERR_RANGE;
	if (cal->bnum)
	{
		int32_t		i = day - TTG_MIN_DAY;

		*out = cal->bnum[i] - (i > 0 ? cal->bnum[i - 1] : 0) == 1;
	}
	else
		*out = ttg_iso_dow(day) <= 5 && !ttg_cal_is_closed(cal, day);
	return TTG_OK;
}

TtgStatus
ttg_cal_add_business_days(const TtgCalendar *cal, int32_t day, int32_t n, int32_t *out)
{
	bool		open;
	int64_t		k,
				r;

	if (!ttg_day_in_range(day))
		return TTG_ERR_RANGE;
	(void) ttg_cal_is_business_day(cal, day, &open);
	k = (cal->bnum ? cal->bnum[day - TTG_MIN_DAY] : business_number(cal, day)) + (int64_t) n;
	/* Going back from a closed day, the last business day before it is number k. */
	if (n < 0 && !open)
		k += 1;
	/* n = 0 on a closed day: the next business day. */
	if (n == 0 && !open)
		k += 1;
	if (cal->bnum)
	{
		if (k < 1 || k > cal->nbday)
			return TTG_ERR_RESULT_RANGE;
		*out = cal->bday[k - 1];
		return TTG_OK;
	}
	r = business_day_at(cal, k);
	if (!ttg_day_in_range(r))
		return TTG_ERR_RESULT_RANGE;
	*out = (int32_t) r;
	return TTG_OK;
}

TtgStatus
ttg_cal_business_days_between(const TtgCalendar *cal, int32_t a, int32_t b, int32_t *out)
{
	if (!ttg_day_in_range(a) || !ttg_day_in_range(b))
		return TTG_ERR_RANGE;
	if (cal->bnum)
		*out = cal->bnum[b - TTG_MIN_DAY] - cal->bnum[a - TTG_MIN_DAY];
	else
		*out = (int32_t) (business_number(cal, b) - business_number(cal, a));
	return TTG_OK;
}

void
ttg_cal_build_index(TtgCalendar *cal, int32_t *bnum, int32_t *bday)
{
	int32_t		k = 0,
				next = 0;		/* next closure to pass */

	/* One pass at build time, so that no call ever walks days. */
	for (int32_t i = 0; i < TTG_RANGE_DAYS; i++)
	{
		int32_t		day = TTG_MIN_DAY + i;
		bool		closed = false;

		while (next < cal->n && cal->days[next] < day)
			next++;
		if (next < cal->n && cal->days[next] == day)
			closed = true;
		if (ttg_iso_dow(day) <= 5 && !closed)
			bday[k++] = day;
		bnum[i] = k;
	}
	cal->bnum = bnum;
	cal->bday = bday;
	cal->nbday = k;
}

static int
cmp_int32(const void *a, const void *b)
{
	int32_t		x = *(const int32_t *) a,
				y = *(const int32_t *) b;

	return (x > y) - (x < y);
}

int32_t
ttg_cal_merge(const TtgCalendar *national, const int32_t *local, int32_t nlocal, int32_t *out)
{
	int32_t		n = 0,
				m = 0;

	for (int32_t i = 0; i < national->n; i++)
		out[n++] = national->days[i];
	for (int32_t i = 0; i < nlocal; i++)
		if (ttg_iso_dow(local[i]) <= 5)
			out[n++] = local[i];
	qsort(out, (size_t) n, sizeof(int32_t), cmp_int32);
	for (int32_t i = 0; i < n; i++)
		if (m == 0 || out[m - 1] != out[i])
			out[m++] = out[i];
	return m;
}

/* ---- the holidays -------------------------------------------------------- */

int32_t
ttg_easter_sunday(int year)
{
	int			a = year % 19,
				b = year / 100,
				c = year % 100,
				d = b / 4,
				e = b % 4,
				f = (b + 8) / 25,
				g = (b - f + 1) / 3,
				h = (19 * a + b - d - g + 15) % 30,
				i = c / 4,
				k = c % 4,
				l = (32 + 2 * e + 2 * i - h - k) % 7,
				m = (a + 11 * h + 22 * l) / 451,
				month = (h + l - 7 * m + 114) / 31,
				day = (h + l - 7 * m + 114) % 31 + 1;

	return ttg_day_from_ymd(year, month, day);
}

/* First Monday of a month, and last Monday of a month. */
static int32_t
first_monday(int year, int month)
{
	int32_t		d = ttg_day_from_ymd(year, month, 1);

	return d + (8 - ttg_iso_dow(d)) % 7;
}

static int32_t
last_monday(int year, int month)
{
	int32_t		d = ttg_day_from_ymd(year, month, ttg_days_in_month(year, month));

	return d - (ttg_iso_dow(d) + 6) % 7;
}

/* A standing holiday that a proclamation moved to another day, or an extra day. */
typedef struct OneOff
{
	int			year;
	int32_t		from_md;		/* month*100+day of the standing date moved; 0 = extra day */
	int32_t		to_md;			/* month*100+day observed */
	const char *title;
} OneOff;

/*
 * Every one-off since 1978 (proclamations under the 1971 Act; gov.uk bank
 * holiday list from 2012, earlier years from the proclamations as reported):
 */
static const OneOff one_offs[] = {
	{1981, 0, 729, "Royal wedding (Prince Charles and Lady Diana Spencer)"},
	{1995, 501, 508, "Early May bank holiday (VE Day 50th anniversary)"},
	{1999, 0, 1231, "Millennium celebrations"},
	{2002, 527, 604, "Spring bank holiday"},
	{2002, 0, 603, "Golden Jubilee of Queen Elizabeth II"},
	{2011, 0, 429, "Royal wedding (Prince William and Catherine Middleton)"},
	{2012, 528, 604, "Spring bank holiday"},
	{2012, 0, 605, "Diamond Jubilee of Queen Elizabeth II"},
	{2020, 504, 508, "Early May bank holiday (VE Day 75th anniversary)"},
	{2022, 530, 602, "Spring bank holiday"},
	{2022, 0, 603, "Platinum Jubilee of Queen Elizabeth II"},
	{2022, 0, 919, "State Funeral of Queen Elizabeth II"},
	{2023, 0, 508, "Coronation of King Charles III"},
};

static int
cmp_holiday(const void *a, const void *b)
{
	int32_t		x = ((const TtgHoliday *) a)->day,
				y = ((const TtgHoliday *) b)->day;

	return (x > y) - (x < y);
}

static bool
taken(const TtgHoliday *h, int n, int32_t day)
{
	for (int i = 0; i < n; i++)
		if (h[i].day == day)
			return true;
	return false;
}

/* Observe a fixed-date holiday: a weekend date moves to the next free weekday. */
static int
add_fixed(TtgHoliday *h, int n, int32_t day, const char *title, const char *subst_title)
{
	const char *t = title;

	while (ttg_iso_dow(day) > 5 || taken(h, n, day))
	{
		day++;
		t = subst_title;
	}
	h[n].day = day;
	h[n].title = t;
	return n + 1;
}

int
ttg_year_holidays(int year, TtgHoliday *h)
{
	int			n = 0;
	int32_t		easter = ttg_easter_sunday(year);

	n = add_fixed(h, n, ttg_day_from_ymd(year, 1, 1), "New Year's Day", "New Year's Day (substitute day)");
	h[n++] = (TtgHoliday) {easter - 2, "Good Friday"};
	h[n++] = (TtgHoliday) {easter + 1, "Easter Monday"};
	h[n++] = (TtgHoliday) {first_monday(year, 5), "Early May bank holiday"};
	h[n++] = (TtgHoliday) {last_monday(year, 5), "Spring bank holiday"};
	h[n++] = (TtgHoliday) {last_monday(year, 8), "Summer bank holiday"};
	{
		/*
		 * A weekday Boxing Day keeps its date, so a Sunday Christmas is observed
		 * on the Tuesday (as in 2022); otherwise Christmas takes the first free
		 * weekday and Boxing Day the next.
		 */
		int32_t		xmas = ttg_day_from_ymd(year, 12, 25);
		int32_t		boxing = xmas + 1;

		if (ttg_iso_dow(xmas) > 5 && ttg_iso_dow(boxing) <= 5)
			h[n++] = (TtgHoliday) {boxing, "Boxing Day"};
		n = add_fixed(h, n, xmas, "Christmas Day", "Christmas Day (substitute day)");
		if (!(ttg_iso_dow(xmas) > 5 && ttg_iso_dow(boxing) <= 5))
			n = add_fixed(h, n, boxing, "Boxing Day", "Boxing Day (substitute day)");
	}

	for (size_t i = 0; i < sizeof(one_offs) / sizeof(one_offs[0]); i++)
	{
		const OneOff *o = &one_offs[i];
		int32_t		to;

		if (o->year != year)
			continue;
		to = ttg_day_from_ymd(year, o->to_md / 100, o->to_md % 100);
		if (o->from_md == 0)
			h[n++] = (TtgHoliday) {to, o->title};
		else
		{
			int32_t		from = ttg_day_from_ymd(year, o->from_md / 100, o->from_md % 100);

			for (int j = 0; j < n; j++)
				if (h[j].day == from)
					h[j] = (TtgHoliday) {to, o->title};
		}
	}
	qsort(h, (size_t) n, sizeof(TtgHoliday), cmp_holiday);
	return n;
}

static TtgHoliday national[TTG_MAX_NATIONAL_HOLIDAYS];
static int32_t national_days[TTG_MAX_NATIONAL_HOLIDAYS];
static int32_t national_bnum[TTG_RANGE_DAYS];
static int32_t national_bday[TTG_RANGE_DAYS];
static TtgCalendar national_cal = {national_days, 0, NULL, NULL, 0};

static void
build_national(void)
{
	int32_t		n = 0;

	for (int y = TTG_MIN_YEAR; y <= TTG_MAX_YEAR; y++)
		n += ttg_year_holidays(y, national + n);
	for (int32_t i = 0; i < n; i++)
		national_days[i] = national[i].day;
	national_cal.n = n;
	ttg_cal_build_index(&national_cal, national_bnum, national_bday);
}

const TtgCalendar *
ttg_national_calendar(void)
{
	/* Backends are single-threaded; a unit test may call this first too. */
	if (national_cal.n == 0)
		build_national();
	return &national_cal;
}

const TtgHoliday *
ttg_national_holidays(void)
{
	(void) ttg_national_calendar();
	return national;
}

int32_t
ttg_national_holidays_between(int32_t from, int32_t to, int32_t *first)
{
	const TtgCalendar *cal = ttg_national_calendar();
	int32_t		lo = (int32_t) closed_upto(cal, (int64_t) from - 1);
	int32_t		hi = (int32_t) closed_upto(cal, to);

	*first = lo;
	return hi > lo ? hi - lo : 0;
}
