/* Danish home help: the hours a staff member works and their span as the
 * shifts stream by, and at the end the private-helper option
 * (hours.private-helper), the average grant per recipient
 * (hours.average-visited) and unskilled staff (staff.unskilled). */
#ifndef CARETOOLS_HOMEHELP_H
#define CARETOOLS_HOMEHELP_H

#include "rule.h"
#include "tools/hours_int.h"

void	homehelp_shift(struct timesheet *, uint32_t, enum shift_kind, cdate,
	    double);
void	homehelp_check(const struct timesheet *);

#endif
