/* visit.continuity: how many different staff a client meets in a period
 * of days, counting visits in the hours of the day. */
#ifndef CARETOOLS_RULES_CONTINUITY_H
#define CARETOOLS_RULES_CONTINUITY_H

#include "rule.h"

/* The periods and hours counted: days 0 when the profile gives none. */
struct continuity_window {
	int	days;
	int	from, to;	/* minutes after midnight */
};

/* One period of a case's visits. */
struct continuity_period {
	cdate		start, end;
	unsigned	visits, staff;
};

void	continuity_window(const struct profile *, struct continuity_window *);
bool	continuity_counted(const struct profile *);
void	continuity_judge(struct findings *, const struct care_case *,
	    const struct profile *, const struct continuity_window *,
	    const struct continuity_period *);

#endif
