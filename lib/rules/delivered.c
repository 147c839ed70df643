/* visit.delivered (see delivered.h). */
#include "delivered.h"

/* Whether a case of this profile has its visits in the -s report. */
bool
delivered_reported(const struct profile *p)
{
	return profile_on(p, R_VISIT_DELIVERED);
}
