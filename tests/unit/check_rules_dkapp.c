/* The Danish application family: appeal windows, applications, provider
 * choices and changes, complaints. */
#include "rules/dkapp.h"
#include "rulecase.h"

static const char *
deadlines(const struct care_case *c)
{
	struct deadlines dls = { NULL, 0, 0 };
	const char *s;
	size_t i;

	dkapp_decision_deadlines(c, rc_profile(c), &dls);
	for (i = 0; i < c->nevents; i++)
		dkapp_event_deadlines(c, rc_profile(c), &c->events[i], &dls);
	s = rc_deadlines(&dls);
	deadlines_free(&dls);
	return s;
}

START_TEST(appeal_window)
{
	ck_assert_str_eq(deadlines(rc_case(RC_HH "decisions:\n"
	    "  - {id: B-1, from: 2026-01-01, to: 2026-06-30, received: "
	    "2026-01-05}\n"
	    "  - {id: B-2, from: 2026-07-01}\n")),
	    "decision.appeal-window 2026-02-02 open: the appeal window "
	    "(klagefrist) for decision B-1, 28 days from its receipt on "
	    "2026-01-05,\n");
	ck_assert(dkapp_informs(R_DECISION_APPEAL_WINDOW));
	ck_assert(dkapp_informs(R_PROVIDER_CHANGE));
	ck_assert(!dkapp_informs(R_PROVIDER_START));
}
END_TEST

START_TEST(applications)
{
	/* 5 working days from Wednesday 1 April 2026 pass Easter (2-6
	 * April); a provider change takes effect the first of the month
	 * after the next */
	ck_assert_str_eq(deadlines(rc_case(RC_HH "events:\n"
	    "  - {type: application, received: 2026-04-01, contacted: "
	    "2026-04-09}\n"
	    "  - {type: provider-change, notice: 2026-03-10}\n")),
	    "application.contact 2026-04-13 done 2026-04-09: first contact by the "
	    "visiting officer (visitator) on the application received 2026-04-01\n"
	    "application.decision 2026-04-22 open: written decision on the "
	    "application received 2026-04-01\n"
	    "provider.change 2026-05-01 open: the change of provider (notice "
	    "given 2026-03-10)\n");
}
END_TEST

START_TEST(provider_start)
{
	/* met by a start on or after the choice; after the due day, late */
	ck_assert_str_eq(deadlines(rc_case(RC_HH "start: 2027-02-01\n"
	    "events:\n"
	    "  - {type: provider-choice, chosen: 2026-12-18}\n"
	    "  - {type: provider-choice, chosen: 2026-12-18, urgent: true}\n")),
	    "provider.start 2027-01-05 done 2027-02-01: start of help within "
	    "10 working days of choosing the provider on 2026-12-18\n"
	    "provider.start 2026-12-19 done 2027-02-01: start of urgent help "
	    "within 1 day of choosing the provider on 2026-12-18\n");
	ck_assert_str_eq(deadlines(rc_case(RC_HH "start: 2026-12-01\n"
	    "events:\n  - {type: provider-choice, chosen: 2026-12-18}\n")),
	    "provider.start 2027-01-05 open: start of help within 10 working "
	    "days of choosing the provider on 2026-12-18\n");
}
END_TEST

START_TEST(complaints)
{
	const char *yaml = RC_PA "events:\n"
	    "  - {type: complaint, received: 2026-11-01}\n"
	    "  - {type: complaint, received: 2026-11-02, answered: "
	    "2026-11-10}\n";
	const struct care_case *c = rc_case(yaml);
	struct param_value *within;

	/* off until a profile sets how soon, in every regime */
	ck_assert_str_eq(deadlines(c), "");
	within = &rc_profile(c)->rules[R_COMPLAINT_RESPONSE].params[
	    rule_param_index(R_COMPLAINT_RESPONSE, "within")];
	within->set = true;
	within->dur.n = 14;
	within->dur.unit = DUR_DAYS;
	/* 15 November is a Sunday: moved to Monday in Sweden */
	ck_assert_str_eq(deadlines(c),
	    "complaint.response 2026-11-16 open: answer to the complaint "
	    "received 2026-11-01\n"
	    "complaint.response 2026-11-16 done 2026-11-10: answer to the "
	    "complaint received 2026-11-02\n");
}
END_TEST

Suite *
rules_dkapp_suite(void)
{
	Suite *s = suite_create("rules_dkapp");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, rc_setup, rc_teardown);
	tcase_add_test(tc, appeal_window);
	tcase_add_test(tc, applications);
	tcase_add_test(tc, provider_start);
	tcase_add_test(tc, complaints);
	suite_add_tcase(s, tc);
	return s;
}
