#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "util.h"

/* Easter by a second, independent method (Lilius and Clavius, in the form
 * of C. Tøndering's calendar FAQ). */
static cdate
easter_oracle(int y)
{
	int g = y % 19, c = y / 100;
	int h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30;
	int i = h - (h / 28) * (1 - (29 / (h + 1)) * ((21 - g) / 11));
	int j = (y + y / 4 + i + 2 - c + c / 4) % 7;
	int l = i - j, m = 3 + (l + 40) / 44, d = l + 28 - 31 * (m / 4);

	return date_from_ymd(y, m, d);
}

START_TEST(easter_known_dates)
{
	ck_assert_str_eq(fmt(cal_easter(1900)), "1900-04-15");
	ck_assert_str_eq(fmt(cal_easter(1943)), "1943-04-25");
	ck_assert_str_eq(fmt(cal_easter(2000)), "2000-04-23");
	ck_assert_str_eq(fmt(cal_easter(2008)), "2008-03-23");
	ck_assert_str_eq(fmt(cal_easter(2024)), "2024-03-31");
	ck_assert_str_eq(fmt(cal_easter(2025)), "2025-04-20");
	ck_assert_str_eq(fmt(cal_easter(2026)), "2026-04-05");
	ck_assert_str_eq(fmt(cal_easter(2038)), "2038-04-25");
	ck_assert_str_eq(fmt(cal_easter(2100)), "2100-03-28");
}
END_TEST

START_TEST(easter_every_year)
{
	int y;

	for (y = 1900; y <= 2100; y++) {
		ck_assert_msg(cal_easter(y) == easter_oracle(y), "Easter %d", y);
		ck_assert_int_eq(date_weekday(cal_easter(y)), 7);
	}
}
END_TEST

/* The holidays of one year as "date name;" for comparison. */
static const char *
listing(enum country c, int y)
{
	static char buf[2048];
	struct holiday h[CAL_MAX_HOLIDAYS];
	size_t n, i, len = 0;

	n = cal_holidays(c, y, h);
	buf[0] = '\0';
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s %s;",
		    fmt(h[i].date), h[i].name);
	return buf;
}

START_TEST(sweden_2026)
{
	ck_assert_str_eq(listing(COUNTRY_SE, 2026),
	    "2026-01-01 Nyårsdagen;2026-01-06 Trettondedag jul;"
	    "2026-04-03 Långfredagen;2026-04-05 Påskdagen;"
	    "2026-04-06 Annandag påsk;2026-05-01 Första maj;"
	    "2026-05-14 Kristi himmelsfärdsdag;2026-05-24 Pingstdagen;"
	    "2026-06-06 Sveriges nationaldag;2026-06-19 Midsommarafton;"
	    "2026-06-20 Midsommardagen;2026-10-31 Alla helgons dag;"
	    "2026-12-24 Julafton;2026-12-25 Juldagen;2026-12-26 Annandag jul;"
	    "2026-12-31 Nyårsafton;");
}
END_TEST

START_TEST(sweden_around_2005)
{
	const char *l;

	l = listing(COUNTRY_SE, 2004);
	ck_assert_ptr_nonnull(strstr(l, "2004-05-31 Annandag pingst;"));
	ck_assert_ptr_null(strstr(l, "nationaldag"));
	l = listing(COUNTRY_SE, 2005);
	ck_assert_ptr_null(strstr(l, "Annandag pingst"));
	ck_assert_ptr_nonnull(strstr(l, "2005-06-06 Sveriges nationaldag;"));
	/* 2008: Ascension Day fell on 1 May; both are listed */
	l = listing(COUNTRY_SE, 2008);
	ck_assert_ptr_nonnull(strstr(l, "2008-05-01 Första maj;2008-05-01 "
	    "Kristi himmelsfärdsdag;"));
}
END_TEST

START_TEST(denmark_2026)
{
	ck_assert_str_eq(listing(COUNTRY_DK, 2026),
	    "2026-01-01 Nytårsdag;2026-04-02 Skærtorsdag;"
	    "2026-04-03 Langfredag;2026-04-05 Påskedag;2026-04-06 2. påskedag;"
	    "2026-05-14 Kristi himmelfartsdag;2026-05-24 Pinsedag;"
	    "2026-05-25 2. pinsedag;2026-12-25 1. juledag;"
	    "2026-12-26 2. juledag;");
}
END_TEST

START_TEST(denmark_around_2024)
{
	ck_assert_ptr_nonnull(strstr(listing(COUNTRY_DK, 2023),
	    "2023-05-05 Store bededag;"));
	ck_assert_ptr_null(strstr(listing(COUNTRY_DK, 2024), "bededag"));
	ck_assert_ptr_null(strstr(listing(COUNTRY_DK, 2026), "Grundlov"));
}
END_TEST

/* What must hold in every year of the range. */
START_TEST(every_year_shape)
{
	struct holiday h[CAL_MAX_HOLIDAYS];
	size_t n, i;
	int y;

	for (y = CAL_FIRST_YEAR; y <= CAL_LAST_YEAR; y++) {
		n = cal_holidays(COUNTRY_SE, y, h);
		ck_assert_int_eq(n, 16);
		for (i = 0; i < n; i++) {
			ck_assert_int_eq(date_year(h[i].date), y);
			if (i > 0)
				ck_assert(h[i - 1].date <= h[i].date);
			if (strcmp(h[i].name, "Midsommarafton") == 0)
				ck_assert_int_eq(date_weekday(h[i].date), 5);
			if (strcmp(h[i].name, "Midsommardagen") == 0 ||
			    strcmp(h[i].name, "Alla helgons dag") == 0)
				ck_assert_int_eq(date_weekday(h[i].date), 6);
			if (strcmp(h[i].name, "Kristi himmelsfärdsdag") == 0)
				ck_assert_int_eq(date_weekday(h[i].date), 4);
		}
		n = cal_holidays(COUNTRY_DK, y, h);
		ck_assert_int_eq(n, y <= 2023 ? 11 : 10);
		for (i = 0; i < n; i++)
			ck_assert_int_eq(date_year(h[i].date), y);
	}
}
END_TEST

START_TEST(working_days)
{
	/* Maundy Thursday: a working day in Sweden, a holiday in Denmark */
	ck_assert(cal_is_workday(COUNTRY_SE, D("2026-04-02")));
	ck_assert(!cal_is_workday(COUNTRY_DK, D("2026-04-02")));
	/* the eves are treated like Sundays in Sweden only */
	ck_assert(!cal_is_workday(COUNTRY_SE, D("2026-12-24")));
	ck_assert(cal_is_workday(COUNTRY_DK, D("2026-12-24")));
	ck_assert(cal_is_workday(COUNTRY_DK, D("2026-06-05")));	/* Grundlov */
	ck_assert(!cal_is_workday(COUNTRY_SE, D("2026-11-21")));
	ck_assert(!cal_is_workday(COUNTRY_SE, D("2026-11-22")));
	ck_assert(cal_is_workday(COUNTRY_SE, D("2026-11-23")));
	/* store bededag: closed in 2023, open in 2024 */
	ck_assert(!cal_is_workday(COUNTRY_DK, D("2023-05-05")));
	ck_assert(cal_is_workday(COUNTRY_DK, D("2024-04-26")));
}
END_TEST

START_TEST(working_days_after)
{
	/* the N-th working day strictly after D */
	ck_assert_str_eq(fmt(cal_workdays_after(COUNTRY_SE, D("2026-11-20"),
	    1)), "2026-11-23");
	ck_assert_str_eq(fmt(cal_workdays_after(COUNTRY_SE, D("2026-11-20"),
	    5)), "2026-11-27");
	ck_assert_str_eq(fmt(cal_workdays_after(COUNTRY_SE, D("2026-11-22"),
	    1)), "2026-11-23");
	/* across Danish Easter: 2, 3 and 6 April are holidays */
	ck_assert_str_eq(fmt(cal_workdays_after(COUNTRY_DK, D("2026-04-01"),
	    1)), "2026-04-07");
	ck_assert_str_eq(fmt(cal_workdays_after(COUNTRY_DK, D("2026-04-01"),
	    5)), "2026-04-13");
	ck_assert_str_eq(fmt(cal_workdays_after(COUNTRY_SE, D("2026-04-01"),
	    5)), "2026-04-10");
	ck_assert_str_eq(fmt(cal_workdays_after(COUNTRY_DK, D("2026-04-07"),
	    -1)), "2026-04-01");
	ck_assert_str_eq(fmt(cal_workdays_after(COUNTRY_SE, D("2026-11-23"),
	    0)), "2026-11-23");
}
END_TEST

START_TEST(roll_forward)
{
	ck_assert_str_eq(fmt(cal_roll_forward(COUNTRY_SE, D("2026-04-05"))),
	    "2026-04-07");
	ck_assert_str_eq(fmt(cal_roll_forward(COUNTRY_SE, D("2026-12-24"))),
	    "2026-12-28");
	ck_assert_str_eq(fmt(cal_roll_forward(COUNTRY_SE, D("2026-11-23"))),
	    "2026-11-23");
	ck_assert_str_eq(fmt(cal_roll_forward(COUNTRY_SE, D("2027-06-05"))),
	    "2027-06-07");
}
END_TEST

START_TEST(add_durations)
{
	struct duration d;

	ck_assert_int_eq(dur_parse("6m", 2, &d), 0);
	ck_assert_str_eq(fmt(cal_add(COUNTRY_SE, D("2026-08-31"), d)),
	    "2027-02-28");
	ck_assert_int_eq(dur_parse("1y", 2, &d), 0);
	ck_assert_str_eq(fmt(cal_add(COUNTRY_SE, D("2024-02-29"), d)),
	    "2025-02-28");
	ck_assert_int_eq(dur_parse("2w", 2, &d), 0);
	ck_assert_str_eq(fmt(cal_add(COUNTRY_SE, D("2026-12-25"), d)),
	    "2027-01-08");
	ck_assert_int_eq(dur_parse("10wd", 4, &d), 0);
	ck_assert_str_eq(fmt(cal_add(COUNTRY_DK, D("2026-12-18"), d)),
	    "2027-01-05");
}
END_TEST

/* The last day to ask: request + duration <= the day, by the forward
 * rule, on every day of a leap and a common year. */
START_TEST(last_before)
{
	static const struct duration durs[] = {
		{ 1, DUR_MONTHS }, { 2, DUR_MONTHS }, { 6, DUR_MONTHS },
		{ 1, DUR_YEARS }, { 14, DUR_DAYS }, { 2, DUR_WEEKS },
		{ 5, DUR_WORKDAYS }
	};
	enum country c;
	cdate d, r;
	size_t i;

	ck_assert_str_eq(fmt(cal_last_before(COUNTRY_SE, D("2026-02-28"),
	    durs[0])), "2026-01-31");
	ck_assert_str_eq(fmt(cal_last_before(COUNTRY_SE, D("2024-02-29"),
	    durs[0])), "2024-01-31");
	ck_assert_str_eq(fmt(cal_last_before(COUNTRY_SE, D("2026-04-30"),
	    durs[0])), "2026-03-31");
	ck_assert_str_eq(fmt(cal_last_before(COUNTRY_SE, D("2026-03-31"),
	    durs[0])), "2026-02-28");
	for (c = COUNTRY_SE; c <= COUNTRY_DK; c++)
		for (d = D("2024-01-01"); d <= D("2026-12-31"); d++) {
			if (d == D("2025-01-01"))
				d = D("2026-01-01");
			for (i = 0; i < sizeof(durs) / sizeof(durs[0]); i++) {
				r = cal_last_before(c, d, durs[i]);
				ck_assert_int_le(cal_add(c, r, durs[i]), d);
				ck_assert_int_gt(cal_add(c, r + 1, durs[i]), d);
			}
		}
}
END_TEST

Suite *
calendar_suite(void)
{
	Suite *s = suite_create("calendar");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, easter_known_dates);
	tcase_add_test(tc, easter_every_year);
	tcase_add_test(tc, sweden_2026);
	tcase_add_test(tc, sweden_around_2005);
	tcase_add_test(tc, denmark_2026);
	tcase_add_test(tc, denmark_around_2024);
	tcase_add_test(tc, every_year_shape);
	tcase_add_test(tc, working_days);
	tcase_add_test(tc, working_days_after);
	tcase_add_test(tc, roll_forward);
	tcase_add_test(tc, add_durations);
	tcase_add_test(tc, last_before);
	suite_add_tcase(s, tc);
	return s;
}
