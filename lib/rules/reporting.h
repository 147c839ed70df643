/* The reporting family: what is reported for each period that is over,
 * the FK time report for personal assistance (fk.report) and the summary
 * of the daily notes in daily activity (dv.summary). */
#ifndef CARETOOLS_RULES_REPORTING_H
#define CARETOOLS_RULES_REPORTING_H

#include "due.h"

void	reporting_deadlines(const struct care_case *, const struct profile *,
	    cdate, struct deadlines *);
void	reporting_history(const struct care_case *, const struct deadlines *,
	    cdate, struct findings *);

#endif
