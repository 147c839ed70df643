/* visit.continuity: how many different staff a client meets in a period,
 * against the profile's most. */
#include "rules/continuity.h"
#include "rulecase.h"

static struct duration *
period(struct profile *p)
{
	int i = rule_param_index(R_VISIT_CONTINUITY, "period");

	ck_assert_int_ge(i, 0);
	return &p->rules[R_VISIT_CONTINUITY].params[i].dur;
}

/* 14-day periods, visits 07:00-22:00; a period in weeks is counted in
 * days, one in other units as 14 days; none without the parameters. */
START_TEST(window)
{
	const struct care_case *c = rc_case(RC_HH "start: 2026-01-01\n");
	struct continuity_window w;
	struct profile *p = rc_profile(c);
	int i;

	continuity_window(p, &w);
	ck_assert_int_eq(w.days, 14);
	ck_assert_int_eq(w.from, 7 * 60);
	ck_assert_int_eq(w.to, 22 * 60);
	ck_assert(continuity_counted(p));
	*period(p) = (struct duration){ 3, DUR_WEEKS };
	continuity_window(p, &w);
	ck_assert_int_eq(w.days, 21);
	*period(p) = (struct duration){ 1, DUR_MONTHS };
	continuity_window(p, &w);
	ck_assert_int_eq(w.days, 14);
	*period(p) = (struct duration){ 10, DUR_DAYS };
	continuity_window(p, &w);
	ck_assert_int_eq(w.days, 10);
	i = rule_param_index(R_VISIT_CONTINUITY, "day_to");
	p->rules[R_VISIT_CONTINUITY].params[i].set = false;
	continuity_window(p, &w);
	ck_assert_int_eq(w.from, 0);
	ck_assert_int_eq(w.to, 0);
	/* set even with the rule off, for staff.introduced */
	p->rules[R_VISIT_CONTINUITY].enabled = false;
	continuity_window(p, &w);
	ck_assert_int_eq(w.days, 10);
	ck_assert(!continuity_counted(p));
	/* se-pa counts too; se-dv has no such rule */
	c = rc_case(RC_PA "start: 2026-01-01\n");
	ck_assert(continuity_counted(rc_profile(c)));
	c = rc_case(RC_DV "start: 2026-01-01\n");
	continuity_window(rc_profile(c), &w);
	ck_assert_int_eq(w.days, 0);
	ck_assert(!continuity_counted(rc_profile(c)));
}
END_TEST

/* At most 15 different staff in a period: 15 is fine, 16 a warning at the
 * case's line on the period's first day; off, none. */
START_TEST(judge)
{
	const struct care_case *c = rc_case(RC_HH "start: 2026-01-01\n");
	struct continuity_window w;
	struct continuity_period per = { D("2026-03-02"), D("2026-03-15"),
	    40, 15 };
	struct findings f;

	findings_init(&f);
	continuity_window(rc_profile(c), &w);
	continuity_judge(&f, c, rc_profile(c), &w, &per);
	ck_assert_str_eq(rc_findings(&f), "");
	per.staff = 16;
	continuity_judge(&f, c, rc_profile(c), &w, &per);
	ck_assert_str_eq(rc_findings(&f), "1 warning visit.continuity "
	    "2026-03-02: 16 different staff in 2026-03-02..2026-03-15 (visits "
	    "07:00-22:00), more than 15\n");
	ck_assert_str_eq(f.v[0].case_id, "K-1");
	rc_profile(c)->rules[R_VISIT_CONTINUITY].enabled = false;
	per.staff = 40;
	continuity_judge(&f, c, rc_profile(c), &w, &per);
	ck_assert_uint_eq(f.n, 1);
	findings_free(&f);
}
END_TEST

Suite *
rules_continuity_suite(void)
{
	Suite *s = suite_create("rules_continuity");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, rc_setup, rc_teardown);
	tcase_add_test(tc, window);
	tcase_add_test(tc, judge);
	suite_add_tcase(s, tc);
	return s;
}
