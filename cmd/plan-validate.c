/* plan-validate: what is missing or inconsistent in plans, decisions and
 * start-up. */
#include <stdio.h>
#include <string.h>

#include "cases.h"
#include "cli.h"
#include "plancheck.h"
#include "profile.h"
#include "report.h"

struct pv {
	cdate		 today;
	bool		 summary;
	struct tally	 tally;
};

static void
usage(FILE *fp)
{
	fputs("usage: plan-validate [-qsv] [-f format] [-l level] [-o format] "
	    "[-p profile]\n"
	    "                     [--pseudonymize] [--today date] [file ...]\n",
	    fp);
}

static void
help(void)
{
	usage(stdout);
	fputs("\nReports what is missing or inconsistent in the plans, "
	    "decisions and start-up\nof the cases, over their history up to "
	    "today.\n\n"
	    "  -f, --format FMT     read input as csv or yaml (default: by "
	    "name or content)\n"
	    "  -h, --help           this help\n"
	    "  -l, --level LEVEL    report only info, warning or error and "
	    "above\n"
	    "  -o, --output FMT     text (default), csv or json\n"
	    "  -p, --profile P      built-in profile name or a profile file; "
	    "repeatable\n"
	    "  -q, --quiet          print nothing when there is nothing to "
	    "report\n"
	    "  -s, --summary        per regime and rule, how many cases pass "
	    "and fail\n"
	    "  -v, --verbose        count records read, used and rejected on "
	    "stderr\n"
	    "      --pseudonymize   keyed pseudonyms for case and staff ids (key:\n"
	    "                       $CARETOOLS_KEY_FILE or $CARETOOLS_KEY)\n"
	    "      --today DATE     the day to judge from (default: today)\n"
	    "      --version        print the version\n\n"
	    "Exit status: 0 nothing to report, 1 something reported, 2 usage, "
	    "input or\noutput error.  See plan-validate(1).\n", stdout);
}

static void
check(void *arg, const struct care_case *c, const struct profile *p,
    struct findings *f)
{
	struct pv *pv = arg;
	size_t first = f->n;

	plancheck_case(c, p, pv->today, f);
	tally_case(&pv->tally, c, p, f, first);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "summary", no_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 }
	};
	static struct pv pv;
	struct profiles ps;
	struct cli_files files;
	struct caseset set;
	struct report r;
	struct cli cli;
	bool any = false, failed;
	int ch, rc;

	cli_init(&cli, "plan-validate");
	while ((ch = getopt_long(argc, argv, CLI_SHORTOPTS "s", longopts,
	    NULL)) != -1) {
		if ((rc = cli_option(&cli, ch, optarg)) < 0)
			return EXIT_TROUBLE;
		if (rc > 0)
			continue;
		switch (ch) {
		case 's':
			pv.summary = true;
			break;
		default:
			usage(stderr);
			return EXIT_TROUBLE;
		}
	}
	argc -= optind;
	argv += optind;
	if (cli_answer(&cli, help, &rc))
		return rc;
	if (cli.today == DATE_NONE)
		cli.today = cli_local_today();
	pv.today = cli.today;
	if (cli_load_profiles(&cli, &ps) != 0) {
		profiles_free(&ps);
		return EXIT_TROUBLE;
	}
	cli_open(&cli, &files, argc, argv);
	cli_sandbox(&cli);
	caseset_init(&set);
	cli_read_cases(&cli, &set, &files);
	report_init(&r, stdout, cli.out, cli.quiet);
	failed = cli_check_cases(&cli, &ps, &set, check, &pv,
	    pv.summary ? NULL : &r, &any) != 0;
	if (pv.summary) {
		if ((!cli.quiet || any) &&
		    tally_write(stdout, cli.out, &pv.tally) != 0)
			failed = true;
	} else if (report_end(&r) != 0)
		failed = true;
	caseset_free(&set);
	profiles_free(&ps);
	return cli_finish(&cli, any, failed);
}
