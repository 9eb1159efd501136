/*
 * rosh_core.c: the ROSH vocabulary; see rosh_core.h.
 */
#include "rosh_core.h"

static const TtgVocabEntry rosh_entries[] = {
	{"low", TTG_ROSH_LOW},
	{"medium", TTG_ROSH_MEDIUM},
	{"high", TTG_ROSH_HIGH},
	{"very_high", TTG_ROSH_VERY_HIGH},
};
const TtgVocab ttg_rosh_vocab = TTG_VOCAB("ROSH level", rosh_entries);
