/* hours-check: a timesheet against the decisions, working-time law and
 * Försäkringskassan billing. */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "run.h"
#include "tools/procs.h"

enum { OPT_STAFF = OPT_TOOL, OPT_FK_MONTH, OPT_FK_TOTALS, OPT_PER };

static void
usage(FILE *fp)
{
	cli_usage(fp, "hours-check [-qsv] -c cases [-c cases ...] [-d delim] "
	    "[-f format]\n"
	    "                   [-l level] [-o format] [-p profile] "
	    "[--encoding enc]\n"
	    "                   [--fk-month month] [--fk-totals] [--per cut]\n"
	    "                   [--pseudonymize]\n"
	    "                   [--staff roster] [--today date] [shifts ...]\n");
}

static const char *const help = N_(
    "\nChecks a timesheet (one row per shift) against the case records: "
    "hours\nagainst the decisions, working-time law and Försäkringskassan "
    "billing.\n\n"
    "  -c, --cases FILE     case records (YAML or CSV tables), or a "
    "directory of\n"
    "                       YAML files; repeatable, required\n"
    "  -d, --delimiter D    CSV delimiter , ; or tab (default: found in each "
    "header)\n"
    "  -f, --format FMT     read the case records as csv or yaml\n"
    "  -h, --help           this help\n"
    "  -l, --level LEVEL    report only info, warning or error and above\n"
    "  -o, --output FMT     text (default), csv or json\n"
    "  -p, --profile P      built-in profile name or a profile file; "
    "repeatable\n"
    "  -q, --quiet          print nothing when there is nothing to report\n"
    "  -s, --summary        per case and accounting period: granted, used, "
    "billable\n"
    "  -v, --verbose        count records and shifts read, used and "
    "rejected\n"
    "      --encoding E     files not in UTF-8 are cp1252 or latin1; utf-8 "
    "refuses\n"
    "                       them (the default, or the profile's encoding)\n"
    "      --fk-month M     the FK time report lines of month M (YYYY-MM)\n"
    "      --fk-totals      with --fk-month -o csv or json: the totals per "
    "case\n                       and staff member, with the amount, instead "
    "of the lines\n"
    "      --per CUT        with -s: rows per accounting period (default) or\n"
    "                       per calendar month (month)\n"
    "      --staff FILE     a roster staff,qualified[,employment][,worktime]:\n"
    "                       worktime atl, household, pan-j or vf-pa\n"
    "      --pseudonymize   keyed pseudonyms for case and staff ids (key:\n"
    "                       $CARETOOLS_KEY_FILE or $CARETOOLS_KEY)\n"
    "      --today DATE     the day to judge from (default: today)\n"
    "      --version        print the version\n\n"
    "Exit status: 0 nothing to report, 1 something reported, 2 usage, "
    "input or\noutput error.  See hours-check(1).\n");

static int
option(struct cli *cli, void *opts, int ch, const char *arg)
{
	struct hours_cmd_options *o = opts;

	switch (ch) {
	case 's':
		o->summary = true;
		break;
	case OPT_STAFF:
		o->roster = arg;
		break;
	case OPT_PER:
		if (strcmp(arg, "month") == 0 || strcmp(arg, "period") == 0)
			o->per_month = arg[0] == 'm';
		else {
			cli_usage_error(cli, "unknown cut '%s' for --per "
			    "(period or month)", arg);
			return -1;
		}
		break;
	case OPT_FK_TOTALS:
		o->fk_totals = true;
		break;
	case OPT_FK_MONTH:
		if (month_parse(arg, strlen(arg), &o->fk_month) != DATE_OK) {
			cli_usage_error(cli, "invalid month '%s' for "
			    "--fk-month (expected YYYY-MM)", arg);
			return -1;
		}
		break;
	}
	return 0;
}

static int
check(struct cli *cli, void *opts)
{
	const struct hours_cmd_options *o = opts;

	if (o->summary && o->fk_month != DATE_NONE) {
		cli_usage_error(cli, "-s and --fk-month are two reports; "
		    "ask for one");
		return -1;
	}
	if (o->fk_totals && o->fk_month == DATE_NONE) {
		cli_usage_error(cli, "--fk-totals goes with --fk-month");
		return -1;
	}
	if (o->per_month && !o->summary) {
		cli_usage_error(cli, "--per goes with -s");
		return -1;
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "summary", no_argument, NULL, 's' },
		{ "staff", required_argument, NULL, OPT_STAFF },
		{ "fk-month", required_argument, NULL, OPT_FK_MONTH },
		{ "fk-totals", no_argument, NULL, OPT_FK_TOTALS },
		{ "per", required_argument, NULL, OPT_PER },
		{ NULL, 0, NULL, 0 }
	};
	struct hours_cmd_options o = { false, DATE_NONE, NULL, false, false };
	const struct command t = {
		.prog = "hours-check", .shortopts = "s", .longopts = longopts,
		.flags = RUN_LOGS | RUN_ZONES, .usage = usage, .help = help,
		.option = option, .check = check, .aux = &o.roster,
		.proc = &hours_proc, .opts = &o
	};

	return run(&t, argc, argv);
}
