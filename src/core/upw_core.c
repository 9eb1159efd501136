/*
 * upw_core.c: Unpaid Work timescales and hours (R-UPW-3 to R-UPW-6).
 * Pure C99; see upw_core.h.
 */
#include "upw_core.h"

/* R-UPW-8: a short-notice cancellation is the service's (the provider's), not the person's. */
static const TtgVocabEntry cancelled_by_entries[] = {
	{"service", 0}, {"person", 1},
};
const TtgVocab ttg_upw_cancelled_by_vocab = TTG_VOCAB("cancelled by", cancelled_by_entries);

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

TtgAmountStatus
ttg_upw_ete_cap(TtgAmount hours_ordered, TtgAmount cap, int32_t *minutes, int *bad)
{
	const int64_t S = TTG_AMOUNT_SCALE;
	int64_t		h = hours_ordered.micros,
				ordered,
				m;

	*bad = -1;
	if (h <= 0 && !(h == 0 && hours_ordered.beyond))
	{
		*bad = 0;
		return TTG_AMOUNT_NOT_POSITIVE;
	}
	if (cap.micros < 0 || !ttg_amount_le_whole(cap, 1))
	{
		*bad = 1;
		return TTG_AMOUNT_NOT_SHARE;
	}
	/* Minutes ordered, to the nearest minute (a half up), without overflow: h <= 2^63. */
	ordered = h / S * 60 + (h % S * 60 + S / 2) / S;
	/* ordered * cap / S truncated, split so that no product overflows. */
	m = ordered / S * cap.micros + ordered % S * cap.micros / S;
	if (m > INT32_MAX)
		return TTG_AMOUNT_OVERFLOW;
	*minutes = (int32_t) m;
	return TTG_AMOUNT_OK;
}

TtgAmountStatus
ttg_upw_ete_cap_for(TtgAmount hours_ordered, bool eligible, int32_t as_of,
							const TtgAmount *cap, int32_t *minutes, int *bad)
{
	/* R-UPW-6: the dated policy in per cent, as a share in millionths. */
	TtgAmount	share = {(int64_t) ttg_policy_ete_cap_percent(as_of) * (TTG_AMOUNT_SCALE / 100), false};
	TtgAmountStatus st = ttg_upw_ete_cap(hours_ordered, cap ? *cap : share, minutes, bad);

	if (*bad == 1)
		*bad = 3;
	/* "For those eligible": a person not eligible has a cap of 0 (arguments still checked). */
	if (st == TTG_AMOUNT_OK || st == TTG_AMOUNT_OVERFLOW)
		if (!eligible)
		{
			*minutes = 0;
			return TTG_AMOUNT_OK;
		}
	return st;
}

/* so_far (argument 1) against a cap of st's minutes. */
static TtgAmountStatus
ete_ok(TtgAmountStatus st, int32_t cap_minutes, TtgAmount so_far, bool *ok, int *bad)
{
	if (st == TTG_AMOUNT_OK && so_far.micros < 0)
	{
		*bad = 1;
		return TTG_AMOUNT_NEGATIVE;
	}
	if (st == TTG_AMOUNT_OK)
		*ok = ttg_amount_le_whole(so_far, cap_minutes);
	return st;
}

TtgAmountStatus
ttg_upw_ete_within(TtgAmount hours_ordered, TtgAmount so_far, TtgAmount cap, bool *ok, int *bad)
{
	int32_t		m = 0;
	TtgAmountStatus st = ttg_upw_ete_cap(hours_ordered, cap, &m, bad);

	if (*bad == 1)
		*bad = 2;
	return ete_ok(st, m, so_far, ok, bad);
}

TtgAmountStatus
ttg_upw_ete_within_for(TtgAmount hours_ordered, TtgAmount so_far, bool eligible, int32_t as_of,
				   const TtgAmount *cap, bool *ok, int *bad)
{
	int32_t		m = 0;
	TtgAmountStatus st = ttg_upw_ete_cap_for(hours_ordered, eligible, as_of, cap, &m, bad);

	if (*bad == 3)
		*bad = 4;
	return ete_ok(st, m, so_far, ok, bad);
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

static TtgStatus
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

static TtgUpwProgress
ttg_upw_classify(bool all_hours_done, bool past_completion_due, bool at_pace)
{
	if (all_hours_done)
		return TTG_UPW_COMPLETE;
	if (past_completion_due)
		return TTG_UPW_OVERDUE;
	return at_pace ? TTG_UPW_ON_TRACK : TTG_UPW_BEHIND;
}

TtgAmountStatus
ttg_upw_status(TtgAmount hours_ordered, TtgAmount hours_completed, int32_t order_start,
				 int32_t as_of, TtgAmount tolerance_hours, TtgUpwProgress *out, int *bad)
{
	int32_t		elapsed = 0,
				total = 0;
	bool		at_pace;

	*bad = hours_ordered.micros <= 0 && !(hours_ordered.micros == 0 && hours_ordered.beyond) ? 0
		: hours_completed.micros < 0 ? 1 : tolerance_hours.micros < 0 ? 4 : -1;
	if (*bad >= 0)
		return *bad == 0 ? TTG_AMOUNT_NOT_POSITIVE : TTG_AMOUNT_NEGATIVE;
	if (ttg_amount_cmp(hours_completed, hours_ordered) > 0)
	{
		*bad = 1;
		return TTG_AMOUNT_EXCEEDS;
	}
	if (ttg_upw_pace(order_start, as_of, &elapsed, &total) != TTG_OK)
		return TTG_AMOUNT_DATE_RANGE;
	/* (completed + tolerance) * total >= ordered * elapsed; the sum of two int64 fits a uint64. */
	at_pace = ttg_mul_ge((uint64_t) hours_completed.micros + (uint64_t) tolerance_hours.micros,
						 (uint64_t) total, (uint64_t) hours_ordered.micros, (uint64_t) elapsed);
	*out = ttg_upw_classify(ttg_amount_cmp(hours_completed, hours_ordered) >= 0,
							as_of - order_start > total, at_pace);
	return TTG_AMOUNT_OK;
}
