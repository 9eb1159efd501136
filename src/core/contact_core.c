/*
 * contact_core.c: the Minimum Contact Specification (R-MCS-1 to R-MCS-7).
 */
#include <string.h>

#include "contact_core.h"
#include "policy_core.h"

/* Match a word of len bytes against a NUL-terminated one (the tally's own text form). */
static bool
word_is(const char *s, size_t len, const char *w)
{
	return strlen(w) == len && memcmp(s, w, len) == 0;
}

/* The id of s in v, or -1: every vocabulary goes through vocab_core. */
static int
vocab_id(const TtgVocab *v, const char *s, size_t len)
{
	int			id = -1;

	return ttg_vocab_lookup(v, s, len, &id) ? id : -1;
}

static const char *const failure_words[TTG_MCS_NFAILURE] = {
	NULL,
	"not_case_manager_contact",
	"no_written_notice",
	"cancelled_by_case_manager",
	"rearranged_by_case_manager",
	"available_under_30_minutes",
	"shared_with_other_activity",
};

const char *
ttg_mcs_failure_word(TtgMcsFailure f)
{
	return (f > TTG_MCS_VALID && f < TTG_MCS_NFAILURE) ? failure_words[f] : NULL;
}

/* "Not recorded" (TTG_OUT_NONE) has no word: it is SQL NULL. */
static const TtgVocabEntry outcome_entries[] = {
	{"attended", TTG_OUT_ATTENDED},
	{"failed_to_attend", TTG_OUT_FAILED_TO_ATTEND},
	{"acceptable_absence", TTG_OUT_ACCEPTABLE_ABSENCE},
	{"cancelled_by_case_manager", TTG_OUT_CANCELLED_BY_CASE_MANAGER},
	{"rearranged_by_case_manager", TTG_OUT_REARRANGED_BY_CASE_MANAGER},
	{"rearranged_by_service_user", TTG_OUT_REARRANGED_BY_SERVICE_USER},
	{"sent_home_service_issues", TTG_OUT_SENT_HOME_SERVICE_ISSUES},
};
const TtgVocab ttg_mcs_outcome_vocab = TTG_VOCAB("contact outcome", outcome_entries);

TTG_VOCAB_PARSER(ttg_mcs_parse_outcome, ttg_mcs_outcome_vocab, TtgMcsOutcome)

const char *
ttg_mcs_outcome_word(TtgMcsOutcome o)
{
	return ttg_vocab_word(&ttg_mcs_outcome_vocab, (int) o);
}

/* R-MCS-2: planned office visit, initial appointment, home visit. */
static const TtgVocabEntry case_manager_type_entries[] = {
	{"coap", 1}, {"coai", 2}, {"chvs", 3},
};
const TtgVocab ttg_mcs_case_manager_type_vocab =
	TTG_VOCAB("case-manager contact type", case_manager_type_entries);

bool
ttg_mcs_is_case_manager_type(const char *s, size_t len)
{
	return vocab_id(&ttg_mcs_case_manager_type_vocab, s, len) >= 0;
}

static const TtgVocabEntry sent_home_entries[] = {
	{"not_counted", TTG_SENT_HOME_NOT_COUNTED},
	{"acceptable_absence", TTG_SENT_HOME_ABSENCE},
	{"attended", TTG_SENT_HOME_ATTENDED},
};
const TtgVocab ttg_mcs_sent_home_vocab = TTG_VOCAB("sent-home reading", sent_home_entries);

void
ttg_mcs_rules_default(TtgMcsRules *r)
{
	r->notice_lead_minutes = 0;
	r->sent_home = TTG_SENT_HOME_NOT_COUNTED;
	r->em_with_curfew_exempt = true;
}

TtgMcsFailure
ttg_mcs_contact_failure(const TtgMcsContact *c)
{
	TtgMcsRules r;

	ttg_mcs_rules_default(&r);
	return ttg_mcs_contact_failure_r(c, &r);
}

#define USECS_PER_MINUTE INT64_C(60000000)

/*
 * R-MCS-2, R-MCS-3 in the documented order. "Must be recorded": an unrecorded
 * notice, availability or separateness fails the contact. Notice must come
 * before the appointment, at least notice_lead_minutes before when set.
 * Sent home for service issues, read as not counted, fails as the service's
 * own cancellation (R-MCS-3(b)).
 */
TtgMcsFailure
ttg_mcs_contact_failure_r(const TtgMcsContact *c, const TtgMcsRules *r)
{
	int64_t		lead = r->notice_lead_minutes > 0 ? (int64_t) r->notice_lead_minutes * USECS_PER_MINUTE : 1;

	if (!c->case_manager_type)
		return TTG_MCS_NOT_CASE_MANAGER_CONTACT;
	/* appointment - notified < lead, without overflow for far-apart timestamps */
	if (!c->has_notice || c->notified_at > c->appointment_at ||
		c->appointment_at - c->notified_at < lead)
		return TTG_MCS_NO_WRITTEN_NOTICE;
	if (c->outcome == TTG_OUT_CANCELLED_BY_CASE_MANAGER ||
		(c->outcome == TTG_OUT_SENT_HOME_SERVICE_ISSUES && r->sent_home == TTG_SENT_HOME_NOT_COUNTED))
		return TTG_MCS_CANCELLED_BY_CASE_MANAGER;
	if (c->outcome == TTG_OUT_REARRANGED_BY_CASE_MANAGER)
		return TTG_MCS_REARRANGED_BY_CASE_MANAGER;
	if (!c->has_minutes || c->available_minutes < TTG_MCS_MIN_AVAILABLE_MINUTES)
		return TTG_MCS_AVAILABLE_UNDER_30_MINUTES;
	if (!c->has_other_activity || c->other_activity)
		return TTG_MCS_SHARED_WITH_OTHER_ACTIVITY;
	return TTG_MCS_VALID;
}

static const TtgVocabEntry reoffer_rule_entries[] = {
	{"offer", TTG_REOFFER_OFFER}, {"appointment", TTG_REOFFER_APPOINTMENT},
};
const TtgVocab ttg_mcs_reoffer_rule_vocab = TTG_VOCAB("re-offer rule", reoffer_rule_entries);

TTG_VOCAB_PARSER(ttg_mcs_parse_reoffer_rule, ttg_mcs_reoffer_rule_vocab, TtgReofferRule)

TtgStatus
ttg_mcs_reoffer_ok(const TtgCalendar *cal, int32_t missed,
				   bool has_offered, int32_t offered,
				   bool has_appointment, int32_t appointment,
				   TtgReofferRule rule, bool *ok)
{
	int32_t		deadline = 0;
	int32_t		d;
	TtgStatus	st;

	*ok = false;
	if (!ttg_day_in_range(missed))
		return TTG_ERR_RANGE;
	if (rule == TTG_REOFFER_OFFER ? !has_offered : !has_appointment)
		return TTG_OK;
	st = ttg_cal_add_business_days(cal, missed, TTG_MCS_REOFFER_DAYS, &deadline);
	if (st != TTG_OK)
		return st;
	d = rule == TTG_REOFFER_OFFER ? offered : appointment;
	*ok = d >= missed && d <= deadline;
	return TTG_OK;
}

/* ---- tallies ------------------------------------------------------------ */

/* The fields before the failures; the failure fields are named by ttg_mcs_failure_word. */
static const char *const outcome_field_names[TTG_TALLY_FAIL_FIRST] = {
	"counted",
	"missed_without_reoffer",
	"unattended",
};

const char *
ttg_tally_field_name(int field)
{
	if (field < 0 || field >= TTG_TALLY_NFIELDS)
		return NULL;
	if (field < TTG_TALLY_FAIL_FIRST)
		return outcome_field_names[field];
	return ttg_mcs_failure_word((TtgMcsFailure) (field - TTG_TALLY_FAIL_FIRST + 1));
}

unsigned
ttg_tally_get(TtgMcsTally t, int field)
{
	return (unsigned) ((t >> (field * TTG_TALLY_BITS)) & TTG_TALLY_MAX);
}

/* Saturating: a counter stops at 127 rather than spill into its neighbour. */
TtgMcsTally
ttg_tally_add(TtgMcsTally t, int field, unsigned n)
{
	unsigned	v = ttg_tally_get(t, field) + (n > TTG_TALLY_MAX ? TTG_TALLY_MAX : n);

	if (v > TTG_TALLY_MAX)
		v = TTG_TALLY_MAX;
	t &= ~((TtgMcsTally) TTG_TALLY_MAX << (field * TTG_TALLY_BITS));
	return t | ((TtgMcsTally) v << (field * TTG_TALLY_BITS));
}

TtgMcsTally
ttg_tally_combine(TtgMcsTally a, TtgMcsTally b)
{
	if (b == 0)
		return a;
	for (int f = 0; f < TTG_TALLY_NFIELDS; f++)
		a = ttg_tally_add(a, f, ttg_tally_get(b, f));
	return a;
}

bool
ttg_mcs_needs_reoffer(TtgMcsOutcome o, const TtgMcsRules *r)
{
	return o == TTG_OUT_FAILED_TO_ATTEND || o == TTG_OUT_ACCEPTABLE_ABSENCE ||
		(o == TTG_OUT_SENT_HOME_SERVICE_ISSUES && r->sent_home == TTG_SENT_HOME_ABSENCE);
}

int
ttg_mcs_tally_field(TtgMcsFailure f, TtgMcsOutcome o, bool reoffer_ok)
{
	TtgMcsRules r;

	ttg_mcs_rules_default(&r);
	return ttg_mcs_tally_field_r(f, o, reoffer_ok, &r);
}

/* R-MCS-1: attended counts; a miss counts when re-offered in time (R-MCS-4). */
int
ttg_mcs_tally_field_r(TtgMcsFailure f, TtgMcsOutcome o, bool reoffer_ok, const TtgMcsRules *r)
{
	if (f != TTG_MCS_VALID)
		return TTG_TALLY_FAIL_FIRST + (int) f - 1;
	if (o == TTG_OUT_ATTENDED ||
		(o == TTG_OUT_SENT_HOME_SERVICE_ISSUES && r->sent_home == TTG_SENT_HOME_ATTENDED))
		return TTG_TALLY_COUNTED;
	if (ttg_mcs_needs_reoffer(o, r))
		return reoffer_ok ? TTG_TALLY_COUNTED : TTG_TALLY_MISSED;
	return TTG_TALLY_UNATTENDED;
}

TtgReofferDates
ttg_mcs_reoffer_dates(TtgReofferDates record, bool has_next, TtgReofferDates next)
{
	TtgReofferDates none = {false, 0, false, 0};

	if (record.has_offered || record.has_appointment)
		return record;
	return has_next ? next : none;
}

unsigned
ttg_tally_valid(TtgMcsTally t)
{
	return ttg_tally_get(t, TTG_TALLY_COUNTED) + ttg_tally_get(t, TTG_TALLY_MISSED) +
		ttg_tally_get(t, TTG_TALLY_UNATTENDED);
}

unsigned
ttg_tally_contacts(TtgMcsTally t)
{
	unsigned	n = 0;

	for (int f = 0; f < TTG_TALLY_NFIELDS; f++)
		n += ttg_tally_get(t, f);
	return n;
}

size_t
ttg_tally_format(TtgMcsTally t, char *buf)
{
	size_t		n = 0;
	bool		first = true;

	buf[n++] = '{';
	for (int f = 0; f < TTG_TALLY_NFIELDS; f++)
	{
		unsigned	v = ttg_tally_get(t, f);
		size_t		w;

		if (v == 0)
			continue;
		if (!first)
			buf[n++] = ',';
		first = false;
		w = strlen(ttg_tally_field_name(f));
		memcpy(buf + n, ttg_tally_field_name(f), w);
		n += w;
		buf[n++] = '=';
		if (v >= 100)
			buf[n++] = (char) ('0' + v / 100);
		if (v >= 10)
			buf[n++] = (char) ('0' + (v / 10) % 10);
		buf[n++] = (char) ('0' + v % 10);
	}
	buf[n++] = '}';
	buf[n] = '\0';
	return n;
}

bool
ttg_tally_parse(const char *s, size_t len, TtgMcsTally *out)
{
	size_t		i = 0;
	unsigned	seen = 0;
	TtgMcsTally t = 0;

	if (len < 2 || s[0] != '{' || s[len - 1] != '}')
		return false;
	s++;
	len -= 2;
	while (i < len)
	{
		size_t		start = i;
		int			field = -1;
		unsigned	v = 0;
		size_t		digits = 0;

		while (i < len && s[i] != '=')
			i++;
		for (int f = 0; f < TTG_TALLY_NFIELDS; f++)
			if (word_is(s + start, i - start, ttg_tally_field_name(f)))
				field = f;
		if (field < 0 || i == len || (seen & (1u << field)))
			return false;
		seen |= 1u << field;
		i++;
		while (i < len && s[i] >= '0' && s[i] <= '9' && digits < 4)
		{
			v = v * 10 + (unsigned) (s[i] - '0');
			i++;
			digits++;
		}
		if (digits == 0 || v > TTG_TALLY_MAX)
			return false;
		t = ttg_tally_add(t, field, v);
		if (i < len)
		{
			if (s[i] != ',' || i + 1 == len)
				return false;
			i++;
		}
	}
	*out = t;
	return true;
}

static const char *const reason_words[] = {
	NULL,
	"no_contact",
	"no_valid_contact",
	"missed_without_reoffer",
	"no_attended_contact",
};

const char *
ttg_mcs_reason_word(TtgMcsReason r)
{
	return (r > TTG_REASON_MET && r <= TTG_REASON_NO_ATTENDED_CONTACT) ? reason_words[r] : NULL;
}

/* R-MCS-1 and R-MCS-6; ties for the commonest failure go to the earlier check. */
void
ttg_mcs_month_eval(TtgMcsTally t, int brag_frequency, TtgMcsMonth *out)
{
	unsigned	best = 0;

	out->counted = ttg_tally_get(t, TTG_TALLY_COUNTED);
	out->valid = ttg_tally_valid(t);
	out->contacts = ttg_tally_contacts(t);
	out->mcs_met = out->counted >= TTG_MCS_CONTACTS;
	out->brag_met = out->counted >= (unsigned) (brag_frequency < TTG_MCS_CONTACTS ? TTG_MCS_CONTACTS : brag_frequency);
	out->commonest_failure = TTG_MCS_VALID;
	for (int f = TTG_MCS_NOT_CASE_MANAGER_CONTACT; f < TTG_MCS_NFAILURE; f++)
	{
		unsigned	v = ttg_tally_get(t, TTG_TALLY_FAIL_FIRST + f - 1);

		if (v > best)
		{
			best = v;
			out->commonest_failure = (TtgMcsFailure) f;
		}
	}
	if (out->mcs_met)
		out->reason = TTG_REASON_MET;
	else if (out->contacts == 0)
		out->reason = TTG_REASON_NO_CONTACT;
	else if (out->valid == 0)
		out->reason = TTG_REASON_NO_VALID_CONTACT;
	else if (ttg_tally_get(t, TTG_TALLY_MISSED) > 0)
		out->reason = TTG_REASON_MISSED_WITHOUT_REOFFER;
	else
		out->reason = TTG_REASON_NO_ATTENDED_CONTACT;
}

static const TtgVocabEntry brag_entries[] = {
	{"red", TTG_BRAG_RED}, {"red_amber", TTG_BRAG_RED_AMBER}, {"amber", TTG_BRAG_AMBER},
	{"green", TTG_BRAG_GREEN}, {"blue", TTG_BRAG_BLUE},
};
const TtgVocab ttg_mcs_brag_vocab = TTG_VOCAB("BRAG status", brag_entries);

/* Ids: letter * 10 + level (A = 0 ... D = 3), bare letters letter * 10 + 9. */
static const TtgVocabEntry tier_entries[] = {
	{"a3", 3}, {"a2", 2}, {"a1", 1}, {"a0", 0},
	{"b3", 13}, {"b2", 12}, {"b1", 11}, {"b0", 10},
	{"c3", 23}, {"c2", 22}, {"c1", 21}, {"c0", 20},
	{"d3", 33}, {"d2", 32}, {"d1", 31}, {"d0", 30},
	{"a", 9}, {"b", 19}, {"c", 29}, {"d", 39},
};
const TtgVocab ttg_tier_vocab = TTG_VOCAB("tier", tier_entries);

/* Risk of Serious Harm levels: ttg_rosh_vocab in rosh_core (one vocabulary for every domain). */

/* ---- scope -------------------------------------------------------------- */

static const TtgVocabEntry requirement_entries[] = {
	{"unpaid_work", TTG_REQ_UNPAID_WORK},
	{"rar", TTG_REQ_RAR},
	{"accredited_programme", TTG_REQ_ACCREDITED_PROGRAMME},
	{"prohibited_activity", TTG_REQ_PROHIBITED_ACTIVITY},
	{"curfew", TTG_REQ_CURFEW},
	{"exclusion", TTG_REQ_EXCLUSION},
	{"residence", TTG_REQ_RESIDENCE},
	{"foreign_travel_prohibition", TTG_REQ_FOREIGN_TRAVEL_PROHIBITION},
	{"mental_health_treatment", TTG_REQ_MENTAL_HEALTH_TREATMENT},
	{"drug_rehabilitation", TTG_REQ_DRUG_REHABILITATION},
	{"alcohol_treatment", TTG_REQ_ALCOHOL_TREATMENT},
	{"alcohol_abstinence", TTG_REQ_ALCOHOL_ABSTINENCE},
	{"attendance_centre", TTG_REQ_ATTENDANCE_CENTRE},
	{"electronic_monitoring", TTG_REQ_ELECTRONIC_MONITORING},
};
const TtgVocab ttg_mcs_requirement_vocab = TTG_VOCAB("order requirement", requirement_entries);

TTG_VOCAB_PARSER(ttg_mcs_parse_requirement, ttg_mcs_requirement_vocab, TtgRequirement)

bool
ttg_mcs_in_scope(uint32_t requirements, uint32_t exempt)
{
	TtgMcsRules r;

	ttg_mcs_rules_default(&r);
	return ttg_mcs_in_scope_r(requirements, exempt, &r);
}

/*
 * R-MCS-5: out of scope only when every requirement is exempt. Electronic
 * monitoring is how a curfew is enforced, so with em_with_curfew_exempt it is
 * exempt whenever the order's curfew is.
 */
bool
ttg_mcs_in_scope_r(uint32_t requirements, uint32_t exempt, const TtgMcsRules *r)
{
	const uint32_t curfew = 1u << TTG_REQ_CURFEW;

	if (r->em_with_curfew_exempt && (requirements & curfew) && (exempt & curfew))
		exempt |= 1u << TTG_REQ_ELECTRONIC_MONITORING;
	return requirements == 0 || (requirements & ~exempt) != 0;
}

static const TtgVocabEntry partial_entries[] = {
	{"full", TTG_PARTIAL_FULL}, {"any", TTG_PARTIAL_ANY},
};
const TtgVocab ttg_mcs_partial_vocab = TTG_VOCAB("partial-month rule", partial_entries);

TTG_VOCAB_PARSER(ttg_mcs_parse_partial, ttg_mcs_partial_vocab, TtgPartial)

static int32_t
month_start(int32_t d)
{
	int			y,
				m,
				day;

	ttg_ymd_from_day(d, &y, &m, &day);
	return ttg_day_from_ymd(y, m, 1);
}

/* Months as a running count, to subtract. */
static int32_t
month_index(int32_t d)
{
	int			y,
				m,
				day;

	ttg_ymd_from_day(d, &y, &m, &day);
	return y * 12 + (m - 1);
}

TtgStatus
ttg_mcs_month_span(int32_t isp, int32_t scope_end, TtgPartial partial,
				   int32_t *first, int32_t *count)
{
	int32_t		lo,
				hi;

	*first = 0;
	*count = 0;
	if (!ttg_day_in_range(isp) || !ttg_day_in_range(scope_end))
		return TTG_ERR_RANGE;
	if (scope_end < isp)
		return TTG_OK;
	lo = month_start(isp);
	hi = month_start(scope_end);
	if (partial == TTG_PARTIAL_FULL)
	{
		/* A month counts only when the rule runs from its first to its last day. */
		if (isp != lo)
			lo = ttg_add_months(lo, 1);
		if (ttg_add_months(hi, 1) - 1 != scope_end)
			hi = ttg_add_months(hi, -1);
	}
	if (hi < lo)
		return TTG_OK;
	*first = lo;
	*count = month_index(hi) - month_index(lo) + 1;
	return TTG_OK;
}

int32_t
ttg_mcs_spec_start(void)
{
	return ttg_day_from_ymd(TTG_MCS_SPEC_START_Y, TTG_MCS_SPEC_START_M, 1);
}

TtgStatus
ttg_mcs_month_span_from(int32_t isp, int32_t scope_end, TtgPartial partial,
						bool has_go_live, int32_t go_live, int32_t *first, int32_t *count)
{
	int32_t		start = isp;

	if (has_go_live && !ttg_day_in_range(go_live))
	{
		*first = 0;
		*count = 0;
		return TTG_ERR_RANGE;
	}
	if (ttg_day_in_range(isp))
	{
		if (start < ttg_mcs_spec_start())
			start = ttg_mcs_spec_start();
		if (has_go_live && start < go_live)
			start = go_live;
	}
	return ttg_mcs_month_span(start, scope_end, partial, first, count);
}

/* ---- case history ------------------------------------------------------- */

static const TtgVocabEntry attribution_entries[] = {
	{"month_end", TTG_ATTR_MONTH_END}, {"by_days", TTG_ATTR_BY_DAYS}, {"both", TTG_ATTR_BOTH},
};
const TtgVocab ttg_mcs_attribution_vocab = TTG_VOCAB("transfer-month attribution", attribution_entries);

static const TtgVocabEntry pause_kind_entries[] = {
	{"custody", TTG_PAUSE_CUSTODY}, {"warrant", TTG_PAUSE_WARRANT}, {"suspended", TTG_PAUSE_SUSPENDED},
};
const TtgVocab ttg_mcs_pause_kind_vocab = TTG_VOCAB("pause kind", pause_kind_entries);

static const TtgVocabEntry pause_rule_entries[] = {
	{"whole_month", TTG_PAUSE_WHOLE_MONTH}, {"any_day", TTG_PAUSE_ANY_DAY}, {"none", TTG_PAUSE_NONE},
};
const TtgVocab ttg_mcs_pause_rule_vocab = TTG_VOCAB("pause rule", pause_rule_entries);

/* The orders a case is supervised under (cases.order_type); the rules read the requirements, not these. */
static const TtgVocabEntry order_type_entries[] = {
	{"community_order", 0}, {"suspended_sentence_order", 1}, {"licence", 2}, {"post_sentence_supervision", 3},
};
const TtgVocab ttg_mcs_order_type_vocab = TTG_VOCAB("order type", order_type_entries);

/* Days of [from, to] inside [lo, hi], and the last such day. */
static int32_t
overlap(TtgPeriod p, int32_t lo, int32_t hi, int32_t *last)
{
	int32_t		a = p.from > lo ? p.from : lo;
	int32_t		b = p.to < hi ? p.to : hi;

	*last = b;
	return b >= a ? b - a + 1 : 0;
}

int
ttg_mcs_attribute(const TtgPeriod *p, int n, int32_t month_first, TtgAttribution rule, int *out)
{
	int32_t		hi = ttg_add_months(month_first, 1) - 1;
	int			best = -1,
				k = 0;
	int32_t		best_days = 0,
				best_last = 0;

	for (int i = 0; i < n; i++)
	{
		int32_t		last;
		int32_t		days = overlap(p[i], month_first, hi, &last);

		if (days == 0)
			continue;
		if (rule == TTG_ATTR_BOTH)
		{
			out[k++] = i;
			continue;
		}
		/* month_end: the latest last day; by_days: the most days, ties to the latest. */
		if (best < 0 ||
			(rule == TTG_ATTR_MONTH_END ? last > best_last
			 : (days > best_days || (days == best_days && last > best_last))))
		{
			best = i;
			best_days = days;
			best_last = last;
		}
	}
	if (rule != TTG_ATTR_BOTH && best >= 0)
		out[k++] = best;
	return k;
}

uint32_t
ttg_mcs_requirements_in_month(const TtgPeriod *p, const uint32_t *req, int n, int32_t month_first)
{
	int32_t		hi = ttg_add_months(month_first, 1) - 1;
	uint32_t	mask = 0;

	for (int i = 0; i < n; i++)
	{
		int32_t		last;

		if (overlap(p[i], month_first, hi, &last) > 0)
			mask |= req[i];
	}
	return mask;
}

bool
ttg_mcs_month_paused(const TtgPeriod *p, const TtgPauseKind *kind, int n, int32_t month_first,
					 const TtgPauseRule rules[TTG_PAUSE_NKINDS])
{
	int32_t		hi = ttg_add_months(month_first, 1) - 1;
	int32_t		ndays = hi - month_first + 1;
	uint32_t	covered = 0;
	uint32_t	all = ndays >= 32 ? UINT32_MAX : ((1u << ndays) - 1);

	for (int i = 0; i < n; i++)
	{
		TtgPauseRule rule = rules[kind[i]];
		int32_t		a = p[i].from > month_first ? p[i].from : month_first;
		int32_t		b = p[i].to < hi ? p[i].to : hi;

		if (rule == TTG_PAUSE_NONE || b < a)
			continue;
		if (rule == TTG_PAUSE_ANY_DAY)
			return true;
		for (int32_t d = a; d <= b; d++)
			covered |= 1u << (d - month_first);
	}
	return covered == all;
}

/* ---- bands (R-MCS-7) ------------------------------------------------------ */

static const char *const band_words[] = {
	"not_applicable", "ramp_up", "met", "below_target", "improvement",
};

const char *
ttg_mcs_band_word(TtgMcsBand b)
{
	return band_words[b];
}

TtgMcsBand
ttg_mcs_band(int32_t month, bool at_least_target, bool at_least_trigger)
{
	/* The specification starts on 1 October 2018; ramp-up to 31 December 2018. */
	if (month < ttg_mcs_spec_start())
		return TTG_BAND_NOT_APPLICABLE;
	if (month < ttg_day_from_ymd(2019, 1, 1))
		return TTG_BAND_RAMP_UP;
	if (at_least_target)
		return TTG_BAND_MET;
	return at_least_trigger ? TTG_BAND_BELOW_TARGET : TTG_BAND_IMPROVEMENT;
}
