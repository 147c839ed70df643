/* The shift parser and hours-check's engine over a timesheet, against a
 * fixed set of cases; then its reports and every finding's message (a
 * later one is made only then), each, and the input's printable bytes,
 * masked in a line as a long report masks it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "finding.h"
#include "fuzz.h"
#include "hours.h"
#include "input.h"
#include "text.h"

/* A message of printable ASCII masked whole in its text line is masked
 * as when it is shown first (report.c's message_shown relies on it). */
static void
line_agrees(const char *msg)
{
	static const char head[] = "s.csv:1: K-1: warning: r: ";
	char a[FINDING_MSG_MAX + 64], b[FINDING_MSG_MAX + 64], *copy;
	const unsigned char *u = (const unsigned char *)msg;
	const char *v;
	size_t la, lb, len, i;

	/* text_shown never lengthens printable ASCII: b holds it */
	for (i = 0; u[i] != '\0'; i++)
		if (u[i] < 0x20 || u[i] >= 0x7f)
			return;
	if (i >= FINDING_MSG_MAX)
		return;
	v = text_shown(msg, &len, &copy);
	la = (size_t)snprintf(a, sizeof(a), "%s%s\n", head, msg);
	lb = (size_t)snprintf(b, sizeof(b), "%s%.*s\n", head, (int)len, v);
	free(copy);
	la = text_mask(a, la, true);
	lb = text_mask(b, lb, true);
	if (la != lb || memcmp(a, b, la) != 0)
		abort();
}

/* The input's printable bytes, as one message. */
static void
input_agrees(const uint8_t *data, size_t size)
{
	char msg[256];
	size_t i, n = 0;

	for (i = 0; i < size && n + 1 < sizeof(msg); i++)
		if (data[i] >= 0x20 && data[i] < 0x7f)
			msg[n++] = (char)data[i];
	msg[n] = '\0';
	line_agrees(msg);
}

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
		line_agrees(finding_message(&f.v[i], buf));
	input_agrees(data, size);
	if (null != NULL) {
		hours_summary(h, null, OUT_JSON);
		hours_fk_month(h, null, OUT_TEXT);
		fclose(null);
	}
	hours_free(h);
	findings_free(&f);
	return 0;
}
