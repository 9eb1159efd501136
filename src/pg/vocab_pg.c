/*
 * vocab_pg.c: SQL face of the one vocabulary lookup.
 *
 * ttg_vocab_arg for the glue of every domain, and ttg.vocab_key(text), the
 * case rule as an SQL function, which the reference tables' keys and the
 * code lookups use so that SQL and C match words the same way.
 */
#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"
#include "catalog/pg_type.h"
#include "utils/array.h"
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
PG_FUNCTION_INFO_V1(ttg_sql_vocab_key);
Datum
ttg_sql_vocab_key(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	char		key[TTG_VOCAB_KEY_MAX + 1];
	int			n = ttg_vocab_key(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), key);

	if (n < 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text_with_len(key, n));
}

/* ---- named vocabularies, for SQL ------------------------------------------ */

#include "../core/contact_core.h"
#include "../core/match_core.h"
#include "../core/release_core.h"
#include "../core/travel_core.h"
#include "../core/upw_core.h"

/*
 * Every vocabulary SQL can name. To add one: list it here under its name
 * (lower_snake_case); ttg.vocab_word, ttg.vocab_check and ttg.vocab_words
 * then serve it.
 */
static const struct
{
	const char *name;
	const TtgVocab *vocab;
}			named[] = {
	{"contact_outcome", &ttg_mcs_outcome_vocab},
	{"requirement", &ttg_mcs_requirement_vocab},
	{"reoffer_rule", &ttg_mcs_reoffer_rule_vocab},
	{"partial_month", &ttg_mcs_partial_vocab},
	{"sent_home", &ttg_mcs_sent_home_vocab},
	{"attribution", &ttg_mcs_attribution_vocab},
	{"pause_kind", &ttg_mcs_pause_kind_vocab},
	{"pause_rule", &ttg_mcs_pause_rule_vocab},
	{"brag_status", &ttg_mcs_brag_vocab},
	{"tier", &ttg_tier_vocab},
	{"rosh", &ttg_rosh_vocab},
	{"sex", &ttg_sex_vocab},
	{"environment", &ttg_environment_vocab},
	{"prison_type", &ttg_prison_type_vocab},
	{"provider", &ttg_provider_vocab},
	{"omic_era", &ttg_omic_era_vocab},
	{"omic_start", &ttg_omic_basis_vocab},
	{"activity", &ttg_activity_vocab},
	{"travel_mode", &ttg_travel_mode_vocab},
	{"order_type", &ttg_mcs_order_type_vocab},
	{"cancelled_by", &ttg_upw_cancelled_by_vocab},
	{"programme_activity", &ttg_programme_activity_vocab},
};

#define NNAMED ((int) (sizeof(named) / sizeof(named[0])))

static const TtgVocab *
named_vocab(text *name)
{
	static TtgVocabEntry entries[NNAMED];
	static TtgVocab names = {"vocabulary", entries, NNAMED, NNAMED};

	if (entries[0].word == NULL)
		for (int i = 0; i < NNAMED; i++)
		{
			entries[i].word = named[i].name;
			entries[i].id = i;
		}
	return named[ttg_vocab_arg(&names, name, NULL)].vocab;
}

/* ttg.vocab_word(vocabulary, value): the canonical word of value, 22023 when unknown. */
PG_FUNCTION_INFO_V1(ttg_sql_vocab_word);
Datum
ttg_sql_vocab_word(PG_FUNCTION_ARGS)
{
	const TtgVocab *v = named_vocab(PG_GETARG_TEXT_PP(0));
	int			id = ttg_vocab_arg(v, PG_GETARG_TEXT_PP(1), NULL);

	PG_RETURN_TEXT_P(cstring_to_text(ttg_vocab_word(v, id)));
}

/*
 * ttg.vocab_check(vocabulary, value): true when value is a canonical word as
 * stored; otherwise 22023 naming the value (and the canonical form when it
 * only differs by the case rule), so a CHECK or domain using it rejects a
 * row at load with the accepted words in the hint.
 */
PG_FUNCTION_INFO_V1(ttg_sql_vocab_check);
Datum
ttg_sql_vocab_check(PG_FUNCTION_ARGS)
{
	const TtgVocab *v = named_vocab(PG_GETARG_TEXT_PP(0));
	text	   *t = PG_GETARG_TEXT_PP(1);
	int			id = -1;
	const char *w;

	/* The column, when the CHECK names it: "invalid contact outcome in column outcome: ..." */
	const char *col = PG_NARGS() > 2 && !PG_ARGISNULL(2)
		? psprintf(" in column %s", text_to_cstring(PG_GETARG_TEXT_PP(2))) : "";

	if (!ttg_vocab_lookup(v, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &id))
	{
		char		hint[1024];

		ttg_vocab_hint(v, hint, sizeof hint);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s%s: \"%s\"", v->what, col, text_to_cstring(t)),
				 errhint("Accepted values: %s (stored as written; map nDelius codes with ttg.code_word "
						 "or load extracts with ttg.load_ndelius_extract).", hint)));
	}
	w = ttg_vocab_word(v, id);
	if (strlen(w) != VARSIZE_ANY_EXHDR(t) || memcmp(w, VARDATA_ANY(t), strlen(w)) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s%s: \"%s\"", v->what, col, text_to_cstring(t)),
				 errdetail("Stored words are canonical; this one is written \"%s\".", w),
				 errhint("Write \"%s\" (or map the value with ttg.vocab_word).", w)));
	PG_RETURN_BOOL(true);
}

/* ttg.vocab_words(vocabulary): the canonical words, in order. */
PG_FUNCTION_INFO_V1(ttg_sql_vocab_words);
Datum
ttg_sql_vocab_words(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const TtgVocab *v = named_vocab(PG_GETARG_TEXT_PP(0));

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	for (int i = 0; i < v->ncanonical; i++)
	{
		Datum		d = CStringGetTextDatum(v->entries[i].word);
		bool		isnull = false;

		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, &d, &isnull);
	}
	return (Datum) 0;
}

/* ttg.vocab_check(vocabulary, values text[], column_name): every element, as the scalar form. */
PG_FUNCTION_INFO_V1(ttg_sql_vocab_check_array);
Datum
ttg_sql_vocab_check_array(PG_FUNCTION_ARGS)
{
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(1);
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	deconstruct_array(a, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s must not contain NULL", text_to_cstring(PG_GETARG_TEXT_PP(2)))));
		(void) DirectFunctionCall3(ttg_sql_vocab_check, PG_GETARG_DATUM(0), elems[i], PG_GETARG_DATUM(2));
	}
	PG_RETURN_BOOL(true);
}

/*
 * ttg.model_reject(column_name, value, accepted): the error of a failed shape
 * check of the reporting model (ttg.model_check), raised from C so that it
 * carries no function context of its own: under COPY the only context is the
 * line. 22023 (as a vocabulary check), the column in the error's column field.
 */
PG_FUNCTION_INFO_V1(ttg_sql_model_reject);
Datum
ttg_sql_model_reject(PG_FUNCTION_ARGS)
{
	const char *col = PG_ARGISNULL(0) ? "(unnamed)" : text_to_cstring(PG_GETARG_TEXT_PP(0));
	const char *acc = PG_ARGISNULL(2) ? "see the column's comment" : text_to_cstring(PG_GETARG_TEXT_PP(2));

	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid value in column %s: NULL", col),
				 errhint("Accepted values: %s.", acc),
				 err_generic_string(PG_DIAG_COLUMN_NAME, col)));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid value in column %s: \"%s\"", col, text_to_cstring(PG_GETARG_TEXT_PP(1))),
			 errhint("Accepted values: %s.", acc),
			 err_generic_string(PG_DIAG_COLUMN_NAME, col)));
	PG_RETURN_BOOL(false);
}
