/* The events family: the end of the contract after notice
 * (contract.notice), and the requests and notices that dated events call
 * for (schedule.change-notice, assistant.change-notice, absence.notify). */
#ifndef CARETOOLS_RULES_EVENTS_H
#define CARETOOLS_RULES_EVENTS_H

#include "due.h"

void	events_contract_deadline(const struct care_case *,
	    const struct profile *, struct deadlines *);
void	events_event_deadlines(const struct care_case *,
	    const struct profile *, const struct event *, struct deadlines *);
bool	events_informs(enum rule_id);
void	events_contract_history(const struct care_case *,
	    const struct deadlines *, struct findings *);
void	events_history(const struct care_case *, const struct deadlines *,
	    cdate, struct findings *);

#endif
