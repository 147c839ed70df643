/* Runs every unit suite; ends with "N passed, N failed". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "edge.h"
#include "util.h"
#include "xalloc.h"

static void
emit(void *ctx, const char *file, long line, const char *msg)
{
	struct capture *c = ctx;
	int n;

	if (file != NULL && line > 0)
		n = snprintf(c->buf + c->len, sizeof(c->buf) - c->len,
		    "%s:%ld: %s\n", file, line, msg);
	else if (file != NULL)
		n = snprintf(c->buf + c->len, sizeof(c->buf) - c->len,
		    "%s: %s\n", file, msg);
	else
		n = snprintf(c->buf + c->len, sizeof(c->buf) - c->len, "%s\n",
		    msg);
	if (n > 0)
		c->len += (size_t)n < sizeof(c->buf) - c->len ? (size_t)n :
		    sizeof(c->buf) - c->len - 1;
}

void
capture_init(struct capture *c)
{
	memset(c, 0, sizeof(*c));
	c->d.emit = emit;
	c->d.ctx = c;
}

/* A date the test knows to be valid. */
cdate
D(const char *s)
{
	cdate d;

	ck_assert_msg(date_parse(s, strlen(s), &d) == DATE_OK, "bad test date "
	    "%s", s);
	return d;
}

/* A date as text, from a small ring of buffers so that several can be
 * used in one assertion. */
const char *
fmt(cdate d)
{
	static char buf[4][DATE_BUFSZ];
	static int i;

	i = (i + 1) % 4;
	return date_format(d, buf[i]);
}

const char *
suites_dir(void)
{
	const char *s = getenv("SUITES");

	return s != NULL ? s : "tests/suites";
}

char *
read_file(const char *path, size_t *lenp)
{
	FILE *fp = fopen(path, "rb");
	size_t len = 0, cap = 4096, n;
	char *buf;

	if (fp == NULL)
		return NULL;
	buf = xmalloc(cap + 1);
	while ((n = fread(buf + len, 1, cap - len, fp)) > 0) {
		len += n;
		if (len == cap) {
			cap *= 2;
			buf = xreallocarray(buf, cap + 1, 1);
		}
	}
	fclose(fp);
	buf[len] = '\0';
	*lenp = len;
	return buf;
}

/* What the edge writes to a pipe, standard output and error both, of
 * what print(arg) writes in a child behind edge_init(), which must end
 * with status 0 (free the text). */
char *
edge_capture(void (*print)(void *), void *arg)
{
	char *got = NULL;
	size_t len = 0;
	ssize_t k;
	int fd[2], st;
	pid_t pid;

	ck_assert_int_eq(pipe(fd), 0);
	if ((pid = fork()) == 0) {
		dup2(fd[1], 1);
		dup2(fd[1], 2);
		close(fd[0]);
		if (edge_init() != 0)
			_exit(3);
		print(arg);
		exit(0);
	}
	close(fd[1]);
	do {
		got = xreallocarray(got, len + 65536 + 1, 1);
	} while ((k = read(fd[0], got + len, 65536)) > 0 &&
	    (len += (size_t)k) > 0);
	got[len] = '\0';
	close(fd[0]);
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	ck_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	return got;
}

int
main(void)
{
	Suite *(*const suites[])(void) = {
		arena_suite, text_suite, dates_suite, values_suite,
		calendar_suite,
		tz_suite, input_suite, csvin_suite, columns_suite,
		yamlin_suite, cases_suite,
		profile_suite, deadlines_suite, report_suite, personid_suite,
		visits_suite, table_suite,
		progress_suite,
		rules_grant_suite,
		rules_staffing_suite,
		rules_worktime_suite,
		rules_frequency_suite,
		rules_replacement_suite,
		rules_plan_suite,
		rules_events_suite,
		rules_reporting_suite,
		rules_dkapp_suite,
		rules_rule_suite,
		rules_decision_suite,
		rules_records_suite,
		rules_visit_row_suite,
		rules_continuity_suite,
		rules_delivered_suite,
		rules_homehelp_suite,
		rules_billing_suite,
		rules_shift_suite,
		hours_suite,
		i18n_suite,
		par_suite,
	};
	SRunner *sr;
	size_t i;
	int run, failed;

	sr = srunner_create(suites[0]());
	for (i = 1; i < sizeof(suites) / sizeof(suites[0]); i++)
		srunner_add_suite(sr, suites[i]());
	srunner_run_all(sr, CK_NORMAL);
	run = srunner_ntests_run(sr);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	printf("unit: %d passed, %d failed\n", run - failed, failed);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
