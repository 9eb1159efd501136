/*
 * date_core.c: civil-date arithmetic on PostgreSQL day numbers.
 *
 * days_from_civil / civil_from_days follow Howard Hinnant's public-domain
 * algorithms, shifted so that 2000-01-01 is day 0 as in PostgreSQL's DateADT.
 */
#include "date_core.h"

/* Days from 1970-01-01 to 2000-01-01. */
#define UNIX_TO_PG 10957

int32_t
ttg_day_from_ymd(int year, int month, int day)
{
	int64_t		y = (int64_t) year - (month <= 2);
	int64_t		era = ttg_floor_div(y, 400);
	int64_t		yoe = y - era * 400;
	int64_t		mp = (month + 9) % 12;
	int64_t		doy = (153 * mp + 2) / 5 + day - 1;
	int64_t		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return (int32_t) (era * 146097 + doe - 719468 - UNIX_TO_PG);
}

void
ttg_ymd_from_day(int32_t dn, int *year, int *month, int *day)
{
	int64_t		z = (int64_t) dn + UNIX_TO_PG + 719468;
	int64_t		era = ttg_floor_div(z, 146097);
	int64_t		doe = z - era * 146097;
	int64_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t		mp = (5 * doy + 2) / 153;
	int64_t		d = doy - (153 * mp + 2) / 5 + 1;
	int64_t		m = mp < 10 ? mp + 3 : mp - 9;

	*year = (int) (yoe + era * 400 + (m <= 2));
	*month = (int) m;
	*day = (int) d;
}

int
ttg_iso_dow(int32_t dn)
{
	/* 2000-01-01 was a Saturday (ISO 6). */
	int64_t		r = ((int64_t) dn + 5) % 7;

	if (r < 0)
		r += 7;
	return (int) r + 1;
}

static bool
is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
ttg_days_in_month(int year, int month)
{
	static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month == 2 && is_leap(year))
		return 29;
	return dim[month - 1];
}

int32_t
ttg_add_months(int32_t dn, int months)
{
	int			y,
				m,
				d;
	int64_t		total;

	ttg_ymd_from_day(dn, &y, &m, &d);
	total = (int64_t) y * 12 + (m - 1) + months;
	y = (int) ttg_floor_div(total, 12);
	m = (int) (total - (int64_t) y * 12) + 1;
	if (d > ttg_days_in_month(y, m))
		d = ttg_days_in_month(y, m);
	return ttg_day_from_ymd(y, m, d);
}

static bool
digits(const char *s, int n, int *out)
{
	int			v = 0;

	for (int i = 0; i < n; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

bool
ttg_parse_iso_date(const char *s, size_t len, int32_t *dn)
{
	int			y,
				m,
				d;

	if (len != 10 || s[4] != '-' || s[7] != '-')
		return false;
	if (!digits(s, 4, &y) || !digits(s + 5, 2, &m) || !digits(s + 8, 2, &d))
		return false;
	if (m < 1 || m > 12 || d < 1 || d > ttg_days_in_month(y, m))
		return false;
	*dn = ttg_day_from_ymd(y, m, d);
	return true;
}
