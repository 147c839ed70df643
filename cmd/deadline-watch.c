/* deadline-watch: what is overdue or due soon in the case records. */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "run.h"
#include "tools/procs.h"

enum { OPT_HOLIDAYS = OPT_TOOL, OPT_UID_DOMAIN };

static void
usage(FILE *fp)
{
	cli_usage(fp, "deadline-watch [-aqv] [-d delim] [-f format] [-l level] "
	    "[-o format]\n"
	    "                      [-p profile] [-w duration] [--encoding enc]\n"
	    "                      [--pseudonymize] [--today date]\n"
	    "                      [--uid-domain domain] [file ...]\n"
	    "       deadline-watch --holidays country [year]\n");
}

static const char *const help = N_(
    "\nReports the deadlines in the case records that are overdue (error) "
    "or\ndue within the horizon (warning; info for rules that only "
    "inform).\n\n"
    "  -a, --all            every deadline, met or not, with its state\n"
    "  -d, --delimiter D    CSV delimiter , ; or tab (default: found in each "
    "header)\n"
    "  -f, --format FMT     read input as csv or yaml (default: by name or "
    "content)\n"
    "  -h, --help           this help\n"
    "  -l, --level LEVEL    report only info, warning or error and above\n"
    "  -o, --output FMT     text (default), csv, json or ics\n"
    "  -p, --profile P      built-in profile name or a profile file; "
    "repeatable\n"
    "  -q, --quiet          print nothing when there is nothing to report\n"
    "  -v, --verbose        count records read, used and rejected on "
    "stderr\n"
    "  -w, --within DUR     horizon for rules without their own notice "
    "(default 30d)\n"
    "      --encoding E     files not in UTF-8 are cp1252 or latin1; utf-8 "
    "refuses\n"
    "                       them (the default, or the profile's encoding)\n"
    "      --pseudonymize   keyed pseudonyms for case and staff ids (key:\n"
    "                       $CARETOOLS_KEY_FILE or $CARETOOLS_KEY)\n"
    "      --today DATE     the day to judge from (default: today)\n"
    "      --uid-domain D   the domain of -o ics UIDs (default: this host's "
    "name)\n"
    "      --holidays C [Y] list country C's (SE or DK) holidays in year Y "
    "as CSV\n"
    "      --version        print the version\n\n"
    "Exit status: 0 nothing to report, 1 something reported, 2 usage, "
    "input or\noutput error.  See deadline-watch(1).\n");

static int
option(struct cli *cli, void *opts, int ch, const char *arg)
{
	struct deadline_options *o = opts;

	switch (ch) {
	case 'a':
		o->all = true;
		break;
	case 'w':
		if (dur_parse(arg, strlen(arg), &o->within) != 0) {
			cli_usage_error(cli, "invalid duration '%s' for "
			    "--within (such as 30d, 2w, 1m or 10wd)", arg);
			return -1;
		}
		break;
	case OPT_HOLIDAYS:
		o->holidays = arg;
		break;
	case OPT_UID_DOMAIN:
		if (!report_domain_ok(arg)) {
			cli_usage_error(cli, "invalid domain '%s' for "
			    "--uid-domain (letters, digits, '.' and '-', not "
			    "shaped like a personal identity number)", arg);
			return -1;
		}
		cli->uid_domain = arg;
		break;
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "all", no_argument, NULL, 'a' },
		{ "within", required_argument, NULL, 'w' },
		{ "holidays", required_argument, NULL, OPT_HOLIDAYS },
		{ "uid-domain", required_argument, NULL, OPT_UID_DOMAIN },
		{ NULL, 0, NULL, 0 }
	};
	struct deadline_options o = { { 30, DUR_DAYS }, false, NULL };
	const struct command t = {
		.prog = "deadline-watch", .shortopts = "aw:",
		.longopts = longopts, .flags = RUN_ICS, .usage = usage,
		.help = help, .option = option, .answer = deadline_holidays,
		.proc = &deadline_proc, .opts = &o
	};

	return run(&t, argc, argv);
}
