/* visit.delivered: which cases visit-compliance -s reports. */
#include "rules/delivered.h"
#include "rulecase.h"

/* Every built-in profile reports its cases; a profile that switches the
 * rule off leaves them out. */
START_TEST(reported)
{
	const struct care_case *c;

	c = rc_case(RC_HH "start: 2026-01-01\n");
	ck_assert(delivered_reported(rc_profile(c)));
	rc_profile(c)->rules[R_VISIT_DELIVERED].enabled = false;
	ck_assert(!delivered_reported(rc_profile(c)));
	c = rc_case(RC_PA "start: 2026-01-01\n");
	ck_assert(delivered_reported(rc_profile(c)));
	c = rc_case(RC_DV "start: 2026-01-01\n");
	ck_assert(delivered_reported(rc_profile(c)));
	rc_profile(c)->rules[R_VISIT_DELIVERED].enabled = false;
	ck_assert(!delivered_reported(rc_profile(c)));
	/* one regime's profile, not the others' */
	c = rc_case(RC_PA "start: 2026-01-01\n");
	ck_assert(delivered_reported(rc_profile(c)));
}
END_TEST

Suite *
rules_delivered_suite(void)
{
	Suite *s = suite_create("rules_delivered");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, rc_setup, rc_teardown);
	tcase_add_test(tc, reported);
	suite_add_tcase(s, tc);
	return s;
}
