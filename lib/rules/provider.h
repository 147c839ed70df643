/* provider.start: help begins soon after the client chooses a provider. */
#ifndef CARETOOLS_RULES_PROVIDER_H
#define CARETOOLS_RULES_PROVIDER_H

#include "rule.h"
#include "visit_common.h"

void	provider_start_visits(struct findings *, const struct care_case *,
	    const struct profile *, const struct visit_days *, cdate, cdate);

#endif
