/*
 * amount_core.h: exact amounts (minutes, hours, shares) for the rules that
 * count them: travel limit and credit (R-UPW-1, R-UPW-2), even pace
 * (R-UPW-5), the ETE cap (R-UPW-6).
 *
 * Pure C99. An amount is held in millionths, rounded down, with a flag for
 * any remainder: {micros = floor(v * 10^6), beyond = v * 10^6 is not whole}.
 * Every value of six decimals or fewer is held exactly, and any other value
 * is placed strictly between two millionths, which is enough to compare it
 * exactly with a whole limit or cap: 90.0000000000000000001 minutes is
 * {90000000, true}, over the 90-minute limit. Arithmetic on amounts (a sum, a
 * product) uses the millionths and drops the remainder: results are exact
 * for inputs of six decimals or fewer and rounded down beyond.
 *
 * The SQL glue converts numeric to TtgAmount (22023 for NaN or infinity,
 * 22003 beyond int64 millionths) and back (travel_numeric.h).
 */
#ifndef TTG_AMOUNT_CORE_H
#define TTG_AMOUNT_CORE_H

#include <stdbool.h>
#include <stdint.h>

#define TTG_AMOUNT_SCALE 1000000

typedef struct TtgAmount
{
	int64_t		micros;			/* floor(value * 10^6) */
	bool		beyond;			/* value * 10^6 is not whole: value > micros / 10^6 */
} TtgAmount;

/* Why a rule refused its amounts; *bad names the argument (0-based). */
typedef enum TtgAmountStatus
{
	TTG_AMOUNT_OK = 0,
	TTG_AMOUNT_NEGATIVE,		/* below 0 where 0 or more is needed */
	TTG_AMOUNT_NOT_POSITIVE,	/* 0 or below where more than 0 is needed */
	TTG_AMOUNT_NOT_SHARE,		/* a share outside 0..1 */
	TTG_AMOUNT_EXCEEDS,			/* more than another argument allows (hours completed > ordered) */
	TTG_AMOUNT_OVERFLOW,		/* the answer does not fit its type */
	TTG_AMOUNT_DATE_RANGE		/* a date computed by the rule is outside 1978..2099 */
} TtgAmountStatus;

/* n whole units. */
TtgAmount	ttg_amount_whole(int64_t n);

/* v <= n for a whole n, exactly. */
bool		ttg_amount_le_whole(TtgAmount v, int64_t n);

/*
 * -1, 0 or 1 as a < b, a = b, a > b: exact except that two amounts with the
 * same millionths and both a remainder compare equal.
 */
int			ttg_amount_cmp(TtgAmount a, TtgAmount b);

/* a + b in millionths (remainders dropped); false on int64 overflow. */
bool		ttg_amount_add(TtgAmount a, TtgAmount b, TtgAmount *out);

/*
 * a * b >= c * d for a, b, c, d >= 0, exactly (128-bit products built from
 * 32-bit halves, so that no range check is needed).
 */
bool		ttg_mul_ge(uint64_t a, uint64_t b, uint64_t c, uint64_t d);

#endif
