/* visit.delivered: planned against delivered visits and minutes, the -s
 * report of visit-compliance. */
#ifndef CARETOOLS_RULES_DELIVERED_H
#define CARETOOLS_RULES_DELIVERED_H

#include "rule.h"

bool	delivered_reported(const struct profile *);

#endif
