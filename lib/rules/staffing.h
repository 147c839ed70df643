/* Staffing: overlapping shifts, double staffing, and whether a helper
 * knows the client (staff.introduced, visit.unknown-helper-notice), for
 * timesheets and visit logs alike. */
#ifndef CARETOOLS_STAFFING_H
#define CARETOOLS_STAFFING_H

#include "rule.h"

cdate	staff_known_until(const struct care_case *, const struct profile *,
	    cdate);
cdate	staff_introduction(const struct care_case *, const char *);

#endif
