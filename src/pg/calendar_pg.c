/*
 * calendar_pg.c: SQL face of the England and Wales calendar.
 *
 * Every function here is a thin shell over calendar_core.c. The national
 * functions are IMMUTABLE; the overloads with a calendar name read a cached
 * local calendar and are STABLE.
 */
#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/date.h"

#include "ttg_pg.h"

static bool
is_business_day(const TtgCalendar *cal, DateADT d)
{
	bool		out = false;

	ttg_report_calendar_status(ttg_cal_is_business_day(cal, d, &out), d, "date");
	return out;
}

static DateADT
add_business_days(const TtgCalendar *cal, DateADT d, int32 n)
{
	int32_t		out = 0;

	ttg_report_calendar_status(ttg_cal_add_business_days(cal, d, n, &out), d, "date");
	return out;
}

static int32
business_days_between(const TtgCalendar *cal, DateADT a, DateADT b)
{
	int32_t		out = 0;

	ttg_check_date_range(a, "start date");
	ttg_check_date_range(b, "end date");
	(void) ttg_cal_business_days_between(cal, a, b, &out);
	return out;
}

/* ttg.is_bank_holiday(date): a national bank holiday (observed day). */
PG_FUNCTION_INFO_V1(ttg_sql_is_bank_holiday);
Datum
ttg_sql_is_bank_holiday(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);

	ttg_check_date_range(d, "date");
	PG_RETURN_BOOL(ttg_cal_is_closed(ttg_national_calendar(), d));
}

/* ttg.is_business_day(date): Monday to Friday and not a bank holiday. */
PG_FUNCTION_INFO_V1(ttg_sql_is_business_day);
Datum
ttg_sql_is_business_day(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(is_business_day(ttg_national_calendar(), PG_GETARG_DATEADT(0)));
}

/* ttg.is_business_day(date, calendar): also open in that local calendar. */
PG_FUNCTION_INFO_V1(ttg_sql_is_business_day_calendar);
Datum
ttg_sql_is_business_day_calendar(PG_FUNCTION_ARGS)
{
	const TtgCalendar *cal = ttg_local_calendar(fcinfo, PG_GETARG_TEXT_PP(1));

	PG_RETURN_BOOL(is_business_day(cal, PG_GETARG_DATEADT(0)));
}

/* ttg.add_business_days(date, integer). */
PG_FUNCTION_INFO_V1(ttg_sql_add_business_days);
Datum
ttg_sql_add_business_days(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(add_business_days(ttg_national_calendar(),
										PG_GETARG_DATEADT(0), PG_GETARG_INT32(1)));
}

/* ttg.add_business_days(date, integer, calendar). */
PG_FUNCTION_INFO_V1(ttg_sql_add_business_days_calendar);
Datum
ttg_sql_add_business_days_calendar(PG_FUNCTION_ARGS)
{
	const TtgCalendar *cal = ttg_local_calendar(fcinfo, PG_GETARG_TEXT_PP(2));

	PG_RETURN_DATEADT(add_business_days(cal, PG_GETARG_DATEADT(0), PG_GETARG_INT32(1)));
}

/* ttg.business_days_between(date, date). */
PG_FUNCTION_INFO_V1(ttg_sql_business_days_between);
Datum
ttg_sql_business_days_between(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(business_days_between(ttg_national_calendar(),
										  PG_GETARG_DATEADT(0), PG_GETARG_DATEADT(1)));
}

/* ttg.business_days_between(date, date, calendar). */
PG_FUNCTION_INFO_V1(ttg_sql_business_days_between_calendar);
Datum
ttg_sql_business_days_between_calendar(PG_FUNCTION_ARGS)
{
	const TtgCalendar *cal = ttg_local_calendar(fcinfo, PG_GETARG_TEXT_PP(2));

	PG_RETURN_INT32(business_days_between(cal, PG_GETARG_DATEADT(0), PG_GETARG_DATEADT(1)));
}

/* ttg.bank_holidays(from, to): national holidays in [from, to], ordered. */
PG_FUNCTION_INFO_V1(ttg_sql_bank_holidays);
Datum
ttg_sql_bank_holidays(PG_FUNCTION_ARGS)
{
	DateADT		from = PG_GETARG_DATEADT(0);
	DateADT		to = PG_GETARG_DATEADT(1);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const TtgHoliday *h = ttg_national_holidays();
	int32_t		first = 0,
				count;

	ttg_check_date_range(from, "from_date");
	ttg_check_date_range(to, "to_date");
	InitMaterializedSRF(fcinfo, 0);
	count = ttg_national_holidays_between(from, to, &first);
	for (int32_t i = first; i < first + count; i++)
	{
		Datum		values[2];
		bool		nulls[2] = {false, false};

		values[0] = DateADTGetDatum(h[i].day);
		values[1] = CStringGetTextDatum(h[i].title);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
