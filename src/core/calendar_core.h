/*
 * calendar_core.h: England and Wales bank holidays and business-day arithmetic.
 *
 * Business days are Monday to Friday and not closed (R-MCS-4, R-UPW-3, R-UPW-4).
 * With a calendar's dense index (ttg_cal_build_index) every call is O(1): two
 * array lookups; without it, week arithmetic plus a binary search over the
 * sorted closures. Never a loop over days.
 */
#ifndef TTG_CALENDAR_CORE_H
#define TTG_CALENDAR_CORE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#include "date_core.h"

/* Status codes shared by the core. */
typedef enum TtgStatus
{
	TTG_OK = 0,
	TTG_ERR_RANGE,				/* an input date lies outside 1978..2099 */
	TTG_ERR_RESULT_RANGE		/* the answer would lie outside 1978..2099 */
} TtgStatus;

/* Days in the supported range. */
#define TTG_RANGE_DAYS (TTG_MAX_DAY - TTG_MIN_DAY + 1)

/*
 * A calendar: sorted, distinct closed weekdays (weekend days are never stored,
 * since they are not business days anyway), and optionally a dense index that
 * makes every call O(1): bnum[i] is the number of business days in
 * [TTG_MIN_DAY, TTG_MIN_DAY + i]; bday[k - 1] is the k-th business day of the
 * range, k = 1..nbday. Without the index, calls binary-search the closures.
 * Memory belongs to the caller.
 */
typedef struct TtgCalendar
{
	const int32_t *days;
	int32_t		n;
	const int32_t *bnum;
	const int32_t *bday;
	int32_t		nbday;
} TtgCalendar;

/* One national bank holiday. */
typedef struct TtgHoliday
{
	int32_t		day;
	const char *title;
} TtgHoliday;

/* Upper bound on national holidays in the supported range. */
#define TTG_MAX_NATIONAL_HOLIDAYS ((TTG_MAX_YEAR - TTG_MIN_YEAR + 1) * 12)

/* The national calendar (built once, on first use; static storage). */
const TtgCalendar *ttg_national_calendar(void);

/*
 * National holidays with day in [from, to], ordered: sets *first to an index
 * into the table returned by ttg_national_holidays and returns the count.
 */
int32_t		ttg_national_holidays_between(int32_t from, int32_t to, int32_t *first);
const TtgHoliday *ttg_national_holidays(void);

/* Holidays of one year by the rules, written to out (at least 12 slots); returns count. */
int			ttg_year_holidays(int year, TtgHoliday *out);

/* Easter Sunday of a Gregorian year (anonymous Gregorian algorithm). */
int32_t		ttg_easter_sunday(int year);

bool		ttg_cal_is_closed(const TtgCalendar *cal, int32_t day);

TtgStatus	ttg_cal_is_business_day(const TtgCalendar *cal, int32_t day, bool *out);

/*
 * n > 0: the n-th business day after day (day itself never counts);
 * n < 0: the |n|-th business day before day;
 * n = 0: day when it is a business day, else the next business day.
 */
TtgStatus	ttg_cal_add_business_days(const TtgCalendar *cal, int32_t day, int32_t n, int32_t *out);

/* Business days x with a < x <= b; minus the reverse count when b < a. */
TtgStatus	ttg_cal_business_days_between(const TtgCalendar *cal, int32_t a, int32_t b, int32_t *out);

/*
 * Merge the national calendar with local closures (any order, duplicates and
 * weekend days allowed) into out, which must hold national->n + nlocal days.
 * Returns the number of days written. Closures outside the range are rejected
 * by the caller before this call.
 */
int32_t		ttg_cal_merge(const TtgCalendar *national, const int32_t *local, int32_t nlocal, int32_t *out);

/*
 * Build the O(1) index of cal into bnum and bday, each of TTG_RANGE_DAYS
 * int32 slots owned by the caller, and attach it to cal.
 */
void		ttg_cal_build_index(TtgCalendar *cal, int32_t *bnum, int32_t *bday);

#endif
