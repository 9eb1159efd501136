/* test_helpers.h: small helpers shared by the cmocka unit tests. */
#ifndef TTG_TEST_HELPERS_H
#define TTG_TEST_HELPERS_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "date_core.h"

/* Day number of "YYYY-MM-DD" written as three ints. */
#define D(y, m, d) ttg_day_from_ymd((y), (m), (d))

#endif
