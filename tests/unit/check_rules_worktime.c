/* The working-time family: daily and weekly rest, the weekly average. */
#include <string.h>

#include "rules/worktime.h"
#include "sheet.h"
#include "util.h"

#define PA	"case: K-1\nregime: se-pa\nfunder: municipality\n" \
		"start: 2025-01-01\n"

static struct sheet s;
static struct interval w[SHEET_MAX + 1];
static uint32_t nxt[SHEET_MAX + 1];
static struct excess over[2 * SHEET_MAX + 2];

static const char *
check(void)
{
	size_t n;

	worktime_prepare(&s.ts);
	n = worktime_rest(&s.ts, s.l, s.ts.n, w, nxt, over);
	worktime_unbill(&s.ts, s.l, s.ts.n, over, n);
	return sheet_findings(&s);
}

/* ATL's fixed periods from the daily break at 00:00: a day of 13 h 30
 * min of work leaves 10 h 30 min of rest in its 24 hours, whatever the
 * rest around it; the rest of 11 hours before it is not enough. */
START_TEST(daily_rest_short)
{
	sheet_init(&s, PA);
	sheet_shift(&s, 0, "S-1", "2026-03-01 20:00", "2026-03-01 21:00",
	    KIND_ACTIVE);
	sheet_shift(&s, 0, "S-1", "2026-03-02 08:00", "2026-03-02 12:00",
	    KIND_ACTIVE);
	sheet_shift(&s, 0, "S-1", "2026-03-02 12:30", "2026-03-02 22:00",
	    KIND_ACTIVE);
	ck_assert_str_eq(check(), "3: K-1: error: worktime.daily-rest: S-1 "
	    "has at most 10 h 30 min of rest in one stretch in the day "
	    "from 2026-03-02 00:00 (at least 11 h 00 min; ATL)\n");
	ck_assert_str_eq(fmt(s.f.v[0].date), "2026-03-02");
	sheet_free(&s);
}
END_TEST

/* Eight hours between two days is lawful in fixed periods, each of
 * which has its 11 hours, by the law and by Vårdföretagarna's agreement
 * alike (the rolling reading, which finds it, is in the CLI tests). */
START_TEST(daily_rest_between_days)
{
	sheet_init(&s, PA);
	sheet_shift(&s, 0, "S-1", "2026-03-02 08:00", "2026-03-02 20:00",
	    KIND_ACTIVE);
	sheet_shift(&s, 0, "S-1", "2026-03-03 05:00", "2026-03-03 12:00",
	    KIND_ACTIVE);
	ck_assert_str_eq(check(), "");
	s.ts.staff[0].worktime = WT_VF_PA;
	ck_assert_str_eq(check(), "");
	sheet_free(&s);
}
END_TEST

/* Exactly 11 hours of rest is enough; so is standby, which is not
 * working time. */
START_TEST(daily_rest_enough)
{
	sheet_init(&s, PA);
	sheet_shift(&s, 0, "S-1", "2026-03-02 08:00", "2026-03-02 20:00",
	    KIND_ACTIVE);
	sheet_shift(&s, 0, "S-1", "2026-03-03 07:00", "2026-03-03 12:00",
	    KIND_ACTIVE);
	ck_assert_str_eq(check(), "");
	sheet_free(&s);
	sheet_init(&s, PA);
	sheet_shift(&s, 0, "S-1", "2026-03-02 08:00", "2026-03-02 20:00",
	    KIND_ACTIVE);
	sheet_shift(&s, 0, "S-1", "2026-03-03 04:00", "2026-03-03 12:00",
	    KIND_STANDBY);
	ck_assert_str_eq(check(), "");
	sheet_free(&s);
}
END_TEST

/* Seven days of work with 12 hours off each night, from Monday to Sunday
 * and the days before and after: the daily rest holds, the 36 hours of
 * weekly rest in the week from Monday 00:00 do not. */
START_TEST(weekly_rest)
{
	char from[32], to[32];
	int d;

	sheet_init(&s, PA);
	for (d = 1; d <= 9; d++) {
		snprintf(from, sizeof(from), "2026-03-%02d 08:00", d);
		snprintf(to, sizeof(to), "2026-03-%02d 20:00", d);
		sheet_shift(&s, 0, "S-1", from, to, KIND_ACTIVE);
	}
	check();
	ck_assert_uint_ge(s.f.n, 1);
	ck_assert_int_eq(s.f.v[0].rule, R_WORKTIME_WEEKLY_REST);
	ck_assert_str_eq(s.f.v[0].message, "S-1 has at most 12 h 00 min of "
	    "rest in one stretch in the week from 2026-03-02 00:00 (at "
	    "least 36 h 00 min; ATL)");
	ck_assert_int_eq(s.f.v[0].line, 3);
	sheet_free(&s);
}
END_TEST

/* Whether a finding of rule r is among them. */
static bool
has(enum rule_id r)
{
	size_t i;

	for (i = 0; i < s.f.n; i++)
		if (s.f.v[i].rule == r)
			return true;
	return false;
}

/* The reference period of four calendar months from 1 January (ATL 10 b
 * §): 120 days, so at most 822.86 hours; 68 days of 12 hours is within
 * it, 69 is over. */
START_TEST(weekly_average)
{
	char from[32], to[32];
	cdate day;
	int d;

	sheet_init(&s, PA);
	for (d = 0, day = D("2026-01-01"); d < 68; d++, day++) {
		snprintf(from, sizeof(from), "%s 08:00", fmt(day));
		snprintf(to, sizeof(to), "%s 20:00", fmt(day));
		sheet_shift(&s, 0, "S-1", from, to, KIND_ACTIVE);
	}
	check();
	ck_assert(!has(R_WORKTIME_WEEKLY_AVERAGE));
	findings_clear(&s.f);
	snprintf(from, sizeof(from), "%s 08:00", fmt(day));
	snprintf(to, sizeof(to), "%s 20:00", fmt(day));
	sheet_shift(&s, 0, "S-1", from, to, KIND_ACTIVE);
	check();
	ck_assert_int_eq(s.f.v[s.f.n - 1].rule, R_WORKTIME_WEEKLY_AVERAGE);
	ck_assert_str_eq(s.f.v[s.f.n - 1].message, "S-1 works 828.00 h in "
	    "the reference period 2026-01-01..2026-04-30: 48.30 h a week on "
	    "average (at most 48; ATL)");
	ck_assert_str_eq(fmt(s.f.v[s.f.n - 1].date), "2026-01-01");
	sheet_free(&s);
}
END_TEST

Suite *
rules_worktime_suite(void)
{
	Suite *s = suite_create("rules/worktime");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, daily_rest_short);
	tcase_add_test(tc, daily_rest_between_days);
	tcase_add_test(tc, daily_rest_enough);
	tcase_add_test(tc, weekly_rest);
	tcase_add_test(tc, weekly_average);
	suite_add_tcase(s, tc);
	return s;
}
