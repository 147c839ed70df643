/* What every rule family shares (lib/rules/rule.c): a finding about a
 * case or the unit, whether a decision is in force on a day, and when a
 * case ends. */
#include <string.h>

#include "rules/rule.h"
#include "rulecase.h"

static const char *
end_of(const struct care_case *c)
{
	return fmt(case_end(c, rc_profile(c)));
}

/* The contract ends three months after notice; the case ends at the
 * earlier of that and its own end. */
START_TEST(case_end_notice)
{
	const struct care_case *c;

	c = rc_case(RC_PA "contract: {notice: 2026-03-15}\n");
	ck_assert_str_eq(end_of(c), "2026-06-15");
	c = rc_case(RC_PA "end: 2026-06-14\ncontract: {notice: 2026-03-15}\n");
	ck_assert_str_eq(end_of(c), "2026-06-14");
	c = rc_case(RC_PA "end: 2026-06-15\ncontract: {notice: 2026-03-15}\n");
	ck_assert_str_eq(end_of(c), "2026-06-15");
	c = rc_case(RC_PA "end: 2026-06-16\ncontract: {notice: 2026-03-15}\n");
	ck_assert_str_eq(end_of(c), "2026-06-15");
	/* three months after 30 November is the last day of February */
	c = rc_case(RC_PA "contract: {notice: 2026-11-30}\n");
	ck_assert_str_eq(end_of(c), "2027-02-28");
}
END_TEST

/* No notice, a regime without contract.notice, a profile without its
 * period: the case's own end, or none. */
START_TEST(case_end_own)
{
	const struct care_case *c;
	struct profile *p;
	int i;

	c = rc_case(RC_PA "end: 2026-06-30\ncontract: {signed: 2026-01-01}\n");
	ck_assert_str_eq(end_of(c), "2026-06-30");
	c = rc_case(RC_PA "start: 2026-01-01\n");
	ck_assert_int_eq(case_end(c, rc_profile(c)), DATE_NONE);
	c = rc_case(RC_HH "contract: {notice: 2026-03-15}\n");
	ck_assert_int_eq(case_end(c, rc_profile(c)), DATE_NONE);
	c = rc_case(RC_DV "end: 2026-12-31\ncontract: {notice: 2026-03-15}\n");
	ck_assert_str_eq(end_of(c), "2026-12-31");
	c = rc_case(RC_PA "end: 2026-12-31\ncontract: {notice: 2026-03-15}\n");
	p = rc_profile(c);
	i = rule_param_index(R_CONTRACT_NOTICE, "period");
	ck_assert_int_ge(i, 0);
	p->rules[R_CONTRACT_NOTICE].params[i].set = false;
	ck_assert_str_eq(end_of(c), "2026-12-31");
}
END_TEST

/* In force from its first day to its last, both included. */
START_TEST(in_force)
{
	struct decision dec;

	memset(&dec, 0, sizeof(dec));
	dec.from = D("2026-01-01");
	dec.to = D("2026-06-30");
	ck_assert(!decision_in_force(&dec, D("2025-12-31")));
	ck_assert(decision_in_force(&dec, D("2026-01-01")));
	ck_assert(decision_in_force(&dec, D("2026-06-30")));
	ck_assert(!decision_in_force(&dec, D("2026-07-01")));
	/* open-ended */
	dec.to = DATE_NONE;
	ck_assert(decision_in_force(&dec, D("2099-12-31")));
	ck_assert(!decision_in_force(&dec, D("2025-12-31")));
	/* one day */
	dec.to = dec.from;
	ck_assert(decision_in_force(&dec, D("2026-01-01")));
	ck_assert(!decision_in_force(&dec, D("2026-01-02")));
	/* ending before it starts: never */
	dec.to = D("2025-12-31");
	ck_assert(!decision_in_force(&dec, D("2025-12-31")));
	ck_assert(!decision_in_force(&dec, D("2026-01-01")));
	/* no start: never */
	dec.from = DATE_NONE;
	dec.to = DATE_NONE;
	ck_assert(!decision_in_force(&dec, D("2026-01-01")));
}
END_TEST

/* A case's finding carries its id and index; the unit's sorts last. */
START_TEST(find)
{
	const struct care_case *c = rc_case(RC_PA "start: 2026-01-01\n");
	struct srcpos pos = { "x.csv", 7 };
	struct findings f;
	struct finding *x;

	findings_init(&f);
	x = rule_find(&f, &pos, c, SEV_WARNING, R_DECISION_EXPIRY,
	    D("2026-02-03"), "%d of %s", 3, "four");
	ck_assert_uint_eq(f.n, 1);
	ck_assert_ptr_eq(x, &f.v[0]);
	ck_assert_str_eq(x->file, "x.csv");
	ck_assert_int_eq(x->line, 7);
	ck_assert_str_eq(x->case_id, "K-1");
	ck_assert_uint_eq(x->group, c->index);
	ck_assert_int_eq(x->sev, SEV_WARNING);
	ck_assert_int_eq(x->rule, R_DECISION_EXPIRY);
	ck_assert_str_eq(fmt(x->date), "2026-02-03");
	ck_assert_str_eq(x->message, "3 of four");
	x = rule_find_unit(&f, &pos, SEV_INFO, R_STAFF_UNSKILLED, DATE_NONE,
	    "%s", "all");
	ck_assert_str_eq(x->case_id, RULE_UNIT_CASE);
	ck_assert_uint_eq(x->group, RULE_UNIT_GROUP);
	ck_assert_int_eq(x->date, DATE_NONE);
	ck_assert_str_eq(x->message, "all");
	findings_free(&f);
}
END_TEST

Suite *
rules_rule_suite(void)
{
	Suite *s = suite_create("rules_rule");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, rc_setup, rc_teardown);
	tcase_add_test(tc, case_end_notice);
	tcase_add_test(tc, case_end_own);
	tcase_add_test(tc, in_force);
	tcase_add_test(tc, find);
	suite_add_tcase(s, tc);
	return s;
}
