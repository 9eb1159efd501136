/*
 * match_core.h: Unpaid Work placement matching.
 *
 * Pure parts, no printing:
 *  - the hard rules for one person and one placement (R-UPW-1, R-UPW-7, ROSH,
 *    days in common, capacity), giving the first rule that blocks;
 *  - arc building: from the rows of people, placements and routed times to
 *    the allowed arcs, each pair tested once by those rules and costed
 *    (R-UPW-6, R-UPW-8), with the reason each person may end unplaced;
 *  - an optimal solver: place as many people as possible, then least total
 *    cost, under placement capacities, and one answer per person.
 *
 * The solver is a min-cost flow solved by successive shortest paths with
 * node potentials and Dijkstra on a binary heap, one person at a time (the
 * Hungarian/Jonker-Volgenant order), with an "unplaced" column of unlimited
 * capacity whose cost exceeds any possible saving, so that the most people
 * are placed first. ttg_match_solve takes every byte of memory from the
 * caller; arc building and ttg_match_assign allocate through TtgMatchHooks
 * (palloc in the glue, malloc in the tests).
 */
#ifndef TTG_MATCH_CORE_H
#define TTG_MATCH_CORE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#include "rosh_core.h"
#include "travel_core.h"

/* ---- rules ---------------------------------------------------------------- */

/* Travel limit each way, R-UPW-1: the travel core's. */
#define TTG_MATCH_LIMIT_MINUTES TTG_TRAVEL_LIMIT_MINUTES

typedef enum TtgSex
{
	TTG_SEX_UNKNOWN = 0,		/* NULL: not known to be female */
	TTG_SEX_FEMALE,
	TTG_SEX_MALE,
	TTG_SEX_OTHER,
	TTG_SEX_NOT_SPECIFIED,		/* recorded as not specified: read as NULL (not known to be female) */
	TTG_SEX_NOT_KNOWN			/* recorded as not known: read as NULL */
} TtgSex;

typedef enum TtgEnvironment
{
	TTG_ENV_ALL_MALE = 0,
	TTG_ENV_MIXED,
	TTG_ENV_FEMALE_ONLY,
	TTG_ENV_INDIVIDUAL
} TtgEnvironment;

/* Day masks: Monday = 1, Tuesday = 2, ... Sunday = 64. */
#define TTG_ALL_DAYS 127

typedef struct TtgMatchPerson
{
	TtgSex		sex;
	bool		avoid_all_male;
	bool		ete_eligible;
	TtgRosh		rosh;
	int32_t		days;			/* 0..127; TTG_ALL_DAYS when NULL */
} TtgMatchPerson;

typedef struct TtgMatchPlace
{
	int32_t		capacity;		/* >= 0 */
	TtgEnvironment env;
	bool		provides_ete;
	bool		accepts_high_rosh;
	int32_t		days;			/* 0..127; TTG_ALL_DAYS when NULL */
} TtgMatchPlace;

/*
 * The documented values of columns given as NULL, one place for both SQL
 * faces: sex not known (so not female, R-UPW-7), no choice not to work in
 * an all-male group, not ETE-eligible, ROSH high (unassessed risk is not
 * assumed low), every day; a placement providing no ETE, not accepting
 * high ROSH, every day, and capacity 1 (not checked: the queries require it).
 */
void		ttg_match_person_init(TtgMatchPerson *p);
void		ttg_match_place_init(TtgMatchPlace *q);

/* Why a pair is not allowed, in the order the rules are checked. */
typedef enum TtgMatchRule
{
	TTG_RULE_NONE = 0,			/* allowed */
	TTG_RULE_TRAVEL,			/* R-UPW-1: over 90 minutes each way */
	TTG_RULE_ALL_MALE,			/* R-UPW-7: asked not to work in an all-male group */
	TTG_RULE_FEMALE_ONLY,		/* R-UPW-7: female-only placement, person not female */
	TTG_RULE_ROSH,				/* high or very high ROSH, placement does not accept */
	TTG_RULE_DAYS,				/* no day in common */
	TTG_RULE_CAPACITY			/* the placement has capacity 0 */
} TtgMatchRule;

/* Stable text names of the rules (the SQL face returns these). */
const char *ttg_match_rule_name(TtgMatchRule r);

/*
 * Parse words by the one case rule (vocab_core.h; ROSH is rosh_core.h's
 * vocabulary); false when the word is not accepted.
 */
bool		ttg_match_parse_sex(const char *s, size_t len, TtgSex *out);
bool		ttg_match_parse_rosh(const char *s, size_t len, TtgRosh *out);
bool		ttg_match_parse_environment(const char *s, size_t len, TtgEnvironment *out);

extern const TtgVocab ttg_sex_vocab;		/* female, male, other, not_specified, not_known */
extern const TtgVocab ttg_environment_vocab;	/* all_male, mixed, female_only, individual */

/* Error hints generated from the vocabularies: the words, then what NULL means. */
const char *ttg_match_words(const TtgVocab *v, const char *extra);

#define TTG_MATCH_SEX_WORDS ttg_match_words(&ttg_sex_vocab, " (or NULL)")
#define TTG_MATCH_ROSH_WORDS ttg_match_words(&ttg_rosh_vocab, " (NULL counts as high)")
#define TTG_MATCH_ENV_WORDS ttg_match_words(&ttg_environment_vocab, "")

/* The first rule other than travel that blocks the pair, or TTG_RULE_NONE. */
TtgMatchRule ttg_match_rules(const TtgMatchPerson *p, const TtgMatchPlace *q);

/* Travel first (minutes < 0 means unknown and blocks), then ttg_match_rules. */
TtgMatchRule ttg_match_pair_rule(const TtgMatchPerson *p, const TtgMatchPlace *q, double minutes);

/*
 * Cost of an allowed pair in hundredths of a minute: travel, less the ETE
 * bonus when the person is ETE-eligible and the placement provides ETE
 * (R-UPW-6, R-UPW-8). May be negative.
 */
int64_t		ttg_match_cost(const TtgMatchPerson *p, const TtgMatchPlace *q,
						   int64_t travel_centimin, int64_t bonus_centimin);

/* ---- solver ---------------------------------------------------------------- */

typedef enum TtgMatchStatus
{
	TTG_MATCH_OK = 0,
	TTG_MATCH_ERR_ARG,			/* negative sizes or capacity, arc to no placement */
	TTG_MATCH_ERR_WORKSPACE,	/* workspace too small */
	TTG_MATCH_ERR_OVERFLOW,		/* costs too large for exact 64-bit arithmetic */
	TTG_MATCH_INTERRUPTED,		/* the interrupt callback asked to stop */
	TTG_MATCH_ERR_SIZE,			/* more people and placements than node indices hold */
	TTG_MATCH_ERR_NOMEM,		/* the allocator returned NULL */
	TTG_MATCH_ERR_DUP_PERSON,	/* a person id twice (TtgMatchArcs.dup_id) */
	TTG_MATCH_ERR_DUP_PLACE,	/* a placement id twice (dup_id) */
	TTG_MATCH_ERR_DUP_ROUTE		/* a routed pair twice (dup_id, dup_id2) */
} TtgMatchStatus;

/*
 * The problem: people 0..n_people-1, placements 0..n_places-1, allowed arcs
 * in compressed rows by person (arcs of person i are arc_start[i] ..
 * arc_start[i+1]-1). A placement may appear at most once per person.
 * Results depend only on the order of people and of placements (indices),
 * so a caller that sorts them by id gets the same answer for the same rows.
 */
typedef struct TtgMatchProblem
{
	int32_t		n_people;
	int32_t		n_places;
	const int32_t *capacity;	/* n_places entries, each >= 0 */
	const int32_t *arc_start;	/* n_people + 1 entries */
	const int32_t *arc_place;	/* arc_start[n_people] entries */
	const int64_t *arc_cost;	/* same; |cost| <= TTG_MATCH_MAX_ABS_COST */
	/*
	 * Optional: called after every TTG_MATCH_INTERRUPT_WORK units of work
	 * (heap pops and arcs scanned), so at a bounded interval however large
	 * the problem; non-zero stops the solve.
	 */
	int			(*interrupt) (void *arg);
	void	   *interrupt_arg;
} TtgMatchProblem;

#define TTG_MATCH_MAX_ABS_COST INT64_C(1000000000)

/* Work between interrupt checks: about a millisecond. */
#define TTG_MATCH_INTERRUPT_WORK 65536u

/* Bytes of workspace ttg_match_solve needs (0 if the sizes are out of range). */
size_t		ttg_match_workspace_size(int32_t n_people, int32_t n_places, int32_t n_arcs);

/*
 * Solve. assign[i] receives the placement of person i, or -1 when unplaced.
 * *n_placed and *total_cost (sum of arc costs used) describe the answer:
 * the most people placed, and among those the least total cost. Ties are
 * broken deterministically (people in index order, heap ties by node index).
 */
TtgMatchStatus ttg_match_solve(const TtgMatchProblem *prob, void *workspace, size_t workspace_size,
							   int32_t *assign, int32_t *n_placed, int64_t *total_cost);

/* ---- from rows to arcs, and from arcs to one answer per person --------------- */

/*
 * Memory and interrupts for the parts that size their own output. alloc and
 * grow return NULL on failure (or do not return: palloc raises an error);
 * release frees what they gave. interrupt, when set, is called after every
 * TTG_MATCH_INTERRUPT_WORK units of work; non-zero stops. arg is passed to all.
 */
typedef struct TtgMatchHooks
{
	void	   *(*alloc) (void *arg, size_t size);
	void	   *(*grow) (void *arg, void *p, size_t size);
	void		(*release) (void *arg, void *p);
	int			(*interrupt) (void *arg);
	void	   *arg;
} TtgMatchHooks;

/* One row of the people query, of the placements query, of the routed times. */
typedef struct TtgMatchPersonRow
{
	int64_t		id;
	double		lat,
				lon;			/* valid WGS84 degrees (ttg_latlon_valid) */
	TtgMatchPerson p;
} TtgMatchPersonRow;

typedef struct TtgMatchPlaceRow
{
	int64_t		id;
	double		lat,
				lon;
	TtgMatchPlace q;
} TtgMatchPlaceRow;

typedef struct TtgMatchRoute
{
	int64_t		person_id;
	int64_t		place_id;
	double		minutes;		/* each way, >= 0; NaN: no route (the pair is not a candidate) */
} TtgMatchRoute;

/* Why a person has no placement, or not. */
typedef struct TtgMatchOutcome
{
	bool		any_in_limit;	/* some candidate within the R-UPW-1 limit */
	bool		any_allowed;	/* some candidate passing every rule */
	TtgMatchRule nearest_rule;	/* rule blocking the nearest candidate in the limit */
	int32_t		nearest_place;	/* its index, -1 when none */
	int64_t		nearest_cm;
} TtgMatchOutcome;

/*
 * The allowed arcs, people and placements in id order (indices), arcs of
 * person i from arc_start[i] in placement index order. Costs and travel in
 * hundredths of a minute. Allocated through the hooks; ttg_match_arcs_free.
 */
typedef struct TtgMatchArcs
{
	const TtgMatchPersonRow *people;	/* the caller's arrays, sorted by id */
	const TtgMatchPlaceRow *places;
	int32_t		n_people;
	int32_t		n_places;
	int32_t		n_arcs;
	int32_t    *capacity;		/* n_places */
	int32_t    *arc_start;		/* n_people + 1 */
	int32_t    *arc_place;		/* n_arcs */
	int64_t    *arc_cost;		/* travel less the ETE bonus (R-UPW-6, R-UPW-8) */
	int64_t    *arc_travel;		/* travel */
	TtgMatchOutcome *outcome;	/* n_people */
	int64_t		dup_id,
				dup_id2;		/* the ids of a TTG_MATCH_ERR_DUP_* */
} TtgMatchArcs;

/*
 * Travel in hundredths of a minute. A routed time is rounded to the
 * hundredth (absurd values clamped far above any limit); an estimate to the
 * tenth first, as ttg.estimate_travel_minutes shows it, so the matcher tests
 * and reports the figure a coordinator sees. The estimate returns false when
 * the travel core cannot estimate.
 */
int64_t		ttg_match_routed_centimin(double minutes);
bool		ttg_match_estimate_centimin(double lat1, double lon1, double lat2, double lon2,
										const TtgTravelParams *tp, int64_t *cm);

/*
 * The farthest great-circle distance an estimate under tp can keep within
 * the R-UPW-1 limit, with a margin: the grid's cell size.
 */
double		ttg_match_limit_radius_km(const TtgTravelParams *tp);

/*
 * Sort people and placements by id (in place), refuse duplicate ids, keep
 * the routed pairs naming a known person and placement (a pair twice is
 * refused; the routes array is left as it is), and for every person the candidates
 * (placements the grid finds within reach of an estimate under tp, and the
 * routed pairs, a routed time replacing the estimate), each tested once by
 * ttg_match_pair_rule (R-UPW-1, R-UPW-7, ROSH, days, capacity) and costed by
 * ttg_match_cost with bonus_cm. The interrupt hook is asked every
 * TTG_MATCH_INTERRUPT_WORK candidates. On an error nothing stays allocated.
 */
TtgMatchStatus ttg_match_build_arcs(TtgMatchPersonRow *people, int32_t n_people,
									TtgMatchPlaceRow *places, int32_t n_places,
									TtgMatchRoute *routes, int32_t n_routes,
									const TtgTravelParams *tp, int64_t bonus_cm,
									const TtgMatchHooks *h, TtgMatchArcs *out);

void		ttg_match_arcs_free(TtgMatchArcs *arcs, const TtgMatchHooks *h);

typedef enum TtgMatchReason
{
	TTG_REASON_PLACED = 0,
	TTG_REASON_NOT_IN_LIMIT,	/* no candidate within 90 minutes (R-UPW-1) */
	TTG_REASON_NO_FIT,			/* candidates in the limit, each blocked by a rule */
	TTG_REASON_CAPACITY_TAKEN	/* allowed placements, all full with others */
} TtgMatchReason;

typedef struct TtgMatchResult
{
	int32_t		place;			/* index, or -1 */
	int64_t		travel_cm;		/* of the arc used (0 when unplaced) */
	TtgMatchReason reason;
} TtgMatchResult;

/*
 * The optimal assignment over the arcs (ttg_match_solve, workspace from the
 * hooks) and one result per person.
 */
TtgMatchStatus ttg_match_assign(const TtgMatchArcs *arcs, const TtgMatchHooks *h,
								TtgMatchResult *result, int32_t *n_placed, int64_t *total_cost);

/*
 * The reason column for person i: NULL when placed, else a stable text
 * written to buf ("no_placement_in_travel_limit", "capacity_taken",
 * "no_placement_fits_rules: <rule> (nearest: placement <id>)").
 */
const char *ttg_match_reason_text(const TtgMatchArcs *arcs, int32_t i, const TtgMatchResult *r,
								  char *buf, size_t size);

/* ---- grid over latitude/longitude, to prune pairs before the rules ----------- */

/*
 * Cells of about radius_km a side: every point within radius_km of a query
 * point lies in the 3 x 3 cells around it. Longitudes do not wrap at 180
 * degrees (England and Wales lie far from it).
 */
typedef struct TtgGridEntry
{
	int64_t		key;			/* cell */
	int32_t		item;			/* index of the point */
} TtgGridEntry;

typedef struct TtgGrid
{
	double		cell_lat;		/* degrees per cell */
	double		cell_lon;
	int32_t		n;
	TtgGridEntry *e;			/* n entries by (key, item) */
} TtgGrid;

/* Bytes of workspace for a grid of n points. */
size_t		ttg_grid_workspace_size(int32_t n);

/*
 * Build over n points; max_abs_lat is the largest |latitude| among the
 * points and the queries. False when radius_km is not positive or finite.
 */
bool		ttg_grid_build(TtgGrid *g, const double *lat, const double *lon, int32_t n,
						   double radius_km, double max_abs_lat, void *workspace);

/*
 * Items in the 3 x 3 cells around (lat, lon), written to out (at most cap);
 * returns how many there are (which may exceed cap: call again with more).
 * Items come in ascending order.
 */
int32_t		ttg_grid_near(const TtgGrid *g, double lat, double lon, int32_t *out, int32_t cap);

#endif
