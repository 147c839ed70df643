#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "input.h"
#include "text.h"

/* Whether s holds a control character: C0 (line breaks, ESC...), DEL or
 * C1 (U+0080 to U+009F), or U+2028 and U+2029. */
static int
has_control(const char *str)
{
	const unsigned char *s = (const unsigned char *)str;

	for (; *s != '\0'; s++)
		if (*s < 0x20 || *s == 0x7f || (s[0] == 0xc2 && s[1] >= 0x80 &&
		    s[1] <= 0x9f) || (s[0] == 0xe2 && s[1] == 0x80 &&
		    (s[2] == 0xa8 || s[2] == 0xa9)))
			return 1;
	return 0;
}

/* The privacy filter's rules on one text: a line of UTF-8 (no control
 * character, none escaped twice) in which the mask finds nothing. */
int
fuzz_shown_ok(const char *s)
{
	size_t len = strlen(s);

	return !has_control(s) && text_utf8_invalid(s, len) < 0 &&
	    !text_has_personal_id(s, len);
}

/* Every message, and the file it names, passes the privacy filter's
 * rules: anything else is a bug the fuzzer should stop at. */
static void
emit(void *ctx, const char *file, long line, const char *msg)
{
	(void)ctx;
	(void)line;
	if (msg[0] == '\0' || !fuzz_shown_ok(msg) ||
	    (file != NULL && !fuzz_shown_ok(file))) {
		fprintf(stderr, "fuzz: bad message: %s: %s\n",
		    file != NULL ? file : "", msg);
		abort();
	}
}

void
fuzz_diag(struct diag *d)
{
	memset(d, 0, sizeof(*d));
	d->emit = emit;
}

/* Cases the shift and visit logs of the seeds name. */
static const char world_yaml[] =
    "case: K-1\nregime: dk-hh\nstart: 2026-01-01\n"
    "client: {visually_impaired: true}\n"
    "decisions:\n  - id: D-1\n    from: 2026-01-01\n    to: 2026-12-31\n"
    "    services:\n      - {service: cleaning, every: 14d, minutes: 60}\n"
    "      - {service: shopping, per_week: 1, minutes: 30}\n"
    "      - {service: personal-care, per_week: 2, minutes: 30}\n"
    "      - {service: meal, every: 1d, minutes: 20}\n"
    "events:\n  - {type: provider-choice, chosen: 2026-03-02}\n"
    "  - {type: introduction, staff: H-2, date: 2026-03-01}\n"
    "---\ncase: K-2\nregime: se-pa\nfunder: fk\nstart: 2026-01-01\n"
    "decisions: [{id: D-2, from: 2026-01-01, to: 2026-12-31, "
    "hours_per_week: 40, double_staffing: true}]\n"
    "events:\n  - {type: absence, from: 2026-03-10, to: 2026-03-20, "
    "reason: hospital}\n"
    "---\ncase: K-3\nregime: se-pa\nfunder: municipality\n"
    "start: 2026-01-01\n"
    "decisions: [{id: D-3, from: 2026-01-01, hours_per_week: 100}]\n"
    "---\ncase: K-4\nregime: dk-hh\nstart: 2026-01-01\n"
    "decisions: [{id: D-4, from: 2026-01-01, hours_per_week: 4}]\n";

void
fuzz_world(const struct caseset **setp, const struct profiles **psp)
{
	static struct caseset set;
	static struct profiles ps;
	static int done;
	struct input in;
	struct diag d;

	if (!done) {
		fuzz_diag(&d);
		if (profiles_init(&ps, &d) != 0)
			abort();
		caseset_init(&set);
		if (input_mem(&in, "world.yaml", world_yaml,
		    sizeof(world_yaml) - 1, &d) != 0 ||
		    caseset_read(&set, &in, FMT_YAML, &d) != 0 ||
		    caseset_finish(&set, &d) != 0 || set.ncases != 4)
			abort();
		input_close(&in);
		done = 1;
	}
	*setp = &set;
	*psp = &ps;
}
