/*
 * vocab_pg.c: SQL face of the one vocabulary lookup.
 *
 * ttg_vocab_arg for the glue of every domain, and ttg.vocab_key(text), the
 * case rule as an SQL function, which the reference tables' keys and the
 * code lookups use so that SQL and C match words the same way.
 */
#include "postgres.h"
#include "fmgr.h"
#include "utils/builtins.h"

#include "vocab_pg.h"

void
ttg_vocab_report(const TtgVocab *v, const char *value, const char *extra)
{
	char		hint[1024];

	ttg_vocab_hint(v, hint, sizeof hint);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid %s: \"%s\"", v->what, value),
			 errhint("Accepted values: %s%s%s.", hint, extra ? " " : "", extra ? extra : "")));
	pg_unreachable();
}

int
ttg_vocab_arg(const TtgVocab *v, text *t, const char *extra)
{
	int			id = -1;

	if (!ttg_vocab_lookup(v, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &id))
		ttg_vocab_report(v, text_to_cstring(t), extra);
	return id;
}

/* ttg.vocab_key(value): the value under the case rule; NULL when longer than 63 bytes trimmed. */
PG_FUNCTION_INFO_V1(ttg_pg_vocab_key);
Datum
ttg_pg_vocab_key(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	char		key[TTG_VOCAB_KEY_MAX + 1];
	int			n = ttg_vocab_key(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), key);

	if (n < 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text_with_len(key, n));
}
