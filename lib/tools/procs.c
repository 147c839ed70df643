/* The four tools as processors: each engine behind the one interface
 * the driver calls. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "cli.h"
#include "compliance.h"
#include "deadlines.h"
#include "hours.h"
#include "plancheck.h"
#include "procs.h"
#include "table.h"
#include "xalloc.h"

/*
 * deadline-watch: every case's deadlines against today and the horizon.
 */

static void *
deadline_new(const struct proc_env *env, void *opts)
{
	const struct deadline_options *o = opts;
	struct dw_options *dw = xcalloc(1, sizeof(*dw));

	dw->today = env->today;
	dw->within = o->within;
	dw->all = o->all;
	return dw;
}

static void
deadline_case(void *st, const struct care_case *c, const struct profile *p,
    struct findings *f)
{
	deadlines_check(c, p, st, f);
}

const struct proc deadline_proc = {
	.new = deadline_new,
	.on_case = deadline_case,
	.free = free,
};

/* A year's days off, always as CSV date,name. */
int
holidays_table(FILE *fp, enum country c, int year)
{
	static const struct column cols[] = {
		{ N_("date"), NULL, COL_TEXT, 0, NULL },
		{ N_("name"), NULL, COL_TEXT, 0, NULL }
	};
	struct holiday h[CAL_MAX_HOLIDAYS];
	char d[DATE_BUFSZ];
	struct cell v[2];
	struct table t;
	size_t i, n = cal_holidays(c, year, h);

	table_init(&t, fp, OUT_CSV, cols, 2);
	table_head(&t);
	for (i = 0; i < n; i++) {
		v[0].s = date_format(h[i].date, d);
		v[1].s = h[i].name;
		table_row(&t, v, 0);
	}
	return table_end(&t);
}

/* --holidays SE 2026: the year's days off as CSV date,name. */
bool
deadline_holidays(struct cli *cli, void *opts, int argc, char **argv,
    int *status)
{
	const struct deadline_options *o = opts;
	enum country c;
	char *end;
	long year;

	if (o->holidays == NULL)
		return false;
	*status = EXIT_TROUBLE;
	if (cal_country_parse(o->holidays, &c) != 0) {
		cli_usage_error(cli, "unknown country '%s' (SE or DK)",
		    o->holidays);
		return true;
	}
	if (argc > 1) {
		cli_usage_error(cli, "--holidays takes a country and a year");
		return true;
	}
	if (argc == 1) {
		year = strtol(argv[0], &end, 10);
		if (*argv[0] == '\0' || *end != '\0' || year < CAL_FIRST_YEAR ||
		    year > CAL_LAST_YEAR) {
			cli_usage_error(cli, "year '%s' is not a year from %d "
			    "to %d", argv[0], CAL_FIRST_YEAR, CAL_LAST_YEAR);
			return true;
		}
	} else
		year = date_year(cli->today != DATE_NONE ? cli->today :
		    cli_local_today());
	*status = cli_finish(cli, false,
	    holidays_table(stdout, c, (int)year) != 0);
	return true;
}

/*
 * plan-validate: every case's history, or with -s the tally of it.
 */

struct validate {
	cdate		 today;
	bool		 summary;
	struct tally	 tally;
};

static void *
validate_new(const struct proc_env *env, void *opts)
{
	const struct validate_options *o = opts;
	struct validate *v = xcalloc(1, sizeof(*v));

	v->today = env->today;
	v->summary = o->summary;
	return v;
}

static void
validate_case(void *st, const struct care_case *c, const struct profile *p,
    struct findings *f)
{
	struct validate *v = st;
	size_t first = f->n;

	plancheck_case(c, p, v->today, f);
	tally_case(&v->tally, c, p, f, first);
}

static bool
validate_has_table(void *st)
{
	return ((struct validate *)st)->summary;
}

static int
validate_table(void *st, FILE *fp, enum out_format fmt, const char *prog)
{
	(void)prog;
	return tally_write(fp, fmt, &((struct validate *)st)->tally);
}

const struct proc validate_proc = {
	.new = validate_new,
	.on_case = validate_case,
	.has_table = validate_has_table,
	.table = validate_table,
	.free = free,
};

/*
 * hours-check: a stream of shifts.
 */

struct hc {
	struct hours	*h;
	bool		 summary, fk;
};

static void *
hours_proc_new(const struct proc_env *env, void *opts)
{
	const struct hours_cmd_options *o = opts;
	struct hours_options ho;
	struct hc *hc = xcalloc(1, sizeof(*hc));

	ho.today = env->today;
	ho.fk_month = o->fk_month;
	ho.per_month = o->per_month;
	ho.fk_totals = o->fk_totals;
	hc->h = hours_new(env->cases, env->profiles, &ho, env->findings);
	hc->summary = o->summary;
	hc->fk = o->fk_month != DATE_NONE;
	return hc;
}

static int
hours_proc_roster(void *st, struct input *in, struct diag *d)
{
	return hours_roster(((struct hc *)st)->h, in, d);
}

static int
hours_proc_log(void *st, struct input *in, struct diag *d)
{
	return hours_log(((struct hc *)st)->h, in, d);
}

static void
hours_proc_end(void *st, struct diag *d)
{
	hours_end(((struct hc *)st)->h, d);
}

static struct proc_counts
hours_proc_counts(void *st)
{
	struct hours_counts n = hours_counts(((struct hc *)st)->h);

	return (struct proc_counts){ n.read, n.used, n.rejected, n.loss };
}

static bool
hours_proc_has_table(void *st)
{
	const struct hc *hc = st;

	return hc->summary || hc->fk;
}

static int
hours_proc_table(void *st, FILE *fp, enum out_format fmt, const char *prog)
{
	const struct hc *hc = st;

	(void)prog;
	return hc->summary ? hours_summary(hc->h, fp, fmt) :
	    hours_fk_month(hc->h, fp, fmt);
}

static void
hours_proc_free(void *st)
{
	hours_free(((struct hc *)st)->h);
	free(st);
}

const struct proc hours_proc = {
	.log_noun = N_("shifts"),
	.log_row = N_("shift"),
	.new = hours_proc_new,
	.aux = hours_proc_roster,
	.log = hours_proc_log,
	.end = hours_proc_end,
	.counts = hours_proc_counts,
	.has_table = hours_proc_has_table,
	.table = hours_proc_table,
	.free = hours_proc_free,
};

/*
 * visit-compliance: a stream of visits.
 */

struct vc {
	struct compliance	*v;
	struct visits_options	 o;
};

static void *
visits_proc_new(const struct proc_env *env, void *opts)
{
	struct vc *vc = xcalloc(1, sizeof(*vc));

	vc->o = *(const struct visits_options *)opts;
	vc->v = compliance_new(env->cases, env->profiles, env->findings);
	return vc;
}

static int
visits_proc_log(void *st, struct input *in, struct diag *d)
{
	return compliance_log(((struct vc *)st)->v, in, d);
}

static void
visits_proc_end(void *st, struct diag *d)
{
	compliance_end(((struct vc *)st)->v, d);
}

static struct proc_counts
visits_proc_counts(void *st)
{
	struct compliance_counts n = compliance_counts(((struct vc *)st)->v);

	return (struct proc_counts){ n.read, n.used, n.rejected, n.loss };
}

static bool
visits_proc_has_table(void *st)
{
	const struct vc *vc = st;

	return vc->o.summary || vc->o.continuity;
}

/* --continuity in CSV or JSON sends the national indicator to standard
 * error, with the program's name, so that standard output stays one
 * table. */
static int
visits_proc_table(void *st, FILE *fp, enum out_format fmt, const char *prog)
{
	const struct vc *vc = st;

	if (vc->o.summary)
		return compliance_summary(vc->v, fp, fmt, vc->o.by_provider);
	return compliance_continuity(vc->v, fp, fmt == OUT_TEXT ? fp : stderr,
	    fmt == OUT_TEXT ? NULL : prog, fmt);
}

static void
visits_proc_free(void *st)
{
	compliance_free(((struct vc *)st)->v);
	free(st);
}

const struct proc visits_proc = {
	.log_noun = N_("visits"),
	.log_row = N_("visit"),
	.new = visits_proc_new,
	.log = visits_proc_log,
	.end = visits_proc_end,
	.counts = visits_proc_counts,
	.has_table = visits_proc_has_table,
	.table = visits_proc_table,
	.free = visits_proc_free,
};
