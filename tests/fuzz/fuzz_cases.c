/* Case assembly: the input as YAML documents or as CSV tables (the first
 * byte chooses), joined and validated, then checked by deadline-watch's
 * and plan-validate's rules. */
#include "cases.h"
#include "deadlines.h"
#include "finding.h"
#include "fuzz.h"
#include "input.h"
#include "plancheck.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct caseset *world;
	const struct profiles *ps;
	struct dw_options o = { 0 };
	struct caseset set;
	struct findings f;
	struct input in;
	struct diag d;
	size_t i;

	if (size < 1)
		return 0;
	fuzz_world(&world, &ps);
	fuzz_diag(&d);
	caseset_init(&set);
	if (input_mem(&in, "f", data + 1, size - 1, &d) != 0)
		return 0;
	caseset_read(&set, &in, data[0] & 1 ? FMT_CSV : FMT_YAML, &d);
	input_close(&in);
	caseset_finish(&set, &d);
	findings_init(&f);
	o.today = date_from_ymd(2026, 11, 22);
	o.within = (struct duration){ 14, DUR_DAYS };
	for (i = 0; i < set.ncases; i++) {
		const struct profile *p = profiles_for(ps, set.cases[i]->regime);

		deadlines_check(set.cases[i], p, &o, &f);
		plancheck_case(set.cases[i], p, o.today, &f);
	}
	findings_free(&f);
	caseset_free(&set);
	return 0;
}
