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

#include "amount_core.h"
#include "calendar_core.h"
#include "policy_core.h"
#include "vocab_core.h"

/* Who cancelled an Unpaid Work session (R-UPW-8): service, person. */
extern const TtgVocab ttg_upw_cancelled_by_vocab;

#define TTG_UPW_ASSESSMENT_DAYS 10		/* R-UPW-3: business days */
#define TTG_UPW_START_DAYS_BEFORE_PDU 7	/* R-UPW-4: orders made before 26 June 2021 */
#define TTG_UPW_START_DAYS 15			/* R-UPW-4: orders made on or after 26 June 2021 */
#define TTG_UPW_REVIEW_MONTHS_1 6		/* R-UPW-5 */
#define TTG_UPW_REVIEW_MONTHS_2 9		/* R-UPW-5 */
#define TTG_UPW_COMPLETION_MONTHS 12	/* R-UPW-5 */

/* 26 June 2021: the unified probation service's first day (policy_core.h). */
#define TTG_UPW_UNIFICATION_DAY TTG_DAY_UNIFICATION

/*
 * R-UPW-6 in whole minutes, as the services count: the minutes ordered
 * (hours * 60, to the nearest minute, a half up) times the cap (a share
 * 0..1), truncated: 7 hours at 0.30 is 126; 0.3333 hours is 20 minutes, at
 * 0.30 that is 6. Arguments as SQL's ttg.upw_ete_cap_minutes(hours_ordered,
 * cap): *bad 0 with TTG_AMOUNT_NOT_POSITIVE when hours <= 0, 1 with
 * TTG_AMOUNT_NOT_SHARE when cap is outside 0..1; TTG_AMOUNT_OVERFLOW when
 * the cap is more minutes than an int32.
 */
TtgAmountStatus ttg_upw_ete_cap(TtgAmount hours_ordered, TtgAmount cap,
										int32_t *minutes, int *bad);

/*
 * The same for one person (SQL's four-argument form): 0 when not eligible
 * ("for those eligible"); cap NULL means the policy in force on as_of
 * (policy_core.h: 20%, 30% from 1 April 2024). *bad: 0 hours, 3 cap.
 */
TtgAmountStatus ttg_upw_ete_cap_for(TtgAmount hours_ordered, bool eligible, int32_t as_of,
											const TtgAmount *cap, int32_t *minutes, int *bad);

/*
 * R-UPW-6: ete_minutes_so_far (0 or more) is within the cap: reaching it
 * exactly is still ok, any remainder beyond is not. The three-argument form
 * (*bad: 0 hours, 1 minutes, 2 cap) and the five-argument form of one person
 * (*bad: 0 hours, 1 minutes, 4 cap; not eligible: ok only with no minutes).
 */
TtgAmountStatus ttg_upw_ete_within(TtgAmount hours_ordered, TtgAmount so_far, TtgAmount cap,
							   bool *ok, int *bad);
TtgAmountStatus ttg_upw_ete_within_for(TtgAmount hours_ordered, TtgAmount so_far, bool eligible,
								   int32_t as_of, const TtgAmount *cap, bool *ok, int *bad);

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
 * R-UPW-5, SQL's ttg.upw_progress(hours_ordered, hours_completed, order_start,
 * as_of, tolerance_hours), dates in range and as_of >= order_start (the
 * caller's to check). The even pace: by as_of, the share elapsed/total of the
 * hours is expected, elapsed = as_of - order_start and total =
 * completion_due - order_start in days (elapsed capped at total). In this
 * order: all hours done -> complete; past the completion date (as_of >
 * completion_due) -> overdue; (completed + tolerance) * total >= ordered *
 * elapsed, exactly in millionths -> on_track; otherwise behind.
 * *bad: 0 with TTG_AMOUNT_NOT_POSITIVE (hours_ordered <= 0), 1 with
 * TTG_AMOUNT_NEGATIVE or TTG_AMOUNT_EXCEEDS (more than ordered), 4 with
 * TTG_AMOUNT_NEGATIVE (tolerance); TTG_AMOUNT_DATE_RANGE when the completion
 * date is past 2099.
 */
TtgAmountStatus ttg_upw_status(TtgAmount hours_ordered, TtgAmount hours_completed,
								 int32_t order_start, int32_t as_of, TtgAmount tolerance_hours,
								 TtgUpwProgress *out, int *bad);

#endif
