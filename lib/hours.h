/* hours-check: a stream of shifts against the decisions, working-time law
 * and Försäkringskassan billing. */
#ifndef CARETOOLS_HOURS_H
#define CARETOOLS_HOURS_H

#include <stdio.h>

#include "cases.h"
#include "finding.h"
#include "input.h"
#include "profile.h"
#include "report.h"

struct hours_options {
	cdate	today;
	cdate	fk_month;	/* first day of --fk-month, or DATE_NONE */
	bool	per_month;	/* -s --per month */
	bool	fk_totals;	/* --fk-month --fk-totals: the totals table */
};

struct hours_counts {
	unsigned long		read, used, rejected;
	struct report_loss	loss;	/* what the reports leave out */
};

struct hours;

struct hours	*hours_new(const struct caseset *, const struct profiles *,
		    const struct hours_options *, struct findings *);
int		 hours_roster(struct hours *, struct input *, struct diag *);
int		 hours_log(struct hours *, struct input *, struct diag *);
void		 hours_end(struct hours *, struct diag *);
int		 hours_summary(const struct hours *, FILE *, enum out_format);
int		 hours_fk_month(const struct hours *, FILE *, enum out_format);
struct hours_counts hours_counts(const struct hours *);
void		 hours_free(struct hours *);

#endif
