/*
 * date_core.h: civil dates as day numbers, PostgreSQL's epoch (2000-01-01 = 0).
 *
 * Pure C99: the PostgreSQL glue passes a DateADT straight through.
 */
#ifndef TTG_DATE_CORE_H
#define TTG_DATE_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Supported range of every rule that rests on the calendar. */
#define TTG_MIN_YEAR 1978
#define TTG_MAX_YEAR 2099
#define TTG_MIN_DAY (-8035)		/* 1978-01-01 */
#define TTG_MAX_DAY 36524		/* 2099-12-31 */

/* Day number of a proleptic Gregorian date; month 1..12, day 1..31. */
int32_t		ttg_day_from_ymd(int year, int month, int day);

/* Inverse of ttg_day_from_ymd. */
void		ttg_ymd_from_day(int32_t dn, int *year, int *month, int *day);

/* ISO weekday: Monday = 1 ... Sunday = 7. */
int			ttg_iso_dow(int32_t dn);

/* Days in a month of a year. */
int			ttg_days_in_month(int year, int month);

/* a / b rounded towards minus infinity (C's / rounds towards zero); b != 0. */
static inline int64_t
ttg_floor_div(int64_t a, int64_t b)
{
	int64_t		q = a / b;

	if ((a % b != 0) && ((a < 0) != (b < 0)))
		q--;
	return q;
}

/* True when the day number lies in [TTG_MIN_DAY, TTG_MAX_DAY]. */
static inline bool
ttg_day_in_range(int64_t dn)
{
	return dn >= TTG_MIN_DAY && dn <= TTG_MAX_DAY;
}

/*
 * Add months the way PostgreSQL's date + interval 'n months' does: same day of
 * month, clamped to the last day of a shorter month (31 Aug + 6 months = 28/29 Feb).
 */
int32_t		ttg_add_months(int32_t dn, int months);

/*
 * Parse an ISO date "YYYY-MM-DD" of exactly len bytes. Returns true and sets
 * *dn when the text is a valid calendar date, false otherwise.
 */
bool		ttg_parse_iso_date(const char *s, size_t len, int32_t *dn);

#endif
