/*
 * contact_core.h: the Minimum Contact Specification (R-MCS-1 to R-MCS-7).
 *
 * Pure C99. The case-month rule lives here once: a contact is classified
 * into a tally (a packed 64-bit counter set), tallies add up (so the rule is
 * a parallel aggregate with a combine step), and a tally is judged met or not
 * with its reason. The SQL aggregate, the evaluator and the reporting views
 * all go through these functions.
 */
#ifndef TTG_CONTACT_CORE_H
#define TTG_CONTACT_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "calendar_core.h"
#include "vocab_core.h"

/* Why a contact is not a valid case-manager contact, in the order checked (R-MCS-2, R-MCS-3). */
typedef enum TtgMcsFailure
{
	TTG_MCS_VALID = 0,
	TTG_MCS_NOT_CASE_MANAGER_CONTACT,	/* R-MCS-2 */
	TTG_MCS_NO_WRITTEN_NOTICE,	/* R-MCS-3(a) */
	TTG_MCS_CANCELLED_BY_CASE_MANAGER,	/* R-MCS-3(b) */
	TTG_MCS_REARRANGED_BY_CASE_MANAGER, /* R-MCS-3(b) */
	TTG_MCS_AVAILABLE_UNDER_30_MINUTES, /* R-MCS-3(c) */
	TTG_MCS_SHARED_WITH_OTHER_ACTIVITY, /* R-MCS-3(d) */
	TTG_MCS_NFAILURE			/* count, including VALID */
} TtgMcsFailure;

/* The word for a failure (NULL for TTG_MCS_VALID). */
const char *ttg_mcs_failure_word(TtgMcsFailure f);

/* Canonical outcome words; TTG_OUT_NONE is "not yet recorded" (SQL NULL). */
typedef enum TtgMcsOutcome
{
	TTG_OUT_NONE = 0,
	TTG_OUT_ATTENDED,
	TTG_OUT_FAILED_TO_ATTEND,
	TTG_OUT_ACCEPTABLE_ABSENCE,
	TTG_OUT_CANCELLED_BY_CASE_MANAGER,
	TTG_OUT_REARRANGED_BY_CASE_MANAGER,
	TTG_OUT_REARRANGED_BY_SERVICE_USER,
	TTG_OUT_SENT_HOME_SERVICE_ISSUES,	/* attended, sent home because of service issues */
	TTG_OUT_COUNT
} TtgMcsOutcome;

/*
 * The vocabularies of this file, read through the one lookup (vocab_core.h):
 * matched after trimming, case-insensitively, spaces, hyphens and slashes as
 * underscores.
 */
extern const TtgVocab ttg_mcs_outcome_vocab;
extern const TtgVocab ttg_mcs_requirement_vocab;
extern const TtgVocab ttg_mcs_reoffer_rule_vocab;
extern const TtgVocab ttg_mcs_partial_vocab;
extern const TtgVocab ttg_mcs_case_manager_type_vocab;

/* Parse an outcome word of len bytes. */
bool		ttg_mcs_parse_outcome(const char *s, size_t len, TtgMcsOutcome *out);
const char *ttg_mcs_outcome_word(TtgMcsOutcome o);

/* R-MCS-2: COAP, COAI or CHVS (nDelius codes, under the one case rule). */
bool		ttg_mcs_is_case_manager_type(const char *s, size_t len);

/*
 * One contact. Microsecond timestamps (PostgreSQL's Timestamp); has_* false
 * means the value was not recorded (SQL NULL).
 */
typedef struct TtgMcsContact
{
	bool		case_manager_type;
	int64_t		appointment_at;
	bool		has_notice;
	int64_t		notified_at;
	TtgMcsOutcome outcome;
	bool		has_minutes;
	int32_t		available_minutes;
	bool		has_other_activity;
	bool		other_activity;
} TtgMcsContact;

/* Minutes the case manager must be available (R-MCS-3(c)). */
#define TTG_MCS_MIN_AVAILABLE_MINUTES 30

/*
 * Readings a practitioner may question, as settings (defaults by
 * ttg_mcs_rules_default, each documented with its reason in the README).
 */
typedef enum TtgSentHome
{
	TTG_SENT_HOME_NOT_COUNTED = 0,	/* default: the service did not hold the contact, as a cancellation */
	TTG_SENT_HOME_ABSENCE,		/* an acceptable absence: counts when re-offered in time */
	TTG_SENT_HOME_ATTENDED		/* counts as attended */
} TtgSentHome;

extern const TtgVocab ttg_mcs_sent_home_vocab;

typedef struct TtgMcsRules
{
	int32_t		notice_lead_minutes;	/* R-MCS-3(a): notice at least this long before; 0: any time before */
	TtgSentHome sent_home;		/* how sent_home_service_issues counts */
	bool		em_with_curfew_exempt;	/* R-MCS-5: electronic monitoring of an exempt curfew is exempt */
} TtgMcsRules;

/* notice 0 minutes, sent home not counted, electronic monitoring with a curfew exempt. */
void		ttg_mcs_rules_default(TtgMcsRules *r);

/* The first failing condition, or TTG_MCS_VALID (default rules). */
TtgMcsFailure ttg_mcs_contact_failure(const TtgMcsContact *c);
/* The same under the given rules. */
TtgMcsFailure ttg_mcs_contact_failure_r(const TtgMcsContact *c, const TtgMcsRules *r);

/* A valid contact with this outcome counts only when re-offered in time (R-MCS-4). */
bool		ttg_mcs_needs_reoffer(TtgMcsOutcome o, const TtgMcsRules *r);

/* R-MCS-4: the two readings of "a further appointment offered within 5 business days". */
typedef enum TtgReofferRule
{
	TTG_REOFFER_OFFER = 0,		/* the offer is made within 5 business days */
	TTG_REOFFER_APPOINTMENT		/* the further appointment falls within 5 business days */
} TtgReofferRule;

#define TTG_MCS_REOFFER_DAYS 5

bool		ttg_mcs_parse_reoffer_rule(const char *s, size_t len, TtgReofferRule *out);

/*
 * R-MCS-4. 'offer': missed <= offered <= missed + 5 business days.
 * 'appointment': missed <= appointment <= missed + 5 business days.
 * A date not given (has_* false) means no further offer: *ok = false.
 * TTG_ERR_RANGE when missed is outside the calendar's range.
 */
TtgStatus	ttg_mcs_reoffer_ok(const TtgCalendar *cal, int32_t missed,
							   bool has_offered, int32_t offered,
							   bool has_appointment, int32_t appointment,
							   TtgReofferRule rule, bool *ok);

/*
 * A tally: nine 7-bit saturating counters packed in 64 bits, one per way a
 * contact can land in a case-month (so a by-value aggregate state).
 */
typedef uint64_t TtgMcsTally;

typedef enum TtgTallyField
{
	TTG_TALLY_COUNTED = 0,		/* valid and attended, or missed and re-offered */
	TTG_TALLY_MISSED,			/* valid, missed, no re-offer in time */
	TTG_TALLY_UNATTENDED,		/* valid, outcome not recorded or rearranged by the service user */
	TTG_TALLY_FAIL_FIRST,		/* + (failure - 1): invalid contacts by failure */
	TTG_TALLY_NFIELDS = TTG_TALLY_FAIL_FIRST + TTG_MCS_NFAILURE - 1
} TtgTallyField;

#define TTG_TALLY_BITS 7
#define TTG_TALLY_MAX 127

unsigned	ttg_tally_get(TtgMcsTally t, int field);
TtgMcsTally ttg_tally_add(TtgMcsTally t, int field, unsigned n);
TtgMcsTally ttg_tally_combine(TtgMcsTally a, TtgMcsTally b);
const char *ttg_tally_field_name(int field);

/* Field a contact lands in: its failure, else by outcome and re-offer (default rules). */
int			ttg_mcs_tally_field(TtgMcsFailure f, TtgMcsOutcome o, bool reoffer_ok);
int			ttg_mcs_tally_field_r(TtgMcsFailure f, TtgMcsOutcome o, bool reoffer_ok,
								  const TtgMcsRules *r);

/*
 * R-MCS-4: where the further offer's dates come from. The record's own
 * columns when either is filled; otherwise the next case-manager contact of
 * the case (its notice date as the offer, its appointment date), when there
 * is one. Days; has_* false: not known.
 */
typedef struct TtgReofferDates
{
	bool		has_offered;
	int32_t		offered;
	bool		has_appointment;
	int32_t		appointment;
} TtgReofferDates;

TtgReofferDates ttg_mcs_reoffer_dates(TtgReofferDates record, bool has_next,
									  TtgReofferDates next);

/* Derived counts. */
unsigned	ttg_tally_valid(TtgMcsTally t);
unsigned	ttg_tally_contacts(TtgMcsTally t);

/*
 * Text form "{counted=2,not_case_manager_contact=3}": nonzero fields in field
 * order; "{}" when empty. Returns the length written (buf of at least
 * TTG_TALLY_TEXT_MAX bytes).
 */
#define TTG_TALLY_TEXT_MAX 400
size_t		ttg_tally_format(TtgMcsTally t, char *buf);

/* Parse the text form (any order, each field at most once, values 0..127). */
bool		ttg_tally_parse(const char *s, size_t len, TtgMcsTally *out);

/* Why a case-month is not met (R-MCS-1). */
typedef enum TtgMcsReason
{
	TTG_REASON_MET = 0,
	TTG_REASON_NO_CONTACT,		/* no contact at all in the month */
	TTG_REASON_NO_VALID_CONTACT,	/* contacts, none valid */
	TTG_REASON_MISSED_WITHOUT_REOFFER,	/* valid ones missed, none re-offered */
	TTG_REASON_NO_ATTENDED_CONTACT	/* valid ones, none attended or missed */
} TtgMcsReason;

const char *ttg_mcs_reason_word(TtgMcsReason r);

/* One case-month judged (R-MCS-1, R-MCS-6). */
typedef struct TtgMcsMonth
{
	bool		mcs_met;
	bool		brag_met;
	unsigned	contacts;
	unsigned	valid;
	unsigned	counted;
	TtgMcsReason reason;
	TtgMcsFailure commonest_failure;	/* among invalid contacts; VALID when none */
} TtgMcsMonth;

#define TTG_MCS_BRAG_MAX TTG_TALLY_MAX

/* R-MCS-6: BRAG statuses named in [002] (Red, Red/Amber, Amber, Green) and Blue. */
typedef enum TtgBrag
{
	TTG_BRAG_RED = 0,
	TTG_BRAG_RED_AMBER,
	TTG_BRAG_AMBER,
	TTG_BRAG_GREEN,
	TTG_BRAG_BLUE
} TtgBrag;

extern const TtgVocab ttg_mcs_brag_vocab;

/* nDelius tiers: A3 (highest) to D0, and the bare letters A to D. */
extern const TtgVocab ttg_tier_vocab;

/* ROSH levels: low, medium, high, very_high (R-OM-1). */
extern const TtgVocab ttg_rosh_vocab;

/* Judge a tally; brag_frequency in 1..TTG_MCS_BRAG_MAX. */
void		ttg_mcs_month_eval(TtgMcsTally t, int brag_frequency, TtgMcsMonth *out);

/* R-MCS-5: Community Order requirements, as bits. */
typedef enum TtgRequirement
{
	TTG_REQ_UNPAID_WORK = 0,
	TTG_REQ_RAR,
	TTG_REQ_ACCREDITED_PROGRAMME,
	TTG_REQ_PROHIBITED_ACTIVITY,
	TTG_REQ_CURFEW,
	TTG_REQ_EXCLUSION,
	TTG_REQ_RESIDENCE,
	TTG_REQ_FOREIGN_TRAVEL_PROHIBITION,
	TTG_REQ_MENTAL_HEALTH_TREATMENT,
	TTG_REQ_DRUG_REHABILITATION,
	TTG_REQ_ALCOHOL_TREATMENT,
	TTG_REQ_ALCOHOL_ABSTINENCE,
	TTG_REQ_ATTENDANCE_CENTRE,
	TTG_REQ_ELECTRONIC_MONITORING,
	TTG_REQ_COUNT
} TtgRequirement;

bool		ttg_mcs_parse_requirement(const char *s, size_t len, TtgRequirement *out);

/* False only when the order has requirements and every one is exempt (default rules). */
bool		ttg_mcs_in_scope(uint32_t requirements, uint32_t exempt);
/* The same, with electronic monitoring exempt alongside an exempt curfew when the rules say so. */
bool		ttg_mcs_in_scope_r(uint32_t requirements, uint32_t exempt, const TtgMcsRules *r);

/* Which edge months count (R-MCS-1): wholly inside only, or every month touched. */
typedef enum TtgPartial
{
	TTG_PARTIAL_FULL = 0,
	TTG_PARTIAL_ANY
} TtgPartial;

bool		ttg_mcs_parse_partial(const char *s, size_t len, TtgPartial *out);

/*
 * Months a case must be seen in, from ISP completion to scope end inclusive:
 * *first is the 1st of the first month, *count the number of months (0 when
 * none). TTG_ERR_RANGE when a date is outside the supported range.
 */
TtgStatus	ttg_mcs_month_span(int32_t isp, int32_t scope_end, TtgPartial partial,
							   int32_t *first, int32_t *count);

/*
 * Date-effective specification (R-MCS-1, R-MCS-7): the specification applies
 * from 1 October 2018 [002]; an office may record a later go-live date (the
 * front-office roll-out ran office by office from 1 November 2018). No
 * case-month starts before the later of the two.
 */
#define TTG_MCS_SPEC_START_Y 2018
#define TTG_MCS_SPEC_START_M 10
int32_t		ttg_mcs_spec_start(void);

/*
 * As ttg_mcs_month_span, with the rule starting at the latest of the ISP,
 * the specification's start and go_live (has_go_live false: none recorded).
 */
TtgStatus	ttg_mcs_month_span_from(int32_t isp, int32_t scope_end, TtgPartial partial,
									bool has_go_live, int32_t go_live,
									int32_t *first, int32_t *count);

/* ---- case history -------------------------------------------------------- */

/* A dated period, both ends inclusive; to = TTG_OPEN_END while open. */
#define TTG_OPEN_END INT32_MAX
typedef struct TtgPeriod
{
	int32_t		from;
	int32_t		to;
} TtgPeriod;

/* How a month in which a case moved team is attributed. */
typedef enum TtgAttribution
{
	TTG_ATTR_MONTH_END = 0,		/* to the team holding the case on the month's last day held */
	TTG_ATTR_BY_DAYS,			/* to the team holding it most days (ties: the later) */
	TTG_ATTR_BOTH				/* to every team holding it some day of the month */
} TtgAttribution;

extern const TtgVocab ttg_mcs_attribution_vocab;

/*
 * Indices (into p) of the assignment periods the month starting month_first
 * is attributed to, ascending, written to out (room for n); returns how many
 * (0 when none overlaps the month).
 */
int			ttg_mcs_attribute(const TtgPeriod *p, int n, int32_t month_first,
							  TtgAttribution rule, int *out);

/* Requirements (bit per TtgRequirement) active on some day of the month. */
uint32_t	ttg_mcs_requirements_in_month(const TtgPeriod *p, const uint32_t *req, int n,
										  int32_t month_first);

/* Pause kinds and how each takes a month out of scope. */
typedef enum TtgPauseKind
{
	TTG_PAUSE_CUSTODY = 0,
	TTG_PAUSE_WARRANT,
	TTG_PAUSE_SUSPENDED,
	TTG_PAUSE_NKINDS
} TtgPauseKind;

typedef enum TtgPauseRule
{
	TTG_PAUSE_WHOLE_MONTH = 0,	/* out of scope when paused every day of the month */
	TTG_PAUSE_ANY_DAY,			/* out of scope when paused any day of the month */
	TTG_PAUSE_NONE				/* stays in scope */
} TtgPauseRule;

extern const TtgVocab ttg_mcs_pause_kind_vocab;
extern const TtgVocab ttg_mcs_pause_rule_vocab;
/* community_order, suspended_sentence_order, licence, post_sentence_supervision */
extern const TtgVocab ttg_mcs_order_type_vocab;

/*
 * True when pauses take the month out of scope: some pause whose kind's rule
 * is any_day touches it, or the pauses whose rule is not none together cover
 * every day of it.
 */
bool		ttg_mcs_month_paused(const TtgPeriod *p, const TtgPauseKind *kind, int n,
								 int32_t month_first, const TtgPauseRule rules[TTG_PAUSE_NKINDS]);

/* R-MCS-7 bands. */
typedef enum TtgMcsBand
{
	TTG_BAND_NOT_APPLICABLE = 0,	/* before October 2018 */
	TTG_BAND_RAMP_UP,			/* October to December 2018 */
	TTG_BAND_MET,
	TTG_BAND_BELOW_TARGET,
	TTG_BAND_IMPROVEMENT
} TtgMcsBand;

const char *ttg_mcs_band_word(TtgMcsBand b);

/* The band for a month, given whether the rate reaches target and trigger. */
TtgMcsBand	ttg_mcs_band(int32_t month, bool at_least_target, bool at_least_trigger);

#endif
