/*
 * Sanitizer options compiled into the AddressSanitizer build of ttg.so only
 * (test/scripts/asan_check.sh links this object in). A PostgreSQL backend
 * overwrites its environment block with the process title, so ASAN_OPTIONS and
 * UBSAN_OPTIONS set for the postmaster never reach the runtime when ttg.so loads
 * it in a backend; the runtime asks these functions instead.
 * TTG_SAN_LOG is the directory for the reports (set by the script at build time).
 */
#ifndef TTG_SAN_LOG
#define TTG_SAN_LOG "/tmp"
#endif

const char *__asan_default_options(void);
const char *__ubsan_default_options(void);

const char *
__asan_default_options(void)
{
	/* The runtime arrives with ttg.so (dlopen), not first in the library list. */
	return "verify_asan_link_order=0:detect_leaks=0:detect_stack_use_after_return=0:"
		"abort_on_error=0:log_path=" TTG_SAN_LOG "/asan";
}

const char *
__ubsan_default_options(void)
{
	return "print_stacktrace=1:halt_on_error=1:log_path=" TTG_SAN_LOG "/ubsan";
}
