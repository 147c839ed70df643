/* What the four commands share: common options, messages, reading case
 * inputs, exit statuses and closing standard output. */
#ifndef CARETOOLS_CLI_H
#define CARETOOLS_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>

#include "arena.h"
#include "cases.h"
#include "diag.h"
#include "finding.h"
#include "input.h"
#include "profile.h"
#include "report.h"

#define EXIT_NOTHING	0	/* nothing to report */
#define EXIT_FINDINGS	1	/* findings at or above the level */
#define EXIT_TROUBLE	2	/* usage, input or output error */

#define CARETOOLS_VERSION	"0.1.0"

#define CLI_MAX_PROFILES	16

/* Options every tool takes: -d -f -h -l -o -p -q -v --encoding
 * --pseudonymize --today --version. */
#define CLI_SHORTOPTS	"d:f:hl:o:p:qv"
enum { OPT_TODAY = 256, OPT_VERSION, OPT_PSEUDO, OPT_ENCODING, OPT_TOOL };
#define CLI_LONGOPTS \
	{ "delimiter", required_argument, NULL, 'd' }, \
	{ "encoding", required_argument, NULL, OPT_ENCODING }, \
	{ "format", required_argument, NULL, 'f' }, \
	{ "help", no_argument, NULL, 'h' }, \
	{ "level", required_argument, NULL, 'l' }, \
	{ "output", required_argument, NULL, 'o' }, \
	{ "profile", required_argument, NULL, 'p' }, \
	{ "quiet", no_argument, NULL, 'q' }, \
	{ "verbose", no_argument, NULL, 'v' }, \
	{ "pseudonymize", no_argument, NULL, OPT_PSEUDO }, \
	{ "today", required_argument, NULL, OPT_TODAY }, \
	{ "version", no_argument, NULL, OPT_VERSION }

struct cli {
	const char	*prog;
	enum format	 in_format;
	enum out_format	 out;
	bool		 out_ics_ok;	/* the tool writes iCalendar */
	enum severity	 level;
	cdate		 today;
	bool		 quiet, verbose, help, version, pseudonymize;
	bool		 stdin_taken;	/* an input is standard input */
	const char	*uid_domain;	/* ICS: the UIDs' domain */
	char		 host[256];	/* ICS: the default domain, this host */
	long long	 now;		/* ICS: when the file is written */
	bool		 encoding_given;	/* --encoding, over the profile */
	struct readopts	 ro;		/* how every input is read */
	struct arena	 names;		/* names of files found in directories */
	const char	*profiles[CLI_MAX_PROFILES];
	size_t		 nprofiles;
	struct diag	 diag;
};

void	cli_init(struct cli *, const char *);
int	cli_option(struct cli *, int, const char *);
void	cli_usage(FILE *, const char *);
void	cli_usage_error(const struct cli *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	cli_bad_option(const struct cli *, int, char **,
	    const struct option *, int);
int	cli_version(const struct cli *);
bool	cli_answer(struct cli *, void (*)(FILE *), const char *, int *);
int	cli_load_profiles(struct cli *, struct profiles *);
/* Inputs opened up front, before the sandbox. */
struct cli_files {
	struct input	*v;
	size_t		 n;
};

enum { CLI_DIRS = 1 };		/* a directory stands for its case files */

size_t	cli_open(struct cli *, struct cli_files *, int, char **, unsigned);
int	cli_sandbox(struct cli *);
void	cli_read_cases(struct cli *, struct caseset *, struct cli_files *);
void	cli_close(struct cli_files *);
void	cli_tally(const struct cli *, const char *, unsigned long,
	    unsigned long, unsigned long);
int	cli_write(struct cli *, struct report *, const struct findings *,
	    bool *);

/* Checks one case under its profile, adding to the findings. */
typedef void case_check_fn(void *, const struct care_case *,
	    const struct profile *, struct findings *);
int	cli_check_cases(struct cli *, const struct profiles *,
	    const struct caseset *, case_check_fn *, void *, struct report *,
	    bool *);
int	cli_finish(struct cli *, bool, bool);
cdate	cli_local_today(void);

#endif
