/* Working-time law for personal assistants' staff: daily and weekly rest
 * (worktime.daily-rest, worktime.weekly-rest) and the weekly average
 * (worktime.weekly-average), over one staff member's shifts in time
 * order. */
#ifndef CARETOOLS_WORKTIME_H
#define CARETOOLS_WORKTIME_H

#include "rule.h"
#include "tools/hours_int.h"

/* A stretch of work: overlapping and touching shifts merged. */
struct interval {
	int32_t		start, end;
	uint32_t	shift;		/* the first shift of the stretch */
	bool		pan_long;	/* judged by PAN Bilaga J's long shifts */
};

/* A reference period of the weekly average over its limit. */
struct excess {
	cdate		first, last;
	double		worked, limit;	/* hours; a week's at most */
	uint32_t	shift;		/* the period's first stretch's */
	enum worktime	wt;
};

void	worktime_prepare(struct timesheet *);
size_t	worktime_rest(const struct timesheet *, const uint32_t *, size_t,
	    struct interval *, uint32_t *, struct excess *);
void	worktime_unbill(struct timesheet *, const uint32_t *, size_t,
	    const struct excess *, size_t);

#endif
