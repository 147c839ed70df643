/* What every rule family shares: one way to add a finding, whether a
 * decision is in force, when a case ends, and its parameters.  Defaults
 * live in the profiles only: a rule reads a parameter with the profile_*
 * functions and never supplies a value of its own. */
#ifndef CARETOOLS_RULE_H
#define CARETOOLS_RULE_H

#include <stdbool.h>

#include "calendar.h"
#include "cases.h"
#include "dates.h"
#include "finding.h"
#include "profile.h"
#include "rules.h"

#define RULE_UNIT_CASE	"*"		/* the case column of unit-wide findings */
#define RULE_UNIT_GROUP	UINT32_MAX	/* unit-wide ones sort last */

struct finding	*rule_find(struct findings *, const struct srcpos *,
		    const struct care_case *, enum severity, enum rule_id,
		    cdate, const char *, ...)
		    __attribute__((format(printf, 7, 8)));
struct finding	*rule_find_unit(struct findings *, const struct srcpos *,
		    enum severity, enum rule_id, cdate, const char *, ...)
		    __attribute__((format(printf, 6, 7)));

bool	decision_in_force(const struct decision *, cdate);
/* The case's end, or the contract's after notice (rules/events.c). */
cdate	case_end(const struct care_case *, const struct profile *);

#endif
