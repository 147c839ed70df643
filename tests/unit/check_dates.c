#include <string.h>

#include "dates.h"
#include "util.h"

START_TEST(round_trip_every_day)
{
	cdate d, first = D("1900-01-01"), last = D("2100-12-31");
	int y, m, dd;

	for (d = first; d <= last; d++) {
		date_to_ymd(d, &y, &m, &dd);
		ck_assert_int_eq(date_from_ymd(y, m, dd), d);
		ck_assert(dd >= 1 && dd <= date_month_days(y, m));
	}
	ck_assert_int_eq(D("1970-01-01"), 0);
	ck_assert_int_eq(D("2000-03-01") - D("2000-02-28"), 2);
	ck_assert_int_eq(D("1900-03-01") - D("1900-02-28"), 1);
}
END_TEST

START_TEST(leap_years)
{
	ck_assert(date_leap(2024));
	ck_assert(date_leap(2000));
	ck_assert(!date_leap(1900));
	ck_assert(!date_leap(2100));
	ck_assert(!date_leap(2026));
	ck_assert_int_eq(date_month_days(2024, 2), 29);
	ck_assert_int_eq(date_month_days(2100, 2), 28);
}
END_TEST

START_TEST(weekdays)
{
	ck_assert_int_eq(date_weekday(D("2026-11-22")), 7);	/* Sunday */
	ck_assert_int_eq(date_weekday(D("2026-11-23")), 1);
	ck_assert_int_eq(date_weekday(D("1900-01-01")), 1);
	ck_assert_int_eq(date_weekday(D("1970-01-01")), 4);
	ck_assert_str_eq(fmt(date_iso_week_start(D("2026-01-01"))),
	    "2025-12-29");
}
END_TEST

START_TEST(month_addition_clamps)
{
	ck_assert_str_eq(fmt(date_add_months(D("2026-08-31"), 6)),
	    "2027-02-28");
	ck_assert_str_eq(fmt(date_add_months(D("2026-01-31"), 1)),
	    "2026-02-28");
	ck_assert_str_eq(fmt(date_add_months(D("2024-01-31"), 1)),
	    "2024-02-29");
	ck_assert_str_eq(fmt(date_add_months(D("2024-02-29"), 12)),
	    "2025-02-28");
	ck_assert_str_eq(fmt(date_add_months(D("2026-01-31"), 6)),
	    "2026-07-31");
	ck_assert_str_eq(fmt(date_add_months(D("2026-03-31"), -1)),
	    "2026-02-28");
	ck_assert_str_eq(fmt(date_add_months(D("2026-01-15"), -13)),
	    "2024-12-15");
	ck_assert_str_eq(fmt(date_add_months(D("2026-07-05"), 6)),
	    "2027-01-05");
	ck_assert_str_eq(fmt(date_month_end(D("2028-02-03"))), "2028-02-29");
	ck_assert_str_eq(fmt(date_month_start(D("2028-02-03"))),
	    "2028-02-01");
}
END_TEST

START_TEST(parse_dates)
{
	cdate d;

	ck_assert_int_eq(date_parse("2026-03-29", 10, &d), DATE_OK);
	ck_assert_str_eq(fmt(d), "2026-03-29");
	ck_assert_int_eq(date_parse("2024-02-29", 10, &d), DATE_OK);
	ck_assert_int_eq(date_parse("2026-02-29", 10, &d), DATE_NODAY);
	ck_assert_int_eq(date_parse("2026-02-30", 10, &d), DATE_NODAY);
	ck_assert_int_eq(date_parse("2026-13-01", 10, &d), DATE_NODAY);
	ck_assert_int_eq(date_parse("2026-00-10", 10, &d), DATE_NODAY);
	ck_assert_int_eq(date_parse("2026-04-31", 10, &d), DATE_NODAY);
	ck_assert_int_eq(date_parse("0000-01-01", 10, &d), DATE_RANGE);
	ck_assert_int_eq(date_parse("1899-12-31", 10, &d), DATE_RANGE);
	ck_assert_int_eq(date_parse("2026-1-01", 9, &d), DATE_SYNTAX);
	ck_assert_int_eq(date_parse("2026/01/01", 10, &d), DATE_SYNTAX);
	ck_assert_int_eq(date_parse("2026-01-01x", 11, &d), DATE_SYNTAX);
	ck_assert_int_eq(date_parse("", 0, &d), DATE_SYNTAX);
	ck_assert_int_eq(date_parse("+026-01-01", 10, &d), DATE_SYNTAX);
	ck_assert_int_eq(month_parse("2026-09", 7, &d), DATE_OK);
	ck_assert_str_eq(fmt(d), "2026-09-01");
	ck_assert_int_eq(month_parse("2026-13", 7, &d), DATE_NODAY);
}
END_TEST

START_TEST(parse_times)
{
	cminute t;
	int m;

	ck_assert_int_eq(time_parse("07:30", 5, &m), DATE_OK);
	ck_assert_int_eq(m, 450);
	ck_assert_int_eq(time_parse("24:00", 5, &m), DATE_OK);
	ck_assert_int_eq(m, 1440);
	ck_assert_int_eq(time_parse("24:30", 5, &m), DATE_NODAY);
	ck_assert_int_eq(time_parse("23:60", 5, &m), DATE_NODAY);
	ck_assert_int_eq(time_parse("7:30", 4, &m), DATE_SYNTAX);
	ck_assert_int_eq(datetime_parse("2026-03-29T22:00", 16, &t), DATE_OK);
	ck_assert_int_eq(datetime_clock(t), 22 * 60);
	ck_assert_int_eq(datetime_date(t), D("2026-03-29"));
	ck_assert_int_eq(datetime_parse("2026-03-29 22:00", 16, &t), DATE_OK);
	ck_assert_int_eq(datetime_parse("2026-03-29_22:00", 16, &t),
	    DATE_SYNTAX);
	ck_assert_int_eq(datetime_parse("2026-02-30T22:00", 16, &t),
	    DATE_NODAY);
}
END_TEST

START_TEST(durations)
{
	struct duration d;
	char buf[16];

	ck_assert_int_eq(dur_parse("14d", 3, &d), 0);
	ck_assert_int_eq(d.n, 14);
	ck_assert_int_eq(d.unit, DUR_DAYS);
	ck_assert_int_eq(dur_parse("2w", 2, &d), 0);
	ck_assert_int_eq(d.unit, DUR_WEEKS);
	ck_assert_int_eq(dur_parse("6m", 2, &d), 0);
	ck_assert_int_eq(d.unit, DUR_MONTHS);
	ck_assert_int_eq(dur_parse("1y", 2, &d), 0);
	ck_assert_int_eq(d.unit, DUR_YEARS);
	ck_assert_int_eq(dur_parse("5wd", 3, &d), 0);
	ck_assert_int_eq(d.unit, DUR_WORKDAYS);
	ck_assert_int_eq(dur_parse("36h", 3, &d), 0);
	ck_assert_int_eq(dur_minutes(d), 36 * 60);
	ck_assert_int_eq(dur_parse("90min", 5, &d), 0);
	ck_assert_int_eq(d.unit, DUR_MINUTES);
	ck_assert_int_eq(dur_minutes(d), 90);
	ck_assert_int_eq(dur_parse("0d", 2, &d), 0);
	ck_assert_int_eq(dur_parse("14", 2, &d), -1);
	ck_assert_int_eq(dur_parse("d", 1, &d), -1);
	ck_assert_int_eq(dur_parse("-1d", 3, &d), -1);
	ck_assert_int_eq(dur_parse("14 d", 4, &d), -1);
	ck_assert_int_eq(dur_parse("1.5h", 4, &d), -1);
	ck_assert_int_eq(dur_parse("14days", 6, &d), -1);
	ck_assert_int_eq(dur_parse("99999999999d", 12, &d), -1);
	d.n = 5;
	d.unit = DUR_WORKDAYS;
	ck_assert_str_eq(dur_format(d, buf, sizeof(buf)), "5 working days");
}
END_TEST

Suite *
dates_suite(void)
{
	Suite *s = suite_create("dates");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, round_trip_every_day);
	tcase_add_test(tc, leap_years);
	tcase_add_test(tc, weekdays);
	tcase_add_test(tc, month_addition_clamps);
	tcase_add_test(tc, parse_dates);
	tcase_add_test(tc, parse_times);
	tcase_add_test(tc, durations);
	suite_add_tcase(s, tc);
	return s;
}
