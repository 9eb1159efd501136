/*
 * test_contact.c: cmocka tests of the Minimum Contact Specification core
 * (R-MCS-1 to R-MCS-7). Every expected date was worked out by hand from a
 * printed calendar; the day of week and the holidays skipped are noted.
 */
#include <string.h>

#include "test_helpers.h"
#include "contact_core.h"

#define USEC_PER_HOUR INT64_C(3600000000)
/* Microsecond timestamp of y-m-d at hour h (PostgreSQL's epoch). */
#define TS(y, m, d, h) ((int64_t) D(y, m, d) * 24 * USEC_PER_HOUR + (int64_t) (h) * USEC_PER_HOUR)

/* A valid contact: COAP on Mon 2 Mar 2026 10:00, slip sent Mon 23 Feb, 30 minutes, attended. */
static TtgMcsContact
good(void)
{
	TtgMcsContact c;

	memset(&c, 0, sizeof c);
	c.case_manager_type = true;
	c.appointment_at = TS(2026, 3, 2, 10);
	c.has_notice = true;
	c.notified_at = TS(2026, 2, 23, 9);
	c.outcome = TTG_OUT_ATTENDED;
	c.has_minutes = true;
	c.available_minutes = 30;
	c.has_other_activity = true;
	c.other_activity = false;
	return c;
}

static void
test_contact_types_and_words(void **state)
{
	TtgMcsOutcome o = TTG_OUT_NONE;

	(void) state;
	/* R-MCS-2: the three nDelius codes, under the one case rule. */
	assert_true(ttg_mcs_is_case_manager_type("COAP", 4));
	assert_true(ttg_mcs_is_case_manager_type("COAI", 4));
	assert_true(ttg_mcs_is_case_manager_type("CHVS", 4));
	assert_true(ttg_mcs_is_case_manager_type("coap", 4));
	assert_true(ttg_mcs_is_case_manager_type(" Chvs ", 6));
	assert_false(ttg_mcs_is_case_manager_type("COAPX", 5));
	assert_false(ttg_mcs_is_case_manager_type("COA", 3));
	assert_false(ttg_mcs_is_case_manager_type("CTOA", 4));
	assert_true(ttg_mcs_parse_outcome("acceptable_absence", 18, &o));
	assert_int_equal(o, TTG_OUT_ACCEPTABLE_ABSENCE);
	assert_true(ttg_mcs_parse_outcome("rearranged_by_service_user", 26, &o));
	assert_int_equal(o, TTG_OUT_REARRANGED_BY_SERVICE_USER);
	assert_true(ttg_mcs_parse_outcome("Attended", 8, &o));
	assert_int_equal(o, TTG_OUT_ATTENDED);
	assert_true(ttg_mcs_parse_outcome("Failed to attend", 16, &o));
	assert_int_equal(o, TTG_OUT_FAILED_TO_ATTEND);
	assert_false(ttg_mcs_parse_outcome("attende", 7, &o));
	assert_false(ttg_mcs_parse_outcome("", 0, &o));
	assert_string_equal(ttg_mcs_outcome_word(TTG_OUT_FAILED_TO_ATTEND), "failed_to_attend");
	assert_null(ttg_mcs_outcome_word(TTG_OUT_NONE));
	assert_null(ttg_mcs_failure_word(TTG_MCS_VALID));
	assert_string_equal(ttg_mcs_failure_word(TTG_MCS_SHARED_WITH_OTHER_ACTIVITY),
						"shared_with_other_activity");
}

/* R-MCS-3: one case per reason, both sides of each boundary, and the order. */
static void
test_contact_failure(void **state)
{
	TtgMcsContact c;

	(void) state;
	c = good();
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_VALID);

	c.case_manager_type = false;
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_NOT_CASE_MANAGER_CONTACT);

	c = good();
	c.has_notice = false;
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_NO_WRITTEN_NOTICE);
	c.has_notice = true;
	c.notified_at = c.appointment_at;	/* at the very time: not in advance */
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_NO_WRITTEN_NOTICE);
	c.notified_at = c.appointment_at - 1;	/* one microsecond before: in advance */
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_VALID);

	c = good();
	c.outcome = TTG_OUT_CANCELLED_BY_CASE_MANAGER;
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_CANCELLED_BY_CASE_MANAGER);
	c.outcome = TTG_OUT_REARRANGED_BY_CASE_MANAGER;
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_REARRANGED_BY_CASE_MANAGER);
	/* Missed, unrecorded or moved by the service user: still a valid contact. */
	c.outcome = TTG_OUT_FAILED_TO_ATTEND;
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_VALID);
	c.outcome = TTG_OUT_NONE;
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_VALID);
	c.outcome = TTG_OUT_REARRANGED_BY_SERVICE_USER;
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_VALID);

	c = good();
	c.available_minutes = 29;
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_AVAILABLE_UNDER_30_MINUTES);
	c.available_minutes = 31;
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_VALID);
	c.has_minutes = false;
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_AVAILABLE_UNDER_30_MINUTES);

	c = good();
	c.other_activity = true;
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_SHARED_WITH_OTHER_ACTIVITY);
	c.has_other_activity = false;
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_SHARED_WITH_OTHER_ACTIVITY);

	/* Everything wrong at once: the first in the documented order wins. */
	c.case_manager_type = false;
	c.has_notice = false;
	c.outcome = TTG_OUT_CANCELLED_BY_CASE_MANAGER;
	c.has_minutes = false;
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_NOT_CASE_MANAGER_CONTACT);
	c.case_manager_type = true;
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_NO_WRITTEN_NOTICE);
	c.has_notice = true;
	c.notified_at = TS(2026, 2, 23, 9);
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_CANCELLED_BY_CASE_MANAGER);
	c.outcome = TTG_OUT_ATTENDED;
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_AVAILABLE_UNDER_30_MINUTES);
}

static bool
reoffer(int32_t missed, bool ho, int32_t off, bool ha, int32_t app, TtgReofferRule r)
{
	bool		ok = true;

	assert_int_equal(ttg_mcs_reoffer_ok(ttg_national_calendar(), missed, ho, off, ha, app, r, &ok),
					 TTG_OK);
	return ok;
}

/* R-MCS-4, both readings, across bank holiday weekends. */
static void
test_reoffer(void **state)
{
	TtgReofferRule r = TTG_REOFFER_OFFER;
	bool		ok;
	int32_t		m;

	(void) state;
	assert_true(ttg_mcs_parse_reoffer_rule("appointment", 11, &r));
	assert_int_equal(r, TTG_REOFFER_APPOINTMENT);
	assert_true(ttg_mcs_parse_reoffer_rule("Offer", 5, &r));
	assert_int_equal(r, TTG_REOFFER_OFFER);
	assert_false(ttg_mcs_parse_reoffer_rule("offered", 7, &r));

	/*
	 * Missed Fri 28 Aug 2026; Mon 31 Aug is the Summer bank holiday. Business
	 * days after: Tue 1 Sep (1), Wed 2 (2), Thu 3 (3), Fri 4 (4), Mon 7 Sep (5).
	 */
	m = D(2026, 8, 28);
	assert_true(reoffer(m, true, D(2026, 9, 7), false, 0, TTG_REOFFER_OFFER));
	assert_false(reoffer(m, true, D(2026, 9, 8), false, 0, TTG_REOFFER_OFFER));
	assert_true(reoffer(m, true, m, false, 0, TTG_REOFFER_OFFER));	/* same day */
	assert_false(reoffer(m, true, D(2026, 8, 27), false, 0, TTG_REOFFER_OFFER));	/* before the miss */
	/* Offered on the 1st for the 14th: offer in time, appointment not. */
	assert_true(reoffer(m, true, D(2026, 9, 1), true, D(2026, 9, 14), TTG_REOFFER_OFFER));
	assert_false(reoffer(m, true, D(2026, 9, 1), true, D(2026, 9, 14), TTG_REOFFER_APPOINTMENT));
	/* Booked before the miss (the 20th) for Mon 7 Sep: only the appointment reading passes. */
	assert_false(reoffer(m, true, D(2026, 8, 20), true, D(2026, 9, 7), TTG_REOFFER_OFFER));
	assert_true(reoffer(m, true, D(2026, 8, 20), true, D(2026, 9, 7), TTG_REOFFER_APPOINTMENT));
	assert_false(reoffer(m, true, D(2026, 8, 20), true, D(2026, 9, 8), TTG_REOFFER_APPOINTMENT));

	/*
	 * Missed Thu 24 Dec 2026: Fri 25 Christmas, Mon 28 Boxing Day (substitute),
	 * Fri 1 Jan 2027 New Year. Tue 29 (1), Wed 30 (2), Thu 31 (3), Mon 4 Jan (4), Tue 5 Jan (5).
	 */
	m = D(2026, 12, 24);
	assert_true(reoffer(m, false, 0, true, D(2027, 1, 5), TTG_REOFFER_APPOINTMENT));
	assert_false(reoffer(m, false, 0, true, D(2027, 1, 6), TTG_REOFFER_APPOINTMENT));
	assert_true(reoffer(m, true, D(2027, 1, 5), false, 0, TTG_REOFFER_OFFER));
	assert_false(reoffer(m, true, D(2027, 1, 6), false, 0, TTG_REOFFER_OFFER));

	/* Easter 2026: missed Thu 2 Apr; Fri 3 and Mon 6 closed; 7,8,9,10,13 -> Mon 13 Apr. */
	m = D(2026, 4, 2);
	assert_true(reoffer(m, true, D(2026, 4, 13), true, D(2026, 4, 13), TTG_REOFFER_APPOINTMENT));
	assert_false(reoffer(m, true, D(2026, 4, 13), true, D(2026, 4, 14), TTG_REOFFER_APPOINTMENT));

	/* No further date: no further offer, either reading. */
	assert_false(reoffer(m, false, 0, false, 0, TTG_REOFFER_OFFER));
	assert_false(reoffer(m, false, 0, false, 0, TTG_REOFFER_APPOINTMENT));
	assert_false(reoffer(m, false, 0, true, D(2026, 4, 7), TTG_REOFFER_OFFER));
	assert_false(reoffer(m, true, D(2026, 4, 7), false, 0, TTG_REOFFER_APPOINTMENT));

	/* Range: the miss must lie in the calendar; so must its deadline. */
	assert_int_equal(ttg_mcs_reoffer_ok(ttg_national_calendar(), TTG_MIN_DAY - 1, true, 0, true, 0,
										TTG_REOFFER_OFFER, &ok), TTG_ERR_RANGE);
	assert_int_equal(ttg_mcs_reoffer_ok(ttg_national_calendar(), D(2099, 12, 30), true,
										D(2099, 12, 30), true, 0, TTG_REOFFER_OFFER, &ok),
					 TTG_ERR_RESULT_RANGE);
}

static void
test_tally_arithmetic(void **state)
{
	TtgMcsTally t = 0;
	TtgMcsTally u = 0;

	(void) state;
	assert_int_equal(TTG_TALLY_NFIELDS * TTG_TALLY_BITS, 63);
	t = ttg_tally_add(t, TTG_TALLY_COUNTED, 2);
	t = ttg_tally_add(t, TTG_TALLY_FAIL_FIRST + TTG_MCS_SHARED_WITH_OTHER_ACTIVITY - 1, 5);
	assert_int_equal(ttg_tally_get(t, TTG_TALLY_COUNTED), 2);
	assert_int_equal(ttg_tally_get(t, TTG_TALLY_NFIELDS - 1), 5);
	assert_int_equal(ttg_tally_valid(t), 2);
	assert_int_equal(ttg_tally_contacts(t), 7);
	/* Saturation at 127 stays in its own field. */
	u = ttg_tally_add(u, TTG_TALLY_MISSED, 120);
	u = ttg_tally_add(u, TTG_TALLY_MISSED, 20);
	assert_int_equal(ttg_tally_get(u, TTG_TALLY_MISSED), 127);
	assert_int_equal(ttg_tally_get(u, TTG_TALLY_UNATTENDED), 0);
	assert_int_equal(ttg_tally_get(u, TTG_TALLY_COUNTED), 0);
	u = ttg_tally_add(u, TTG_TALLY_NFIELDS - 1, 1000);
	assert_int_equal(ttg_tally_get(u, TTG_TALLY_NFIELDS - 1), 127);
	/* Combine is a field-by-field sum, commutative and with 0 as identity. */
	assert_true(ttg_tally_combine(t, u) == ttg_tally_combine(u, t));
	assert_true(ttg_tally_combine(t, 0) == t && ttg_tally_combine(0, t) == t);
	assert_int_equal(ttg_tally_get(ttg_tally_combine(t, u), TTG_TALLY_NFIELDS - 1), 127);
	assert_int_equal(ttg_tally_get(ttg_tally_combine(t, t), TTG_TALLY_COUNTED), 4);

	/* Where a contact lands. */
	assert_int_equal(ttg_mcs_tally_field(TTG_MCS_VALID, TTG_OUT_ATTENDED, false), TTG_TALLY_COUNTED);
	assert_int_equal(ttg_mcs_tally_field(TTG_MCS_VALID, TTG_OUT_FAILED_TO_ATTEND, true), TTG_TALLY_COUNTED);
	assert_int_equal(ttg_mcs_tally_field(TTG_MCS_VALID, TTG_OUT_ACCEPTABLE_ABSENCE, false), TTG_TALLY_MISSED);
	assert_int_equal(ttg_mcs_tally_field(TTG_MCS_VALID, TTG_OUT_NONE, true), TTG_TALLY_UNATTENDED);
	assert_int_equal(ttg_mcs_tally_field(TTG_MCS_VALID, TTG_OUT_REARRANGED_BY_SERVICE_USER, true),
					 TTG_TALLY_UNATTENDED);
	assert_int_equal(ttg_mcs_tally_field(TTG_MCS_NOT_CASE_MANAGER_CONTACT, TTG_OUT_ATTENDED, true),
					 TTG_TALLY_FAIL_FIRST);
}

static void
test_tally_text(void **state)
{
	char		buf[TTG_TALLY_TEXT_MAX];
	TtgMcsTally t = 0,
				back = 1;

	(void) state;
	ttg_tally_format(0, buf);
	assert_string_equal(buf, "{}");
	assert_true(ttg_tally_parse("{}", 2, &back));
	assert_true(back == 0);
	t = ttg_tally_add(t, TTG_TALLY_COUNTED, 2);
	t = ttg_tally_add(t, TTG_TALLY_FAIL_FIRST, 127);
	t = ttg_tally_add(t, TTG_TALLY_UNATTENDED, 10);
	ttg_tally_format(t, buf);
	assert_string_equal(buf, "{counted=2,unattended=10,not_case_manager_contact=127}");
	assert_true(ttg_tally_parse(buf, strlen(buf), &back));
	assert_true(back == t);
	/* Any order; zero allowed; each field once. */
	{
		const char *any = "{not_case_manager_contact=127,counted=2,unattended=10,missed_without_reoffer=0}";

		assert_true(ttg_tally_parse(any, strlen(any), &back));
	}
	assert_true(back == t);
	/* Every field at its maximum round-trips. */
	t = 0;
	for (int f = 0; f < TTG_TALLY_NFIELDS; f++)
		t = ttg_tally_add(t, f, 127);
	ttg_tally_format(t, buf);
	assert_true(strlen(buf) < TTG_TALLY_TEXT_MAX);
	assert_true(ttg_tally_parse(buf, strlen(buf), &back) && back == t);
	/* Rejected forms. */
	assert_false(ttg_tally_parse("", 0, &back));
	assert_false(ttg_tally_parse("{", 1, &back));
	assert_false(ttg_tally_parse("{counted=128}", 13, &back));
	assert_false(ttg_tally_parse("{counted=}", 10, &back));
	assert_false(ttg_tally_parse("{counted=1,}", 12, &back));
	assert_false(ttg_tally_parse("{counted=1,counted=1}", 21, &back));
	assert_false(ttg_tally_parse("{counted}", 9, &back));
	assert_false(ttg_tally_parse("{count=1}", 9, &back));
	assert_false(ttg_tally_parse("{counted=-1}", 12, &back));
	assert_false(ttg_tally_parse("{counted=00001}", 15, &back));
	assert_false(ttg_tally_parse("counted=1", 9, &back));
}

static TtgMcsTally
tally_of(int counted, int missed, int unattended, int f1, int f2, int f3, int f4, int f5, int f6)
{
	int			v[TTG_TALLY_NFIELDS] = {counted, missed, unattended, f1, f2, f3, f4, f5, f6};
	TtgMcsTally t = 0;

	for (int f = 0; f < TTG_TALLY_NFIELDS; f++)
		t = ttg_tally_add(t, f, (unsigned) v[f]);
	return t;
}

/* R-MCS-1, R-MCS-6: every reason, and BRAG on top. */
static void
test_month_eval(void **state)
{
	TtgMcsMonth m;

	(void) state;
	ttg_mcs_month_eval(0, 1, &m);
	assert_false(m.mcs_met);
	assert_false(m.brag_met);
	assert_int_equal(m.reason, TTG_REASON_NO_CONTACT);
	assert_int_equal(m.commonest_failure, TTG_MCS_VALID);
	assert_string_equal(ttg_mcs_reason_word(m.reason), "no_contact");

	/* Three invalid contacts: 1 not case-manager, 2 under 30 minutes. */
	ttg_mcs_month_eval(tally_of(0, 0, 0, 1, 0, 0, 0, 2, 0), 1, &m);
	assert_int_equal(m.reason, TTG_REASON_NO_VALID_CONTACT);
	assert_int_equal(m.commonest_failure, TTG_MCS_AVAILABLE_UNDER_30_MINUTES);
	assert_int_equal(m.contacts, 3);
	assert_int_equal(m.valid, 0);
	/* A tie goes to the earlier check. */
	ttg_mcs_month_eval(tally_of(0, 0, 0, 0, 2, 0, 0, 0, 2), 1, &m);
	assert_int_equal(m.commonest_failure, TTG_MCS_NO_WRITTEN_NOTICE);

	ttg_mcs_month_eval(tally_of(0, 1, 1, 1, 0, 0, 0, 0, 0), 1, &m);
	assert_int_equal(m.reason, TTG_REASON_MISSED_WITHOUT_REOFFER);
	assert_int_equal(m.valid, 2);
	assert_int_equal(m.contacts, 3);

	ttg_mcs_month_eval(tally_of(0, 0, 2, 0, 0, 0, 0, 0, 0), 1, &m);
	assert_int_equal(m.reason, TTG_REASON_NO_ATTENDED_CONTACT);

	/* Met with one counted contact; BRAG 2 needs a second one. */
	ttg_mcs_month_eval(tally_of(1, 1, 0, 3, 0, 0, 0, 0, 0), 2, &m);
	assert_true(m.mcs_met);
	assert_false(m.brag_met);
	assert_int_equal(m.reason, TTG_REASON_MET);
	assert_null(ttg_mcs_reason_word(m.reason));
	assert_int_equal(m.commonest_failure, TTG_MCS_NOT_CASE_MANAGER_CONTACT);
	ttg_mcs_month_eval(tally_of(2, 0, 0, 0, 0, 0, 0, 0, 0), 2, &m);
	assert_true(m.mcs_met && m.brag_met);
	ttg_mcs_month_eval(tally_of(2, 0, 0, 0, 0, 0, 0, 0, 0), 3, &m);
	assert_true(m.mcs_met && !m.brag_met);
}

static uint32_t
reqs(int n, ...)
{
	va_list		ap;
	uint32_t	mask = 0;

	va_start(ap, n);
	for (int i = 0; i < n; i++)
		mask |= 1u << va_arg(ap, int);
	va_end(ap);
	return mask;
}

/* R-MCS-5: each scope case. */
static void
test_scope(void **state)
{
	uint32_t	exempt = reqs(5, TTG_REQ_UNPAID_WORK, TTG_REQ_CURFEW, TTG_REQ_EXCLUSION,
							  TTG_REQ_PROHIBITED_ACTIVITY, TTG_REQ_RESIDENCE);
	TtgRequirement r = TTG_REQ_RAR;

	(void) state;
	assert_true(ttg_mcs_parse_requirement("electronic_monitoring", 21, &r));
	assert_int_equal(r, TTG_REQ_ELECTRONIC_MONITORING);
	assert_false(ttg_mcs_parse_requirement("UPW", 3, &r));
	assert_true(ttg_mcs_in_scope(0, exempt));	/* a licence: no requirements */
	assert_false(ttg_mcs_in_scope(reqs(1, TTG_REQ_UNPAID_WORK), exempt));
	assert_false(ttg_mcs_in_scope(reqs(3, TTG_REQ_CURFEW, TTG_REQ_EXCLUSION, TTG_REQ_RESIDENCE), exempt));
	assert_true(ttg_mcs_in_scope(reqs(1, TTG_REQ_RAR), exempt));
	assert_true(ttg_mcs_in_scope(reqs(2, TTG_REQ_UNPAID_WORK, TTG_REQ_RAR), exempt));
	assert_true(ttg_mcs_in_scope(reqs(1, TTG_REQ_UNPAID_WORK), 0));	/* nothing exempt */
}

/* Months as "YYYYMM" integers, for readable asserts. */
static int
span(int32_t isp, int32_t end, TtgPartial p, int *first_ym)
{
	int32_t		first = 0,
				count = -1;
	int			y,
				m,
				d;

	assert_int_equal(ttg_mcs_month_span(isp, end, p, &first, &count), TTG_OK);
	ttg_ymd_from_day(first, &y, &m, &d);
	*first_ym = count > 0 ? y * 100 + m : 0;
	if (count > 0)
		assert_int_equal(d, 1);
	return count;
}

/* R-MCS-1: month edges. */
static void
test_month_span(void **state)
{
	int			f = 0;
	int32_t		a,
				b;
	TtgPartial	p = TTG_PARTIAL_ANY;

	(void) state;
	assert_true(ttg_mcs_parse_partial("full", 4, &p));
	assert_int_equal(p, TTG_PARTIAL_FULL);
	assert_false(ttg_mcs_parse_partial("all", 3, &p));
	/* ISP on the 1st (Sun 1 Mar 2026) to Mon 15 Jun: full Mar-May; any Mar-Jun. */
	assert_int_equal(span(D(2026, 3, 1), D(2026, 6, 15), TTG_PARTIAL_FULL, &f), 3);
	assert_int_equal(f, 202603);
	assert_int_equal(span(D(2026, 3, 1), D(2026, 6, 15), TTG_PARTIAL_ANY, &f), 4);
	assert_int_equal(f, 202603);
	/* ISP on the 2nd: March is no longer whole. */
	assert_int_equal(span(D(2026, 3, 2), D(2026, 6, 15), TTG_PARTIAL_FULL, &f), 2);
	assert_int_equal(f, 202604);
	/* ISP on the 31st (31 Jan 2026) to 30 Apr (the last day): full Feb-Apr; any Jan-Apr. */
	assert_int_equal(span(D(2026, 1, 31), D(2026, 4, 30), TTG_PARTIAL_FULL, &f), 3);
	assert_int_equal(f, 202602);
	assert_int_equal(span(D(2026, 1, 31), D(2026, 4, 30), TTG_PARTIAL_ANY, &f), 4);
	assert_int_equal(f, 202601);
	/* 29 Apr is not the last day: April drops out of full. */
	assert_int_equal(span(D(2026, 1, 31), D(2026, 4, 29), TTG_PARTIAL_FULL, &f), 2);
	/* Leap day ISP (Thu 29 Feb 2024) to 31 May: full Mar-May; any Feb-May. */
	assert_int_equal(span(D(2024, 2, 29), D(2024, 5, 31), TTG_PARTIAL_FULL, &f), 3);
	assert_int_equal(f, 202403);
	assert_int_equal(span(D(2024, 2, 29), D(2024, 5, 31), TTG_PARTIAL_ANY, &f), 4);
	assert_int_equal(f, 202402);
	/* Ending on the leap day: February 2024 is whole; 28 Feb 2024 is not its end; 28 Feb 2023 is. */
	assert_int_equal(span(D(2024, 1, 1), D(2024, 2, 29), TTG_PARTIAL_FULL, &f), 2);
	assert_int_equal(span(D(2024, 1, 1), D(2024, 2, 28), TTG_PARTIAL_FULL, &f), 1);
	assert_int_equal(span(D(2023, 1, 1), D(2023, 2, 28), TTG_PARTIAL_FULL, &f), 2);
	/* Across a year end: 15 Nov 2025 to 10 Feb 2026: full Dec, Jan; any Nov-Feb. */
	assert_int_equal(span(D(2025, 11, 15), D(2026, 2, 10), TTG_PARTIAL_FULL, &f), 2);
	assert_int_equal(f, 202512);
	assert_int_equal(span(D(2025, 11, 15), D(2026, 2, 10), TTG_PARTIAL_ANY, &f), 4);
	/* One day, within a month: none whole; any gives that month. */
	assert_int_equal(span(D(2026, 3, 10), D(2026, 3, 10), TTG_PARTIAL_FULL, &f), 0);
	assert_int_equal(span(D(2026, 3, 10), D(2026, 3, 10), TTG_PARTIAL_ANY, &f), 1);
	assert_int_equal(f, 202603);
	/* A whole single month. */
	assert_int_equal(span(D(2026, 2, 1), D(2026, 2, 28), TTG_PARTIAL_FULL, &f), 1);
	/* End before ISP: none. */
	assert_int_equal(span(D(2026, 3, 10), D(2026, 3, 9), TTG_PARTIAL_ANY, &f), 0);
	/* Range. */
	assert_int_equal(ttg_mcs_month_span(TTG_MIN_DAY - 1, 0, TTG_PARTIAL_ANY, &a, &b), TTG_ERR_RANGE);
	assert_int_equal(ttg_mcs_month_span(0, TTG_MAX_DAY + 1, TTG_PARTIAL_ANY, &a, &b), TTG_ERR_RANGE);
	assert_int_equal(span(D(2099, 12, 1), D(2099, 12, 31), TTG_PARTIAL_FULL, &f), 1);
}

/* R-MCS-7 bands and their date edges. */
static void
test_band(void **state)
{
	(void) state;
	assert_int_equal(ttg_mcs_band(D(2018, 9, 30), true, true), TTG_BAND_NOT_APPLICABLE);
	assert_int_equal(ttg_mcs_band(D(2018, 10, 1), false, false), TTG_BAND_RAMP_UP);
	assert_int_equal(ttg_mcs_band(D(2018, 12, 31), true, true), TTG_BAND_RAMP_UP);
	assert_int_equal(ttg_mcs_band(D(2019, 1, 1), true, true), TTG_BAND_MET);
	assert_int_equal(ttg_mcs_band(D(2019, 1, 1), false, true), TTG_BAND_BELOW_TARGET);
	assert_int_equal(ttg_mcs_band(D(2019, 1, 1), false, false), TTG_BAND_IMPROVEMENT);
	assert_string_equal(ttg_mcs_band_word(TTG_BAND_BELOW_TARGET), "below_target");
}

/* Settings of readings a practitioner may question (R-MCS-3, R-MCS-5). */
static void
test_rules(void **state)
{
	TtgMcsRules r;
	TtgMcsContact c = good();
	TtgMcsOutcome o = TTG_OUT_NONE;
	const uint32_t curfew = 1u << TTG_REQ_CURFEW,
				em = 1u << TTG_REQ_ELECTRONIC_MONITORING,
				rar = 1u << TTG_REQ_RAR,
				exempt = (1u << TTG_REQ_UNPAID_WORK) | curfew | (1u << TTG_REQ_EXCLUSION) |
		(1u << TTG_REQ_PROHIBITED_ACTIVITY) | (1u << TTG_REQ_RESIDENCE);

	(void) state;
	ttg_mcs_rules_default(&r);
	assert_int_equal(r.notice_lead_minutes, 0);
	assert_int_equal(r.sent_home, TTG_SENT_HOME_NOT_COUNTED);
	assert_true(r.em_with_curfew_exempt);

	/* Notice lead: slip Mon 2 Mar 09:00 for 10:00 is 60 minutes ahead. */
	c.notified_at = TS(2026, 3, 2, 9);
	assert_int_equal(ttg_mcs_contact_failure_r(&c, &r), TTG_MCS_VALID);
	r.notice_lead_minutes = 60;
	assert_int_equal(ttg_mcs_contact_failure_r(&c, &r), TTG_MCS_VALID);
	r.notice_lead_minutes = 61;
	assert_int_equal(ttg_mcs_contact_failure_r(&c, &r), TTG_MCS_NO_WRITTEN_NOTICE);
	/* One day (1440 minutes): Sun 1 Mar 10:00 is exactly enough, 10:01 is not. */
	r.notice_lead_minutes = 1440;
	c.notified_at = TS(2026, 3, 1, 10);
	assert_int_equal(ttg_mcs_contact_failure_r(&c, &r), TTG_MCS_VALID);
	c.notified_at += INT64_C(60000000);
	assert_int_equal(ttg_mcs_contact_failure_r(&c, &r), TTG_MCS_NO_WRITTEN_NOTICE);
	/* Notice after the appointment fails whatever the lead. */
	r.notice_lead_minutes = 0;
	c.notified_at = TS(2026, 3, 2, 11);
	assert_int_equal(ttg_mcs_contact_failure_r(&c, &r), TTG_MCS_NO_WRITTEN_NOTICE);

	/* Sent home, service issues: the three readings. */
	c = good();
	assert_true(ttg_mcs_parse_outcome("Sent home - service issues", 26, &o));
	assert_int_equal(o, TTG_OUT_SENT_HOME_SERVICE_ISSUES);
	c.outcome = o;
	r.sent_home = TTG_SENT_HOME_NOT_COUNTED;
	assert_int_equal(ttg_mcs_contact_failure_r(&c, &r), TTG_MCS_CANCELLED_BY_CASE_MANAGER);
	assert_int_equal(ttg_mcs_contact_failure(&c), TTG_MCS_CANCELLED_BY_CASE_MANAGER);
	assert_false(ttg_mcs_needs_reoffer(o, &r));
	r.sent_home = TTG_SENT_HOME_ATTENDED;
	assert_int_equal(ttg_mcs_contact_failure_r(&c, &r), TTG_MCS_VALID);
	assert_int_equal(ttg_mcs_tally_field_r(TTG_MCS_VALID, o, false, &r), TTG_TALLY_COUNTED);
	r.sent_home = TTG_SENT_HOME_ABSENCE;
	assert_true(ttg_mcs_needs_reoffer(o, &r));
	assert_int_equal(ttg_mcs_tally_field_r(TTG_MCS_VALID, o, false, &r), TTG_TALLY_MISSED);
	assert_int_equal(ttg_mcs_tally_field_r(TTG_MCS_VALID, o, true, &r), TTG_TALLY_COUNTED);

	/* R-MCS-5: curfew + EM only is out of scope by default, in scope when the setting is off. */
	r.em_with_curfew_exempt = true;
	assert_false(ttg_mcs_in_scope_r(curfew | em, exempt, &r));
	assert_false(ttg_mcs_in_scope(curfew | em, exempt));
	assert_true(ttg_mcs_in_scope_r(curfew | em | rar, exempt, &r));
	/* EM without a curfew stays in scope (it monitors something else, e.g. exclusion alone is exempt but EM is not). */
	assert_true(ttg_mcs_in_scope_r(em, exempt, &r));
	/* A curfew not listed as exempt does not carry EM with it. */
	assert_true(ttg_mcs_in_scope_r(curfew | em, exempt & ~curfew, &r));
	r.em_with_curfew_exempt = false;
	assert_true(ttg_mcs_in_scope_r(curfew | em, exempt, &r));
}

/* R-MCS-4: the re-offer from the record when filled, else from the next contact. */
static void
test_reoffer_dates(void **state)
{
	TtgReofferDates rec = {false, 0, false, 0};
	TtgReofferDates next = {true, D(2026, 3, 3), true, D(2026, 3, 5)};
	TtgReofferDates got;

	(void) state;
	got = ttg_mcs_reoffer_dates(rec, true, next);
	assert_true(got.has_offered && got.offered == D(2026, 3, 3));
	assert_true(got.has_appointment && got.appointment == D(2026, 3, 5));
	got = ttg_mcs_reoffer_dates(rec, false, next);
	assert_false(got.has_offered || got.has_appointment);
	/* Only the appointment column filled: the record wins, its offer stays unknown. */
	rec.has_appointment = true;
	rec.appointment = D(2026, 3, 9);
	got = ttg_mcs_reoffer_dates(rec, true, next);
	assert_false(got.has_offered);
	assert_int_equal(got.appointment, D(2026, 3, 9));
}

/* R-MCS-1, R-MCS-7: no case-month before 1 October 2018 or the office's go-live. */
static void
test_spec_start(void **state)
{
	int32_t		f = 0,
				n = 0;

	(void) state;
	assert_int_equal(ttg_mcs_spec_start(), D(2018, 10, 1));
	/* ISP 10 Jun 2018 to 31 Jan 2019, full: Oct, Nov, Dec 2018, Jan 2019. */
	assert_int_equal(ttg_mcs_month_span_from(D(2018, 6, 10), D(2019, 1, 31), TTG_PARTIAL_FULL,
											 false, 0, &f, &n), TTG_OK);
	assert_int_equal(f, D(2018, 10, 1));
	assert_int_equal(n, 4);
	/* Office live from 1 Nov 2018: Nov, Dec, Jan. */
	assert_int_equal(ttg_mcs_month_span_from(D(2018, 6, 10), D(2019, 1, 31), TTG_PARTIAL_FULL,
											 true, D(2018, 11, 1), &f, &n), TTG_OK);
	assert_int_equal(f, D(2018, 11, 1));
	assert_int_equal(n, 3);
	/* Live from 14 Nov: full months from December (2); any months from November (3). */
	ttg_mcs_month_span_from(D(2018, 6, 10), D(2019, 1, 31), TTG_PARTIAL_FULL, true, D(2018, 11, 14), &f, &n);
	assert_int_equal(f, D(2018, 12, 1));
	assert_int_equal(n, 2);
	ttg_mcs_month_span_from(D(2018, 6, 10), D(2019, 1, 31), TTG_PARTIAL_ANY, true, D(2018, 11, 14), &f, &n);
	assert_int_equal(f, D(2018, 11, 1));
	assert_int_equal(n, 3);
	/* A later ISP is not moved: ISP 1 Mar 2019, go-live Nov 2018: from March. */
	ttg_mcs_month_span_from(D(2019, 3, 1), D(2019, 4, 30), TTG_PARTIAL_FULL, true, D(2018, 11, 1), &f, &n);
	assert_int_equal(f, D(2019, 3, 1));
	assert_int_equal(n, 2);
	/* Whole case before the start: none. */
	ttg_mcs_month_span_from(D(2017, 1, 1), D(2018, 9, 30), TTG_PARTIAL_ANY, false, 0, &f, &n);
	assert_int_equal(n, 0);
	assert_int_equal(ttg_mcs_month_span_from(D(2019, 3, 1), D(2019, 4, 30), TTG_PARTIAL_FULL, true,
											 TTG_MAX_DAY + 1, &f, &n), TTG_ERR_RANGE);
}

/* Transfers: a case held by team 0 to Wed 10 Jun 2026, team 1 from Thu 11 Jun (June has 30 days). */
static void
test_attribution(void **state)
{
	TtgPeriod	p[3] = {{D(2026, 1, 5), D(2026, 6, 10)}, {D(2026, 6, 11), TTG_OPEN_END}, {0, 0}};
	int			out[3];
	int			k;
	TtgAttribution a = TTG_ATTR_MONTH_END;
	int			id = -1;

	(void) state;
	/* June: team 0 holds 10 days, team 1 holds 20. */
	assert_int_equal(ttg_mcs_attribute(p, 2, D(2026, 6, 1), TTG_ATTR_MONTH_END, out), 1);
	assert_int_equal(out[0], 1);
	assert_int_equal(ttg_mcs_attribute(p, 2, D(2026, 6, 1), TTG_ATTR_BY_DAYS, out), 1);
	assert_int_equal(out[0], 1);
	k = ttg_mcs_attribute(p, 2, D(2026, 6, 1), TTG_ATTR_BOTH, out);
	assert_int_equal(k, 2);
	assert_int_equal(out[0], 0);
	assert_int_equal(out[1], 1);
	/* Transfer on Sun 21 Jun instead: team 0 20 days (1-20), team 1 10 days. */
	p[0].to = D(2026, 6, 20);
	p[1].from = D(2026, 6, 21);
	ttg_mcs_attribute(p, 2, D(2026, 6, 1), TTG_ATTR_MONTH_END, out);
	assert_int_equal(out[0], 1);
	ttg_mcs_attribute(p, 2, D(2026, 6, 1), TTG_ATTR_BY_DAYS, out);
	assert_int_equal(out[0], 0);
	/* 15/15 tie: the later team. */
	p[0].to = D(2026, 6, 15);
	p[1].from = D(2026, 6, 16);
	ttg_mcs_attribute(p, 2, D(2026, 6, 1), TTG_ATTR_BY_DAYS, out);
	assert_int_equal(out[0], 1);
	/* May: team 0 only; before January: nobody. */
	assert_int_equal(ttg_mcs_attribute(p, 2, D(2026, 5, 1), TTG_ATTR_BOTH, out), 1);
	assert_int_equal(out[0], 0);
	assert_int_equal(ttg_mcs_attribute(p, 2, D(2025, 12, 1), TTG_ATTR_MONTH_END, out), 0);
	/* A gap: team 0 to 10 Jun, nobody 11-19, team 2 from 20 Jun; month_end: team 2. */
	p[0].to = D(2026, 6, 10);
	p[1].from = D(2026, 6, 20);
	ttg_mcs_attribute(p, 2, D(2026, 6, 1), TTG_ATTR_MONTH_END, out);
	assert_int_equal(out[0], 1);
	/* Ended case: team 0 to 10 Jun only; month_end reads the last day held. */
	assert_int_equal(ttg_mcs_attribute(p, 1, D(2026, 6, 1), TTG_ATTR_MONTH_END, out), 1);
	assert_int_equal(out[0], 0);
	assert_true(ttg_vocab_lookup(&ttg_mcs_attribution_vocab, "By days", 7, &id));
	a = (TtgAttribution) id;
	assert_int_equal(a, TTG_ATTR_BY_DAYS);
}

/* Dated requirements and pauses. */
static void
test_history(void **state)
{
	TtgPeriod	rp[2] = {{D(2026, 1, 5), D(2026, 4, 4)}, {D(2026, 1, 5), TTG_OPEN_END}};
	uint32_t	rq[2] = {1u << TTG_REQ_RAR, 1u << TTG_REQ_UNPAID_WORK};
	TtgPeriod	pp[3] = {{D(2026, 2, 14), D(2026, 3, 20)}, {D(2026, 3, 21), D(2026, 4, 2)},
	{D(2026, 6, 1), D(2026, 6, 30)}};
	TtgPauseKind pk[3] = {TTG_PAUSE_CUSTODY, TTG_PAUSE_WARRANT, TTG_PAUSE_SUSPENDED};
	TtgPauseRule rules[TTG_PAUSE_NKINDS] = {TTG_PAUSE_WHOLE_MONTH, TTG_PAUSE_WHOLE_MONTH, TTG_PAUSE_WHOLE_MONTH};

	(void) state;
	/* RAR ends Sat 4 Apr: April still has it; May has unpaid work only. */
	assert_int_equal(ttg_mcs_requirements_in_month(rp, rq, 2, D(2026, 4, 1)), rq[0] | rq[1]);
	assert_int_equal(ttg_mcs_requirements_in_month(rp, rq, 2, D(2026, 5, 1)), rq[1]);
	assert_int_equal(ttg_mcs_requirements_in_month(rp, rq, 2, D(2025, 12, 1)), 0);

	/* Custody 14 Feb - 20 Mar, warrant 21 Mar - 2 Apr: March is covered by the two together. */
	assert_false(ttg_mcs_month_paused(pp, pk, 3, D(2026, 2, 1), rules));
	assert_true(ttg_mcs_month_paused(pp, pk, 3, D(2026, 3, 1), rules));
	assert_false(ttg_mcs_month_paused(pp, pk, 3, D(2026, 4, 1), rules));
	assert_true(ttg_mcs_month_paused(pp, pk, 3, D(2026, 6, 1), rules));
	/* Warrants not a pause: March is no longer covered. */
	rules[TTG_PAUSE_WARRANT] = TTG_PAUSE_NONE;
	assert_false(ttg_mcs_month_paused(pp, pk, 3, D(2026, 3, 1), rules));
	/* Custody any day: February and March are out; April (warrant only) stays. */
	rules[TTG_PAUSE_CUSTODY] = TTG_PAUSE_ANY_DAY;
	assert_true(ttg_mcs_month_paused(pp, pk, 3, D(2026, 2, 1), rules));
	assert_true(ttg_mcs_month_paused(pp, pk, 3, D(2026, 3, 1), rules));
	assert_false(ttg_mcs_month_paused(pp, pk, 3, D(2026, 4, 1), rules));
	/* Suspension none: June stays in scope. */
	rules[TTG_PAUSE_SUSPENDED] = TTG_PAUSE_NONE;
	assert_false(ttg_mcs_month_paused(pp, pk, 3, D(2026, 6, 1), rules));
	/* A 31-day month wholly covered by an open pause. */
	pp[2].to = TTG_OPEN_END;
	rules[TTG_PAUSE_SUSPENDED] = TTG_PAUSE_WHOLE_MONTH;
	assert_true(ttg_mcs_month_paused(pp, pk, 3, D(2026, 7, 1), rules));
	/* Leap February (29 days) covered from the 1st to the 29th. */
	pp[0].from = D(2028, 2, 1);
	pp[0].to = D(2028, 2, 29);
	assert_true(ttg_mcs_month_paused(pp, pk, 1, D(2028, 2, 1), rules));
	pp[0].to = D(2028, 2, 28);
	rules[TTG_PAUSE_CUSTODY] = TTG_PAUSE_WHOLE_MONTH;
	assert_false(ttg_mcs_month_paused(pp, pk, 1, D(2028, 2, 1), rules));
}

/* Tier and ROSH words as the model stores them: one case rule, canonical words. */
static void
test_risk_words(void **state)
{
	int			id = -1;

	(void) state;
	assert_true(ttg_vocab_lookup(&ttg_tier_vocab, "B2", 2, &id));
	assert_string_equal(ttg_vocab_word(&ttg_tier_vocab, id), "b2");
	assert_true(ttg_vocab_lookup(&ttg_tier_vocab, " d0 ", 4, &id));
	assert_string_equal(ttg_vocab_word(&ttg_tier_vocab, id), "d0");
	assert_false(ttg_vocab_lookup(&ttg_tier_vocab, "E1", 2, &id));
	assert_false(ttg_vocab_lookup(&ttg_tier_vocab, "UB2", 3, &id));	/* nDelius code: ttg.tier_code maps it */
	assert_true(ttg_vocab_lookup(&ttg_rosh_vocab, "Very High", 9, &id));
	assert_string_equal(ttg_vocab_word(&ttg_rosh_vocab, id), "very_high");
	assert_true(ttg_vocab_lookup(&ttg_rosh_vocab, "very-high", 9, &id));
	assert_int_equal(id, 3);
	assert_true(ttg_vocab_lookup(&ttg_rosh_vocab, "LOW", 3, &id));
	assert_int_equal(id, 0);
	assert_false(ttg_vocab_lookup(&ttg_rosh_vocab, "RHRH", 4, &id));
	assert_false(ttg_vocab_lookup(&ttg_rosh_vocab, "not recorded", 12, &id));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_risk_words),
		cmocka_unit_test(test_contact_types_and_words),
		cmocka_unit_test(test_contact_failure),
		cmocka_unit_test(test_reoffer),
		cmocka_unit_test(test_tally_arithmetic),
		cmocka_unit_test(test_tally_text),
		cmocka_unit_test(test_month_eval),
		cmocka_unit_test(test_scope),
		cmocka_unit_test(test_month_span),
		cmocka_unit_test(test_band),
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_reoffer_dates),
		cmocka_unit_test(test_spec_start),
		cmocka_unit_test(test_attribution),
		cmocka_unit_test(test_history),
	};

	return cmocka_run_group_tests_name("contact", tests, NULL, NULL);
}
