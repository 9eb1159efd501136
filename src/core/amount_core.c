/*
 * amount_core.c: exact amounts in millionths; see amount_core.h.
 */
#include "amount_core.h"

TtgAmount
ttg_amount_whole(int64_t n)
{
	TtgAmount	a = {n * TTG_AMOUNT_SCALE, false};

	return a;
}

bool
ttg_amount_le_whole(TtgAmount v, int64_t n)
{
	int64_t		m = n * TTG_AMOUNT_SCALE;

	/* Beyond m by any remainder is over m. */
	return v.micros < m || (v.micros == m && !v.beyond);
}

int
ttg_amount_cmp(TtgAmount a, TtgAmount b)
{
	if (a.micros != b.micros)
		return a.micros < b.micros ? -1 : 1;
	if (a.beyond != b.beyond)
		return a.beyond ? 1 : -1;
	return 0;
}

bool
ttg_amount_add(TtgAmount a, TtgAmount b, TtgAmount *out)
{
	if ((b.micros > 0 && a.micros > INT64_MAX - b.micros) ||
		(b.micros < 0 && a.micros < INT64_MIN - b.micros))
		return false;
	out->micros = a.micros + b.micros;
	out->beyond = false;
	return true;
}

/* x * y as a 128-bit number hi:lo. */
static void
mul128(uint64_t x, uint64_t y, uint64_t *hi, uint64_t *lo)
{
	uint64_t	x0 = x & 0xffffffffu,
				x1 = x >> 32,
				y0 = y & 0xffffffffu,
				y1 = y >> 32;
	uint64_t	p00 = x0 * y0,
				p01 = x0 * y1,
				p10 = x1 * y0,
				p11 = x1 * y1;
	uint64_t	mid = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu);

	*lo = (mid << 32) | (p00 & 0xffffffffu);
	*hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

bool
ttg_mul_ge(uint64_t a, uint64_t b, uint64_t c, uint64_t d)
{
	uint64_t	h1, l1, h2, l2;

	mul128(a, b, &h1, &l1);
	mul128(c, d, &h2, &l2);
	return h1 > h2 || (h1 == h2 && l1 >= l2);
}
