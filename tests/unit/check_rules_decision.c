/* The decision family: a new decision before the last runs out
 * (decision.expiry), reviews (decision.review), and decisions that make
 * sense and cover the start and the plan (decision.in-force). */
#include <stdio.h>

#include "rules/decision.h"
#include "rulecase.h"

static const char *
deadlines(const struct care_case *c)
{
	struct deadlines dls = { NULL, 0, 0 };
	const char *s;

	decision_deadlines(c, rc_profile(c), &dls);
	s = rc_deadlines(&dls);
	deadlines_free(&dls);
	return s;
}

static const char *
in_force(const struct care_case *c)
{
	struct findings f;
	const char *s;

	findings_init(&f);
	decision_check_in_force(c, rc_profile(c), D("2026-11-22"), &f);
	s = rc_findings(&f);
	findings_free(&f);
	return s;
}

/* deadline-watch's state of the case's only deadline on the day. */
static enum dl_state
state(const struct care_case *c, const char *today)
{
	struct deadlines dls = { NULL, 0, 0 };
	struct dw_options o = { D(today), { 14, DUR_DAYS }, false };
	enum dl_state st;

	decision_deadlines(c, rc_profile(c), &dls);
	ck_assert_uint_eq(dls.n, 1);
	st = deadline_state(&dls.v[0], rc_profile(c),
	    regime_country(c->regime), &o);
	deadlines_free(&dls);
	return st;
}

/* Due the last day of the decision reaching furthest; met when the case
 * ends by then. */
START_TEST(expiry)
{
	const struct care_case *c;

	c = rc_case(RC_PA "decisions:\n"
	    "  - {id: D-1, from: 2026-01-01, to: 2026-06-30}\n"
	    "  - {id: D-2, from: 2026-07-01, to: 2026-12-31}\n");
	ck_assert_str_eq(deadlines(c), "decision.expiry 2026-12-31 open: a new "
	    "decision before decision D-2 ends (the client or god man "
	    "applies)\n");
	c = rc_case(RC_HH "end: 2026-06-30\n"
	    "decisions: [{id: D-1, from: 2026-01-01, to: 2026-06-30}]\n");
	ck_assert_str_eq(deadlines(c), "decision.expiry 2026-06-30 done "
	    "2026-06-30: a new decision before decision D-1 ends (the client "
	    "applies)\n");
	c = rc_case(RC_HH "end: 2026-07-01\n"
	    "decisions: [{id: D-1, from: 2026-01-01, to: 2026-06-30}]\n");
	ck_assert_str_eq(deadlines(c), "decision.expiry 2026-06-30 open: a new "
	    "decision before decision D-1 ends (the client applies)\n");
	/* the contract ends three months after notice, before the decision */
	c = rc_case(RC_PA "contract: {notice: 2026-03-31}\n"
	    "decisions: [{id: D-1, from: 2026-01-01, to: 2026-06-30}]\n");
	ck_assert_str_eq(deadlines(c), "decision.expiry 2026-06-30 done "
	    "2026-06-30: a new decision before decision D-1 ends (the client "
	    "or god man applies)\n");
	c = rc_case(RC_PA "contract: {notice: 2026-04-01}\n"
	    "decisions: [{id: D-1, from: 2026-01-01, to: 2026-06-30}]\n");
	ck_assert_str_eq(deadlines(c), "decision.expiry 2026-06-30 open: a new "
	    "decision before decision D-1 ends (the client or god man "
	    "applies)\n");
	/* an open-ended decision never runs out */
	c = rc_case(RC_DV "decisions:\n"
	    "  - {id: D-1, from: 2026-01-01, to: 2026-06-30}\n"
	    "  - {id: D-2, from: 2026-07-01}\n");
	ck_assert_str_eq(deadlines(c), "");
	ck_assert_str_eq(deadlines(rc_case(RC_DV "start: 2026-01-01\n")), "");
	ck_assert(!decision_informs(R_DECISION_EXPIRY));
}
END_TEST

/* Temporary decisions count only when there is no other. */
START_TEST(expiry_temporary)
{
	const struct care_case *c;

	c = rc_case(RC_PA "decisions:\n"
	    "  - {id: D-1, from: 2026-01-01, to: 2026-06-30}\n"
	    "  - {id: T-1, from: 2026-03-01, to: 2026-09-30, temporary: "
	    "true}\n"
	    "  - {id: T-2, from: 2026-03-01, temporary: true}\n");
	ck_assert_str_eq(deadlines(c), "decision.expiry 2026-06-30 open: a new "
	    "decision before decision D-1 ends (the client or god man "
	    "applies)\n");
	c = rc_case(RC_PA "decisions:\n"
	    "  - {id: T-1, from: 2026-03-01, to: 2026-09-30, temporary: "
	    "true}\n"
	    "  - {id: T-2, from: 2026-01-01, to: 2026-04-30, temporary: "
	    "true}\n");
	ck_assert_str_eq(deadlines(c), "decision.expiry 2026-09-30 open: a new "
	    "decision before decision T-1 ends (the client or god man "
	    "applies)\n");
}
END_TEST

/* Reviews are listed on their day, in se-pa only; each rule off lists
 * nothing. */
START_TEST(review)
{
	const char *decs = "decisions:\n"
	    "  - {id: D-1, from: 2026-01-01, to: 2026-12-31, review: "
	    "2026-06-01}\n"
	    "  - {id: D-2, from: 2027-01-01, review: 2027-03-01}\n";
	const struct care_case *c;
	char yaml[512];

	snprintf(yaml, sizeof(yaml), "%s%s", RC_PA, decs);
	c = rc_case(yaml);
	ck_assert_str_eq(deadlines(c),
	    "decision.review 2026-06-01 open: FK's review (omprövning) of "
	    "decision D-1\n"
	    "decision.review 2027-03-01 open: FK's review (omprövning) of "
	    "decision D-2\n");
	ck_assert(decision_informs(R_DECISION_REVIEW));
	rc_profile(c)->rules[R_DECISION_REVIEW].enabled = false;
	ck_assert_str_eq(deadlines(c), "");
	snprintf(yaml, sizeof(yaml), "%s%s", RC_HH, decs);
	ck_assert_str_eq(deadlines(rc_case(yaml)), "");
	snprintf(yaml, sizeof(yaml), "%s%s", RC_DV, decs);
	ck_assert_str_eq(deadlines(rc_case(yaml)), "");
	c = rc_case(RC_DV "decisions: [{id: D-1, from: 2026-01-01, to: "
	    "2026-06-30}]\n");
	rc_profile(c)->rules[R_DECISION_EXPIRY].enabled = false;
	ck_assert_str_eq(deadlines(c), "");
}
END_TEST

/* deadline-watch sees expiry 90 days ahead and a review 30 days ahead;
 * a review past its day is past, not overdue. */
START_TEST(notice)
{
	const struct care_case *c;

	c = rc_case(RC_DV "decisions: [{id: D-1, from: 2026-01-01, to: "
	    "2026-06-30}]\n");
	ck_assert_int_eq(state(c, "2026-03-31"), DL_LATER);
	ck_assert_int_eq(state(c, "2026-04-01"), DL_DUE);
	ck_assert_int_eq(state(c, "2026-06-30"), DL_DUE);
	ck_assert_int_eq(state(c, "2026-07-01"), DL_OVERDUE);
	c = rc_case(RC_PA "decisions: [{id: D-1, from: 2026-01-01, "
	    "review: 2026-09-01}]\n");
	ck_assert_int_eq(state(c, "2026-08-01"), DL_LATER);
	ck_assert_int_eq(state(c, "2026-08-02"), DL_DUE);
	ck_assert_int_eq(state(c, "2026-09-01"), DL_DUE);
	ck_assert_int_eq(state(c, "2026-09-02"), DL_PAST);
}
END_TEST

/* Two regular decisions in force on one day; temporary ones may overlap. */
START_TEST(overlap)
{
	ck_assert_str_eq(in_force(rc_case(RC_PA "decisions:\n"
	    "  - {id: D-1, from: 2026-01-01, to: 2026-06-30}\n"
	    "  - {id: D-2, from: 2026-07-01}\n"
	    "  - {id: T-1, from: 2026-06-01, to: 2026-07-31, temporary: "
	    "true}\n")), "");
	ck_assert_str_eq(in_force(rc_case(RC_PA "decisions:\n"
	    "  - {id: D-1, from: 2026-01-01, to: 2026-06-30}\n"
	    "  - {id: D-2, from: 2026-06-30, to: 2026-12-31}\n")),
	    "6 error decision.in-force 2026-06-30: decisions D-1 and D-2 "
	    "overlap from 2026-06-30 to 2026-06-30\n");
	ck_assert_str_eq(in_force(rc_case(RC_PA "decisions:\n"
	    "  - {id: D-1, from: 2026-01-01}\n"
	    "  - {id: D-2, from: 2026-03-01, to: 2026-04-30}\n"
	    "  - {id: D-3, from: 2026-02-01}\n")),
	    "6 error decision.in-force 2026-03-01: decisions D-1 and D-2 "
	    "overlap from 2026-03-01 to 2026-04-30\n"
	    "7 error decision.in-force 2026-02-01: decisions D-1 and D-3 "
	    "overlap from 2026-02-01 on\n"
	    "7 error decision.in-force 2026-03-01: decisions D-2 and D-3 "
	    "overlap from 2026-03-01 to 2026-04-30\n");
}
END_TEST

/* A decision ending before it starts is an error of its own and overlaps
 * nothing. */
START_TEST(bad_range)
{
	struct care_case c = *rc_case(RC_PA "decisions:\n"
	    "  - {id: D-1, from: 2026-01-01}\n"
	    "  - {id: D-2, from: 2026-03-01, to: 2026-03-01}\n");
	struct decision dec[2];

	ck_assert_str_eq(in_force(&c), "6 error decision.in-force 2026-03-01: "
	    "decisions D-1 and D-2 overlap from 2026-03-01 to 2026-03-01\n");
	dec[0] = c.decisions[0];
	dec[1] = c.decisions[1];
	dec[1].to = D("2026-02-28");
	c.decisions = dec;
	ck_assert_str_eq(in_force(&c), "6 error decision.in-force 2026-03-01: "
	    "decision D-2 ends 2026-02-28, before it starts 2026-03-01\n");
}
END_TEST

/* The start lies within a regular decision, or a temporary one when there
 * is no other. */
START_TEST(start)
{
	const char *d1 = "decisions: [{id: D-1, from: 2026-01-01, to: "
	    "2026-06-30}]\n";
	char yaml[512];

	snprintf(yaml, sizeof(yaml), RC_HH "start: 2026-01-01\n%s", d1);
	ck_assert_str_eq(in_force(rc_case(yaml)), "");
	snprintf(yaml, sizeof(yaml), RC_HH "start: 2026-06-30\n%s", d1);
	ck_assert_str_eq(in_force(rc_case(yaml)), "");
	snprintf(yaml, sizeof(yaml), RC_HH "start: 2025-12-31\n%s", d1);
	ck_assert_str_eq(in_force(rc_case(yaml)), "3 error decision.in-force "
	    "2025-12-31: the service start 2025-12-31 is within no decision\n");
	snprintf(yaml, sizeof(yaml), RC_HH "start: 2026-07-01\n%s", d1);
	ck_assert_str_eq(in_force(rc_case(yaml)), "3 error decision.in-force "
	    "2026-07-01: the service start 2026-07-01 is within no decision\n");
	ck_assert_str_eq(in_force(rc_case(RC_DV "start: 2026-07-01\n")),
	    "3 error decision.in-force 2026-07-01: the service start "
	    "2026-07-01 is within no decision (none is recorded)\n");
	ck_assert_str_eq(in_force(rc_case(RC_PA "start: 2026-03-01\n"
	    "decisions:\n"
	    "  - {id: D-1, from: 2026-04-01}\n"
	    "  - {id: T-1, from: 2026-02-01, temporary: true}\n")),
	    "4 error decision.in-force 2026-03-01: the service start "
	    "2026-03-01 is within no decision\n");
	ck_assert_str_eq(in_force(rc_case(RC_PA "start: 2026-03-01\n"
	    "decisions: [{id: T-1, from: 2026-02-01, temporary: true}]\n")),
	    "");
}
END_TEST

/* The plan lies within a decision from the day it was decided to its
 * end; switched off, the rule finds nothing. */
START_TEST(plan)
{
	const char *d1 = "decisions: [{id: D-1, decided: 2025-12-10, from: "
	    "2026-01-01, to: 2026-06-30}]\n";
	const struct care_case *c;
	char yaml[512];

	snprintf(yaml, sizeof(yaml), RC_PA "plan: {established: "
	    "2025-12-10}\n%s", d1);
	ck_assert_str_eq(in_force(rc_case(yaml)), "");
	snprintf(yaml, sizeof(yaml), RC_PA "plan: {established: "
	    "2026-06-30}\n%s", d1);
	ck_assert_str_eq(in_force(rc_case(yaml)), "");
	snprintf(yaml, sizeof(yaml), RC_PA "plan: {established: "
	    "2025-12-09}\n%s", d1);
	ck_assert_str_eq(in_force(rc_case(yaml)), "4 error decision.in-force "
	    "2025-12-09: the plan established 2025-12-09 is within no "
	    "decision (from the day it was decided to its end)\n");
	snprintf(yaml, sizeof(yaml), RC_PA "plan: {established: "
	    "2026-07-01}\n%s", d1);
	c = rc_case(yaml);
	ck_assert_str_eq(in_force(c), "4 error decision.in-force 2026-07-01: "
	    "the plan established 2026-07-01 is within no decision (from the "
	    "day it was decided to its end)\n");
	rc_profile(c)->rules[R_DECISION_IN_FORCE].enabled = false;
	ck_assert_str_eq(in_force(c), "");
	/* without a decided date, from its start */
	ck_assert_str_eq(in_force(rc_case(RC_DV "plan: {established: "
	    "2025-12-31}\ndecisions: [{id: D-1, from: 2026-01-01}]\n")),
	    "3 error decision.in-force 2025-12-31: the plan established "
	    "2025-12-31 is within no decision (from the day it was decided to "
	    "its end)\n");
	ck_assert_str_eq(in_force(rc_case(RC_DV "plan: {established: "
	    "2026-01-10}\n")), "3 error decision.in-force 2026-01-10: the plan "
	    "established 2026-01-10 is within no decision (from the day it "
	    "was decided to its end); none is recorded\n");
}
END_TEST

/* Gaps in the chain of regular decisions: none when one follows the day
 * after; a day apart is a decision due when the first ends, and in the
 * history an error once begun (today 2026-11-22), a warning ahead; a
 * temporary decision bridges no gap; a gap past the case's end is none. */
START_TEST(gaps)
{
	const struct care_case *c;

	c = rc_case(RC_PA "decisions:\n"
	    "  - {id: D-1, from: 2026-01-01, to: 2026-06-30}\n"
	    "  - {id: D-2, from: 2026-07-02, to: 2026-12-30}\n"
	    "  - {id: T-1, from: 2026-12-01, to: 2027-01-31, temporary: true}\n"
	    "  - {id: D-3, from: 2027-01-01, to: 2027-06-30}\n");
	ck_assert_str_eq(deadlines(c), "decision.expiry 2027-06-30 open: a new "
	    "decision before decision D-3 ends (the client or god man "
	    "applies)\n"
	    "decision.expiry 2026-06-30 open: decision for the gap 2026-07-01 "
	    "between decisions D-1 and D-2\n"
	    "decision.expiry 2026-12-30 open: decision for the gap 2026-12-31 "
	    "between decisions D-2 and D-3\n");
	ck_assert_str_eq(in_force(c), "6 error decision.in-force 2026-07-01: "
	    "decision D-1 ends 2026-06-30 and D-2 begins 2026-07-02: "
	    "2026-07-01 is covered by no decision\n"
	    "8 warning decision.in-force 2026-12-31: decision D-2 ends "
	    "2026-12-30 and D-3 begins 2027-01-01: 2026-12-31 is covered by no "
	    "decision\n");
	c = rc_case(RC_PA "end: 2026-06-30\ndecisions:\n"
	    "  - {id: D-1, from: 2026-01-01, to: 2026-06-30}\n"
	    "  - {id: D-2, from: 2026-07-05, to: 2026-12-31}\n");
	ck_assert_str_eq(in_force(c), "");
}
END_TEST

Suite *
rules_decision_suite(void)
{
	Suite *s = suite_create("rules_decision");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, rc_setup, rc_teardown);
	tcase_add_test(tc, expiry);
	tcase_add_test(tc, expiry_temporary);
	tcase_add_test(tc, gaps);
	tcase_add_test(tc, review);
	tcase_add_test(tc, notice);
	tcase_add_test(tc, overlap);
	tcase_add_test(tc, bad_range);
	tcase_add_test(tc, start);
	tcase_add_test(tc, plan);
	suite_add_tcase(s, tc);
	return s;
}
