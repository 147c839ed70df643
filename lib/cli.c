#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "pseudo.h"
#include "sandbox.h"
#include "text.h"
#include "tz.h"
#include "xalloc.h"

/* Messages: "prog: file:line: message", as compilers and grep write. */
static void
emit(void *ctx, const char *file, long line, const char *msg)
{
	const char *prog = ((const struct cli *)ctx)->prog;

	/* privacy.ids: the file name and the message come masked, with
	 * their control characters escaped (diag.c) */
	if (file != NULL && line > 0)
		fprintf(stderr, "%s: %s:%ld: %s\n", prog, file, line, msg);
	else if (file != NULL)
		fprintf(stderr, "%s: %s: %s\n", prog, file, msg);
	else
		fprintf(stderr, "%s: %s\n", prog, msg);
}

/* Today by the system clock in Sweden and Denmark (tz_today), never
 * through the TZ variable. */
cdate
cli_local_today(void)
{
	return tz_today(ZONE_STOCKHOLM, (long long)time(NULL));
}

void
cli_init(struct cli *c, const char *prog)
{
	memset(c, 0, sizeof(*c));
	c->prog = prog;
	c->in_format = FMT_AUTO;
	c->out = OUT_TEXT;
	c->level = SEV_INFO;
	c->today = DATE_NONE;
	c->diag.emit = emit;
	c->diag.ctx = c;
}

void
cli_usage_error(const struct cli *c, const char *fmt, ...)
{
	va_list ap;
	char *msg, *shown;
	int n;

	/* the arguments it names are shown as messages show values:
	 * masked, control characters escaped */
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	msg = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	va_start(ap, fmt);
	vsnprintf(msg, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
	va_end(ap);
	shown = text_visible(msg, strlen(msg), NULL);
	fprintf(stderr, "%s: %s\nTry '%s --help' for more information.\n",
	    c->prog, shown, c->prog);
	free(shown);
	free(msg);
}

/* Handles one of the common options: 1 when taken, 0 when not common, -1
 * for a bad argument (reported). */
int
cli_option(struct cli *c, int ch, const char *arg)
{
	enum date_status st;

	switch (ch) {
	case 'f':
		if (format_parse(arg, &c->in_format) != 0) {
			cli_usage_error(c, "unknown input format '%s' (csv or "
			    "yaml)", arg);
			return -1;
		}
		return 1;
	case 'h':
		c->help = true;
		return 1;
	case 'l':
		if (severity_parse(arg, &c->level) != 0) {
			cli_usage_error(c, "unknown level '%s' (info, warning "
			    "or error)", arg);
			return -1;
		}
		return 1;
	case 'o':
		if (out_format_parse(arg, &c->out) != 0 ||
		    (c->out == OUT_ICS && !c->out_ics_ok)) {
			cli_usage_error(c, "unknown output format '%s' (%s)",
			    arg, c->out_ics_ok ? "text, csv, json or ics" :
			    "text, csv or json");
			return -1;
		}
		return 1;
	case 'p':
		if (c->nprofiles == CLI_MAX_PROFILES) {
			cli_usage_error(c, "more than %d profiles",
			    CLI_MAX_PROFILES);
			return -1;
		}
		c->profiles[c->nprofiles++] = arg;
		return 1;
	case 'q':
		c->quiet = true;
		return 1;
	case 'v':
		c->verbose = true;
		return 1;
	case OPT_TODAY:
		if ((st = date_parse(arg, strlen(arg), &c->today)) != DATE_OK) {
			cli_usage_error(c, "invalid date '%s' for --today (%s)",
			    arg, st == DATE_SYNTAX ? "expected YYYY-MM-DD" :
			    date_status_str(st));
			return -1;
		}
		return 1;
	case OPT_VERSION:
		c->version = true;
		return 1;
	case OPT_PSEUDO:
		c->pseudonymize = true;
		return 1;
	}
	return 0;
}

int
cli_version(const struct cli *c)
{
	printf("%s (caretools) %s\n", c->prog, CARETOOLS_VERSION);
	return 0;
}

/* Answers --help (the usage, then the tool's help text) or --version;
 * true when it did, with the exit status in *status. */
bool
cli_answer(struct cli *c, void (*usage)(FILE *), const char *help,
    int *status)
{
	if (c->help) {
		usage(stdout);
		fputs(help, stdout);
	} else if (c->version)
		cli_version(c);
	else
		return false;
	*status = cli_finish(c, false, false);
	return true;
}

/* The built-in profiles and the -p changes, in order, and with
 * --pseudonymize the key.  -1 when any is wrong: running with a rule
 * silently changed, or printing real ids, is worse than not running. */
int
cli_load_profiles(struct cli *c, struct profiles *ps)
{
	size_t i;

	if (c->pseudonymize && pseudo_init(&c->diag) != 0)
		return -1;
	if (profiles_init(ps, &c->diag) != 0)
		return -1;
	for (i = 0; i < c->nprofiles; i++)
		if (profiles_apply(ps, c->profiles[i], &c->diag) != 0)
			return -1;
	return 0;
}

/* Opens every file named (standard input when none) before any is read,
 * so that the sandbox can close the door behind them; one that cannot be
 * opened is reported and the others are kept. */
void
cli_open(struct cli *c, struct cli_files *fs, int argc, char **argv)
{
	static char *dash[] = { "-", NULL };
	int i;

	if (argc == 0) {
		argc = 1;
		argv = dash;
	}
	fs->v = xcalloc((size_t)argc, sizeof(*fs->v));
	fs->n = 0;
	for (i = 0; i < argc; i++) {
		if (strcmp(argv[i], "-") == 0) {
			if (c->stdin_taken) {
				diag_error(&c->diag, NULL, 0, "standard input "
				    "can be read only once");
				continue;
			}
			c->stdin_taken = true;
		}
		if (input_open(&fs->v[fs->n], argv[i], &c->diag) == 0)
			fs->n++;
	}
}

/* Closes the files not yet read. */
void
cli_close(struct cli_files *fs)
{
	size_t i;

	for (i = 0; i < fs->n; i++)
		input_close(&fs->v[i]);
	free(fs->v);
	fs->v = NULL;
	fs->n = 0;
}

/* With every input open, gives up everything else (see sandbox.h): -1
 * (reported) when the sandbox could not be set up where it should be. */
int
cli_sandbox(struct cli *c)
{
	return sandbox_enter(&c->diag);
}

/* Reads the case records of the files opened, and closes them. */
void
cli_read_cases(struct cli *c, struct caseset *set, struct cli_files *fs)
{
	size_t i;

	/* a file that goes wrong is counted in the diagnostics; the rest are
	 * still read */
	for (i = 0; i < fs->n; i++)
		(void)caseset_read(set, &fs->v[i], c->in_format, &c->diag);
	cli_close(fs);
	caseset_finish(set, &c->diag);
	cli_tally(c, "case records", set->read, set->read - set->rejected,
	    set->rejected);
}

/* With -v, what became of the records of one kind ("shifts"): every one
 * read was used or rejected. */
void
cli_tally(const struct cli *c, const char *what, unsigned long read,
    unsigned long used, unsigned long rejected)
{
	if (c->verbose)
		fprintf(stderr, "%s: %s: %lu read, %lu used, %lu rejected\n",
		    c->prog, what, read, used, rejected);
}

/* Writes the findings at or above the level (none when r is NULL); *any
 * is set when one of them decides the exit status.  -1 on a write error. */
int
cli_write(struct cli *c, struct report *r, const struct findings *f,
    bool *any)
{
	size_t i;

	for (i = 0; i < f->n; i++) {
		if (f->v[i].sev < c->level)
			continue;
		if (r != NULL && report_write(r, &f->v[i]) != 0)
			return -1;
		if (f->v[i].counts)
			*any = true;
	}
	return 0;
}

/* Runs a check over every case in input order and writes each case's
 * findings as they come.  -1 on a write error. */
int
cli_check_cases(struct cli *c, const struct profiles *ps,
    const struct caseset *set, case_check_fn *check, void *arg,
    struct report *r, bool *any)
{
	struct findings f;
	size_t i;
	int rc = 0;

	findings_init(&f);
	for (i = 0; i < set->ncases && rc == 0; i++) {
		check(arg, set->cases[i], profiles_for(ps,
		    set->cases[i]->regime), &f);
		rc = cli_write(c, r, &f, any);
		findings_clear(&f);
	}
	findings_free(&f);
	return rc;
}

/* The exit status: 2 after any error (input or output), else 1 when
 * something was reported, else 0.  Standard output is closed here so that
 * a full disk is an error too. */
int
cli_finish(struct cli *c, bool findings, bool write_failed)
{
	int status = findings ? EXIT_FINDINGS : EXIT_NOTHING;

	pseudo_end();
	if (fflush(stdout) != 0 || ferror(stdout) || write_failed) {
		fprintf(stderr, "%s: write error: %s\n", c->prog,
		    strerror(errno ? errno : EIO));
		fclose(stdout);
		return EXIT_TROUBLE;
	}
	if (fclose(stdout) != 0) {
		fprintf(stderr, "%s: write error: %s\n", c->prog,
		    strerror(errno));
		return EXIT_TROUBLE;
	}
	if (c->diag.errors > 0)
		status = EXIT_TROUBLE;
	return status;
}
