/* The plan family: due dates, the history's findings, the plan's content,
 * and one due date seen alike by both views. */
#include <string.h>

#include "plancheck.h"
#include "rules/plan.h"
#include "rulecase.h"

/* The family's deadlines of a case, as text. */
static const char *
deadlines(const struct care_case *c)
{
	struct deadlines dls = { NULL, 0, 0 };
	const char *s;

	plan_deadlines(c, rc_profile(c), &dls);
	s = rc_deadlines(&dls);
	deadlines_free(&dls);
	return s;
}

/* The history's findings of the family's deadlines on the day. */
static const char *
history(const struct care_case *c, const char *today)
{
	struct deadlines dls = { NULL, 0, 0 };
	struct findings f;
	const char *s;

	findings_init(&f);
	plan_deadlines(c, rc_profile(c), &dls);
	plan_history(c, rc_profile(c), &dls, D(today), &f);
	s = rc_findings(&f);
	deadlines_free(&dls);
	findings_free(&f);
	return s;
}

START_TEST(start_due)
{
	/* the schedule is plan-validate's only: listed, not watched */
	ck_assert_str_eq(deadlines(rc_case(RC_PA "start: 2026-01-15\n")),
	    "plan.before-start 2026-01-15 open: implementation plan "
	    "(genomförandeplan) before the start on 2026-01-15\n"
	    "plan.schedule-before-start 2026-01-15 open: agreed schedule "
	    "before the start on 2026-01-15\n"
	    "workenv.before-start 2026-01-15 open: work-environment survey "
	    "before the start on 2026-01-15\n");
	ck_assert_str_eq(deadlines(rc_case(RC_DV "start: 2026-01-15\n"
	    "plan: {established: 2026-01-30}\n")),
	    "plan.initial 2026-01-29 done 2026-01-30: implementation plan "
	    "(genomförandeplan) within 14 days of the start on 2026-01-15\n"
	    "plan.followup 2027-02-01 open: plan follow-up (12 months after "
	    "2026-01-30)\n");
	/* a month after 31 January is the last day of February */
	ck_assert_str_eq(deadlines(rc_case(RC_HH "start: 2026-01-31\n")),
	    "workenv.apv 2026-02-28 open: workplace assessment (APV) within "
	    "1 month of the start on 2026-01-31\n");
	ck_assert_str_eq(deadlines(rc_case(RC_PA "end: 2026-06-30\n")), "");
}
END_TEST

START_TEST(start_history)
{
	const struct care_case *c = rc_case(RC_PA "start: 2026-01-15\n"
	    "schedule_agreed: 2026-01-10\n"
	    "plan: {established: 2026-01-20}\n");

	ck_assert_str_eq(history(c, "2026-03-01"),
	    "6 warning plan.before-start 2026-01-15: implementation plan "
	    "(genomförandeplan) on 2026-01-20, 5 days late (due 2026-01-15, "
	    "by the start on 2026-01-15)\n"
	    "4 error workenv.before-start 2026-01-15: no work-environment "
	    "survey; it was due 2026-01-15 (by the start on 2026-01-15)\n");
	/* missing only once the day is over */
	ck_assert_str_eq(history(c, "2026-01-15"),
	    "6 warning plan.before-start 2026-01-15: implementation plan "
	    "(genomförandeplan) on 2026-01-20, 5 days late (due 2026-01-15, "
	    "by the start on 2026-01-15)\n");
	ck_assert_str_eq(history(rc_case(RC_DV "start: 2026-01-15\n"),
	    "2026-02-01"), "3 error plan.initial 2026-01-29: no implementation "
	    "plan (genomförandeplan); it was due 2026-01-29 (14 days after the "
	    "start on 2026-01-15)\n");
}
END_TEST

START_TEST(followup_due)
{
	/* in date order; one before the plan counts for nothing */
	const struct care_case *c = rc_case(RC_PA "plan: {established: "
	    "2026-01-10, followups: [2026-07-20, 2026-01-05, 2027-01-10]}\n");

	ck_assert_str_eq(deadlines(c),
	    "plan.followup 2026-07-10 done 2026-07-20 earlier: plan follow-up "
	    "(6 months after 2026-01-10)\n"
	    "plan.followup 2027-01-20 done 2027-01-10 earlier: plan follow-up "
	    "(6 months after 2026-07-20)\n"
	    "plan.followup 2027-07-12 open: plan follow-up (6 months after "
	    "2027-01-10)\n");
	ck_assert_str_eq(history(c, "2027-08-01"),
	    "4 error plan.followup 2026-01-05: follow-up on 2026-01-05 is "
	    "before the plan was established on 2026-01-10\n"
	    "4 warning plan.followup 2026-07-10: follow-up due 2026-07-10 (6 months "
	    "after 2026-01-10) was done 2026-07-20, 10 days late\n"
	    "4 error plan.followup 2027-07-12: follow-up due 2027-07-12 (6 "
	    "months after 2027-01-10 is 2027-07-10, not a working day) is "
	    "missing, 20 days overdue\n");
	/* none owed after the contract ends (three months after notice) */
	c = rc_case(RC_PA "plan: {established: 2026-01-10}\n"
	    "contract: {notice: 2026-03-15}\n");
	ck_assert_str_eq(deadlines(c), "");
	ck_assert_str_eq(history(c, "2027-01-01"), "");
}
END_TEST

/* roll_forward: plan.initial due on midsommarafton moves to Monday, on
 * Easter Monday to Tuesday; the before-start rules stay on a start that
 * is not a working day unless a profile moves them too. */
START_TEST(rolled)
{
	const struct care_case *c = rc_case(RC_DV "start: 2026-06-05\n");
	struct profile *p;

	ck_assert_str_eq(history(c, "2026-11-22"), "3 error plan.initial "
	    "2026-06-22: no implementation plan (genomförandeplan); it was due "
	    "2026-06-22 (14 days after the start on 2026-06-05 is 2026-06-19, "
	    "not a working day)\n");
	c = rc_case(RC_DV "start: 2026-03-23\nplan: {established: "
	    "2026-04-07}\n");
	ck_assert_str_eq(history(c, "2026-11-22"), "");
	p = rc_profile(c);
	p->rules[R_PLAN_INITIAL].params[rule_param_index(R_PLAN_INITIAL,
	    "roll_forward")].on = false;
	ck_assert_str_eq(history(c, "2026-11-22"), "4 warning plan.initial "
	    "2026-04-06: implementation plan (genomförandeplan) on 2026-04-07, "
	    "1 day late (due 2026-04-06, 14 days after the start on "
	    "2026-03-23)\n");
	c = rc_case(RC_PA "start: 2026-06-19\nplan: {established: "
	    "2026-06-22}\nschedule_agreed: 2026-06-01\n"
	    "workenv_assessed: 2026-06-01\n");
	ck_assert_str_eq(history(c, "2026-11-22"), "5 warning "
	    "plan.before-start 2026-06-19: implementation plan "
	    "(genomförandeplan) on 2026-06-22, 3 days late (due 2026-06-19, by "
	    "the start on 2026-06-19)\n");
	p = rc_profile(c);
	p->rules[R_PLAN_BEFORE_START].params[rule_param_index(
	    R_PLAN_BEFORE_START, "roll_forward")].on = true;
	ck_assert_str_eq(history(c, "2026-11-22"), "");
	c = rc_case(RC_PA "start: 2026-06-19\nplan: {established: "
	    "2026-06-23}\nschedule_agreed: 2026-06-01\n"
	    "workenv_assessed: 2026-06-01\n");
	ck_assert_str_eq(history(c, "2026-11-22"), "5 warning "
	    "plan.before-start 2026-06-22: implementation plan "
	    "(genomförandeplan) on 2026-06-23, 1 day late (due 2026-06-22: the "
	    "start on 2026-06-19 is not a working day)\n");
	/* a follow-up 6 months after 19 December 2025 */
	c = rc_case(RC_PA "plan: {established: 2025-12-19, followups: "
	    "[2026-06-23]}\n");
	ck_assert_str_eq(history(c, "2026-11-22"), "4 warning plan.followup "
	    "2026-06-22: follow-up due 2026-06-22 (6 months after 2025-12-19 is "
	    "2026-06-19, not a working day) was done 2026-06-23, 1 day late\n");
}
END_TEST

START_TEST(content)
{
	const struct care_case *c = rc_case(RC_PA "plan: {established: "
	    "2026-01-10, participated: false, what: a, who: ' ', when: c, "
	    "where: d, how: e}\n");
	struct findings f;

	findings_init(&f);
	plan_check_content(c, rc_profile(c), &f);
	ck_assert_str_eq(rc_findings(&f),
	    "4 error plan.elements 2026-01-10: plan lacks 'who' (who does it)\n"
	    "4 error plan.elements 2026-01-10: plan lacks 'why' (the goal it "
	    "serves)\n"
	    "4 error plan.participation 2026-01-10: the client did not take "
	    "part in the plan and no participation_note says why\n");
	findings_free(&f);
}
END_TEST

START_TEST(support)
{
	const struct care_case *c = rc_case(RC_DV "client: {guardians: [G-1]}\n"
	    "plan: {established: 2026-01-10, support_persons: [S-1, G-1, "
	    "S-2]}\n");
	struct findings f;

	findings_init(&f);
	plan_check_support(c, rc_profile(c), &f);
	ck_assert_str_eq(rc_findings(&f),
	    "4 error plan.support-persons 2026-01-10: plan names 3 support "
	    "persons; 1 to 2 are required\n"
	    "4 error plan.support-not-guardian 2026-01-10: support person G-1 "
	    "is also the client's god man or förvaltare\n");
	findings_free(&f);
}
END_TEST

/* The day of the first finding of rule r, DATE_NONE if none. */
static cdate
found(const struct findings *f, enum rule_id r)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		if (f->v[i].rule == r)
			return f->v[i].date;
	return DATE_NONE;
}

START_TEST(both_views_one_due_date)
{
	/* 31 May + 6 months is 30 November: the follow-up deadline-watch
	 * calls overdue is the one plan-validate calls missing, on one day */
	const struct care_case *c = rc_case(RC_PA "start: 2026-05-31\n"
	    "plan: {established: 2026-05-31}\n");
	struct dw_options o;
	struct findings dw, pv;

	memset(&o, 0, sizeof(o));
	o.today = D("2026-12-02");
	o.within.n = 30;
	o.within.unit = DUR_DAYS;
	findings_init(&dw);
	findings_init(&pv);
	deadlines_check(c, rc_profile(c), &o, &dw);
	plancheck_case(c, rc_profile(c), o.today, &pv);
	ck_assert_str_eq(fmt(found(&dw, R_PLAN_FOLLOWUP)), "2026-11-30");
	ck_assert_str_eq(fmt(found(&pv, R_PLAN_FOLLOWUP)), "2026-11-30");
	ck_assert_str_eq(fmt(found(&dw, R_WORKENV_BEFORE_START)),
	    fmt(found(&pv, R_WORKENV_BEFORE_START)));
	ck_assert_int_eq(found(&dw, R_WORKENV_BEFORE_START), D("2026-05-31"));
	findings_free(&dw);
	findings_free(&pv);
}
END_TEST

Suite *
rules_plan_suite(void)
{
	Suite *s = suite_create("rules_plan");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, rc_setup, rc_teardown);
	tcase_add_test(tc, start_due);
	tcase_add_test(tc, start_history);
	tcase_add_test(tc, followup_due);
	tcase_add_test(tc, rolled);
	tcase_add_test(tc, content);
	tcase_add_test(tc, support);
	tcase_add_test(tc, both_views_one_due_date);
	suite_add_tcase(s, tc);
	return s;
}
