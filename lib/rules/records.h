/* The records family: what the case record itself must hold right
 * (data.personal-id), and what no output may hold (privacy.ids). */
#ifndef CARETOOLS_RULES_RECORDS_H
#define CARETOOLS_RULES_RECORDS_H

#include "rule.h"

void	records_check_personal_id(const struct care_case *,
	    const struct profile *, cdate, struct findings *);
bool	records_is_guarantee(enum rule_id);

#endif
