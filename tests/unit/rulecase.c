/* What the rule-family suites share (see rulecase.h). */
#include <stdio.h>
#include <string.h>

#include "rulecase.h"

static struct profiles ps;
static struct caseset set;

void
rc_setup(void)
{
	struct capture cap;

	capture_init(&cap);
	ck_assert_int_eq(profiles_init(&ps, &cap.d), 0);
	caseset_init(&set);
}

void
rc_teardown(void)
{
	caseset_free(&set);
	profiles_free(&ps);
}

/* Reads one YAML case; the one before it is gone. */
const struct care_case *
rc_case(const char *yaml)
{
	struct capture cap;
	struct input in;
	FILE *fp = fmemopen((void *)yaml, strlen(yaml), "rb");

	ck_assert_ptr_nonnull(fp);
	capture_init(&cap);
	caseset_free(&set);
	caseset_init(&set);
	memset(&in, 0, sizeof(in));
	in.name = "c.yaml";
	in.fp = fp;
	caseset_read(&set, &in, FMT_YAML, &cap.d);
	fclose(fp);
	caseset_finish(&set, &cap.d);
	ck_assert_msg(cap.len == 0, "%s", cap.buf);
	ck_assert_int_eq(set.ncases, 1);
	return set.cases[0];
}

/* The case's profile, which a test may change. */
struct profile *
rc_profile(const struct care_case *c)
{
	return &ps.by_regime[c->regime];
}

/* "rule due open|done[ date][ earlier]: what" a line. */
const char *
rc_deadlines(const struct deadlines *dls)
{
	static char out[4096];
	const struct deadline *dl;
	char due[DATE_BUFSZ], done[DATE_BUFSZ];
	size_t i, len = 0;

	out[0] = '\0';
	for (i = 0; i < dls->n && len < sizeof(out); i++) {
		dl = &dls->v[i];
		len += (size_t)snprintf(out + len, sizeof(out) - len,
		    "%s %s %s%s%s%s: %s\n", rule_name(dl->rule),
		    date_format(dl->due, due), dl->satisfied ? "done" : "open",
		    dl->done != DATE_NONE ? " " : "",
		    dl->done != DATE_NONE ? date_format(dl->done, done) : "",
		    dl->earlier ? " earlier" : "", dl->what);
	}
	return out;
}

/* "line severity rule date: message" a line. */
const char *
rc_findings(const struct findings *f)
{
	static char out[8192];
	char d[DATE_BUFSZ], msg[FINDING_MSG_MAX];
	size_t i, len = 0;

	out[0] = '\0';
	for (i = 0; i < f->n && len < sizeof(out); i++)
		len += (size_t)snprintf(out + len, sizeof(out) - len,
		    "%ld %s %s %s: %s\n", f->v[i].line,
		    severity_name(f->v[i].sev), rule_name(f->v[i].rule),
		    f->v[i].date != DATE_NONE ? date_format(f->v[i].date, d) :
		    "-", finding_message(&f->v[i], msg));
	return out;
}
