/*
 * fuzz_contact_tally.c: libFuzzer target for the text input of ttg.mcs_tally and
 * the contact vocabulary parsers (bytes straight from SQL literals).
 * Property: whatever parses formats back to text that parses to the same tally.
 *
 *   make fuzz && test/fuzz/bin/fuzz_contact_tally -max_total_time=60
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "contact_core.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	TtgMcsTally t = 0,
				back = 0;
	char		buf[TTG_TALLY_TEXT_MAX];
	TtgMcsOutcome o;
	TtgRequirement r;
	TtgReofferRule rr;
	TtgPartial	p;

	if (ttg_tally_parse(s, size, &t))
	{
		size_t		n = ttg_tally_format(t, buf);

		if (n >= TTG_TALLY_TEXT_MAX || !ttg_tally_parse(buf, n, &back) || back != t)
			abort();
		if (t >> (TTG_TALLY_NFIELDS * TTG_TALLY_BITS))
			abort();
	}
	(void) ttg_mcs_parse_outcome(s, size, &o);
	(void) ttg_mcs_parse_requirement(s, size, &r);
	(void) ttg_mcs_parse_reoffer_rule(s, size, &rr);
	(void) ttg_mcs_parse_partial(s, size, &p);
	(void) ttg_mcs_is_case_manager_type(s, size);
	return 0;
}
