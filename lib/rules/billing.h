/* Billing to Försäkringskassan: the amount of a period's billable hours
 * at each year's hourly rate (billing.fk). */
#ifndef CARETOOLS_BILLING_H
#define CARETOOLS_BILLING_H

#include "rule.h"
#include "tools/hours_int.h"

double	billing_fk(struct timesheet *, const struct hcase *,
	    const struct period *, int, double);
double	billing_fk_hours(struct timesheet *, const struct hcase *, int,
	    double);
bool	billing_rate(const struct hcase *, int, double *);

#endif
