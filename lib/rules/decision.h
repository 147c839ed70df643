/* The decision family: the decisions a case runs under make sense and
 * cover it (decision.in-force), are followed by a new one before they run
 * out (decision.expiry) and are reviewed when set (decision.review). */
#ifndef CARETOOLS_RULES_DECISION_H
#define CARETOOLS_RULES_DECISION_H

#include "due.h"

void	decision_deadlines(const struct care_case *, const struct profile *,
	    struct deadlines *);
bool	decision_informs(enum rule_id);
void	decision_history(const struct care_case *, const struct deadlines *,
	    cdate, struct findings *);
void	decision_check_in_force(const struct care_case *,
	    const struct profile *, cdate, struct findings *);

#endif
