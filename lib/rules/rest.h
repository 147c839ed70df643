/* Daily and weekly rest (worktime.daily-rest, worktime.weekly-rest) over
 * one staff member's stretches of work, in fixed periods from a break
 * (dygnsbryt, veckobryt) or, as a stricter option, in a window rolling
 * from each start of work; with the rest rules of the agreement the staff
 * member works under. */
#ifndef CARETOOLS_REST_H
#define CARETOOLS_REST_H

#include "worktime.h"

void	rest_params(const struct profile *, struct rest_params *);
void	rest_check(const struct timesheet *, const struct rest_params *,
	    enum worktime, struct interval *, size_t, uint32_t *);
const char *worktime_label(enum worktime);

#endif
