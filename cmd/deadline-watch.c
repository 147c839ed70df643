/* deadline-watch: what is overdue or due soon in the case records. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "cases.h"
#include "cli.h"
#include "deadlines.h"
#include "profile.h"
#include "report.h"

enum { OPT_HOLIDAYS = OPT_TOOL };

static void
usage(FILE *fp)
{
	fputs("usage: deadline-watch [-aqv] [-f format] [-l level] [-o format] "
	    "[-p profile]\n"
	    "                      [-w duration] [--pseudonymize] [--today date]\n"
	    "                      [file ...]\n"
	    "       deadline-watch --holidays country [year]\n", fp);
}

static void
help(void)
{
	usage(stdout);
	fputs("\nReports the deadlines in the case records that are overdue "
	    "(error) or\ndue within the horizon (warning; info for rules that "
	    "only inform).\n\n"
	    "  -a, --all            every deadline, met or not, with its "
	    "state\n"
	    "  -f, --format FMT     read input as csv or yaml (default: by "
	    "name or content)\n"
	    "  -h, --help           this help\n"
	    "  -l, --level LEVEL    report only info, warning or error and "
	    "above\n"
	    "  -o, --output FMT     text (default), csv, json or ics\n"
	    "  -p, --profile P      built-in profile name or a profile file; "
	    "repeatable\n"
	    "  -q, --quiet          print nothing when there is nothing to "
	    "report\n"
	    "  -v, --verbose        count records read, used and rejected on "
	    "stderr\n"
	    "  -w, --within DUR     horizon for rules without their own notice "
	    "(default 30d)\n"
	    "      --pseudonymize   keyed pseudonyms for case and staff ids (key:\n"
	    "                       $CARETOOLS_KEY_FILE or $CARETOOLS_KEY)\n"
	    "      --today DATE     the day to judge from (default: today)\n"
	    "      --holidays C [Y] list country C's (SE or DK) holidays in "
	    "year Y as CSV\n"
	    "      --version        print the version\n\n"
	    "Exit status: 0 nothing to report, 1 something reported, 2 usage, "
	    "input or\noutput error.  See deadline-watch(1).\n", stdout);
}

/* --holidays SE 2026: the year's days off as CSV date,name. */
static int
holidays(struct cli *cli, const char *country, int argc, char **argv)
{
	struct holiday h[CAL_MAX_HOLIDAYS];
	enum country c;
	char d[DATE_BUFSZ], *end;
	long year;
	size_t i, n;

	if (cal_country_parse(country, &c) != 0) {
		cli_usage_error(cli, "unknown country '%s' (SE or DK)",
		    country);
		return EXIT_TROUBLE;
	}
	if (argc > 1) {
		cli_usage_error(cli, "--holidays takes a country and a year");
		return EXIT_TROUBLE;
	}
	if (argc == 1) {
		year = strtol(argv[0], &end, 10);
		if (*argv[0] == '\0' || *end != '\0' || year < CAL_FIRST_YEAR ||
		    year > CAL_LAST_YEAR) {
			cli_usage_error(cli, "year '%s' is not a year from %d "
			    "to %d", argv[0], CAL_FIRST_YEAR, CAL_LAST_YEAR);
			return EXIT_TROUBLE;
		}
	} else
		year = date_year(cli->today != DATE_NONE ? cli->today :
		    cli_local_today());
	n = cal_holidays(c, (int)year, h);
	printf("date,name\n");
	for (i = 0; i < n; i++)
		printf("%s,%s\n", date_format(h[i].date, d), h[i].name);
	return cli_finish(cli, false, false);
}

static void
check(void *arg, const struct care_case *c, const struct profile *p,
    struct findings *f)
{
	deadlines_check(c, p, arg, f);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "all", no_argument, NULL, 'a' },
		{ "within", required_argument, NULL, 'w' },
		{ "holidays", required_argument, NULL, OPT_HOLIDAYS },
		{ NULL, 0, NULL, 0 }
	};
	struct dw_options o;
	struct profiles ps;
	struct cli_files files;
	struct caseset set;
	struct report r;
	struct cli cli;
	const char *country = NULL;
	bool any = false, failed;
	int ch, rc;

	cli_init(&cli, "deadline-watch");
	cli.out_ics_ok = true;
	memset(&o, 0, sizeof(o));
	o.within.n = 30;
	o.within.unit = DUR_DAYS;
	while ((ch = getopt_long(argc, argv, CLI_SHORTOPTS "aw:", longopts,
	    NULL)) != -1) {
		if ((rc = cli_option(&cli, ch, optarg)) < 0)
			return EXIT_TROUBLE;
		if (rc > 0)
			continue;
		switch (ch) {
		case 'a':
			o.all = true;
			break;
		case 'w':
			if (dur_parse(optarg, strlen(optarg), &o.within) != 0) {
				cli_usage_error(&cli, "invalid duration '%s' for "
				    "--within (such as 30d, 2w, 1m or 10wd)",
				    optarg);
				return EXIT_TROUBLE;
			}
			break;
		case OPT_HOLIDAYS:
			country = optarg;
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
	if (country != NULL)
		return holidays(&cli, country, argc, argv);
	if (cli.today == DATE_NONE)
		cli.today = cli_local_today();
	o.today = cli.today;
	if (cli_load_profiles(&cli, &ps) != 0) {
		profiles_free(&ps);
		return EXIT_TROUBLE;
	}
	cli_open(&cli, &files, argc, argv);
	cli_sandbox(&cli);
	caseset_init(&set);
	cli_read_cases(&cli, &set, &files);
	report_init(&r, stdout, cli.out, cli.quiet);
	r.prodid = "deadline-watch " CARETOOLS_VERSION;
	r.stamp = cli.today;
	failed = cli_check_cases(&cli, &ps, &set, check, &o, &r, &any) != 0;
	if (report_end(&r) != 0)
		failed = true;
	caseset_free(&set);
	profiles_free(&ps);
	return cli_finish(&cli, any, failed);
}
