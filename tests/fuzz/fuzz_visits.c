/* The visit parser and visit-compliance's engine over a visit log,
 * against a fixed set of cases; then its reports.  The same log in
 * reverse row order must give the same number of findings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compliance.h"
#include "finding.h"
#include "fuzz.h"
#include "input.h"

static size_t
run(const char *data, size_t size, FILE *null)
{
	const struct caseset *set;
	const struct profiles *ps;
	struct compliance *v;
	struct findings f;
	struct input in;
	struct diag d;
	size_t n;

	fuzz_world(&set, &ps);
	fuzz_diag(&d);
	findings_init(&f);
	v = compliance_new(set, ps, &f);
	if (input_mem(&in, "v.csv", data, size, &d) == 0) {
		compliance_log(v, &in, &d);
		input_close(&in);
	}
	compliance_end(v, &d);
	if (null != NULL) {
		compliance_summary(v, null, OUT_TEXT, false);
		compliance_continuity(v, null, null, NULL, OUT_CSV);
	}
	n = d.errors > 0 ? SIZE_MAX : f.n;
	compliance_free(v);
	findings_free(&f);
	return n;
}

/* The header line, then the other lines last to first; NULL when the
 * data is not plain LF-separated lines. */
static char *
reversed(const char *data, size_t size)
{
	const char *end = data + size, *nl, *p;
	char *out, *o;

	if (size == 0 || data[size - 1] != '\n' || memchr(data, '"', size) ||
	    memchr(data, '\r', size) || memchr(data, '\0', size))
		return NULL;
	out = malloc(size);
	nl = memchr(data, '\n', size);
	memcpy(out, data, (size_t)(nl + 1 - data));
	o = out + (nl + 1 - data);
	for (p = end - 1; p > nl; ) {
		const char *q = p;

		while (q > nl + 1 && q[-1] != '\n')
			q--;
		memcpy(o, q, (size_t)(p + 1 - q));
		o += p + 1 - q;
		p = q - 1;
	}
	return out;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *null = fopen("/dev/null", "w");
	size_t a = run((const char *)data, size, null), b;
	char *r = reversed((const char *)data, size);

	if (r != NULL) {
		b = run(r, size, null);
		/* bad rows may be reported differently in another order */
		if (a != SIZE_MAX && b != SIZE_MAX && a != b)
			abort();
		free(r);
	}
	if (null != NULL)
		fclose(null);
	return 0;
}
