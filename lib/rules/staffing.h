/* Staffing: overlapping shifts, double staffing, and whether a helper
 * knows the client (staff.introduced, visit.unknown-helper-notice), for
 * timesheets and visit logs alike. */
#ifndef CARETOOLS_STAFFING_H
#define CARETOOLS_STAFFING_H

#include <stdint.h>

#include "rule.h"

cdate	staff_known_until(const struct care_case *, const struct profile *,
	    cdate);

/* Timesheets (lib/tools/hours_int.h): hours.overlap over one staff
 * member's shifts in time order, hours.double-staffing and
 * staff.introduced over one case's. */
struct timesheet;

void	staffing_overlap(const struct timesheet *, const uint32_t *,
	    size_t);
struct case_marks;

void	staffing_case(const struct timesheet *, const uint32_t *, size_t,
	    const struct case_marks *);

/* A helper's first visit to a client. */
struct first_visit {
	const char	*staff;
	cminute		 when;
	struct srcpos	 pos;
	bool		 told;	/* the client was phoned before it */
};

void	staff_new_helpers(struct findings *, const struct care_case *,
	    const struct profile *, struct first_visit *, size_t, int);

#endif
