/* plan-validate: what is missing or inconsistent in a case's plan,
 * decisions and start-up, over its whole history up to a given day. */
#ifndef CARETOOLS_PLANCHECK_H
#define CARETOOLS_PLANCHECK_H

#include <stdio.h>

#include "cases.h"
#include "finding.h"
#include "profile.h"
#include "report.h"

/* Cases checked and failed, per regime and rule, for -s. */
struct tally {
	unsigned long	checked[REGIME_COUNT][R_COUNT];
	unsigned long	failed[REGIME_COUNT][R_COUNT];
};

void	plancheck_case(const struct care_case *, const struct profile *, cdate,
	    struct findings *);
void	tally_case(struct tally *, const struct care_case *,
	    const struct profile *, const struct findings *, size_t);
int	tally_write(FILE *, enum out_format, const struct tally *);

#endif
