/*
 * vocab_pg.h: the SQL face of the one vocabulary lookup (src/core/vocab_core.h).
 */
#ifndef TTG_VOCAB_PG_H
#define TTG_VOCAB_PG_H

#include "postgres.h"

#include "../core/vocab_core.h"

/*
 * The id of t in v, or 22023 "invalid <what>: "<value>"" with the hint
 * "Accepted values: <canonical words>[ <extra>]." (extra may be NULL).
 */
int			ttg_vocab_arg(const TtgVocab *v, text *t, const char *extra);

/* The same error for a C string (a value read from a file or a query). */
void		ttg_vocab_report(const TtgVocab *v, const char *value, const char *extra) pg_attribute_noreturn();

#endif
