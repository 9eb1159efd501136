/*
 * upw_core.c: Unpaid Work timescales and hours (R-UPW-3 to R-UPW-6).
 * Pure C99; see upw_core.h.
 */
#include "upw_core.h"

#include <math.h>

int
ttg_upw_start_days(int32_t sentence_date)
{
	/*
	 * R-UPW-4, source [001] 3.5-3.6: the requirement in force before
	 * unification was to start work within 7 business days; the revised model
	 * sets 15. (The 20 days of the draft model was a proposal never in force.)
	 */
	return ttg_policy_upw_start_days(sentence_date);
}

int64_t
ttg_upw_ete_cap_whole_minutes(int64_t minutes_ordered, int percent, bool eligible)
{
	/* R-UPW-6: "for those eligible"; integer division truncates toward zero. */
	if (!eligible || minutes_ordered <= 0 || percent <= 0)
		return 0;
	return minutes_ordered * percent / 100;
}

TtgStatus
ttg_upw_assessment_due(const TtgCalendar *cal, int32_t sentence_date, int32_t *out)
{
	return ttg_cal_add_business_days(cal, sentence_date, TTG_UPW_ASSESSMENT_DAYS, out);
}

TtgStatus
ttg_upw_start_due(const TtgCalendar *cal, int32_t sentence_date, int32_t *out)
{
	if (!ttg_day_in_range(sentence_date))
		return TTG_ERR_RANGE;
	return ttg_cal_add_business_days(cal, sentence_date, ttg_upw_start_days(sentence_date), out);
}

TtgStatus
ttg_upw_start_due_days(const TtgCalendar *cal, int32_t sentence_date,
					   int32_t business_days, int32_t *out)
{
	/* The caller rejects business_days < 1 with its own message. */
	if (business_days < 1)
		return TTG_ERR_RANGE;
	return ttg_cal_add_business_days(cal, sentence_date, business_days, out);
}

/* order_start + months, checked against the supported range. */
static TtgStatus
add_months_checked(int32_t start, int months, int32_t *out)
{
	int32_t		d;

	if (!ttg_day_in_range(start))
		return TTG_ERR_RANGE;
	d = ttg_add_months(start, months);
	if (!ttg_day_in_range(d))
		return TTG_ERR_RESULT_RANGE;
	*out = d;
	return TTG_OK;
}

TtgStatus
ttg_upw_review_dates(int32_t order_start, int32_t out[2])
{
	int32_t		r1 = 0,
				r2 = 0;
	TtgStatus	st;

	st = add_months_checked(order_start, TTG_UPW_REVIEW_MONTHS_1, &r1);
	if (st == TTG_OK)
		st = add_months_checked(order_start, TTG_UPW_REVIEW_MONTHS_2, &r2);
	if (st != TTG_OK)
		return st;
	out[0] = r1;
	out[1] = r2;
	return TTG_OK;
}

TtgStatus
ttg_upw_completion_due(int32_t order_start, int32_t *out)
{
	return add_months_checked(order_start, TTG_UPW_COMPLETION_MONTHS, out);
}

const char *
ttg_upw_progress_word(TtgUpwProgress p)
{
	switch (p)
	{
		case TTG_UPW_COMPLETE:
			return "complete";
		case TTG_UPW_ON_TRACK:
			return "on_track";
		case TTG_UPW_BEHIND:
			return "behind";
		case TTG_UPW_OVERDUE:
			return "overdue";
	}
	return "unknown";
}

TtgStatus
ttg_upw_pace(int32_t order_start, int32_t as_of, int32_t *elapsed, int32_t *total)
{
	int32_t		due = 0;
	TtgStatus	st;

	if (!ttg_day_in_range(as_of) || as_of < order_start)
		return TTG_ERR_RANGE;
	st = ttg_upw_completion_due(order_start, &due);
	if (st != TTG_OK)
		return st;
	*total = due - order_start;
	*elapsed = as_of - order_start < *total ? as_of - order_start : *total;
	return TTG_OK;
}

TtgUpwProgress
ttg_upw_classify(bool all_hours_done, bool past_completion_due, bool at_pace)
{
	if (all_hours_done)
		return TTG_UPW_COMPLETE;
	if (past_completion_due)
		return TTG_UPW_OVERDUE;
	return at_pace ? TTG_UPW_ON_TRACK : TTG_UPW_BEHIND;
}

TtgStatus
ttg_upw_progress(double hours_ordered, double hours_completed, int32_t order_start,
				 int32_t as_of, double tolerance_hours, TtgUpwProgress *out)
{
	int32_t		elapsed = 0,
				total = 0;
	TtgStatus	st;

	if (!isfinite(hours_ordered) || !isfinite(hours_completed) || !isfinite(tolerance_hours) ||
		hours_ordered <= 0.0 || hours_completed < 0.0 || hours_completed > hours_ordered ||
		tolerance_hours < 0.0)
		return TTG_ERR_RANGE;
	st = ttg_upw_pace(order_start, as_of, &elapsed, &total);
	if (st != TTG_OK)
		return st;
	*out = ttg_upw_classify(hours_completed >= hours_ordered,
							as_of - order_start > total,
							(hours_completed + tolerance_hours) * total >= hours_ordered * elapsed);
	return TTG_OK;
}
