#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tz.h"
#include "util.h"

static int64_t
utc(enum zone z, const char *local)
{
	cminute t;

	ck_assert_int_eq(datetime_parse(local, strlen(local), &t), DATE_OK);
	return tz_to_utc(z, t);
}

static int64_t
elapsed(enum zone z, const char *from, const char *to)
{
	return utc(z, to) - utc(z, from);
}

START_TEST(zones_installed)
{
	ck_assert_int_eq(tz_check(ZONE_STOCKHOLM), 0);
	ck_assert_int_eq(tz_check(ZONE_COPENHAGEN), 0);
}
END_TEST

START_TEST(night_shifts_across_dst)
{
	enum zone z;

	for (z = ZONE_STOCKHOLM; z < ZONE_COUNT; z++) {
		/* spring: one hour shorter; autumn: one hour longer */
		ck_assert_int_eq(elapsed(z, "2026-03-28 22:00",
		    "2026-03-29 07:00"), 8 * 60);
		ck_assert_int_eq(elapsed(z, "2026-10-24 22:00",
		    "2026-10-25 07:00"), 10 * 60);
		ck_assert_int_eq(elapsed(z, "2026-06-01 22:00",
		    "2026-06-02 07:00"), 9 * 60);
		ck_assert_int_eq(elapsed(z, "2025-03-29 22:00",
		    "2025-03-30 07:00"), 8 * 60);
	}
}
END_TEST

START_TEST(offsets)
{
	ck_assert_int_eq(utc(ZONE_STOCKHOLM, "2026-07-01 12:00"),
	    (int64_t)D("2026-07-01") * 1440 + 10 * 60);
	ck_assert_int_eq(utc(ZONE_COPENHAGEN, "2026-01-15 12:00"),
	    (int64_t)D("2026-01-15") * 1440 + 11 * 60);
	/* 02:30 on the spring night does not exist: read as 03:30 summer
	 * time; on the autumn night it happens twice: the first */
	ck_assert_int_eq(utc(ZONE_STOCKHOLM, "2026-03-29 02:30"),
	    (int64_t)D("2026-03-29") * 1440 + 90);
	ck_assert_int_eq(utc(ZONE_STOCKHOLM, "2026-10-25 02:30"),
	    (int64_t)D("2026-10-25") * 1440 + 30);
	ck_assert_int_eq(tz_offset(ZONE_STOCKHOLM,
	    (int64_t)D("2026-07-01") * 1440), 120);
	/* across New Year */
	ck_assert_int_eq(elapsed(ZONE_STOCKHOLM, "2025-12-31 22:00",
	    "2026-01-01 07:00"), 9 * 60);
}
END_TEST

/* The caller's TZ is never read: a file, a device or a pipe there
 * changes nothing (the zones are read by name), and TZ is left as UTC. */
START_TEST(caller_tz_ignored)
{
	setenv("TZ", "/dev/null", 1);
	ck_assert_int_eq(utc(ZONE_COPENHAGEN, "1999-07-01 12:00"),
	    (int64_t)D("1999-07-01") * 1440 + 600);
	ck_assert_str_eq(getenv("TZ"), "UTC0");
	setenv("TZ", "Asia/Tokyo", 1);
	ck_assert_int_eq(utc(ZONE_STOCKHOLM, "1998-01-01 12:00"),
	    (int64_t)D("1998-01-01") * 1440 + 660);
	ck_assert_str_eq(getenv("TZ"), "UTC0");
	/* today: the date in Sweden and Denmark, whatever TZ says */
	setenv("TZ", "Pacific/Kiritimati", 1);
	tz_init();
	ck_assert_int_eq(tz_today(ZONE_STOCKHOLM, 1795305600 - 1800),
	    D("2026-11-22"));
	ck_assert_int_eq(tz_today(ZONE_STOCKHOLM, 1795305600 - 3600 - 1),
	    D("2026-11-21"));
	ck_assert_int_eq(tz_today(ZONE_COPENHAGEN, 1782856800),
	    D("2026-07-01"));
	ck_assert_int_eq(tz_today(ZONE_COPENHAGEN, 1782856800 - 1),
	    D("2026-06-30"));
}
END_TEST

/* How often a local time happens, at the edges of the two hours. */
static enum tz_local
kind(enum zone z, const char *local)
{
	cminute t;

	ck_assert_int_eq(datetime_parse(local, strlen(local), &t), DATE_OK);
	return tz_local(z, t);
}

START_TEST(skipped_and_repeated_hours)
{
	ck_assert_int_eq(kind(ZONE_STOCKHOLM, "2026-03-29 01:59"),
	    TZ_LOCAL_ONCE);
	ck_assert_int_eq(kind(ZONE_STOCKHOLM, "2026-03-29 02:00"),
	    TZ_LOCAL_NEVER);
	ck_assert_int_eq(kind(ZONE_STOCKHOLM, "2026-03-29 02:59"),
	    TZ_LOCAL_NEVER);
	ck_assert_int_eq(kind(ZONE_STOCKHOLM, "2026-03-29 03:00"),
	    TZ_LOCAL_ONCE);
	ck_assert_int_eq(kind(ZONE_COPENHAGEN, "2026-10-25 01:59"),
	    TZ_LOCAL_ONCE);
	ck_assert_int_eq(kind(ZONE_COPENHAGEN, "2026-10-25 02:00"),
	    TZ_LOCAL_TWICE);
	ck_assert_int_eq(kind(ZONE_COPENHAGEN, "2026-10-25 02:59"),
	    TZ_LOCAL_TWICE);
	ck_assert_int_eq(kind(ZONE_COPENHAGEN, "2026-10-25 03:00"),
	    TZ_LOCAL_ONCE);
	/* the first of the two, in summer time: two hours after 00:30, not
	 * three */
	ck_assert_int_eq(utc(ZONE_STOCKHOLM, "2026-10-25 02:30") -
	    utc(ZONE_STOCKHOLM, "2026-10-25 00:30"), 120);
	ck_assert_int_eq(kind(ZONE_STOCKHOLM, "2026-07-01 02:30"),
	    TZ_LOCAL_ONCE);
}
END_TEST

/* The C library's offset east of UTC in minutes at a UTC minute, in the
 * zone TZ names (no assertion here: check writes a line for each). */
static int
libc_offset(int64_t utc_min)
{
	time_t t = (time_t)(utc_min * 60);
	struct tm tm;

	if (localtime_r(&t, &tm) == NULL)
		return INT_MIN;
	return (int)(tm.tm_gmtoff / 60);
}

#define NYEARS	(TZ_LAST_YEAR - TZ_FIRST_YEAR + 1)

/* A year's table as it was built before the tables came from the rule
 * (probes a week apart from a day before the year to a day after it, the
 * minute of each change by bisection), with TZ set to the zone. */
struct reftable {
	int	 n;
	int64_t	 at[TZ_CHANGES_MAX];
	int	 off[TZ_CHANGES_MAX + 1];
};

static void
reference_year(int year, struct reftable *r)
{
	int64_t at = ((int64_t)date_from_ymd(year, 1, 1) - 1) * 1440;
	int64_t end = ((int64_t)date_from_ymd(year + 1, 1, 1) + 1) * 1440;
	int64_t lo, hi, mid;
	int prev, o;

	r->n = 0;
	prev = r->off[0] = libc_offset(at);
	for (; at < end; at = hi) {
		hi = at + 7 * 1440 < end ? at + 7 * 1440 : end;
		if ((o = libc_offset(hi)) == prev)
			continue;
		for (lo = at; hi - lo > 1; ) {
			mid = lo + (hi - lo) / 2;
			if (libc_offset(mid) == prev)
				lo = mid;
			else
				hi = mid;
		}
		ck_assert_int_lt(r->n, TZ_CHANGES_MAX);
		r->at[r->n] = hi;
		r->off[++r->n] = o;
		prev = o;
	}
}

/* Whether a year's table is the reference: the same changes, and the C
 * library's offsets either side of each change's minute. */
static bool
same_table(const struct reftable *got, const struct reftable *ref)
{
	int i;

	if (got->n != ref->n)
		return false;
	for (i = 0; i < got->n; i++)
		if (got->at[i] != ref->at[i] ||
		    libc_offset(got->at[i] - 1) != got->off[i] ||
		    libc_offset(got->at[i]) != got->off[i + 1])
			return false;
	for (i = 0; i <= got->n; i++)
		if (got->off[i] != ref->off[i])
			return false;
	return true;
}

/* The first minute of a year, at an hour of every day (a different hour
 * each day), where tz_offset and the C library disagree; -1 for none. */
static int64_t
offset_differs(enum zone z, int year)
{
	int64_t m = (int64_t)date_from_ymd(year, 1, 1) * 1440;
	int64_t to = (int64_t)date_from_ymd(year + 1, 1, 1) * 1440;

	for (m += (year % 24) * 60; m < to; m += 1440 + 60)
		if (tz_offset(z, m) != libc_offset(m))
			return m;
	return -1;
}

/* Every year's table of both zones, as the tools preload them, is the
 * one the weekly probes made before (reference_year), and tz_offset is
 * the C library's offset through every year. */
START_TEST(tables_match_the_c_library)
{
	static struct reftable ref[NYEARS];
	struct reftable got;
	enum zone z;
	int y, rule = 0;

	tz_preload();
	for (z = ZONE_STOCKHOLM; z < ZONE_COUNT; z++) {
		setenv("TZ", tz_name(z), 1);
		tzset();
		for (y = TZ_FIRST_YEAR; y <= TZ_LAST_YEAR; y++)
			reference_year(y, &ref[y - TZ_FIRST_YEAR]);
		for (y = TZ_FIRST_YEAR; y <= TZ_LAST_YEAR; y++) {
			got.n = tz_changes(z, y, got.at, got.off);
			ck_assert_msg(same_table(&got, &ref[y - TZ_FIRST_YEAR]),
			    "%s %d: %d changes, %d before", tz_name(z), y,
			    got.n, ref[y - TZ_FIRST_YEAR].n);
			ck_assert_int_eq(offset_differs(z, y), -1);
			rule += y >= 1996 && got.n == 2;
		}
		tz_init();
	}
	/* summer time every year since 1996, in both zones */
	ck_assert_int_eq(rule, 2 * (TZ_LAST_YEAR - 1996 + 1));
	ck_assert_int_eq(tz_changes(ZONE_STOCKHOLM, TZ_LAST_YEAR + 1, got.at,
	    got.off), -1);
}
END_TEST

/* The bounds of the tables' years as constants are those of
 * date_from_ymd. */
START_TEST(year_bounds)
{
	int y, wrong = 0;

	ck_assert_int_eq(TZ_FIRST_DAY, date_from_ymd(TZ_FIRST_YEAR, 1, 1));
	ck_assert_int_eq(TZ_END_DAY, date_from_ymd(TZ_LAST_YEAR + 1, 1, 1));
	for (y = 1; y <= 9999; y++)
		wrong += TZ_JAN1(y) != date_from_ymd(y, 1, 1);
	ck_assert_int_eq(wrong, 0);
}
END_TEST

Suite *
tz_suite(void)
{
	Suite *s = suite_create("tz");
	TCase *tc = tcase_create("core");
	TCase *tables = tcase_create("tables");

	tcase_add_test(tc, zones_installed);
	tcase_add_test(tc, night_shifts_across_dst);
	tcase_add_test(tc, offsets);
	tcase_add_test(tc, caller_tz_ignored);
	tcase_add_test(tc, skipped_and_repeated_hours);
	tcase_add_test(tc, year_bounds);
	suite_add_tcase(s, tc);
	/* some 400,000 calls of localtime_r, slow ones after 2037 */
	tcase_set_timeout(tables, 60);
	tcase_add_test(tables, tables_match_the_c_library);
	suite_add_tcase(s, tables);
	return s;
}
