/* visit-compliance: a home-help visit log against the quality standard. */
#include <stdio.h>

#include "i18n.h"
#include "run.h"
#include "tools/procs.h"

enum { OPT_CONTINUITY = OPT_TOOL, OPT_BY_PROVIDER };

static void
usage(FILE *fp)
{
	cli_usage(fp, "visit-compliance [-qsv] -c cases [-c cases ...] "
	    "[-d delim]\n"
	    "                        [-f format] [-l level] [-o format] "
	    "[-p profile]\n"
	    "                        [--by-provider] [--continuity] "
	    "[--encoding enc]\n"
	    "                        [--pseudonymize] [--today date] "
	    "[visits ...]\n");
}

static const char *const help = N_(
    "\nChecks a home-help visit log (one row per planned visit) against the "
    "case\nrecords and the quality standard: frequency, time windows, "
    "replacement of\nmissed visits, notice and staff continuity.\n\n"
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
    "  -s, --summary        planned against delivered visits and minutes "
    "per case\n"
    "  -v, --verbose        count records and visits read, used and "
    "rejected\n"
    "      --by-provider    with -s: one row per provider instead of per "
    "case\n"
    "      --continuity     distinct staff per case and 14-day period, and "
    "the\n"
    "                       national continuity indicator\n"
    "      --encoding E     files not in UTF-8 are cp1252 or latin1; utf-8 "
    "refuses\n"
    "                       them (the default, or the profile's encoding)\n"
    "      --pseudonymize   keyed pseudonyms for case and staff ids (key:\n"
    "                       $CARETOOLS_KEY_FILE or $CARETOOLS_KEY)\n"
    "      --today DATE     the day to judge from (default: today)\n"
    "      --version        print the version\n\n"
    "Exit status: 0 nothing to report, 1 something reported, 2 usage, "
    "input or\noutput error.  See visit-compliance(1).\n");

static int
option(struct cli *cli, void *opts, int ch, const char *arg)
{
	struct visits_options *o = opts;

	(void)cli;
	(void)arg;
	if (ch == 's')
		o->summary = true;
	else if (ch == OPT_CONTINUITY)
		o->continuity = true;
	else if (ch == OPT_BY_PROVIDER)
		o->by_provider = true;
	return 0;
}

static int
check(struct cli *cli, void *opts)
{
	const struct visits_options *o = opts;

	if (o->summary && o->continuity) {
		cli_usage_error(cli, "-s and --continuity are two reports; "
		    "ask for one");
		return -1;
	}
	if (o->by_provider && !o->summary) {
		cli_usage_error(cli, "--by-provider goes with -s");
		return -1;
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "summary", no_argument, NULL, 's' },
		{ "continuity", no_argument, NULL, OPT_CONTINUITY },
		{ "by-provider", no_argument, NULL, OPT_BY_PROVIDER },
		{ NULL, 0, NULL, 0 }
	};
	struct visits_options o = { false, false, false };
	const struct command t = {
		.prog = "visit-compliance", .shortopts = "s",
		.longopts = longopts, .flags = RUN_LOGS | RUN_ZONES,
		.usage = usage, .help = help, .option = option, .check = check,
		.proc = &visits_proc, .opts = &o
	};

	return run(&t, argc, argv);
}
