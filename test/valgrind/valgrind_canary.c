/*
 * A deliberate use of uninitialised heap memory, loaded by valgrind_server.sh into the
 * server under valgrind, to show that the setup reports an error in an extension's frame
 * (a run that finds nothing is only worth something if this is found). Never installed.
 */
#include "postgres.h"
#include "fmgr.h"

#include <stdlib.h>

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(ttg_valgrind_canary);
Datum
ttg_valgrind_canary(PG_FUNCTION_ARGS)
{
	int32		n = PG_GETARG_INT32(0);
	volatile int *p = malloc(sizeof(int) * (n + 1));
	int32		r = 0;

	if (p == NULL)
		PG_RETURN_INT32(-1);
	if (p[n] > 0)				/* never written: memcheck reports the branch */
		r = 1;
	free((void *) p);
	PG_RETURN_INT32(r);
}
