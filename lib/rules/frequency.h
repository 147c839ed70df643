/* visit.frequency: a service granted every so often, or so many times a
 * week, came that often. */
#ifndef CARETOOLS_RULES_FREQUENCY_H
#define CARETOOLS_RULES_FREQUENCY_H

#include "rule.h"
#include "visit_common.h"

bool	frequency_counted(const struct service *);
void	frequency_judge(struct findings *, const struct care_case *,
	    const struct profile *, const struct visit_days *,
	    const struct away *, cdate, cdate);

#endif
