/* The plan family: what the implementation plan must say and who takes
 * part, the start-up due by or soon after the start (plan.before-start,
 * plan.initial, plan.schedule-before-start, workenv.before-start,
 * workenv.apv), and the plan's follow-ups (plan.followup). */
#ifndef CARETOOLS_RULES_PLAN_H
#define CARETOOLS_RULES_PLAN_H

#include "due.h"

void	plan_deadlines(const struct care_case *, const struct profile *,
	    struct deadlines *);
void	plan_history(const struct care_case *, const struct profile *,
	    const struct deadlines *, cdate, struct findings *);
void	plan_check_content(const struct care_case *, const struct profile *,
	    struct findings *);
void	plan_check_support(const struct care_case *, const struct profile *,
	    struct findings *);

#endif
