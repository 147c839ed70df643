/* The one driver (see run.h): every tool runs this pipeline. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "edge.h"
#include "i18n.h"
#include "progress.h"
#include "run.h"
#include "tz.h"
#include "xalloc.h"

#define RUN_MAX_CASE_FILES	256

/* What the command line named, besides the common options. */
struct args {
	char		*case_files[RUN_MAX_CASE_FILES];
	int		 ncase_files;
	int		 argc;		/* the operands */
	char		**argv;
};

/* The common options, -c for the log tools, then the tool's own: one
 * table for getopt_long. */
static struct option *
longopts(const struct command *t)
{
	static const struct option common[] = {
		CLI_LONGOPTS,
		{ "cases", required_argument, NULL, 'c' }
	};
	size_t nc = sizeof(common) / sizeof(common[0]), no = 0;
	struct option *v;

	if (!(t->flags & RUN_LOGS))
		nc--;
	while (t->longopts != NULL && t->longopts[no].name != NULL)
		no++;
	v = xcalloc(nc + no + 1, sizeof(*v));
	memcpy(v, common, nc * sizeof(*v));
	if (no > 0)
		memcpy(v + nc, t->longopts, no * sizeof(*v));
	return v;
}

/* Parses the options into cli, a and the tool's options: 0, or -1 after
 * a usage error (reported). */
static int
parse(const struct command *t, struct cli *cli, struct args *a, int argc,
    char **argv)
{
	struct option *lo = longopts(t);
	char shortopts[64];
	int ch, rc = 0;

	/* getopt's complaints are the tools' own (cli_bad_option): shown
	 * as values are, never echoed as typed */
	snprintf(shortopts, sizeof(shortopts), ":%s%s%s", CLI_SHORTOPTS,
	    t->flags & RUN_LOGS ? "c:" : "", t->shortopts);
	opterr = 0;
	argv[0] = (char *)t->prog;
	while (rc == 0 &&
	    (ch = getopt_long(argc, argv, shortopts, lo, NULL)) != -1) {
		if ((rc = cli_option(cli, ch, optarg)) != 0) {
			rc = rc < 0 ? -1 : 0;
			continue;
		}
		if (ch == 'c' && (t->flags & RUN_LOGS)) {
			if (a->ncase_files == RUN_MAX_CASE_FILES) {
				cli_usage_error(cli, "more than %d -c files",
				    RUN_MAX_CASE_FILES);
				rc = -1;
			} else
				a->case_files[a->ncase_files++] = optarg;
		} else if (ch == '?' || ch == ':') {
			cli_bad_option(cli, argc, argv, lo, ch);
			t->usage(stderr);
			rc = -1;
		} else
			rc = t->option(cli, t->opts, ch, optarg);
	}
	free(lo);
	a->argc = argc - optind;
	a->argv = argv + optind;
	return rc;
}

/* What must hold before any input is read: 0, or an exit status. */
static int
ready(const struct command *t, struct cli *cli, struct args *a,
    struct profiles *ps, bool *done)
{
	int status;

	*done = true;
	if (cli_answer(cli, t->usage, t->help, &status))
		return status;
	if (t->answer != NULL &&
	    t->answer(cli, t->opts, a->argc, a->argv, &status))
		return status;
	if ((t->flags & RUN_LOGS) && a->ncase_files == 0) {
		cli_usage_error(cli, "no case records: give them with -c");
		return EXIT_TROUBLE;
	}
	if (t->check != NULL && t->check(cli, t->opts) != 0)
		return EXIT_TROUBLE;
	if ((t->flags & RUN_ZONES) && (tz_check(ZONE_STOCKHOLM) != 0 ||
	    tz_check(ZONE_COPENHAGEN) != 0)) {
		fprintf(stderr, _("%s: no time zone rules for Europe/Stockholm "
		    "and Europe/Copenhagen (install tzdata)\n"), t->prog);
		return EXIT_TROUBLE;
	}
	if (cli->today == DATE_NONE)
		cli->today = cli_local_today();
	if (cli_load_profiles(cli, ps) != 0)
		return EXIT_TROUBLE;
	*done = false;
	return 0;
}

/* The inputs of a run, all opened before the sandbox shuts the door. */
struct inputs {
	struct cli_files	cases, aux, logs;
};

/* Opens them all: 0, or -1 when the run cannot go on (reported).  As grep
 * -f does, a -c or --staff file that cannot be opened stops the run, and
 * so does a file of case records where a log is expected (the shell's
 * "-c *.yaml" gives -c the first only); a log that cannot be opened is
 * left out. */
static int
open_all(const struct command *t, struct cli *cli, struct args *a,
    struct inputs *in)
{
	size_t bad, i;

	memset(in, 0, sizeof(*in));
	if (!(t->flags & RUN_LOGS)) {
		(void)cli_open(cli, &in->cases, a->argc, a->argv, CLI_DIRS);
		return 0;
	}
	bad = cli_open(cli, &in->cases, a->ncase_files, a->case_files,
	    CLI_DIRS);
	if (t->aux != NULL && *t->aux != NULL)
		bad += cli_open(cli, &in->aux, 1, (char **)t->aux, 0);
	(void)cli_open(cli, &in->logs, a->argc, a->argv, 0);
	for (i = 0; i < in->logs.n; i++)
		if (input_is_yaml_records(&in->logs.v[i])) {
			diag_error(&cli->diag, NULL, 0, "%s: case records "
			    "(YAML), not %s: use -c for each case file, or -c "
			    "with their directory", in->logs.v[i].name,
			    _(t->proc->log_noun));
			bad++;
		}
	if (bad == 0)
		return 0;
	cli_close(&in->cases);
	cli_close(&in->aux);
	cli_close(&in->logs);
	return -1;
}

/* The log stream: the extra input, every log, the end of the stream;
 * what became of the rows into *n. */
static void
stream(const struct command *t, struct cli *cli, void *st, struct inputs *in,
    struct proc_counts *n)
{
	const struct proc *p = t->proc;
	size_t i;

	/* a log that goes wrong is reported and counted in the diagnostics,
	 * which decide the exit status; the next is still read */
	for (i = 0; i < in->aux.n; i++)
		(void)p->aux(st, &in->aux.v[i], &cli->diag);
	cli_close(&in->aux);
	for (i = 0; i < in->logs.n; i++)
		(void)p->log(st, &in->logs.v[i], &cli->diag);
	cli_close(&in->logs);
	if (p->end != NULL)
		p->end(st, &cli->diag);
	if (p->counts != NULL) {
		*n = p->counts(st);
		cli_tally(cli, p->log_noun, n->read, n->used, n->rejected);
	}
}

/* Nothing silently partial: a report that leaves refused rows (of a log,
 * or case records for the tools that read no log) out ends saying so, on
 * the standard output after a text report, else on the standard error,
 * so that CSV, JSON and iCalendar stay pure data. */
static int
loss_note(const struct command *t, const struct cli *cli,
    const struct caseset *set, const struct proc_counts *n, bool table,
    bool written)
{
	const struct proc *p = t->proc;
	struct report_loss cases = { set->rejected, 0, NULL };

	return report_loss(cli->out == OUT_TEXT && written ? stdout : stderr,
	    t->prog, p->log != NULL ? &n->loss : &cases, p->log != NULL ?
	    p->log_row : N_("case record"), p->log != NULL ? p->log_noun :
	    N_("case records"), table);
}

/* Writes the findings, or the table asked for; *any when a finding
 * decides the exit status.  -1 on a write error. */
static int
output(const struct command *t, struct cli *cli, void *st,
    const struct profiles *ps, const struct caseset *set,
    const struct findings *f, const struct proc_counts *n, bool *any)
{
	const struct proc *p = t->proc;
	bool table = p->has_table != NULL && p->has_table(st);
	struct report r;
	char prodid[64];
	int rc;

	report_init(&r, stdout, cli->out, cli->quiet);
	snprintf(prodid, sizeof(prodid), "%s %s", t->prog, CARETOOLS_VERSION);
	r.prodid = prodid;
	r.stamp = cli->today;
	r.written_at = cli->now;
	r.domain = cli->uid_domain;
	if (p->on_case != NULL)
		rc = cli_check_cases(cli, ps, set, p->on_case, st,
		    table ? NULL : &r, any);
	else
		rc = cli_write(cli, table ? NULL : &r, f, any);
	if (table) {
		if ((!cli->quiet || *any) &&
		    p->table(st, stdout, cli->out, t->prog) != 0)
			rc = -1;
		*any = false;	/* a report's status is its own, not the
				 * findings' it does not print */
	} else if (report_end(&r) != 0)
		rc = -1;
	if (loss_note(t, cli, set, n, table, !cli->quiet || (table ? *any :
	    r.written > 0)) != 0)
		rc = -1;
	return rc;
}

/* What a calendar needs from outside the sandbox: the time it is written
 * (SOURCE_DATE_EPOCH when set, for reproducible files) and, unless
 * --uid-domain named one, this host's name for the UIDs. */
static void
ics_ready(struct cli *cli)
{
	const char *e = getenv("SOURCE_DATE_EPOCH");
	char *end;

	cli->now = (long long)time(NULL);
	if (e != NULL && *e != '\0') {
		long long v = strtoll(e, &end, 10);

		if (*end == '\0' && v >= 0)
			cli->now = v;
	}
	if (cli->uid_domain != NULL)
		return;
	if (gethostname(cli->host, sizeof(cli->host) - 1) != 0 ||
	    cli->host[0] == '\0' || !report_domain_ok(cli->host))
		snprintf(cli->host, sizeof(cli->host), "localhost");
	cli->uid_domain = cli->host;
}

/* A run that stops before it reads a record: -v still says what became
 * of them (none were read). */
static void
tally_none(const struct command *t, const struct cli *cli)
{
	cli_tally(cli, "case records", 0, 0, 0);
	if (t->proc->log != NULL && t->proc->counts != NULL)
		cli_tally(cli, t->proc->log_noun, 0, 0, 0);
}

/* The sandbox could not be set up: nothing is read, the inputs are
 * closed. */
static int
unsandboxed(const struct command *t, struct cli *cli, struct inputs *in,
    struct profiles *ps)
{
	cli_close(&in->cases);
	cli_close(&in->aux);
	cli_close(&in->logs);
	tally_none(t, cli);
	profiles_free(ps);
	return cli_finish(cli, false, false);
}

int
run(const struct command *t, int argc, char **argv)
{
	struct proc_counts n = { 0, 0, 0, { 0, 0, NULL } };
	struct proc_env env;
	struct profiles ps;
	struct inputs in;
	struct caseset set;
	struct findings f;
	struct args a;
	struct cli cli;
	bool done, any = false, failed;
	void *st;
	int status;

	/* every byte written passes the mask; no TZ of the caller's is
	 * read (tz.c) */
	(void)edge_init();
	tz_init();
	i18n_init();
	progress_init(t->prog);
	cli_init(&cli, t->prog);
	cli.out_ics_ok = (t->flags & RUN_ICS) != 0;
	memset(&a, 0, sizeof(a));
	memset(&ps, 0, sizeof(ps));
	if (parse(t, &cli, &a, argc, argv) != 0)
		return EXIT_TROUBLE;
	i18n_text(cli.out == OUT_TEXT);
	status = ready(t, &cli, &a, &ps, &done);
	if (done) {
		if (status == EXIT_TROUBLE)
			tally_none(t, &cli);
		profiles_free(&ps);
		return status;
	}
	if (open_all(t, &cli, &a, &in) != 0) {
		profiles_free(&ps);
		return cli_finish(&cli, false, false);
	}
	if (cli.out == OUT_ICS)
		ics_ready(&cli);
	if (t->flags & RUN_ZONES)
		tz_preload();
	if (cli_sandbox(&cli) != 0)
		return unsandboxed(t, &cli, &in, &ps);
	caseset_init(&set);
	cli_read_cases(&cli, &set, &in.cases);
	findings_init(&f);
	env = (struct proc_env){ t->prog, &set, &ps, &f, cli.today };
	st = t->proc->new(&env, t->opts);
	if (t->proc->log != NULL)
		stream(t, &cli, st, &in, &n);
	/* before the processor is freed: a later message points into it */
	failed = output(t, &cli, st, &ps, &set, &f, &n, &any) != 0;
	t->proc->free(st);
	findings_free(&f);
	caseset_free(&set);
	profiles_free(&ps);
	return cli_finish(&cli, any, failed);
}
