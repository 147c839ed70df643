/* The rules one visit of the log shows by itself: visit.window,
 * visit.moved and visit.excused; and visit.window's practical help in the
 * evening, which needs the case's other help from the whole log. */
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
	int64_t			 together;		/* -1: rule off */
	int64_t			 moved;			/* -1: rule off */
	bool			 excused;
	cdate			 wday;
	bool			 wday_work;
};

/* Practical help in the evening, kept until the end of the log. */
struct late_visit {
	cminute			 a, b;
	const char		*id;
	struct srcpos		 pos;
	enum service_name	 svc;
};

/* Other help: when a delivered visit of personal care or a meal was. */
struct visit_span {
	cminute			 a, b;
};

void	visit_checks_init(struct visit_checks *, const struct care_case *,
	    const struct profile *);
bool	visit_row_delivered(struct visit_checks *, struct findings *,
	    const struct srcpos *, const struct visit_parse *, cminute,
	    cminute, int64_t);
bool	visit_row_other_help(struct visit_checks *,
	    const struct visit_parse *, cminute, cminute);
void	visit_row_evening(struct visit_checks *, struct findings *,
	    struct late_visit *, size_t, struct visit_span *, size_t);
void	visit_row_excused(const struct visit_checks *, struct findings *,
	    const struct srcpos *, const struct visit_parse *);

#endif
