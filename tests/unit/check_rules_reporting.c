/* The reporting family: FK time reports and daily-note summaries, one
 * deadline per period that is over. */
#include "rules/reporting.h"
#include "rulecase.h"

static const char *
deadlines(const struct care_case *c, const char *today)
{
	struct deadlines dls = { NULL, 0, 0 };
	const char *s;

	reporting_deadlines(c, rc_profile(c), D(today), &dls);
	s = rc_deadlines(&dls);
	deadlines_free(&dls);
	return s;
}

/* What one month's report to FK is: both forms. */
#define FK_FORMS(m) "FK report for " m " (time report FK 3059 and invoice " \
	"FK 3057)"

START_TEST(fk_reports)
{
	/* the 5th of the second month after, moved to a working day:
	 * 5 September and 5 December 2026 are Saturdays */
	ck_assert_str_eq(deadlines(rc_case(RC_FK "start: 2026-07-20\n"
	    "events:\n  - {type: fk-report, month: 2026-08, submitted: "
	    "2026-09-30}\n"), "2026-11-22"),
	    "fk.report 2026-09-07 open: " FK_FORMS("2026-07") "\n"
	    "fk.report 2026-10-05 done 2026-09-30: " FK_FORMS("2026-08") "\n"
	    "fk.report 2026-11-05 open: " FK_FORMS("2026-09") "\n"
	    "fk.report 2026-12-07 open: " FK_FORMS("2026-10") "\n");
	/* Easter Monday 6 April 2026; none after the case's last month */
	ck_assert_str_eq(deadlines(rc_case(RC_FK "start: 2026-02-01\n"
	    "end: 2026-02-28\n"), "2026-11-22"),
	    "fk.report 2026-04-07 open: " FK_FORMS("2026-02") "\n");
	/* the municipality's cases make none */
	ck_assert_str_eq(deadlines(rc_case(RC_PA "start: 2026-02-01\n"),
	    "2026-11-22"), "");
}
END_TEST

START_TEST(summaries)
{
	const struct care_case *c = rc_case(RC_DV "start: 2026-09-10\n"
	    "events:\n  - {type: summary, period: 2026-09, done: "
	    "2026-10-03}\n");

	ck_assert_str_eq(deadlines(c, "2026-11-22"),
	    "dv.summary 2026-10-14 done 2026-10-03: summary of the daily notes "
	    "for 2026-09\n"
	    "dv.summary 2026-11-16 open: summary of the daily notes for "
	    "2026-10\n");
	/* a month is over the day after its last */
	ck_assert_str_eq(deadlines(c, "2026-09-30"), "");
	ck_assert_str_eq(deadlines(c, "2026-10-01"),
	    "dv.summary 2026-10-14 done 2026-10-03: summary of the daily notes "
	    "for 2026-09\n");
}
END_TEST

START_TEST(quarterly)
{
	const struct care_case *c = rc_case(RC_DV "start: 2026-02-10\n");
	struct profile *p = rc_profile(c);
	int i = rule_param_index(R_DV_SUMMARY, "period");

	ck_assert_int_ge(i, 0);
	p->rules[R_DV_SUMMARY].params[i].choice = 1;
	ck_assert_str_eq(deadlines(c, "2026-11-22"),
	    "dv.summary 2026-04-14 open: summary of the daily notes for "
	    "2026-Q1\n"
	    "dv.summary 2026-07-14 open: summary of the daily notes for "
	    "2026-Q2\n"
	    "dv.summary 2026-10-14 open: summary of the daily notes for "
	    "2026-Q3\n");
}
END_TEST

Suite *
rules_reporting_suite(void)
{
	Suite *s = suite_create("rules_reporting");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, rc_setup, rc_teardown);
	tcase_add_test(tc, fk_reports);
	tcase_add_test(tc, summaries);
	tcase_add_test(tc, quarterly);
	suite_add_tcase(s, tc);
	return s;
}
