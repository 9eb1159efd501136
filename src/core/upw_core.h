/*
 * upw_core.h: Unpaid Work timescales and hours (R-UPW-3 to R-UPW-6).
 *
 * Pure C99. Business days come from calendar_core (never a loop over days);
 * months from date_core's ttg_add_months, which clamps to the month's end the
 * way PostgreSQL's date + interval 'n months' does.
 */
#ifndef TTG_UPW_CORE_H
#define TTG_UPW_CORE_H

#include <stdbool.h>
#include <stdint.h>

#include "calendar_core.h"
#include "policy_core.h"

#define TTG_UPW_ASSESSMENT_DAYS 10		/* R-UPW-3: business days */
#define TTG_UPW_START_DAYS_BEFORE_PDU 7	/* R-UPW-4: orders made before 26 June 2021 */
#define TTG_UPW_START_DAYS 15			/* R-UPW-4: orders made on or after 26 June 2021 */
#define TTG_UPW_REVIEW_MONTHS_1 6		/* R-UPW-5 */
#define TTG_UPW_REVIEW_MONTHS_2 9		/* R-UPW-5 */
#define TTG_UPW_COMPLETION_MONTHS 12	/* R-UPW-5 */
#define TTG_UPW_ETE_CAP_DEFAULT 0.20	/* R-UPW-6, source [001] */

/* 26 June 2021: the unified probation service's first day (policy_core.h). */
#define TTG_UPW_UNIFICATION_DAY TTG_DAY_UNIFICATION

/*
 * R-UPW-6 in whole minutes, as the services count: the minutes ordered
 * (hours * 60, to the nearest minute) times the cap in per cent, truncated:
 * 20 minutes at 30% is 6. An ineligible person's cap is 0.
 */
int64_t		ttg_upw_ete_cap_whole_minutes(int64_t minutes_ordered, int percent, bool eligible);

/*
 * R-UPW-4, date-effective: business days allowed from sentence to the first
 * work session for an order made on sentence_date (7 before 26 June 2021,
 * 15 from then).
 */
int			ttg_upw_start_days(int32_t sentence_date);

/* R-UPW-3: the 10th business day after the sentence date. */
TtgStatus	ttg_upw_assessment_due(const TtgCalendar *cal, int32_t sentence_date, int32_t *out);

/* R-UPW-4: the date-effective start deadline. */
TtgStatus	ttg_upw_start_due(const TtgCalendar *cal, int32_t sentence_date, int32_t *out);

/* R-UPW-4 with a local target: the business_days-th business day after (business_days >= 1). */
TtgStatus	ttg_upw_start_due_days(const TtgCalendar *cal, int32_t sentence_date,
								   int32_t business_days, int32_t *out);

/* R-UPW-5: the 6- and 9-month review dates (out[0], out[1]). */
TtgStatus	ttg_upw_review_dates(int32_t order_start, int32_t out[2]);

/* R-UPW-5: the order's 12 months end on order_start + 12 months. */
TtgStatus	ttg_upw_completion_due(int32_t order_start, int32_t *out);

typedef enum TtgUpwProgress
{
	TTG_UPW_COMPLETE,
	TTG_UPW_ON_TRACK,
	TTG_UPW_BEHIND,
	TTG_UPW_OVERDUE
} TtgUpwProgress;

/* "complete", "on_track", "behind", "overdue". */
const char *ttg_upw_progress_word(TtgUpwProgress p);

/*
 * The even pace of R-UPW-5: by as_of, the share elapsed/total of the hours is
 * expected, where elapsed = as_of - order_start and total = completion_due -
 * order_start, in days (elapsed capped at total). Fills both; the caller
 * compares completed * total >= ordered * elapsed exactly.
 * TTG_ERR_RANGE when a date is outside the calendar's range or as_of < order_start.
 */
TtgStatus	ttg_upw_pace(int32_t order_start, int32_t as_of, int32_t *elapsed, int32_t *total);

/*
 * The status, given the three facts that decide it, in this order of
 * precedence: all hours done -> complete; past the completion date (as_of >
 * completion_due) -> overdue; at or ahead of the even pace -> on_track;
 * otherwise behind.
 */
TtgUpwProgress ttg_upw_classify(bool all_hours_done, bool past_completion_due, bool at_pace);

/*
 * Double-precision form for C callers: needs hours_ordered > 0,
 * 0 <= hours_completed <= hours_ordered, tolerance_hours >= 0 and
 * order_start <= as_of, all in range; otherwise TTG_ERR_RANGE (validate first
 * when the reason matters). The SQL function compares in exact decimals.
 */
TtgStatus	ttg_upw_progress(double hours_ordered, double hours_completed, int32_t order_start,
							 int32_t as_of, double tolerance_hours, TtgUpwProgress *out);

#endif
