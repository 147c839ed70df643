/* The shift parser and hours-check's engine over a timesheet, against a
 * fixed set of cases; then its reports and every finding's message (a
 * later one is made only then). */
#include <stdio.h>

#include "finding.h"
#include "fuzz.h"
#include "hours.h"
#include "input.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hours_options o = { 0 };
	const struct caseset *set;
	const struct profiles *ps;
	char buf[FINDING_MSG_MAX];
	struct findings f;
	struct input in;
	struct hours *h;
	struct diag d;
	FILE *null = fopen("/dev/null", "w");

	fuzz_world(&set, &ps);
	fuzz_diag(&d);
	findings_init(&f);
	o.today = date_from_ymd(2026, 11, 22);
	o.fk_month = date_from_ymd(2026, 3, 1);
	h = hours_new(set, ps, &o, &f);
	if (input_mem(&in, "s.csv", data, size, &d) == 0) {
		hours_log(h, &in, &d);
		input_close(&in);
	}
	hours_end(h, &d);
	for (size_t i = 0; i < f.n; i++)
		(void)finding_message(&f.v[i], buf);
	if (null != NULL) {
		hours_summary(h, null, OUT_JSON);
		hours_fk_month(h, null, OUT_TEXT);
		fclose(null);
	}
	hours_free(h);
	findings_free(&f);
	return 0;
}
