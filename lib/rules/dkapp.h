/* The Danish application family (home help, dk-hh): an application is
 * contacted and decided in time (application.contact,
 * application.decision), a decision can be appealed
 * (decision.appeal-window), a chosen provider starts in time
 * (provider.start), a change of provider takes effect (provider.change),
 * and a complaint is answered (complaint.response, every regime). */
#ifndef CARETOOLS_RULES_DKAPP_H
#define CARETOOLS_RULES_DKAPP_H

#include "due.h"
#include "visit_common.h"

void	dkapp_decision_deadlines(const struct care_case *,
	    const struct profile *, struct deadlines *);
void	dkapp_event_deadlines(const struct care_case *,
	    const struct profile *, const struct event *, struct deadlines *);
bool	dkapp_informs(enum rule_id);
void	dkapp_history(const struct care_case *, const struct deadlines *,
	    cdate, struct findings *);
/* provider.start as a visit log from first to last shows it. */
void	dkapp_provider_start_visits(struct findings *,
	    const struct care_case *, const struct profile *,
	    const struct visit_days *, cdate, cdate);

#endif
