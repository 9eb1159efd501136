/*
 * A deliberate stack overflow and signed overflow, built with the same sanitizer
 * flags as ttg and loaded into the same server by asan_check.sh, to show that the
 * setup reports what it should (a run that finds nothing is only worth something
 * if these are found). Never installed.
 */
#include "postgres.h"
#include "fmgr.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(ttg_asan_canary_stack);
/* UBSan's object-size check would see this one first: leave it to ASan. */
__attribute__((no_sanitize_undefined))
Datum
ttg_asan_canary_stack(PG_FUNCTION_ARGS)
{
	volatile int a[4] = {1, 2, 3, 4};
	volatile int *p = a;
	int32 i = PG_GETARG_INT32(0);

	PG_RETURN_INT32(p[i]);
}

PG_FUNCTION_INFO_V1(ttg_asan_canary_ubsan);
Datum
ttg_asan_canary_ubsan(PG_FUNCTION_ARGS)
{
	int32 i = PG_GETARG_INT32(0);

	PG_RETURN_INT32(i + 2147483640);
}
