/* What the rule-family suites share: a case read from YAML under the
 * built-in profiles, and deadlines and findings as text to compare. */
#ifndef CARETOOLS_TEST_RULECASE_H
#define CARETOOLS_TEST_RULECASE_H

#include "deadlines.h"
#include "finding.h"
#include "util.h"

#define RC_PA	"case: K-1\nregime: se-pa\nfunder: municipality\n"
#define RC_FK	"case: K-1\nregime: se-pa\nfunder: fk\n"
#define RC_DV	"case: K-1\nregime: se-dv\n"
#define RC_HH	"case: K-1\nregime: dk-hh\n"

void			 rc_setup(void);
void			 rc_teardown(void);
const struct care_case	*rc_case(const char *);
struct profile		*rc_profile(const struct care_case *);
const char		*rc_deadlines(const struct deadlines *);
const char		*rc_findings(const struct findings *);

#endif
