/* The four tools as processors (proc.h), and the options each takes from
 * its command line. */
#ifndef CARETOOLS_PROCS_H
#define CARETOOLS_PROCS_H

#include <stdbool.h>
#include <stdio.h>

#include "calendar.h"
#include "dates.h"
#include "proc.h"

struct deadline_options {
	struct duration	 within;	/* -w */
	bool		 all;		/* -a */
	const char	*holidays;	/* --holidays COUNTRY */
};

struct validate_options {
	bool	summary;		/* -s */
};

struct hours_cmd_options {
	bool	summary;		/* -s */
	cdate	fk_month;		/* --fk-month, or DATE_NONE */
	const char *roster;		/* --staff */
	bool	per_month;		/* --per month */
	bool	fk_totals;		/* --fk-totals */
};

struct visits_options {
	bool	summary;		/* -s */
	bool	continuity;		/* --continuity */
	bool	by_provider;		/* --by-provider */
};

int	holidays_table(FILE *, enum country, int);
struct cli;
bool	deadline_holidays(struct cli *, void *, int, char **, int *);

extern const struct proc deadline_proc, validate_proc, hours_proc,
	    visits_proc;

#endif
