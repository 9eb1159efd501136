/*
 * ttg_pg.h: helpers shared by the fmgr glue of every domain.
 */
#ifndef TTG_PG_H
#define TTG_PG_H

#include "postgres.h"
#include "fmgr.h"
#include "utils/date.h"

#include "../core/calendar_core.h"
#include "../core/csv_core.h"

/* Text form of a date, for messages. */
char	   *ttg_date_str(DateADT d);

/* Raise 22008 unless d lies in the supported range; `what` names the argument. */
void		ttg_check_date_range(DateADT d, const char *what);

/* Turn a calendar status into the right error (22008 for range). */
void		ttg_report_calendar_status(TtgStatus st, DateADT d, const char *what);

/*
 * The calendar named by a text argument: the national calendar plus that
 * local calendar's closures, cached per backend (calendar_local_pg.c).
 * Unknown names raise 22023.
 */
const TtgCalendar *ttg_local_calendar(FunctionCallInfo fcinfo, text *name);

/* Raise 22023 for an unknown word, listing the accepted ones in the hint. */
void		ttg_report_bad_word(const char *what, const char *value, const char *accepted) pg_attribute_noreturn();

/*
 * The blessed result descriptor of a function returning a record, looked up
 * once per call site and kept in fn_extra (which the caller must not use).
 */
TupleDesc	ttg_result_desc(FunctionCallInfo fcinfo, const char *fname);

/*
 * Raise 22023 unless a prepared query-text argument is one read-only query:
 * a plain SELECT, with no data-modifying WITH, no INSERT, UPDATE, DELETE or
 * MERGE, no FOR UPDATE. argname names the argument in the message.
 */
struct _SPI_plan;
void		ttg_require_read_only_query(struct _SPI_plan *plan, const char *argname);

/*
 * Around the planning of a large query ttg composes itself: no LLVM optimisation
 * or inlining by the JIT. Those passes run uninterruptibly (about a second for the
 * MCS evaluation over two million contacts), which would hold a cancel or a
 * statement_timeout that long; expression compilation alone stays (tens of ms).
 * Returns the GUC nest level to hand to ttg_jit_restore once the plan is made.
 */
int			ttg_jit_unoptimised(void);
void		ttg_jit_restore(int nest_level);

/* libcsv memory from palloc, so an error thrown mid-parse leaks nothing. */
extern const TtgCsvAlloc ttg_csv_palloc;

#endif
