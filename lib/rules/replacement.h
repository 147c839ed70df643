/* A visit the provider missed: practical help replaced within working
 * days (visit.replacement), personal care and meals delivered the same
 * day or, when given seldom, within a few (visit.personal-same-day). */
#ifndef CARETOOLS_RULES_REPLACEMENT_H
#define CARETOOLS_RULES_REPLACEMENT_H

#include "rule.h"
#include "visit_common.h"

struct missed_visit {
	const char		*id;
	struct srcpos		 pos;		/* of the missed visit's row */
	cdate			 day;		/* planned */
	enum service_name	 svc;
	bool			 told;		/* the client, of the miss or of
						 * its replacement */
};

bool	replacement_due(const struct care_case *, const struct profile *,
	    const struct away *, enum service_name, cdate, cdate *);
void	replacement_judge(struct findings *, const struct care_case *,
	    const struct profile *, const struct away *,
	    const struct missed_visit *, cdate, cdate);

#endif
