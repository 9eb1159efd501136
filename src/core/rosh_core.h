/*
 * rosh_core.h: Risk of Serious Harm levels, one type and one vocabulary for
 * every function that takes a ROSH level (offender management scope R-OM-1,
 * Unpaid Work placement matching).
 *
 * Pure C99. Words by the one case rule of vocab_core.h: 'Very High',
 * 'very-high' and ' VERY_HIGH ' are all very_high.
 */
#ifndef TTG_ROSH_CORE_H
#define TTG_ROSH_CORE_H

#include "vocab_core.h"

typedef enum TtgRosh
{
	TTG_ROSH_LOW = 0,
	TTG_ROSH_MEDIUM,
	TTG_ROSH_HIGH,
	TTG_ROSH_VERY_HIGH,
	TTG_ROSH_MISSING			/* SQL NULL: not assessed */
} TtgRosh;

/* low, medium, high, very_high: ids are TtgRosh values. */
extern const TtgVocab ttg_rosh_vocab;

#endif
