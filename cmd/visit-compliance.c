/* visit-compliance: a home-help visit log against the quality standard. */
#include <stdio.h>
#include <string.h>

#include "cases.h"
#include "cli.h"
#include "compliance.h"
#include "profile.h"
#include "report.h"

enum { OPT_CONTINUITY = OPT_TOOL, OPT_BY_PROVIDER };

#define MAX_CASE_FILES	256

static void
usage(FILE *fp)
{
	fputs("usage: visit-compliance [-qsv] -c cases [-c cases ...] "
	    "[-f format]\n"
	    "                        [-l level] [-o format] [-p profile] "
	    "[--by-provider]\n"
	    "                        [--continuity] [--pseudonymize] [--today date]\n"
	    "                        [visits ...]\n", fp);
}

static void
help(void)
{
	usage(stdout);
	fputs("\nChecks a home-help visit log (one row per planned visit) "
	    "against the case\nrecords and the quality standard: frequency, "
	    "time windows, replacement of\nmissed visits, notice and staff "
	    "continuity.\n\n"
	    "  -c, --cases FILE     case records (YAML or CSV tables); "
	    "repeatable, required\n"
	    "  -f, --format FMT     read the case records as csv or yaml\n"
	    "  -h, --help           this help\n"
	    "  -l, --level LEVEL    report only info, warning or error and "
	    "above\n"
	    "  -o, --output FMT     text (default), csv or json\n"
	    "  -p, --profile P      built-in profile name or a profile file; "
	    "repeatable\n"
	    "  -q, --quiet          print nothing when there is nothing to "
	    "report\n"
	    "  -s, --summary        planned against delivered visits and "
	    "minutes per case\n"
	    "  -v, --verbose        count records and visits read, used and "
	    "rejected\n"
	    "      --by-provider    with -s: one row per provider instead of "
	    "per case\n"
	    "      --continuity     distinct staff per case and 14-day period, "
	    "and the\n"
	    "                       national continuity indicator\n"
	    "      --pseudonymize   keyed pseudonyms for case and staff ids (key:\n"
	    "                       $CARETOOLS_KEY_FILE or $CARETOOLS_KEY)\n"
	    "      --today DATE     the day to judge from (default: today)\n"
	    "      --version        print the version\n\n"
	    "Exit status: 0 nothing to report, 1 something reported, 2 usage, "
	    "input or\noutput error.  See visit-compliance(1).\n", stdout);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "cases", required_argument, NULL, 'c' },
		{ "summary", no_argument, NULL, 's' },
		{ "continuity", no_argument, NULL, OPT_CONTINUITY },
		{ "by-provider", no_argument, NULL, OPT_BY_PROVIDER },
		{ NULL, 0, NULL, 0 }
	};
	static char *case_files[MAX_CASE_FILES];
	struct compliance_counts n;
	struct compliance *v;
	struct profiles ps;
	struct cli_files cases, logs;
	struct caseset set;
	struct findings f;
	struct report r;
	struct cli cli;
	bool summary = false, cont = false, by_provider = false;
	bool any = false, failed = false;
	int ch, rc, ncase_files = 0;
	size_t j;

	cli_init(&cli, "visit-compliance");
	while ((ch = getopt_long(argc, argv, CLI_SHORTOPTS "c:s", longopts,
	    NULL)) != -1) {
		if ((rc = cli_option(&cli, ch, optarg)) < 0)
			return EXIT_TROUBLE;
		if (rc > 0)
			continue;
		switch (ch) {
		case 'c':
			if (ncase_files == MAX_CASE_FILES) {
				cli_usage_error(&cli, "more than %d -c files",
				    MAX_CASE_FILES);
				return EXIT_TROUBLE;
			}
			case_files[ncase_files++] = optarg;
			break;
		case 's':
			summary = true;
			break;
		case OPT_CONTINUITY:
			cont = true;
			break;
		case OPT_BY_PROVIDER:
			by_provider = true;
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
	if (ncase_files == 0) {
		cli_usage_error(&cli, "no case records: give them with -c");
		return EXIT_TROUBLE;
	}
	if (summary && cont) {
		cli_usage_error(&cli, "-s and --continuity are two reports; "
		    "ask for one");
		return EXIT_TROUBLE;
	}
	if (by_provider && !summary) {
		cli_usage_error(&cli, "--by-provider goes with -s");
		return EXIT_TROUBLE;
	}
	if (cli.today == DATE_NONE)
		cli.today = cli_local_today();
	if (cli_load_profiles(&cli, &ps) != 0) {
		profiles_free(&ps);
		return EXIT_TROUBLE;
	}
	/* every input open: then the sandbox */
	cli_open(&cli, &cases, ncase_files, case_files);
	cli_open(&cli, &logs, argc, argv);
	cli_sandbox(&cli);
	caseset_init(&set);
	cli_read_cases(&cli, &set, &cases);
	findings_init(&f);
	v = compliance_new(&set, &ps, &f);
	for (j = 0; j < logs.n; j++)
		compliance_log(v, &logs.v[j], &cli.diag);
	cli_close(&logs);
	compliance_end(v, &cli.diag);
	n = compliance_counts(v);
	cli_tally(&cli, "visits", n.read, n.used, n.rejected);
	report_init(&r, stdout, cli.out, cli.quiet);
	if (summary) {
		failed = cli_write(&cli, NULL, &f, &any) != 0;
		if ((!cli.quiet || any) && compliance_summary(v, stdout,
		    cli.out, by_provider) != 0)
			failed = true;
	} else if (cont) {
		failed = cli_write(&cli, NULL, &f, &any) != 0;
		if ((!cli.quiet || any) && compliance_continuity(v, stdout,
		    cli.out == OUT_TEXT ? stdout : stderr, cli.out == OUT_TEXT ?
		    NULL : cli.prog, cli.out) != 0)
			failed = true;
	} else {
		failed = cli_write(&cli, &r, &f, &any) != 0;
		if (report_end(&r) != 0)
			failed = true;
	}
	compliance_free(v);
	findings_free(&f);
	caseset_free(&set);
	profiles_free(&ps);
	return cli_finish(&cli, any, failed);
}
