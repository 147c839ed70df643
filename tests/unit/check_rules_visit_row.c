/* The rules one visit of the log shows by itself: visit.window,
 * visit.moved and visit.excused. */
#include <stdio.h>
#include <string.h>

#include "rules/visit_row.h"
#include "rulecase.h"

static struct findings f;
static struct visit_parse vp;

static void
setup(void)
{
	rc_setup();
	findings_init(&f);
}

static void
teardown(void)
{
	findings_free(&f);
	rc_teardown();
}

/* "YYYY-MM-DD HH:MM" */
static cminute
at(const char *s)
{
	char day[11];

	ck_assert_uint_eq(strlen(s), 16);
	memcpy(day, s, 10);
	day[10] = '\0';
	return datetime_make(D(day), ((s[11] - '0') * 10 + s[12] - '0') * 60 +
	    (s[14] - '0') * 10 + s[15] - '0');
}

/* A visit V-1 of the service planned from to, with the status. */
static void
visit(enum service_name svc, const char *from, const char *to,
    enum visit_status st)
{
	memset(&vp, 0, sizeof(vp));
	snprintf(vp.id, sizeof(vp.id), "V-1");
	vp.idlen = strlen(vp.id);
	vp.service = svc;
	vp.has_service = vp.has_status = true;
	vp.planned_start = at(from);
	vp.planned_end = at(to);
	vp.status = st;
}

/* The findings of a delivered visit from a to b (the planned times when
 * NULL), each rule off when the profile says so. */
static const char *
delivered(const struct care_case *c, const char *a, const char *b)
{
	struct srcpos pos = { "v.csv", 4 };
	struct visit_checks vr;
	struct late_visit l = { a != NULL ? at(a) : vp.planned_start,
	    b != NULL ? at(b) : vp.planned_end, vp.id, pos, vp.service };

	findings_clear(&f);
	visit_checks_init(&vr, c, rc_profile(c));
	/* practical help in the evening, with no other help at all */
	if (visit_row_delivered(&vr, &f, &pos, &vp, l.a, l.b,
	    vp.has_actual_start ? vp.actual_start - vp.planned_start : 0))
		visit_row_evening(&vr, &f, &l, 1, NULL, 0);
	return rc_findings(&f);
}

static const char *
excused(const struct care_case *c)
{
	struct srcpos pos = { "v.csv", 4 };
	struct visit_checks vr;

	findings_clear(&f);
	visit_checks_init(&vr, c, rc_profile(c));
	visit_row_excused(&vr, &f, &pos, &vp);
	return rc_findings(&f);
}

/* Practical help on working days 08:00-17:00, both included. */
START_TEST(window_hours)
{
	const struct care_case *c = rc_case(RC_HH "start: 2026-01-01\n");

	visit(SVC_CLEANING, "2026-03-02 08:00", "2026-03-02 17:00",
	    VS_DELIVERED);
	ck_assert_str_eq(delivered(c, NULL, NULL), "");
	ck_assert_str_eq(delivered(c, "2026-03-02 07:59", NULL),
	    "4 warning visit.window 2026-03-02: visit V-1 (cleaning) "
	    "2026-03-02 07:59-17:00 is outside 08:00-17:00\n");
	ck_assert_str_eq(delivered(c, NULL, "2026-03-02 17:01"),
	    "4 warning visit.window 2026-03-02: visit V-1 (cleaning) "
	    "2026-03-02 08:00-17:01 is outside 08:00-17:00\n");
	ck_assert_uint_eq(f.n, 1);
	ck_assert_int_eq(f.v[0].sev, SEV_WARNING);
	ck_assert_int_eq(f.v[0].rule, R_VISIT_WINDOW);
	ck_assert_str_eq(f.v[0].file, "v.csv");
	rc_profile(c)->rules[R_VISIT_WINDOW].enabled = false;
	ck_assert_str_eq(delivered(c, NULL, "2026-03-02 17:01"), "");
	/* se-pa has no window */
	c = rc_case(RC_PA "start: 2026-01-01\n");
	ck_assert_str_eq(delivered(c, "2026-03-02 07:00", NULL), "");
}
END_TEST

/* Not at weekends or on public holidays, unless the decision allows it;
 * personal care at any hour. */
START_TEST(window_days)
{
	const struct care_case *c = rc_case(RC_HH "start: 2026-01-01\n");

	visit(SVC_SHOPPING, "2026-03-07 10:00", "2026-03-07 11:00",
	    VS_DELIVERED);
	ck_assert_str_eq(delivered(c, NULL, NULL),
	    "4 warning visit.window 2026-03-07: visit V-1 (shopping) "
	    "2026-03-07 10:00-11:00 is on Saturday; practical help comes on "
	    "working days 08:00-17:00\n");
	visit(SVC_SHOPPING, "2026-03-08 10:00", "2026-03-08 11:00",
	    VS_DELIVERED);
	ck_assert_str_eq(delivered(c, NULL, NULL),
	    "4 warning visit.window 2026-03-08: visit V-1 (shopping) "
	    "2026-03-08 10:00-11:00 is on Sunday; practical help comes on "
	    "working days 08:00-17:00\n");
	/* Maundy Thursday is a Danish holiday; the Wednesday is not */
	visit(SVC_LAUNDRY, "2026-04-02 10:00", "2026-04-02 11:00",
	    VS_DELIVERED);
	ck_assert_str_eq(delivered(c, NULL, NULL),
	    "4 warning visit.window 2026-04-02: visit V-1 (laundry) "
	    "2026-04-02 10:00-11:00 is on a public holiday; practical help "
	    "comes on working days 08:00-17:00\n");
	visit(SVC_LAUNDRY, "2026-04-01 10:00", "2026-04-01 11:00",
	    VS_DELIVERED);
	ck_assert_str_eq(delivered(c, NULL, NULL), "");
	visit(SVC_PERSONAL_CARE, "2026-04-02 22:00", "2026-04-02 23:00",
	    VS_DELIVERED);
	ck_assert_str_eq(delivered(c, NULL, NULL), "");
	c = rc_case(RC_HH "decisions: [{id: D-1, from: 2026-04-02, to: "
	    "2026-04-02, services: [{service: laundry, outside_hours: "
	    "true}]}]\n");
	visit(SVC_LAUNDRY, "2026-04-02 10:00", "2026-04-02 11:00",
	    VS_DELIVERED);
	ck_assert_str_eq(delivered(c, NULL, NULL), "");
	visit(SVC_LAUNDRY, "2026-04-03 10:00", "2026-04-03 11:00",
	    VS_DELIVERED);
	ck_assert_str_eq(delivered(c, NULL, NULL),
	    "4 warning visit.window 2026-04-03: visit V-1 (laundry) "
	    "2026-04-03 10:00-11:00 is on a public holiday; practical help "
	    "comes on working days 08:00-17:00\n");
}
END_TEST

/* A main meal heated by 17:00, any day. */
START_TEST(window_meals)
{
	const struct care_case *c = rc_case(RC_HH "start: 2026-01-01\n");

	visit(SVC_MEAL, "2026-03-07 17:00", "2026-03-07 17:30",
	    VS_DELIVERED);
	ck_assert_str_eq(delivered(c, NULL, NULL), "");
	ck_assert_str_eq(delivered(c, "2026-03-07 17:01", NULL),
	    "4 warning visit.window 2026-03-07: visit V-1 (meal) "
	    "2026-03-07 17:01-17:30 heats a main meal after 17:00\n");
}
END_TEST

/* Begun more than 60 minutes off the agreed time, with no phone call. */
START_TEST(moved)
{
	const struct care_case *c = rc_case(RC_HH "start: 2026-01-01\n");

	visit(SVC_PERSONAL_CARE, "2026-03-02 09:00", "2026-03-02 09:30",
	    VS_DELIVERED);
	vp.has_actual_start = true;
	vp.actual_start = at("2026-03-02 10:00");
	ck_assert_str_eq(delivered(c, "2026-03-02 10:00", NULL), "");
	vp.actual_start = at("2026-03-02 10:01");
	ck_assert_str_eq(delivered(c, "2026-03-02 10:01", NULL),
	    "4 warning visit.moved 2026-03-02: visit V-1 (personal-care) began "
	    "2026-03-02 10:01, 61 minutes after the agreed 2026-03-02 09:00, "
	    "and the client was not phoned\n");
	vp.actual_start = at("2026-03-02 07:59");
	ck_assert_str_eq(delivered(c, "2026-03-02 07:59", NULL),
	    "4 warning visit.moved 2026-03-02: visit V-1 (personal-care) began "
	    "2026-03-02 07:59, 61 minutes before the agreed 2026-03-02 09:00, "
	    "and the client was not phoned\n");
	vp.actual_start = at("2026-03-02 08:00");
	ck_assert_str_eq(delivered(c, "2026-03-02 08:00", NULL), "");
	vp.actual_start = at("2026-03-02 13:00");
	vp.notified = true;
	ck_assert_str_eq(delivered(c, "2026-03-02 13:00", NULL), "");
	vp.notified = false;
	vp.has_actual_start = false;
	ck_assert_str_eq(delivered(c, "2026-03-02 13:00", NULL), "");
	vp.has_actual_start = true;
	rc_profile(c)->rules[R_VISIT_MOVED].enabled = false;
	ck_assert_str_eq(delivered(c, "2026-03-02 13:00", NULL), "");
}
END_TEST

/* Practical help in the evening of a working day, judged at the end:
 * a warning unless personal care or a meal of the case overlaps its
 * evening part or comes within together_within (15min) of it. */
START_TEST(evening_together)
{
	const struct care_case *c = rc_case(RC_HH "start: 2026-01-01\n");
	struct srcpos pos = { "v.csv", 4 };
	struct visit_checks vr;
	struct late_visit l[3] = {
	    { at("2026-03-10 16:30"), at("2026-03-10 17:30"), "V-1", pos,
	      SVC_CLEANING },
	    { at("2026-03-11 18:00"), at("2026-03-11 18:45"), "V-2", pos,
	      SVC_LAUNDRY },
	    { at("2026-03-12 19:00"), at("2026-03-12 19:30"), "V-3", pos,
	      SVC_SHOPPING } };
	/* 17:45 is 15 minutes after V-1; 15:00-16:30 before its evening */
	struct visit_span o[3] = {
	    { at("2026-03-12 19:46"), at("2026-03-12 20:00") },
	    { at("2026-03-10 17:45"), at("2026-03-10 18:00") },
	    { at("2026-03-11 15:00"), at("2026-03-11 16:30") } };

	findings_clear(&f);
	visit_checks_init(&vr, c, rc_profile(c));
	ck_assert_int_eq(vr.together, 15);
	visit(SVC_CLEANING, "2026-03-10 16:30", "2026-03-10 17:30",
	    VS_DELIVERED);
	ck_assert(visit_row_delivered(&vr, &f, &pos, &vp, vp.planned_start,
	    vp.planned_end, 0));
	visit(SVC_PERSONAL_CARE, "2026-03-10 17:45", "2026-03-10 18:00",
	    VS_DELIVERED);
	ck_assert(visit_row_other_help(&vr, &vp, vp.planned_start,
	    vp.planned_end));
	ck_assert(!visit_row_other_help(&vr, &vp, at("2026-03-10 09:00"),
	    at("2026-03-10 09:30")));
	ck_assert(visit_row_other_help(&vr, &vp, at("2026-03-11 00:10"),
	    at("2026-03-11 00:30")));
	vp.service = SVC_CLEANING;
	ck_assert(!visit_row_other_help(&vr, &vp, vp.planned_start,
	    vp.planned_end));
	visit_row_evening(&vr, &f, l, 3, o, 3);
	ck_assert_str_eq(rc_findings(&f),
	    "4 warning visit.window 2026-03-11: visit V-2 (laundry) "
	    "2026-03-11 18:00-18:45 is outside 08:00-17:00\n"
	    "4 warning visit.window 2026-03-12: visit V-3 (shopping) "
	    "2026-03-12 19:00-19:30 is outside 08:00-17:00\n");
	/* switched off, nothing is kept for the end */
	rc_profile(c)->rules[R_VISIT_WINDOW].enabled = false;
	visit_checks_init(&vr, c, rc_profile(c));
	visit(SVC_CLEANING, "2026-03-10 16:30", "2026-03-10 17:30",
	    VS_DELIVERED);
	ck_assert(!visit_row_delivered(&vr, &f, &pos, &vp, vp.planned_start,
	    vp.planned_end, 0));
}
END_TEST

/* A visit id shaped like a personal identity number is not printed. */
START_TEST(masked_id)
{
	const struct care_case *c = rc_case(RC_HH "start: 2026-01-01\n");
	const char *s;

	visit(SVC_MEAL, "2026-03-07 18:00", "2026-03-07 18:30",
	    VS_DELIVERED);
	snprintf(vp.id, sizeof(vp.id), "811218-9876");
	vp.idlen = strlen(vp.id);
	s = delivered(c, NULL, NULL);
	ck_assert_uint_eq(f.n, 1);
	ck_assert_ptr_null(strstr(s, "9876"));
	ck_assert_ptr_nonnull(strstr(f.v[0].message, "(meal) 2026-03-07 "
	    "18:00-18:30 heats a main meal after 17:00"));
}
END_TEST

/* Not at home with no reason: noted; with one, not. */
START_TEST(absent)
{
	const struct care_case *c = rc_case(RC_HH "start: 2026-01-01\n");

	visit(SVC_CLEANING, "2026-03-02 09:00", "2026-03-02 10:00",
	    VS_CLIENT_ABSENT);
	ck_assert_str_eq(excused(c), "4 info visit.excused 2026-03-02: client "
	    "not at home for visit V-1 (cleaning) 2026-03-02 09:00, with no "
	    "reason recorded (hospital, respite or holiday)\n");
	vp.reason = VR_HOSPITAL;
	ck_assert_str_eq(excused(c), "");
	vp.reason = VR_NONE;
	vp.status = VS_MISSED_PROVIDER;
	ck_assert_str_eq(excused(c), "");
	vp.status = VS_CLIENT_ABSENT;
	rc_profile(c)->rules[R_VISIT_EXCUSED].enabled = false;
	ck_assert_str_eq(excused(c), "");
}
END_TEST

/* Cancelled by the working day before: Friday for a Monday, the
 * Wednesday before Easter for the Tuesday after. */
START_TEST(cancelled)
{
	const struct care_case *c = rc_case(RC_HH "start: 2026-01-01\n");

	visit(SVC_CLEANING, "2026-03-09 09:00", "2026-03-09 10:00",
	    VS_CANCELLED_CLIENT);
	vp.has_cancelled = true;
	vp.cancelled = at("2026-03-06 23:59");
	ck_assert_str_eq(excused(c), "");
	vp.cancelled = at("2026-03-07 00:00");
	ck_assert_str_eq(excused(c), "4 info visit.excused 2026-03-09: visit "
	    "V-1 (cleaning) 2026-03-09 09:00 was cancelled 2026-03-07 00:00, "
	    "later than 2026-03-06\n");
	visit(SVC_CLEANING, "2026-04-07 09:00", "2026-04-07 10:00",
	    VS_CANCELLED_CLIENT);
	vp.has_cancelled = true;
	vp.cancelled = at("2026-04-01 12:00");
	ck_assert_str_eq(excused(c), "");
	vp.cancelled = at("2026-04-02 08:00");
	ck_assert_str_eq(excused(c), "4 info visit.excused 2026-04-07: visit "
	    "V-1 (cleaning) 2026-04-07 09:00 was cancelled 2026-04-02 08:00, "
	    "later than 2026-04-01\n");
	vp.has_cancelled = false;
	ck_assert_str_eq(excused(c), "");
	vp.has_cancelled = true;
	rc_profile(c)->rules[R_VISIT_EXCUSED].enabled = false;
	ck_assert_str_eq(excused(c), "");
}
END_TEST

Suite *
rules_visit_row_suite(void)
{
	Suite *s = suite_create("rules_visit_row");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, window_hours);
	tcase_add_test(tc, window_days);
	tcase_add_test(tc, window_meals);
	tcase_add_test(tc, evening_together);
	tcase_add_test(tc, moved);
	tcase_add_test(tc, masked_id);
	tcase_add_test(tc, absent);
	tcase_add_test(tc, cancelled);
	suite_add_tcase(s, tc);
	return s;
}
