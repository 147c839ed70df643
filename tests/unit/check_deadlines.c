#include <stdio.h>
#include <string.h>

#include "rulecase.h"

/* The case's deadlines as "rule due open|done[ done-date]" lines. */
static const char *
list(const char *yaml, const char *today)
{
	static char out[4096];
	const struct care_case *c = rc_case(yaml);
	struct deadlines dls = { NULL, 0, 0 };
	char due[DATE_BUFSZ], done[DATE_BUFSZ];
	size_t i, len = 0;

	deadlines_collect(c, rc_profile(c), D(today), &dls);
	out[0] = '\0';
	for (i = 0; i < dls.n; i++)
		len += (size_t)snprintf(out + len, sizeof(out) - len,
		    "%s %s %s%s%s\n", rule_name(dls.v[i].rule),
		    date_format(dls.v[i].due, due),
		    dls.v[i].satisfied ? "done" : "open",
		    dls.v[i].done != DATE_NONE ? " " : "",
		    date_format(dls.v[i].done, done));
	deadlines_free(&dls);
	return out;
}

/* The same without roll_forward: every due day where its count ends. */
static const char *
list_fixed(const char *yaml, const char *today)
{
	struct profile *p = rc_profile(rc_case(yaml));
	int r, i;

	for (r = 0; r < R_COUNT; r++)
		if ((i = rule_param_index(r, "roll_forward")) >= 0)
			p->rules[r].params[i].on = false;
	return list(yaml, today);
}

#define PA	RC_PA
#define DV	RC_DV
#define HH	RC_HH

START_TEST(start_rules)
{
	ck_assert_str_eq(list(PA "start: 2026-01-15\n", "2026-11-22"),
	    "plan.before-start 2026-01-15 open\n"
	    "workenv.before-start 2026-01-15 open\n");
	ck_assert_str_eq(list(PA "start: 2026-01-15\nworkenv_assessed: "
	    "2026-01-20\nplan: {established: 2026-01-10}\n", "2026-03-01"),
	    "plan.before-start 2026-01-15 done 2026-01-10\n"
	    "workenv.before-start 2026-01-15 done 2026-01-20\n"
	    "plan.followup 2026-07-10 open\n");
	ck_assert_str_eq(list(DV "start: 2026-01-15\n", "2026-01-20"),
	    "plan.initial 2026-01-29 open\n");
	/* one month after 31 January is the last day of February */
	ck_assert_str_eq(list(HH "start: 2026-01-31\n", "2026-11-22"),
	    "workenv.apv 2026-02-28 open\n");
	ck_assert_str_eq(list(HH "start: 2024-01-31\n", "2026-11-22"),
	    "workenv.apv 2024-02-29 open\n");
	/* dk-hp: the same Danish deadlines, none of them moved (28 February
	 * 2026 is a Saturday, Easter Monday a Danish holiday too) */
	ck_assert_str_eq(list("case: K-1\nregime: dk-hp\nstart: 2026-01-31\n"
	    "events:\n  - {type: application, received: 2026-03-16}\n"
	    "  - {type: provider-change, notice: 2026-03-16}\n",
	    "2026-01-01"),
	    "workenv.apv 2026-02-28 open\n"
	    "application.contact 2026-03-23 open\n"
	    "application.decision 2026-04-06 open\n"
	    "provider.change 2026-05-01 open\n");
}
END_TEST

START_TEST(followups)
{
	ck_assert_str_eq(list(PA "plan: {established: 2026-01-10, followups: "
	    "[2026-05-05, 2026-03-01]}\n", "2026-11-22"),
	    "plan.followup 2026-11-05 open\n");
	/* 31 August + 6m is 28 February 2027, a Sunday: moved to Monday
	 * 1 March, and there without roll_forward */
	ck_assert_str_eq(list(PA "plan: {established: 2026-08-31}\n",
	    "2026-11-22"), "plan.followup 2027-03-01 open\n");
	ck_assert_str_eq(list_fixed(PA "plan: {established: 2026-08-31}\n",
	    "2026-11-22"), "plan.followup 2027-02-28 open\n");
	ck_assert_str_eq(list(DV "plan: {established: 2024-02-29}\n",
	    "2026-11-22"), "plan.followup 2025-02-28 open\n");
	/* no follow-up owed once the case has ended */
	ck_assert_str_eq(list(PA "end: 2026-06-30\nplan: {established: "
	    "2026-01-10}\n", "2026-11-22"), "");
	ck_assert_str_eq(list(PA "plan: {established: 2026-01-10}\n"
	    "contract: {notice: 2026-03-15}\n", "2026-11-22"),
	    "contract.notice 2026-06-15 open\n");
}
END_TEST

START_TEST(decisions)
{
	const char *two = "decisions:\n"
	    "  - {id: B-1, from: 2026-01-01, to: 2026-06-30, review: "
	    "2026-03-01}\n"
	    "  - {id: B-2, from: 2026-07-01, to: 2026-12-31}\n"
	    "  - {id: T-1, from: 2026-12-01, to: 2027-03-31, temporary: true}\n";
	char buf[1024];

	snprintf(buf, sizeof(buf), PA "%s", two);
	ck_assert_str_eq(list(buf, "2026-11-22"),
	    "decision.expiry 2026-12-31 open\n"
	    "decision.review 2026-03-01 open\n");
	/* the contract ends before the decision runs out */
	snprintf(buf, sizeof(buf), PA "%scontract: {notice: 2026-06-01}\n",
	    two);
	ck_assert_str_eq(list(buf, "2026-11-22"),
	    "decision.expiry 2026-12-31 done 2026-09-01\n"
	    "decision.review 2026-03-01 open\n"
	    "contract.notice 2026-09-01 open\n");
	/* an open-ended decision never runs out */
	ck_assert_str_eq(list(DV "decisions:\n  - {id: B-1, from: 2026-01-01, "
	    "to: 2026-06-30}\n  - {id: B-2, from: 2026-07-01}\n",
	    "2026-11-22"), "");
	ck_assert_str_eq(list(HH "decisions:\n  - {id: B-1, from: 2026-01-01, "
	    "received: 2026-01-05}\n", "2026-11-22"),
	    "decision.appeal-window 2026-02-02 open\n");
}
END_TEST

START_TEST(change_requests)
{
	ck_assert_str_eq(list(PA "events:\n"
	    "  - {type: schedule-change, effective: 2026-03-31}\n"
	    "  - {type: assistant-change, requested: 2026-04-01, effective: "
	    "2026-05-01}\n", "2026-11-22"),
	    "schedule.change-notice 2026-02-28 open\n"
	    "assistant.change-notice 2026-04-01 done 2026-04-01\n");
}
END_TEST

START_TEST(absences)
{
	/* 14 days is not longer than two weeks; 15 days is */
	ck_assert_str_eq(list(DV "events:\n"
	    "  - {type: absence, from: 2026-05-01, to: 2026-05-14}\n"
	    "  - {type: absence, from: 2026-06-01, to: 2026-06-15}\n"
	    "  - {type: absence, from: 2026-09-01, notified: 2026-09-10}\n"
	    "  - {type: absence, from: 2026-11-01}\n", "2026-11-22"),
	    "absence.notify 2026-06-15 open\n"
	    "absence.notify 2026-09-15 done 2026-09-10\n"
	    "absence.notify 2026-11-16 open\n");	/* 15th: a Sunday */
}
END_TEST

START_TEST(summaries)
{
	ck_assert_str_eq(list(DV "start: 2026-09-10\nplan: {established: "
	    "2026-09-12}\nevents:\n  - {type: summary, period: 2026-09, "
	    "done: 2026-10-03}\n", "2026-11-22"),
	    "plan.initial 2026-09-24 done 2026-09-12\n"
	    "plan.followup 2027-09-13 open\n"
	    "dv.summary 2026-10-14 done 2026-10-03\n"
	    "dv.summary 2026-11-16 open\n");
}
END_TEST

START_TEST(fk_reports)
{
	/* the 5th of the second month after, moved to a working day:
	 * 5 Sep 2026 and 5 Dec 2026 are Saturdays */
	ck_assert_str_eq(list("case: K-1\nregime: se-pa\nfunder: fk\n"
	    "start: 2026-07-20\nplan: {established: 2026-07-01}\n"
	    "workenv_assessed: 2026-07-01\nevents:\n"
	    "  - {type: fk-report, month: 2026-08, submitted: 2026-09-30}\n",
	    "2026-11-22"),
	    "plan.before-start 2026-07-20 done 2026-07-01\n"
	    "workenv.before-start 2026-07-20 done 2026-07-01\n"
	    "plan.followup 2027-01-04 open\n"
	    "fk.report 2026-09-07 open\n"
	    "fk.report 2026-10-05 done 2026-09-30\n"
	    "fk.report 2026-11-05 open\n"
	    "fk.report 2026-12-07 open\n");
	/* Easter: 5 April 2026 is Easter Sunday, 6 April Easter Monday */
	ck_assert_str_eq(list("case: K-1\nregime: se-pa\nfunder: fk\n"
	    "start: 2026-02-01\nplan: {established: 2026-01-01}\n"
	    "workenv_assessed: 2026-01-01\nend: 2026-02-28\n", "2026-11-22"),
	    "plan.before-start 2026-02-01 done 2026-01-01\n"
	    "workenv.before-start 2026-02-01 done 2026-01-01\n"
	    "fk.report 2026-04-07 open\n");
}
END_TEST

START_TEST(danish_applications)
{
	ck_assert_str_eq(list(HH "events:\n"
	    "  - {type: application, received: 2026-04-01, contacted: "
	    "2026-04-09}\n"
	    "  - {type: provider-choice, chosen: 2026-12-18}\n"
	    "  - {type: provider-choice, chosen: 2026-12-18, urgent: true}\n"
	    "  - {type: provider-change, notice: 2026-03-10}\n"
	    "  - {type: complaint, received: 2026-02-01}\n", "2026-11-22"),
	    "application.contact 2026-04-13 done 2026-04-09\n"
	    "application.decision 2026-04-22 open\n"
	    "provider.start 2027-01-05 open\n"
	    "provider.start 2026-12-19 open\n"
	    "provider.change 2026-05-01 open\n");
	ck_assert_str_eq(list(HH "start: 2026-12-21\nworkenv_assessed: "
	    "2026-12-22\nevents:\n  - {type: provider-choice, chosen: "
	    "2026-12-18}\n", "2026-11-22"),
	    "workenv.apv 2027-01-21 done 2026-12-22\n"
	    "provider.start 2027-01-05 done 2026-12-21\n");
}
END_TEST

START_TEST(states)
{
	const struct care_case *c = rc_case(PA "decisions:\n"
	    "  - {id: B-1, from: 2026-01-01, to: 2027-02-19, review: "
	    "2026-12-01}\n");
	const struct profile *p = rc_profile(c);
	struct dw_options o;
	struct deadline dl;

	memset(&o, 0, sizeof(o));
	o.within.n = 30;
	o.within.unit = DUR_DAYS;
	memset(&dl, 0, sizeof(dl));
	dl.rule = R_PLAN_BEFORE_START;
	dl.due = D("2026-11-20");
	o.today = D("2026-11-22");
	ck_assert_int_eq(deadline_state(&dl, p, COUNTRY_SE, &o), DL_OVERDUE);
	o.today = D("2026-11-20");
	ck_assert_int_eq(deadline_state(&dl, p, COUNTRY_SE, &o), DL_DUE);
	o.today = D("2026-10-21");
	ck_assert_int_eq(deadline_state(&dl, p, COUNTRY_SE, &o), DL_DUE);
	o.today = D("2026-10-20");
	ck_assert_int_eq(deadline_state(&dl, p, COUNTRY_SE, &o), DL_LATER);
	dl.satisfied = true;
	ck_assert_int_eq(deadline_state(&dl, p, COUNTRY_SE, &o), DL_DONE);
	/* decision.expiry has its own notice, 90 days */
	dl.satisfied = false;
	dl.rule = R_DECISION_EXPIRY;
	dl.due = D("2027-02-19");
	o.today = D("2026-11-21");
	ck_assert_int_eq(deadline_state(&dl, p, COUNTRY_SE, &o), DL_DUE);
	o.today = D("2026-11-20");
	ck_assert_int_eq(deadline_state(&dl, p, COUNTRY_SE, &o), DL_LATER);
	/* an info rule is not reported after its day */
	dl.rule = R_DECISION_REVIEW;
	dl.due = D("2026-11-21");
	o.today = D("2026-11-22");
	ck_assert_int_eq(deadline_state(&dl, p, COUNTRY_SE, &o), DL_PAST);
	}
END_TEST

START_TEST(findings_in_date_order)
{
	const struct care_case *c = rc_case(PA "start: 2026-11-30\n"
	    "plan: {established: 2026-05-01}\n"
	    "decisions:\n  - {id: B-1, from: 2026-01-01, to: 2027-01-31, "
	    "review: 2026-12-01}\n");
	struct dw_options o;
	struct findings f;
	size_t i;
	char buf[2048];
	size_t len = 0;

	memset(&o, 0, sizeof(o));
	o.today = D("2026-11-22");
	o.within.n = 30;
	o.within.unit = DUR_DAYS;
	findings_init(&f);
	deadlines_check(c, rc_profile(c), &o, &f);
	for (i = 0; i < f.n; i++)
		len += (size_t)snprintf(buf + len, sizeof(buf) - len,
		    "%ld %s %s %s\n", f.v[i].line, severity_name(f.v[i].sev),
		    rule_name(f.v[i].rule), f.v[i].message);
	ck_assert_str_eq(buf,
	    "5 error plan.followup plan follow-up (6 months after 2026-05-01) "
	    "was due 2026-11-02, 20 days ago\n"
	    "4 warning workenv.before-start work-environment survey before "
	    "the start on 2026-11-30 is due 2026-11-30, in 8 days\n"
	    "7 info decision.review FK's review (omprövning) of decision B-1 is "
	    "due 2026-12-01, in 9 days\n"
	    "7 warning decision.expiry a new decision before decision B-1 "
	    "ends (the client or god man applies) "
	    "is due 2027-01-31, in 70 days\n");
	findings_free(&f);
}
END_TEST

Suite *
deadlines_suite(void)
{
	Suite *s = suite_create("deadlines");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, rc_setup, rc_teardown);
	tcase_add_test(tc, start_rules);
	tcase_add_test(tc, followups);
	tcase_add_test(tc, decisions);
	tcase_add_test(tc, change_requests);
	tcase_add_test(tc, absences);
	tcase_add_test(tc, summaries);
	tcase_add_test(tc, fk_reports);
	tcase_add_test(tc, danish_applications);
	tcase_add_test(tc, states);
	tcase_add_test(tc, findings_in_date_order);
	suite_add_tcase(s, tc);
	return s;
}
