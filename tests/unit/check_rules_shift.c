/* billing.dst: hours stated in a timesheet row against the elapsed time
 * in the case's zone; and the local clock of a stored shift. */
#include <stdio.h>
#include <string.h>

#include "rules/shift.h"
#include "sheet.h"
#include "util.h"

static struct sheet s;

/* "YYYY-MM-DD HH:MM" local. */
static cminute
at(const char *t)
{
	char day[11];

	ck_assert_uint_eq(strlen(t), 16);
	memcpy(day, t, 10);
	day[10] = '\0';
	return datetime_make(D(day), ((t[11] - '0') * 10 + t[12] - '0') * 60 +
	    (t[14] - '0') * 10 + t[15] - '0');
}

/* billing.dst's findings on a shift of case k from a to b (local), with
 * the hours stated. */
static const char *
dst(size_t k, const char *a, const char *b, double stated)
{
	struct srcpos pos = { "s.csv", 2 };
	struct shift_row r;
	enum zone z = s.cases[k].zone;

	memset(&r, 0, sizeof(r));
	r.start = at(a);
	r.end = at(b);
	r.stated = stated;
	findings_clear(&s.f);
	shift_dst(&s.f, &pos, &s.cases[k], &r, tz_to_utc(z, r.start),
	    tz_to_utc(z, r.end), tz_local(z, r.start), tz_local(z, r.end));
	return sheet_findings(&s);
}

/* The night to summer time is an hour shorter, the night back an hour
 * longer: stated as on the clock, an error. */
START_TEST(clock_changes)
{
	sheet_init(&s, "case: K-1\nregime: se-pa\nfunder: fk\n"
	    "start: 2026-01-01\n---\ncase: K-2\nregime: dk-hh\n"
	    "start: 2026-01-01\n");
	ck_assert_str_eq(dst(0, "2026-03-28 22:00", "2026-03-29 06:00", 8),
	    "2: K-1: error: billing.dst: shift 2026-03-28 22:00-06:00 is "
	    "7.00 h of elapsed time in Europe/Stockholm, not the 8.00 h stated "
	    "(the clock changes that night)\n");
	ck_assert_str_eq(fmt(s.f.v[0].date), "2026-03-28");
	ck_assert_str_eq(dst(0, "2026-03-28 22:00", "2026-03-29 06:00", 7),
	    "");
	ck_assert_str_eq(dst(1, "2026-10-24 22:00", "2026-10-25 06:00", 8),
	    "2: K-2: error: billing.dst: shift 2026-10-24 22:00-06:00 is "
	    "9.00 h of elapsed time in Europe/Copenhagen, not the 8.00 h "
	    "stated (the clock changes that night)\n");
	ck_assert_str_eq(dst(1, "2026-10-24 22:00", "2026-10-25 06:00", 9),
	    "");
	/* no hours stated */
	ck_assert_str_eq(dst(0, "2026-03-28 22:00", "2026-03-29 06:00", -1),
	    "");
	s.ps.by_regime[REGIME_SE_PA].rules[R_BILLING_DST].enabled = false;
	ck_assert_str_eq(dst(0, "2026-03-28 22:00", "2026-03-29 06:00", 8),
	    "");
	sheet_free(&s);
}
END_TEST

/* A difference of up to a minute is rounding: 8.0166 h stated for 8 h
 * passes, 8.02 h does not. */
START_TEST(tolerance)
{
	sheet_init(&s, "case: K-1\nregime: se-dv\nstart: 2026-01-01\n");
	ck_assert_str_eq(dst(0, "2026-03-02 08:00", "2026-03-02 16:00",
	    8.0166), "");
	ck_assert_str_eq(dst(0, "2026-03-02 08:00", "2026-03-02 16:00",
	    8 - 1.0 / 60), "");
	ck_assert_str_eq(dst(0, "2026-03-02 08:00", "2026-03-02 16:00", 8.02),
	    "2: K-1: error: billing.dst: shift 2026-03-02 08:00-16:00 is "
	    "8.00 h of elapsed time in Europe/Stockholm, not the 8.02 h "
	    "stated\n");
	ck_assert_str_eq(dst(0, "2026-03-02 08:00", "2026-03-02 16:00", 7.98),
	    "2: K-1: error: billing.dst: shift 2026-03-02 08:00-16:00 is "
	    "8.00 h of elapsed time in Europe/Stockholm, not the 7.98 h "
	    "stated\n");
	sheet_free(&s);
}
END_TEST

/* A stored shift's local day and clock, and a finding at its line. */
START_TEST(stored)
{
	char buf[DATETIME_BUFSZ];
	uint32_t i;

	sheet_init(&s, "case: K-1\nregime: dk-hh\nstart: 2026-01-01\n");
	/* four hours on the clock, five elapsed */
	i = sheet_shift(&s, 0, "S-1", "2026-10-24 23:30", "2026-10-25 03:30",
	    KIND_ACTIVE);
	ck_assert_str_eq(shift_local_text(ZONE_COPENHAGEN, s.v[i].start, buf),
	    "2026-10-24 23:30");
	ck_assert_str_eq(shift_clock_text(ZONE_COPENHAGEN, stored_end(&s.v[i]),
	    buf),
	    "03:30");
	ck_assert_str_eq(fmt(shift_day(&s.cases[0], s.v[i].start)),
	    "2026-10-24");
	ck_assert_int_eq(s.v[i].len, 5 * 60);
	shift_find(&s.ts, &s.v[i], SEV_WARNING, R_STAFF_UNSKILLED, "x");
	ck_assert_str_eq(sheet_findings(&s), "2: K-1: warning: "
	    "staff.unskilled: x\n");
	ck_assert_str_eq(fmt(s.f.v[0].date), "2026-10-24");
	ck_assert_int_eq(floor_div(-1, 60), -1);
	ck_assert_int_eq(floor_div(-60, 60), -1);
	ck_assert_int_eq(floor_div(59, 60), 0);
	sheet_free(&s);
}
END_TEST

/* A date in the month of the last one read is counted from it, and is
 * read as value_date reads it: every two characters of day in 36
 * months, leap Februaries among them; a cached date in another form
 * counts nothing. */
START_TEST(day_near)
{
	static const char ch[] = "0123456789x";
	struct shift_header sh;
	struct shift_parse p, q;
	enum date_status st;
	char s[32];
	cdate want;
	int y, m, a, b;

	memset(&sh, 0, sizeof(sh));
	sh.col[SC_DATE] = 0;
	sh.role[0] = SC_DATE;
	sh.ncols = 1;
	for (y = 2023; y <= 2025; y++)
		for (m = 1; m <= 12; m++) {
			memset(&p, 0, sizeof(p));
			shift_begin(&p);
			snprintf(s, sizeof(s), "%04d-%02d-15", y, m);
			ck_assert_int_eq(shift_field(&p, &sh, 0, s, 10),
			    SC_DATE);
			ck_assert(!p.e.bad);
			for (a = 0; a < 11; a++)
				for (b = 0; b < 11; b++) {
					s[8] = ch[a];
					s[9] = ch[b];
					q = p;
					st = value_date(s, 10, &want);
					ck_assert_int_eq(shift_day_near(&q, s,
					    10), st == DATE_OK);
					if (st == DATE_OK)
						ck_assert_int_eq(q.day, want);
				}
		}
	memset(&p, 0, sizeof(p));
	shift_begin(&p);
	ck_assert_int_eq(shift_field(&p, &sh, 0, "15-01-2025", 10),
	    SC_DATE);
	ck_assert(!p.e.bad);
	ck_assert(!shift_day_near(&p, "15-01-2016", 10));
	ck_assert(!shift_day_near(&p, "2025-01-16", 10));
}
END_TEST

Suite *
rules_shift_suite(void)
{
	Suite *s = suite_create("rules_shift");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, clock_changes);
	tcase_add_test(tc, tolerance);
	tcase_add_test(tc, stored);
	tcase_add_test(tc, day_near);
	suite_add_tcase(s, tc);
	return s;
}
