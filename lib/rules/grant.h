/* Grants: hours used against the decisions in accounting periods
 * (hours.granted, hours.temporary), shifts outside a decision
 * (hours.outside-decision) or in a hospital stay (hours.hospital). */
#ifndef CARETOOLS_GRANT_H
#define CARETOOLS_GRANT_H

#include "rule.h"
#include "tools/hours_int.h"

void	grant_case_init(struct hcase *, const struct care_case *,
	    const struct profile *);
void	grant_shift(struct findings *, const struct srcpos *,
	    struct hcase *, const struct shift_row *, cdate, int64_t, int64_t);
void	grant_periods(struct timesheet *, struct hcase *, struct sumrows *);
double	grant_weekly(const struct decision *);
void	grant_hours(const struct hcase *, cdate, cdate, double *, double *);
cdate	grant_period_start(const struct hcase *, int);
double	grant_unbill(struct hcase *, const struct stored *, double);

#endif
