/*
 * contact_pg.h: helpers shared by the contact glue files.
 */
#ifndef TTG_CONTACT_PG_H
#define TTG_CONTACT_PG_H

#include "postgres.h"
#include "fmgr.h"
#include "utils/array.h"

#include "../core/contact_core.h"

/* ttg.mcs_tally is an 8-byte pass-by-value type: the packed word itself. */
#define TtgTallyGetDatum(t) ((Datum) (t))
#define PG_GETARG_TALLY(n) ((TtgMcsTally) PG_GETARG_DATUM(n))

/* Raise 22004 when argument argno is NULL. */
void		ttg_mcs_require_arg(FunctionCallInfo fcinfo, int argno, const char *name);

/* Parse a word or raise 22023 listing the accepted ones. */
TtgMcsOutcome ttg_mcs_outcome_arg(text *t);
TtgReofferRule ttg_mcs_reoffer_rule_arg(text *t);
TtgPartial	ttg_mcs_partial_arg(text *t);
uint32		ttg_mcs_requirements_arg(ArrayType *a, const char *what);

/* A BRAG frequency in 1..127, else 22023. */
int			ttg_mcs_brag_arg(int32 freq);

/*
 * The judged case-month as seven columns: mcs_met, brag_met, contacts,
 * valid_contacts, counted_contacts, reason, failure.
 */
void		ttg_mcs_month_values(TtgMcsTally t, int freq, Datum *values, bool *nulls);

#endif
