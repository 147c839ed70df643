/* The staffing family on timesheets: overlapping shifts, double staffing,
 * staff.introduced. */
#include <string.h>

#include "rules/caseidx.h"
#include "rules/staffing.h"
#include "sheet.h"
#include "util.h"

#define PA	"case: K-1\nregime: se-pa\nfunder: municipality\n" \
		"start: 2025-01-01\n"

static struct sheet s;
static uint32_t mark[SHEET_MAX], since[SHEET_MAX];
static int32_t known[SHEET_MAX];
static const struct case_marks marks = { mark, known, since };

static const char *
by_case(void)
{
	memset(mark, 0, sizeof(mark));
	staffing_case(&s.ts, s.l, s.ts.n, &marks);
	return sheet_findings(&s);
}

/* Whoever works in the first 7 days knows the client; after them, a
 * first shift alone is flagged, unless someone who knows the client
 * works alongside or the helper was introduced. */
START_TEST(introduced)
{
	sheet_init(&s, PA "decisions: [{id: D-1, from: 2025-01-01, "
	    "hours_per_week: 100, double_staffing: true}]\nevents:\n"
	    "  - {type: introduction, date: 2026-03-10, staff: S-4}\n");
	sheet_shift(&s, 0, "S-1", "2026-03-01 08:00", "2026-03-01 16:00",
	    KIND_ACTIVE);
	sheet_shift(&s, 0, "S-2", "2026-03-09 08:00", "2026-03-09 16:00",
	    KIND_ACTIVE);
	sheet_shift(&s, 0, "S-1", "2026-03-10 08:00", "2026-03-10 16:00",
	    KIND_ACTIVE);
	sheet_shift(&s, 0, "S-3", "2026-03-10 12:00", "2026-03-10 20:00",
	    KIND_ACTIVE);
	sheet_shift(&s, 0, "S-4", "2026-03-11 08:00", "2026-03-11 16:00",
	    KIND_ACTIVE);
	ck_assert_str_eq(by_case(), "3: K-1: warning: staff.introduced: S-2's "
	    "first shift with the client, 2026-03-09 08:00, had no "
	    "introduction and no one who knows the client alongside\n");
	sheet_free(&s);
}
END_TEST

/* A case that began on the timesheet's first day has no baseline: a
 * helper knows the client once their first shift has ended. */
START_TEST(introduced_new_case)
{
	sheet_init(&s, "case: K-1\nregime: se-pa\nfunder: municipality\n"
	    "start: 2026-03-01\ndecisions: [{id: D-1, from: 2026-03-01, "
	    "hours_per_week: 100, double_staffing: true}]\n");
	sheet_shift(&s, 0, "S-1", "2026-03-01 08:00", "2026-03-01 16:00",
	    KIND_ACTIVE);
	sheet_shift(&s, 0, "S-1", "2026-03-02 08:00", "2026-03-02 16:00",
	    KIND_ACTIVE);
	sheet_shift(&s, 0, "S-2", "2026-03-02 10:00", "2026-03-02 18:00",
	    KIND_ACTIVE);
	by_case();
	ck_assert_uint_eq(s.f.n, 1);
	ck_assert_int_eq(s.f.v[0].line, 2);
	ck_assert_int_eq(s.f.v[0].rule, R_STAFF_INTRODUCED);
	ck_assert_str_eq(fmt(s.f.v[0].date), "2026-03-01");
	sheet_free(&s);
}
END_TEST

/* Two staff at once need a double-staffing grant. */
START_TEST(double_staffing)
{
	sheet_init(&s, PA "decisions: [{id: D-1, from: 2025-01-01, "
	    "hours_per_week: 100}]\n");
	sheet_shift(&s, 0, "S-1", "2026-03-01 08:00", "2026-03-01 16:00",
	    KIND_ACTIVE);
	sheet_shift(&s, 0, "S-2", "2026-03-01 10:00", "2026-03-01 14:00",
	    KIND_ACTIVE);
	sheet_shift(&s, 0, "S-3", "2026-03-01 12:00", "2026-03-01 13:00",
	    KIND_STANDBY);
	ck_assert_str_eq(by_case(), "3: K-1: warning: hours.double-staffing: "
	    "S-2 works 2026-03-01 10:00-14:00 at the same time as S-1 "
	    "(s.csv:2, from 2026-03-01 08:00) without a double-staffing "
	    "grant\n");
	sheet_free(&s);
}
END_TEST

/* One person in two cases' shifts at once. */
START_TEST(overlap)
{
	sheet_init(&s, PA "---\ncase: K-2\nregime: se-pa\nfunder: "
	    "municipality\nstart: 2025-01-01\n");
	sheet_shift(&s, 0, "S-1", "2026-03-01 08:00", "2026-03-01 16:00",
	    KIND_ACTIVE);
	sheet_shift(&s, 1, "S-1", "2026-03-01 10:00", "2026-03-01 12:00",
	    KIND_ACTIVE);
	sheet_shift(&s, 1, "S-1", "2026-03-01 16:00", "2026-03-01 18:00",
	    KIND_ACTIVE);
	staffing_overlap(&s.ts, s.l, s.ts.n);
	ck_assert_str_eq(sheet_findings(&s), "3: K-2: error: hours.overlap: "
	    "S-1 works 2026-03-01 10:00-12:00 for K-2 and 2026-03-01 "
	    "08:00-16:00 for K-1 (s.csv:2) at the same time\n");
	sheet_free(&s);
}
END_TEST

Suite *
rules_staffing_suite(void)
{
	Suite *s = suite_create("rules/staffing");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, introduced);
	tcase_add_test(tc, introduced_new_case);
	tcase_add_test(tc, double_staffing);
	tcase_add_test(tc, overlap);
	suite_add_tcase(s, tc);
	return s;
}
