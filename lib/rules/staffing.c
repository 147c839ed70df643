/* Staffing rules (see staffing.h). */
#include <string.h>

#include "staffing.h"

/* staff.introduced's baseline: a log starts in the middle of a case's
 * life, so whoever works with the client before the day returned is taken
 * to know them; DATE_NONE when the case began on or after the log's first
 * day, when everyone is new. */
cdate
staff_known_until(const struct care_case *c, const struct profile *p,
    cdate first_day)
{
	if (c->start != DATE_NONE && c->start >= first_day)
		return DATE_NONE;
	return cal_add(regime_country(c->regime), first_day,
	    profile_dur(p, R_STAFF_INTRODUCED, "baseline"));
}

/* The first day a helper was introduced to the client, DATE_NONE when
 * the case records no introduction. */
cdate
staff_introduction(const struct care_case *c, const char *staff)
{
	cdate best = DATE_NONE;
	size_t i;

	for (i = 0; i < c->nevents; i++)
		if (c->events[i].type == EV_INTRODUCTION &&
		    c->events[i].staff != NULL &&
		    strcmp(c->events[i].staff, staff) == 0 &&
		    (best == DATE_NONE || c->events[i].date < best))
			best = c->events[i].date;
	return best;
}
