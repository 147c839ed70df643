/* The rules one visit of the log shows by itself: visit.window,
 * visit.moved and visit.excused. */
#ifndef CARETOOLS_RULES_VISIT_ROW_H
#define CARETOOLS_RULES_VISIT_ROW_H

#include <stdint.h>

#include "rule.h"
#include "visits.h"

/* A case's numbers for these rules, looked up once, and a cache of
 * whether a day is a working day. */
struct visit_checks {
	const struct care_case	*c;
	const struct profile	*p;
	enum country		 country;
	int			 w_from, w_to, w_meals;	/* -1: rule off */
	int64_t			 moved;			/* -1: rule off */
	bool			 excused;
	cdate			 wday;
	bool			 wday_work;
};

void	visit_checks_init(struct visit_checks *, const struct care_case *,
	    const struct profile *);
void	visit_row_delivered(struct visit_checks *, struct findings *,
	    const struct srcpos *, const struct visit_parse *, cminute,
	    cminute);
void	visit_row_excused(const struct visit_checks *, struct findings *,
	    const struct srcpos *, const struct visit_parse *);

#endif
