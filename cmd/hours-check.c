/* hours-check: a timesheet against the decisions, working-time law and
 * Försäkringskassan billing. */
#include <stdio.h>
#include <string.h>

#include "cases.h"
#include "cli.h"
#include "hours.h"
#include "profile.h"
#include "report.h"
#include "tz.h"

enum { OPT_STAFF = OPT_TOOL, OPT_FK_MONTH };

#define MAX_CASE_FILES	256

static void
usage(FILE *fp)
{
	fputs("usage: hours-check [-qsv] -c cases [-c cases ...] [-f format] "
	    "[-l level]\n"
	    "                   [-o format] [-p profile] [--fk-month month]\n"
	    "                   [--pseudonymize] [--staff roster] [--today date]\n"
	    "                   [shifts ...]\n",
	    fp);
}

static void
help(void)
{
	usage(stdout);
	fputs("\nChecks a timesheet (one row per shift) against the case "
	    "records: hours\nagainst the decisions, working-time law and "
	    "Försäkringskassan billing.\n\n"
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
	    "  -s, --summary        per case and accounting period: granted, "
	    "used, billable\n"
	    "  -v, --verbose        count records and shifts read, used and "
	    "rejected\n"
	    "      --fk-month M     the FK time report lines of month M "
	    "(YYYY-MM)\n"
	    "      --staff FILE     a roster staff,qualified[,employment]\n"
	    "      --pseudonymize   keyed pseudonyms for case and staff ids (key:\n"
	    "                       $CARETOOLS_KEY_FILE or $CARETOOLS_KEY)\n"
	    "      --today DATE     the day to judge from (default: today)\n"
	    "      --version        print the version\n\n"
	    "Exit status: 0 nothing to report, 1 something reported, 2 usage, "
	    "input or\noutput error.  See hours-check(1).\n", stdout);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "cases", required_argument, NULL, 'c' },
		{ "summary", no_argument, NULL, 's' },
		{ "staff", required_argument, NULL, OPT_STAFF },
		{ "fk-month", required_argument, NULL, OPT_FK_MONTH },
		{ NULL, 0, NULL, 0 }
	};
	static char *case_files[MAX_CASE_FILES];
	struct hours_options o;
	struct hours_counts n;
	struct profiles ps;
	struct cli_files cases, rost, logs;
	struct caseset set;
	struct findings f;
	struct report r;
	struct hours *h;
	struct cli cli;
	char *roster = NULL;
	bool summary = false, any = false, failed = false;
	int ch, rc, ncase_files = 0;
	size_t j;

	cli_init(&cli, "hours-check");
	o.fk_month = DATE_NONE;
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
		case OPT_STAFF:
			roster = optarg;
			break;
		case OPT_FK_MONTH:
			if (month_parse(optarg, strlen(optarg), &o.fk_month) !=
			    DATE_OK) {
				cli_usage_error(&cli, "invalid month '%s' for "
				    "--fk-month (expected YYYY-MM)", optarg);
				return EXIT_TROUBLE;
			}
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
	if (summary && o.fk_month != DATE_NONE) {
		cli_usage_error(&cli, "-s and --fk-month are two reports; "
		    "ask for one");
		return EXIT_TROUBLE;
	}
	if (tz_check(ZONE_STOCKHOLM) != 0 || tz_check(ZONE_COPENHAGEN) != 0) {
		fprintf(stderr, "hours-check: no time zone rules for "
		    "Europe/Stockholm and Europe/Copenhagen (install tzdata)\n");
		return EXIT_TROUBLE;
	}
	if (cli.today == DATE_NONE)
		cli.today = cli_local_today();
	o.today = cli.today;
	if (cli_load_profiles(&cli, &ps) != 0) {
		profiles_free(&ps);
		return EXIT_TROUBLE;
	}
	/* every input open, the zones' rules read: then the sandbox */
	cli_open(&cli, &cases, ncase_files, case_files);
	rost.n = 0;
	rost.v = NULL;
	if (roster != NULL)
		cli_open(&cli, &rost, 1, &roster);
	cli_open(&cli, &logs, argc, argv);
	tz_preload();
	cli_sandbox(&cli);
	caseset_init(&set);
	cli_read_cases(&cli, &set, &cases);
	findings_init(&f);
	h = hours_new(&set, &ps, &o, &f);
	for (j = 0; j < rost.n; j++)
		hours_roster(h, &rost.v[j], &cli.diag);
	cli_close(&rost);
	for (j = 0; j < logs.n; j++)
		hours_log(h, &logs.v[j], &cli.diag);
	cli_close(&logs);
	hours_end(h, &cli.diag);
	n = hours_counts(h);
	cli_tally(&cli, "shifts", n.read, n.used, n.rejected);
	report_init(&r, stdout, cli.out, cli.quiet);
	if (summary || o.fk_month != DATE_NONE) {
		failed = cli_write(&cli, NULL, &f, &any) != 0;
		if ((!cli.quiet || any) && (summary ? hours_summary(h, stdout,
		    cli.out) : hours_fk_month(h, stdout, cli.out)) != 0)
			failed = true;
	} else {
		failed = cli_write(&cli, &r, &f, &any) != 0;
		if (report_end(&r) != 0)
			failed = true;
	}
	hours_free(h);
	findings_free(&f);
	caseset_free(&set);
	profiles_free(&ps);
	return cli_finish(&cli, any, failed);
}
