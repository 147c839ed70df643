/* The events family: the contract's end, change requests and absence
 * notices, due dates and the history's findings. */
#include "rules/events.h"
#include "rulecase.h"

static void
collect(const struct care_case *c, struct deadlines *dls)
{
	size_t i;

	events_contract_deadline(c, rc_profile(c), dls);
	for (i = 0; i < c->nevents; i++)
		events_event_deadlines(c, rc_profile(c), &c->events[i], dls);
}

static const char *
deadlines(const struct care_case *c)
{
	struct deadlines dls = { NULL, 0, 0 };
	const char *s;

	collect(c, &dls);
	s = rc_deadlines(&dls);
	deadlines_free(&dls);
	return s;
}

/* The history's findings on the day: the contract's, then the rest. */
static const char *
history(const struct care_case *c, const char *today)
{
	struct deadlines dls = { NULL, 0, 0 };
	struct findings f;
	const char *s;

	findings_init(&f);
	collect(c, &dls);
	events_contract_history(c, &dls, &f);
	events_history(c, &dls, D(today), &f);
	s = rc_findings(&f);
	deadlines_free(&dls);
	findings_free(&f);
	return s;
}

START_TEST(contract)
{
	const struct care_case *c = rc_case(RC_PA "contract: {notice: "
	    "2026-03-15}\nplan: {established: 2026-01-10, followups: "
	    "[2026-06-15, 2026-07-01]}\nevents:\n"
	    "  - {type: schedule-change, effective: 2026-08-01, requested: "
	    "2026-06-01}\n");

	ck_assert_str_eq(deadlines(c),
	    "contract.notice 2026-06-15 open: the contract (notice given "
	    "2026-03-15)\n"
	    "schedule.change-notice 2026-07-01 done 2026-06-01: request for "
	    "the schedule change taking effect 2026-08-01\n");
	/* the last day is inside the contract */
	ck_assert_str_eq(history(c, "2026-11-22"),
	    "4 info contract.notice 2026-06-15: the contract ends 2026-06-15, "
	    "3 months after notice given 2026-03-15\n"
	    "5 error contract.notice 2026-07-01: plan follow-up on 2026-07-01, "
	    "after the contract ended 2026-06-15\n"
	    "7 error contract.notice 2026-08-01: schedule-change on "
	    "2026-08-01, after the contract ended 2026-06-15\n");
	ck_assert(events_informs(R_CONTRACT_NOTICE));
	ck_assert(!events_informs(R_SCHEDULE_CHANGE_NOTICE));
}
END_TEST

START_TEST(change_requests)
{
	const struct care_case *c = rc_case(RC_PA "events:\n"
	    "  - {type: schedule-change, effective: 2026-03-31}\n"
	    "  - {type: assistant-change, requested: 2026-04-10, effective: "
	    "2026-05-01}\n");

	/* a month before 31 March is 28 February */
	ck_assert_str_eq(deadlines(c),
	    "schedule.change-notice 2026-02-28 open: request for the schedule "
	    "change taking effect 2026-03-31\n"
	    "assistant.change-notice 2026-04-01 done 2026-04-10: request for "
	    "the assistant change taking effect 2026-05-01\n");
	ck_assert_str_eq(history(c, "2026-11-22"),
	    "5 error schedule.change-notice 2026-02-28: schedule change taking "
	    "effect 2026-03-31 has no recorded request; it was due 2026-02-28 "
	    "(1 month before)\n"
	    "6 warning assistant.change-notice 2026-04-01: assistant change "
	    "taking effect 2026-05-01 was requested 2026-04-10, 9 days short "
	    "of 1 month ahead (due 2026-04-01)\n");
	ck_assert_str_eq(history(c, "2026-02-28"),
	    "6 warning assistant.change-notice 2026-04-01: assistant change "
	    "taking effect 2026-05-01 was requested 2026-04-10, 9 days short "
	    "of 1 month ahead (due 2026-04-01)\n");
}
END_TEST

START_TEST(absences)
{
	/* 14 days is not longer than two weeks; 15 days is */
	const struct care_case *c = rc_case(RC_DV "events:\n"
	    "  - {type: absence, from: 2026-05-01, to: 2026-05-14}\n"
	    "  - {type: absence, from: 2026-06-01, to: 2026-06-15}\n"
	    "  - {type: absence, from: 2026-09-01, notified: 2026-09-20}\n");

	ck_assert_str_eq(deadlines(c),
	    "absence.notify 2026-06-15 open: notice to the LSS case officer "
	    "(handläggare) of the absence from 2026-06-01\n"
	    "absence.notify 2026-09-15 done 2026-09-20: notice to the LSS "
	    "case officer (handläggare) of the absence from 2026-09-01\n");
	ck_assert_str_eq(history(c, "2026-11-22"),
	    "5 error absence.notify 2026-06-15: absence from 2026-06-01 "
	    "passed 14 days on 2026-06-15 and the LSS case officer "
	    "(handläggare) has not been told\n"
	    "6 warning absence.notify 2026-09-15: absence from 2026-09-01: the "
	    "LSS case officer (handläggare) was told 2026-09-20, 5 days after it "
	    "passed 14 days (2026-09-15)\n");
}
END_TEST

/* Due days past a holiday move to the next working day (roll_forward);
 * the end of a contract does not. */
START_TEST(rolled)
{
	const struct care_case *c = rc_case(RC_DV "events:\n"
	    "  - {type: absence, from: 2026-06-05}\n"
	    "  - {type: absence, from: 2026-03-23, notified: 2026-04-08}\n"
	    "  - {type: absence, from: 2026-03-24, notified: 2026-04-07}\n");

	ck_assert_str_eq(history(c, "2026-11-22"),
	    "4 error absence.notify 2026-06-22: absence from 2026-06-05 passed "
	    "14 days on 2026-06-19, not a working day: due 2026-06-22 and the "
	    "LSS case officer (handläggare) has not been told\n"
	    "5 warning absence.notify 2026-04-07: absence from 2026-03-23: the "
	    "LSS case officer (handläggare) was told 2026-04-08, 2 days after "
	    "it passed 14 days (2026-04-06, not a working day: due "
	    "2026-04-07)\n");
	c = rc_case(RC_PA "contract: {notice: 2026-03-20}\n");
	ck_assert_str_eq(deadlines(c), "contract.notice 2026-06-20 open: the "
	    "contract (notice given 2026-03-20)\n");
}
END_TEST

Suite *
rules_events_suite(void)
{
	Suite *s = suite_create("rules_events");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, rc_setup, rc_teardown);
	tcase_add_test(tc, contract);
	tcase_add_test(tc, change_requests);
	tcase_add_test(tc, absences);
	tcase_add_test(tc, rolled);
	suite_add_tcase(s, tc);
	return s;
}
