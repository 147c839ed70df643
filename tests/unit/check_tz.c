#include <stdlib.h>
#include <string.h>

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

Suite *
tz_suite(void)
{
	Suite *s = suite_create("tz");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, zones_installed);
	tcase_add_test(tc, night_shifts_across_dst);
	tcase_add_test(tc, offsets);
	tcase_add_test(tc, caller_tz_ignored);
	tcase_add_test(tc, skipped_and_repeated_hours);
	suite_add_tcase(s, tc);
	return s;
}
