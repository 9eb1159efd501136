/* test_helpers.h: small helpers shared by the cmocka unit tests. */
#ifndef TTG_TEST_HELPERS_H
#define TTG_TEST_HELPERS_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "amount_core.h"
#include "date_core.h"

/* Day number of "YYYY-MM-DD" written as three ints. */
#define D(y, m, d) ttg_day_from_ymd((y), (m), (d))

/*
 * A decimal written as SQL would give it ("90.05", "-0.01",
 * "90.0000000000000000001") as the glue converts it: millionths rounded
 * down, with the remainder flag (amount_core.h).
 */
static inline TtgAmount
AMT(const char *s)
{
	TtgAmount	a = {0, false};
	bool		neg = *s == '-';
	int			frac = -1;

	if (neg)
		s++;
	for (; *s; s++)
	{
		if (*s == '.')
			frac = 0;
		else if (frac < 0 || frac++ < 6)
			a.micros = a.micros * 10 + (*s - '0');
		else if (*s != '0')
			a.beyond = true;
	}
	for (frac = frac < 0 ? 0 : frac; frac < 6; frac++)
		a.micros *= 10;
	if (neg)
		a.micros = -a.micros - (a.beyond ? 1 : 0);
	return a;
}

#endif
