/* The grant family: hours against the decisions in accounting periods,
 * shifts outside a decision or in a hospital stay; and billing.fk's
 * amounts. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rules/billing.h"
#include "rules/grant.h"
#include "sheet.h"
#include "util.h"

static struct sheet s;

/* A shift of case 0 streamed through grant_shift as the engine does. */
static void
shift(const char *date, int from, int to, enum shift_kind kind)
{
	struct srcpos pos = { "s.csv", (long)s.ts.n + 2 };
	struct shift_row r;

	memset(&r, 0, sizeof(r));
	r.start = datetime_make(D(date), from * 60);
	r.end = datetime_make(D(date), to * 60);
	r.kind = kind;
	r.stated = -1;
	s.ts.n++;
	grant_shift(&s.f, &pos, &s.cases[0], &r, D(date),
	    tz_to_utc(s.cases[0].zone, r.start), tz_to_utc(s.cases[0].zone,
	    r.end));
}

/* A decision of 10 h a week, 50 h worked in March: over by the grant of
 * 31 days. */
START_TEST(granted_over)
{
	struct sumrows sum = { NULL, 0, 0 };
	int d;

	sheet_init(&s, "case: K-1\nregime: se-pa\nfunder: municipality\n"
	    "start: 2026-01-01\ndecisions: [{id: D-1, from: 2026-01-01, "
	    "hours_per_week: 10}]\n");
	for (d = 0; d < 5; d++)
		shift(fmt(D("2026-03-02") + d), 8, 18, KIND_ACTIVE);
	ck_assert_str_eq(sheet_findings(&s), "");
	grant_periods(&s.ts, &s.cases[0], &sum);
	ck_assert_str_eq(sheet_findings(&s), "1: K-1: error: hours.granted: "
	    "used 50.00 h of 44.29 h granted in 2026-03-01..2026-03-31: "
	    "5.71 h over\n");
	ck_assert_uint_eq(sum.n, 1);
	ck_assert_str_eq(fmt(sum.v[0].start), "2026-03-01");
	ck_assert_double_eq_tol(sum.v[0].billable, 44.2857, 1e-3);
	ck_assert(isnan(sum.v[0].amount));
	free(sum.v);
	sheet_free(&s);
}
END_TEST

/* A temporary increase covers what the regular grant does not; under
 * the grant in a past period is noted with its share. */
START_TEST(temporary_and_under)
{
	struct sumrows sum = { NULL, 0, 0 };

	sheet_init(&s, "case: K-1\nregime: se-pa\nfunder: municipality\n"
	    "start: 2026-01-01\ndecisions:\n"
	    "  - {id: D-1, from: 2026-01-01, hours_per_week: 7}\n"
	    "  - {id: D-2, from: 2026-03-01, to: 2026-03-31, "
	    "hours_per_week: 7, temporary: true}\n");
	shift("2026-03-02", 0, 20, KIND_ACTIVE);
	shift("2026-03-03", 0, 20, KIND_ACTIVE);
	shift("2026-04-02", 8, 18, KIND_ACTIVE);
	grant_periods(&s.ts, &s.cases[0], &sum);
	ck_assert_str_eq(sheet_findings(&s), "1: K-1: info: hours.temporary: "
	    "used 40.00 h in 2026-03-01..2026-03-31: 9.00 h above the "
	    "regular grant, within the temporary increase of 31.00 h\n"
	    "1: K-1: info: hours.granted: used 10.00 h of 30.00 h granted in "
	    "2026-04-01..2026-04-30 (33%)\n");
	free(sum.v);
	sheet_free(&s);
}
END_TEST

/* Before the start and with no decision in force: not billable; in
 * an FK client's hospital stay: a warning for four weeks, then an
 * error. */
START_TEST(outside_and_hospital)
{
	sheet_init(&s, "case: K-1\nregime: se-pa\nfunder: fk\n"
	    "start: 2026-01-10\ndecisions: [{id: D-1, from: 2026-01-01, "
	    "to: 2026-04-30, hours_per_week: 40}]\nevents:\n"
	    "  - {type: absence, from: 2026-03-01, to: 2026-04-15, "
	    "reason: hospital}\n");
	shift("2026-01-09", 8, 12, KIND_ACTIVE);
	shift("2026-03-28", 8, 12, KIND_ACTIVE);
	shift("2026-03-29", 8, 12, KIND_ACTIVE);
	shift("2026-03-30", 8, 12, KIND_INTRODUCTION);
	shift("2026-05-02", 8, 12, KIND_ACTIVE);
	ck_assert_str_eq(sheet_findings(&s), "2: K-1: error: "
	    "hours.outside-decision: shift 2026-01-09 08:00 (4.00 h) is before "
	    "the service start: not billable\n"
	    "3: K-1: warning: hours.hospital: shift 2026-03-28 08:00 during "
	    "the client's hospital stay from 2026-03-01: FK pays only for "
	    "special reasons\n"
	    "4: K-1: error: hours.hospital: shift 2026-03-29 08:00 more than "
	    "4w into the client's hospital stay from 2026-03-01: FK does not "
	    "pay it\n"
	    "6: K-1: error: hours.outside-decision: shift 2026-05-02 08:00 "
	    "(4.00 h) is outside every decision: not billable\n");
	sheet_free(&s);
}
END_TEST

/* billing.fk: the year's rate times the billable hours; a year with no
 * rate leaves the amount out and is reported once. */
START_TEST(billing_rates)
{
	struct period per;

	sheet_init(&s, "case: K-1\nregime: se-pa\nfunder: fk\n"
	    "start: 2024-01-01\n");
	memset(&per, 0, sizeof(per));
	per.inside = per.inside_year[0] = 10;
	ck_assert_double_eq_tol(billing_fk(&s.ts, &s.cases[0], &per, 2024, 8),
	    8 * 332.60, 1e-9);
	ck_assert(isnan(billing_fk(&s.ts, &s.cases[0], &per, 2026, 8)));
	ck_assert(isnan(billing_fk(&s.ts, &s.cases[0], &per, 2026, 8)));
	ck_assert_str_eq(sheet_findings(&s), "1: K-1: warning: billing.fk: "
	    "no FK hourly rate for 2026 in the profile (billing.fk rates): "
	    "amounts for 2026 are left out\n");
	ck_assert_str_eq(fmt(s.f.v[0].date), "2026-01-01");
	sheet_free(&s);
}
END_TEST

Suite *
rules_grant_suite(void)
{
	Suite *s = suite_create("rules/grant");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, granted_over);
	tcase_add_test(tc, temporary_and_under);
	tcase_add_test(tc, outside_and_hospital);
	tcase_add_test(tc, billing_rates);
	suite_add_tcase(s, tc);
	return s;
}
