/* plan-validate: what is missing or inconsistent in plans, decisions and
 * start-up. */
#include <stdio.h>

#include "i18n.h"
#include "run.h"
#include "tools/procs.h"

static void
usage(FILE *fp)
{
	cli_usage(fp, "plan-validate [-qsv] [-d delim] [-f format] [-l level] "
	    "[-o format]\n"
	    "                     [-p profile] [--encoding enc] [--pseudonymize]\n"
	    "                     [--today date] [file ...]\n");
}

static const char *const help = N_(
    "\nReports what is missing or inconsistent in the plans, decisions and "
    "start-up\nof the cases, over their history up to today.\n\n"
    "  -d, --delimiter D    CSV delimiter , ; or tab (default: found in each "
    "header)\n"
    "  -f, --format FMT     read input as csv or yaml (default: by name or "
    "content)\n"
    "  -h, --help           this help\n"
    "  -l, --level LEVEL    report only info, warning or error and above\n"
    "  -o, --output FMT     text (default), csv or json\n"
    "  -p, --profile P      built-in profile name or a profile file; "
    "repeatable\n"
    "  -q, --quiet          print nothing when there is nothing to report\n"
    "  -s, --summary        per regime and rule, how many cases pass and "
    "fail\n"
    "  -v, --verbose        count records read, used and rejected on "
    "stderr\n"
    "      --encoding E     files not in UTF-8 are cp1252 or latin1; utf-8 "
    "refuses\n"
    "                       them (the default, or the profile's encoding)\n"
    "      --pseudonymize   keyed pseudonyms for case and staff ids (key:\n"
    "                       $CARETOOLS_KEY_FILE or $CARETOOLS_KEY)\n"
    "      --today DATE     the day to judge from (default: today)\n"
    "      --version        print the version\n\n"
    "Exit status: 0 nothing to report, 1 something reported, 2 usage, "
    "input or\noutput error.  See plan-validate(1).\n");

static int
option(struct cli *cli, void *opts, int ch, const char *arg)
{
	struct validate_options *o = opts;

	(void)cli;
	(void)arg;
	if (ch == 's')
		o->summary = true;
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "summary", no_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 }
	};
	struct validate_options o = { false };
	const struct command t = {
		.prog = "plan-validate", .shortopts = "s", .longopts = longopts,
		.usage = usage, .help = help, .option = option,
		.proc = &validate_proc, .opts = &o
	};

	return run(&t, argc, argv);
}
