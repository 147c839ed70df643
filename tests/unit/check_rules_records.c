/* The records family: the client's personal identity number is checked
 * (data.personal-id) and never printed; privacy.ids is a guarantee. */
#include <stdio.h>
#include <string.h>

#include "rules/records.h"
#include "rulecase.h"

/* The findings on a case of the regime with the client id, on the day. */
static const char *
check(const char *regime, const char *id, const char *today)
{
	char yaml[256];
	const struct care_case *c;
	struct findings f;
	const char *s;

	snprintf(yaml, sizeof(yaml), "%sclient: {id: '%s'}\n", regime, id);
	c = rc_case(yaml);
	findings_init(&f);
	records_check_personal_id(c, rc_profile(c), D(today), &f);
	s = rc_findings(&f);
	findings_free(&f);
	ck_assert_ptr_null(strstr(s, id));
	return s;
}

/* A personnummer's or samordningsnummer's date and check digit. */
START_TEST(swedish)
{
	ck_assert_str_eq(check(RC_PA, "811218-9876", "2026-11-22"), "");
	ck_assert_str_eq(check(RC_DV, "19811218-9876", "2026-11-22"), "");
	ck_assert_str_eq(check(RC_PA, "811278-9873", "2026-11-22"), "");
	ck_assert_str_eq(check(RC_PA, "811218-9875", "2026-11-22"),
	    "4 error data.personal-id -: client id is not a valid personnummer "
	    "or samordningsnummer (wrong check digit)\n");
	ck_assert_str_eq(check(RC_DV, "811218-987", "2026-11-22"),
	    "3 error data.personal-id -: client id is not a valid personnummer "
	    "or samordningsnummer (not of a known form)\n");
	ck_assert_str_eq(check(RC_DV, "811318-9875", "2026-11-22"),
	    "3 error data.personal-id -: client id is not a valid personnummer "
	    "or samordningsnummer (no such date of birth)\n");
}
END_TEST

/* The century of a short number is judged from today's year: 29 February
 * of '00 is a day in 2000, not in 1900. */
START_TEST(century)
{
	ck_assert_str_eq(check(RC_PA, "000229-1235", "1999-12-31"),
	    "4 error data.personal-id -: client id is not a valid personnummer "
	    "or samordningsnummer (no such date of birth)\n");
	ck_assert_str_eq(check(RC_PA, "000229-1235", "2000-01-01"), "");
	ck_assert_str_eq(check(RC_PA, "000229-1235", "2099-12-31"), "");
	/* a hundred years or older */
	ck_assert_str_eq(check(RC_PA, "000229+1235", "2026-11-22"),
	    "4 error data.personal-id -: client id is not a valid personnummer "
	    "or samordningsnummer (no such date of birth)\n");
}
END_TEST

/* A CPR number is a real date in the century its serial gives; no check
 * digit. */
START_TEST(danish)
{
	ck_assert_str_eq(check(RC_HH, "290200-4000", "2026-11-22"), "");
	ck_assert_str_eq(check(RC_HH, "2902004001", "2026-11-22"), "");
	ck_assert_str_eq(check(RC_HH, "290200-3000", "2026-11-22"),
	    "3 error data.personal-id -: client id is not a valid CPR number "
	    "(no such date of birth)\n");
	ck_assert_str_eq(check(RC_HH, "811218-9876", "2026-11-22"),
	    "3 error data.personal-id -: client id is not a valid CPR number "
	    "(no such date of birth)\n");
	ck_assert_str_eq(check(RC_HH, "19811218-9876", "2026-11-22"),
	    "3 error data.personal-id -: client id is not a valid CPR number "
	    "(not of a known form)\n");
}
END_TEST

/* No id, or the rule off: nothing; the finding is at the id's line, else
 * at the case's. */
START_TEST(off_and_position)
{
	struct care_case c = *rc_case(RC_PA "start: 2026-01-01\n"
	    "client: {id: '811218-9875'}\n");
	struct findings f;

	findings_init(&f);
	records_check_personal_id(&c, rc_profile(&c), D("2026-11-22"), &f);
	ck_assert_uint_eq(f.n, 1);
	ck_assert_int_eq(f.v[0].sev, SEV_ERROR);
	ck_assert_int_eq(f.v[0].rule, R_DATA_PERSONAL_ID);
	ck_assert_int_eq(f.v[0].line, 5);
	ck_assert_str_eq(f.v[0].case_id, "K-1");
	ck_assert_int_eq(f.v[0].date, DATE_NONE);
	c.client_id_pos.file = NULL;
	records_check_personal_id(&c, rc_profile(&c), D("2026-11-22"), &f);
	ck_assert_uint_eq(f.n, 2);
	ck_assert_int_eq(f.v[1].line, 1);
	rc_profile(&c)->rules[R_DATA_PERSONAL_ID].enabled = false;
	records_check_personal_id(&c, rc_profile(&c), D("2026-11-22"), &f);
	ck_assert_uint_eq(f.n, 2);
	rc_profile(&c)->rules[R_DATA_PERSONAL_ID].enabled = true;
	c.client_id = NULL;
	records_check_personal_id(&c, rc_profile(&c), D("2026-11-22"), &f);
	ck_assert_uint_eq(f.n, 2);
	findings_free(&f);
}
END_TEST

/* privacy.ids is the family's one guarantee, on in every profile. */
START_TEST(guarantee)
{
	const struct care_case *c;

	ck_assert(records_is_guarantee(R_PRIVACY_IDS));
	ck_assert(!records_is_guarantee(R_DATA_PERSONAL_ID));
	ck_assert(!records_is_guarantee(R_DECISION_IN_FORCE));
	c = rc_case(RC_PA "start: 2026-01-01\n");
	ck_assert(profile_on(rc_profile(c), R_PRIVACY_IDS));
	c = rc_case(RC_DV "start: 2026-01-01\n");
	ck_assert(profile_on(rc_profile(c), R_PRIVACY_IDS));
	c = rc_case(RC_HH "start: 2026-01-01\n");
	ck_assert(profile_on(rc_profile(c), R_PRIVACY_IDS));
}
END_TEST

Suite *
rules_records_suite(void)
{
	Suite *s = suite_create("rules_records");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, rc_setup, rc_teardown);
	tcase_add_test(tc, swedish);
	tcase_add_test(tc, century);
	tcase_add_test(tc, danish);
	tcase_add_test(tc, off_and_position);
	tcase_add_test(tc, guarantee);
	suite_add_tcase(s, tc);
	return s;
}
