/* Danish home help on timesheets: the private-helper option
 * (hours.private-helper), the average grant per recipient visited
 * (hours.average-visited) and unskilled staff (staff.unskilled). */
#include <string.h>

#include "rules/homehelp.h"
#include "rules/shift.h"
#include "sheet.h"
#include "util.h"

#define HH(id, hours)	"case: " id "\nregime: dk-hh\nstart: 2025-01-01\n" \
			"decisions: [{id: D-1, from: 2025-01-01, " \
			"hours_per_week: " hours "}]\n"

static struct sheet s;

/* A shift of case k streamed through homehelp_shift as the engine does. */
static void
shift(size_t k, const char *staff, const char *from, const char *to,
    enum shift_kind kind)
{
	const struct stored *x = &s.v[sheet_shift(&s, k, staff, from, to,
	    kind)];

	homehelp_shift(&s.ts, x->staff, kind, shift_day(&s.cases[k],
	    x->start), (double)x->len / 60);
	s.cases[k].shifts++;
}

static struct profile *
hh_profile(void)
{
	return &s.ps.by_regime[REGIME_DK_HH];
}

/* Above 20 h a week, by the largest decision; hours_per_week or the
 * services' minutes; dk-hh only. */
START_TEST(private_helper)
{
	sheet_init(&s, HH("K-1", "20") "---\n" HH("K-2", "20.5") "---\n"
	    "case: K-3\nregime: dk-hh\nstart: 2025-01-01\ndecisions:\n"
	    "  - {id: D-1, from: 2025-01-01, services: [{service: "
	    "personal-care, per_week: 14, minutes: 90}]}\n"
	    "  - {id: D-2, from: 2024-01-01, to: 2024-12-31, hours_per_week: "
	    "5}\n---\n"
	    "case: K-4\nregime: se-pa\nfunder: fk\nstart: 2025-01-01\n"
	    "decisions: [{id: D-1, from: 2025-01-01, hours_per_week: 40}]\n");
	homehelp_check(&s.ts);
	ck_assert_str_eq(sheet_findings(&s), "6: K-2: info: "
	    "hours.private-helper: 20.50 h a week granted: the client may "
	    "choose a cash subsidy and hire their own helpers\n"
	    "11: K-3: info: hours.private-helper: 21.00 h a week granted: the "
	    "client may choose a cash subsidy and hire their own helpers\n");
	ck_assert_int_eq(s.f.v[0].date, DATE_NONE);
	findings_clear(&s.f);
	hh_profile()->rules[R_HOURS_PRIVATE_HELPER].enabled = false;
	homehelp_check(&s.ts);
	ck_assert_str_eq(sheet_findings(&s), "");
	sheet_free(&s);
}
END_TEST

/* The average weekly grant of the recipients with shifts, over the span
 * of the shifts: 3.0 and 3.5 h are inside the band. */
START_TEST(average_band)
{
	sheet_init(&s, HH("K-1", "3.0"));
	shift(0, "S-1", "2026-03-02 09:00", "2026-03-02 10:00", KIND_ACTIVE);
	shift(0, "S-1", "2026-03-08 09:00", "2026-03-08 10:00", KIND_ACTIVE);
	homehelp_check(&s.ts);
	ck_assert_str_eq(sheet_findings(&s), "");
	sheet_free(&s);
	/* a recipient without shifts does not count */
	sheet_init(&s, HH("K-1", "3.0") "---\n" HH("K-2", "4.0") "---\n"
	    HH("K-3", "1.0"));
	shift(0, "S-1", "2026-03-02 09:00", "2026-03-02 10:00", KIND_ACTIVE);
	shift(1, "S-1", "2026-03-08 09:00", "2026-03-08 10:00", KIND_ACTIVE);
	homehelp_check(&s.ts);
	ck_assert_str_eq(sheet_findings(&s), "");
	sheet_free(&s);
}
END_TEST

/* Outside the band: one note for the unit, on the first day of the
 * shifts; off, none. */
START_TEST(average_outside)
{
	sheet_init(&s, HH("K-1", "2.9"));
	shift(0, "S-1", "2026-03-02 09:00", "2026-03-02 10:00", KIND_ACTIVE);
	shift(0, "S-1", "2026-03-08 09:00", "2026-03-08 10:00", KIND_ACTIVE);
	homehelp_check(&s.ts);
	ck_assert_str_eq(sheet_findings(&s), "1: *: info: "
	    "hours.average-visited: on average 2.90 h a week granted per "
	    "recipient over 1 dk-hh recipients (target 3.0-3.5 h)\n");
	ck_assert_str_eq(s.f.v[0].file, "s.csv");
	ck_assert_str_eq(fmt(s.f.v[0].date), "2026-03-02");
	sheet_free(&s);
	sheet_init(&s, HH("K-1", "3.0") "---\n" HH("K-2", "4.1"));
	shift(0, "S-1", "2026-03-02 09:00", "2026-03-02 10:00", KIND_ACTIVE);
	shift(1, "S-1", "2026-03-08 09:00", "2026-03-08 10:00", KIND_ACTIVE);
	homehelp_check(&s.ts);
	ck_assert_str_eq(sheet_findings(&s), "1: *: info: "
	    "hours.average-visited: on average 3.55 h a week granted per "
	    "recipient over 2 dk-hh recipients (target 3.0-3.5 h)\n");
	findings_clear(&s.f);
	hh_profile()->rules[R_HOURS_AVERAGE_VISITED].enabled = false;
	homehelp_check(&s.ts);
	ck_assert_str_eq(sheet_findings(&s), "");
	sheet_free(&s);
}
END_TEST

/* At most 10% of the hours and half the staff unskilled: exactly at the
 * limits is fine; introduction shifts do not count. */
START_TEST(unskilled_limits)
{
	sheet_init(&s, HH("K-1", "3.0"));
	shift(0, "S-1", "2026-03-02 08:00", "2026-03-02 17:00", KIND_ACTIVE);
	shift(0, "S-2", "2026-03-03 08:00", "2026-03-03 09:00", KIND_ACTIVE);
	shift(0, "S-2", "2026-03-04 08:00", "2026-03-04 12:00",
	    KIND_INTRODUCTION);
	s.ts.roster = true;
	s.ts.roster_pos = (struct srcpos){ "r.csv", 1 };
	s.staff[0].qualified = 1;
	s.staff[1].qualified = 0;
	hh_profile()->rules[R_HOURS_AVERAGE_VISITED].enabled = false;
	homehelp_check(&s.ts);
	ck_assert_str_eq(sheet_findings(&s), "");
	sheet_free(&s);
}
END_TEST

/* Over the limits: two errors for the unit at the roster, for the
 * calendar year, a partial figure; staff not in the roster warned of at
 * their first shift; no roster, or off: none. */
START_TEST(unskilled_over)
{
	sheet_init(&s, HH("K-1", "3.0"));
	shift(0, "S-1", "2026-03-02 08:00", "2026-03-02 17:00", KIND_ACTIVE);
	shift(0, "S-2", "2026-03-03 08:00", "2026-03-03 09:00", KIND_ACTIVE);
	shift(0, "S-3", "2026-03-03 10:00", "2026-03-03 11:00", KIND_ACTIVE);
	shift(0, "S-4", "2026-03-04 10:00", "2026-03-04 11:00", KIND_ACTIVE);
	shift(0, "S-4", "2026-03-05 10:00", "2026-03-05 11:00", KIND_ACTIVE);
	s.ts.roster_pos = (struct srcpos){ "r.csv", 1 };
	s.staff[0].qualified = 1;
	s.staff[1].qualified = 0;
	s.staff[2].qualified = 0;
	hh_profile()->rules[R_HOURS_AVERAGE_VISITED].enabled = false;
	homehelp_check(&s.ts);
	ck_assert_str_eq(sheet_findings(&s), "");
	s.ts.roster = true;
	homehelp_check(&s.ts);
	ck_assert_str_eq(sheet_findings(&s), "5: K-1: warning: "
	    "staff.unskilled: S-4 is not in the staff roster: qualification "
	    "unknown\n"
	    "1: *: error: staff.unskilled: in 2026 unskilled staff work 18.2% "
	    "of the hours (2.00 of 11.00 h; at most 10%; a partial figure: "
	    "the file has 2026-03-02..2026-03-03 of the year)\n"
	    "1: *: error: staff.unskilled: in 2026 2 of 3 staff are unskilled "
	    "(66.7%; at most 50%; a partial figure: the file has "
	    "2026-03-02..2026-03-03 of the year)\n");
	ck_assert_str_eq(fmt(s.f.v[0].date), "2026-03-04");
	ck_assert_str_eq(s.f.v[1].file, "r.csv");
	ck_assert_str_eq(fmt(s.f.v[1].date), "2026-01-01");
	findings_clear(&s.f);
	hh_profile()->rules[R_STAFF_UNSKILLED].enabled = false;
	homehelp_check(&s.ts);
	ck_assert_str_eq(sheet_findings(&s), "");
	sheet_free(&s);
}
END_TEST

/* Measured per calendar year: one year over the limit, the next within
 * it, a whole year not called partial. */
START_TEST(unskilled_per_year)
{
	sheet_init(&s, HH("K-1", "3.0"));
	shift(0, "S-1", "2025-01-01 08:00", "2025-01-01 16:00", KIND_ACTIVE);
	shift(0, "S-2", "2025-12-31 08:00", "2025-12-31 10:00", KIND_ACTIVE);
	shift(0, "S-1", "2026-01-02 08:00", "2026-01-02 18:00", KIND_ACTIVE);
	shift(0, "S-1", "2026-01-03 08:00", "2026-01-03 18:00", KIND_ACTIVE);
	shift(0, "S-2", "2026-01-04 08:00", "2026-01-04 10:00", KIND_ACTIVE);
	s.ts.roster = true;
	s.ts.roster_pos = (struct srcpos){ "r.csv", 1 };
	s.staff[0].qualified = 1;
	s.staff[1].qualified = 0;
	hh_profile()->rules[R_HOURS_AVERAGE_VISITED].enabled = false;
	homehelp_check(&s.ts);
	ck_assert_str_eq(sheet_findings(&s), "1: *: error: staff.unskilled: "
	    "in 2025 unskilled staff work 20.0% of the hours (2.00 of 10.00 h; "
	    "at most 10%)\n");
	sheet_free(&s);
}
END_TEST

Suite *
rules_homehelp_suite(void)
{
	Suite *s = suite_create("rules_homehelp");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, private_helper);
	tcase_add_test(tc, average_band);
	tcase_add_test(tc, average_outside);
	tcase_add_test(tc, unskilled_limits);
	tcase_add_test(tc, unskilled_over);
	tcase_add_test(tc, unskilled_per_year);
	suite_add_tcase(s, tc);
	return s;
}
