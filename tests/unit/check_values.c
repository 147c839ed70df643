#include <string.h>

#include "values.h"
#include "util.h"

/* Reads a date; its status, and the day in *d. */
static enum date_status
vdate(const char *s, cdate *d)
{
	*d = DATE_NONE;
	return value_date(s, strlen(s), d);
}

START_TEST(dates_every_form)
{
	cdate d;

	ck_assert_int_eq(vdate("2026-03-28", &d), DATE_OK);
	ck_assert_int_eq(d, D("2026-03-28"));
	ck_assert_int_eq(vdate("20260328", &d), DATE_OK);
	ck_assert_int_eq(d, D("2026-03-28"));
	ck_assert_int_eq(vdate("28.03.2026", &d), DATE_OK);
	ck_assert_int_eq(d, D("2026-03-28"));
	ck_assert_int_eq(vdate("28-03-2026", &d), DATE_OK);
	ck_assert_int_eq(d, D("2026-03-28"));
	/* day first: 01.10 is the first of October */
	ck_assert_int_eq(vdate("01.10.2026", &d), DATE_OK);
	ck_assert_int_eq(d, D("2026-10-01"));
	ck_assert_int_eq(vdate("29.02.2024", &d), DATE_OK);
	ck_assert_int_eq(d, D("2024-02-29"));
}
END_TEST

START_TEST(dates_refused)
{
	cdate d;

	/* no such day, in every form, and the years kept */
	ck_assert_int_eq(vdate("2026-02-30", &d), DATE_NODAY);
	ck_assert_int_eq(vdate("20260230", &d), DATE_NODAY);
	ck_assert_int_eq(vdate("30.02.2026", &d), DATE_NODAY);
	ck_assert_int_eq(vdate("31-04-2026", &d), DATE_NODAY);
	ck_assert_int_eq(vdate("01.13.2026", &d), DATE_NODAY);
	ck_assert_int_eq(vdate("29.02.2026", &d), DATE_NODAY);
	ck_assert_int_eq(vdate("00.01.2026", &d), DATE_NODAY);
	ck_assert_int_eq(vdate("01.01.1899", &d), DATE_RANGE);
	ck_assert_int_eq(vdate("18991231", &d), DATE_RANGE);
	/* slashes: day or month first? */
	ck_assert_int_eq(vdate("01/10/2026", &d), DATE_AMBIGUOUS);
	ck_assert_int_eq(vdate("1/10/2026", &d), DATE_AMBIGUOUS);
	ck_assert_int_eq(vdate("10/1/26", &d), DATE_AMBIGUOUS);
	ck_assert_int_eq(vdate("2026/10/01", &d), DATE_AMBIGUOUS);
	ck_assert_int_eq(d, DATE_NONE);
	/* other shapes */
	ck_assert_int_eq(vdate("28.03-2026", &d), DATE_SYNTAX);
	ck_assert_int_eq(vdate("28.03.26", &d), DATE_SYNTAX);
	ck_assert_int_eq(vdate("1.3.2026", &d), DATE_SYNTAX);
	ck_assert_int_eq(vdate("2026-3-28", &d), DATE_SYNTAX);
	ck_assert_int_eq(vdate("2026032", &d), DATE_SYNTAX);
	ck_assert_int_eq(vdate("2026O328", &d), DATE_SYNTAX);
	ck_assert_int_eq(vdate("28 March", &d), DATE_SYNTAX);
	ck_assert_int_eq(vdate("x/y", &d), DATE_SYNTAX);
	ck_assert_int_eq(vdate("", &d), DATE_SYNTAX);
	ck_assert_int_eq(d, DATE_NONE);
	ck_assert_str_eq(value_date_why(DATE_SYNTAX), "expected YYYY-MM-DD, "
	    "YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY");
	ck_assert_str_eq(value_date_why(DATE_AMBIGUOUS), "slashed dates are "
	    "ambiguous, day or month first; expected YYYY-MM-DD, YYYYMMDD, "
	    "DD.MM.YYYY or DD-MM-YYYY");
	ck_assert_str_eq(value_date_why(DATE_NODAY), "no such day or time");
	ck_assert_str_eq(value_date_why(DATE_RANGE), "year outside 1900-9999");
}
END_TEST

static enum date_status
vtime(const char *s, int *t)
{
	*t = -1;
	return value_time(s, strlen(s), t);
}

START_TEST(times_every_form)
{
	int t;

	ck_assert_int_eq(vtime("07:30", &t), DATE_OK);
	ck_assert_int_eq(t, 450);
	ck_assert_int_eq(vtime("7:30", &t), DATE_OK);
	ck_assert_int_eq(t, 450);
	ck_assert_int_eq(vtime("07.30", &t), DATE_OK);
	ck_assert_int_eq(t, 450);
	ck_assert_int_eq(vtime("7.30", &t), DATE_OK);
	ck_assert_int_eq(t, 450);
	ck_assert_int_eq(vtime("0730", &t), DATE_OK);
	ck_assert_int_eq(t, 450);
	ck_assert_int_eq(vtime("00:00", &t), DATE_OK);
	ck_assert_int_eq(t, 0);
	ck_assert_int_eq(vtime("2359", &t), DATE_OK);
	ck_assert_int_eq(t, 1439);
	/* the end of the day, in every form */
	ck_assert_int_eq(vtime("24:00", &t), DATE_OK);
	ck_assert_int_eq(t, 1440);
	ck_assert_int_eq(vtime("24.00", &t), DATE_OK);
	ck_assert_int_eq(t, 1440);
	ck_assert_int_eq(vtime("2400", &t), DATE_OK);
	ck_assert_int_eq(t, 1440);
}
END_TEST

START_TEST(times_refused)
{
	int t;

	ck_assert_int_eq(vtime("24:30", &t), DATE_NODAY);
	ck_assert_int_eq(vtime("2430", &t), DATE_NODAY);
	ck_assert_int_eq(vtime("25.00", &t), DATE_NODAY);
	ck_assert_int_eq(vtime("7:60", &t), DATE_NODAY);
	ck_assert_int_eq(vtime("0760", &t), DATE_NODAY);
	ck_assert_int_eq(vtime("7:0", &t), DATE_SYNTAX);
	ck_assert_int_eq(vtime("07:0", &t), DATE_SYNTAX);
	ck_assert_int_eq(vtime("700", &t), DATE_SYNTAX);
	ck_assert_int_eq(vtime("07h30", &t), DATE_SYNTAX);
	ck_assert_int_eq(vtime("07,30", &t), DATE_SYNTAX);
	ck_assert_int_eq(vtime("7:3a", &t), DATE_SYNTAX);
	ck_assert_int_eq(vtime("07:30:00", &t), DATE_SYNTAX);
	ck_assert_int_eq(vtime("", &t), DATE_SYNTAX);
	ck_assert_int_eq(t, -1);
	ck_assert_str_eq(value_time_why(DATE_SYNTAX), "expected HH:MM, H:MM, "
	    "HH.MM, H.MM or HHMM");
	ck_assert_str_eq(value_time_why(DATE_NODAY), "no such day or time");
}
END_TEST

static enum date_status
vdt(const char *s, cminute *t)
{
	*t = -1;
	return value_datetime(s, strlen(s), t);
}

START_TEST(datetimes)
{
	cminute t, want = datetime_make(D("2026-03-28"), 22 * 60);

	ck_assert_int_eq(vdt("2026-03-28T22:00", &t), DATE_OK);
	ck_assert_int_eq(t, want);
	ck_assert_int_eq(vdt("2026-03-28 22:00", &t), DATE_OK);
	ck_assert_int_eq(t, want);
	ck_assert_int_eq(vdt("2026-03-28T22.00", &t), DATE_OK);
	ck_assert_int_eq(t, want);
	ck_assert_int_eq(vdt("28.03.2026 22.00", &t), DATE_OK);
	ck_assert_int_eq(t, want);
	ck_assert_int_eq(vdt("28-03-2026 22:00", &t), DATE_OK);
	ck_assert_int_eq(t, want);
	ck_assert_int_eq(vdt("20260328T2200", &t), DATE_OK);
	ck_assert_int_eq(t, want);
	ck_assert_int_eq(vdt("20260328 2200", &t), DATE_OK);
	ck_assert_int_eq(t, want);
	ck_assert_int_eq(vdt("2026-03-28 7:05", &t), DATE_OK);
	ck_assert_int_eq(t, datetime_make(D("2026-03-28"), 7 * 60 + 5));
	ck_assert_int_eq(vdt("28.03.2026 24:00", &t), DATE_OK);
	ck_assert_int_eq(t, datetime_make(D("2026-03-29"), 0));

	ck_assert_int_eq(vdt("2026-03-32T22:00", &t), DATE_NODAY);
	ck_assert_int_eq(vdt("28.03.2026 24:30", &t), DATE_NODAY);
	ck_assert_int_eq(vdt("28/03/2026 22:00", &t), DATE_AMBIGUOUS);
	ck_assert_int_eq(vdt("28/03/2026", &t), DATE_AMBIGUOUS);
	ck_assert_int_eq(vdt("2026-03-28", &t), DATE_SYNTAX);
	ck_assert_int_eq(vdt("2026-03-28T", &t), DATE_SYNTAX);
	ck_assert_int_eq(vdt("2026-03-28_22:00", &t), DATE_SYNTAX);
	ck_assert_int_eq(vdt("2026-03-28  22:00", &t), DATE_SYNTAX);
	ck_assert_int_eq(vdt("T22:00", &t), DATE_SYNTAX);
	ck_assert_int_eq(vdt("", &t), DATE_SYNTAX);
	ck_assert_int_eq(t, -1);
	ck_assert_str_eq(value_datetime_why(DATE_SYNTAX), "expected a date and "
	    "a time such as 2026-03-28T22:00, 28.03.2026 22.00 or "
	    "20260328T2200");
	ck_assert_str_eq(value_datetime_why(DATE_AMBIGUOUS), "slashed dates "
	    "are ambiguous; expected a date and a time such as "
	    "2026-03-28T22:00, 28.03.2026 22.00 or 20260328T2200");
}
END_TEST

static bool
vnum(const char *s, double *v)
{
	*v = -1;
	return value_number(s, strlen(s), v);
}

START_TEST(numbers)
{
	double v;

	ck_assert(vnum("9.00", &v) && v == 9);
	ck_assert(vnum("9,00", &v) && v == 9);
	ck_assert(vnum("8,5", &v) && v == 8.5);
	ck_assert(vnum("42.25", &v) && v == 42.25);
	ck_assert(vnum("42,25", &v) && v == 42.25);
	ck_assert(vnum("12", &v) && v == 12);
	ck_assert(vnum("0,5", &v) && v == 0.5);
	ck_assert(vnum(",5", &v) && v == 0.5);

	ck_assert(!vnum("8,5,0", &v));
	ck_assert(!vnum("8.5,0", &v));
	ck_assert(!vnum("1,000.5", &v));
	ck_assert(!vnum("8 5", &v));
	ck_assert(!vnum("-8,5", &v));
	ck_assert(vnum("8,", &v) && v == 8);	/* as 8. */
	ck_assert(!vnum(",", &v));
	ck_assert(!vnum("", &v));
	ck_assert(!vnum("1e3", &v));
	ck_assert(!vnum("0,1234567890", &v));
	ck_assert(!vnum("12345678901234567890123456789012,5", &v));
	ck_assert(v == -1);
}
END_TEST

static int
vbool(const char *s)
{
	bool b;

	if (!value_bool(s, strlen(s), &b))
		return -1;
	return b;
}

START_TEST(booleans)
{
	static const char *const yes[] = { "yes", "Yes", "YES", "true",
	    "True", "TRUE", "ja", "Ja", "JA", "1", "x", "X", "on", "On" };
	static const char *const no[] = { "no", "No", "NO", "false", "False",
	    "FALSE", "nej", "Nej", "NEJ", "0", "off", "OFF" };
	static const char *const bad[] = { "", "maybe", "y", "n", "j", "2",
	    "yes ", " no", "xx", "nein", "sant", "-1", "1.0", "yess" };
	size_t i;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		ck_assert_msg(vbool(yes[i]) == 1, "%s", yes[i]);
	for (i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		ck_assert_msg(vbool(no[i]) == 0, "%s", no[i]);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ck_assert_msg(vbool(bad[i]) == -1, "%s", bad[i]);
}
END_TEST

static int
vkind(const char *s)
{
	enum shift_kind k;

	if (!value_kind(s, strlen(s), &k))
		return -1;
	return (int)k;
}

START_TEST(kinds)
{
	static const struct {
		const char	*word;
		int		 kind;
	} words[] = {
		{ "active", KIND_ACTIVE }, { "on-call", KIND_ON_CALL },
		{ "standby", KIND_STANDBY },
		{ "introduction", KIND_INTRODUCTION },
		{ "Active", KIND_ACTIVE }, { "ON-CALL", KIND_ON_CALL },
		/* FK's time report */
		{ "Tid", KIND_ACTIVE }, { "Aktiv tid", KIND_ACTIVE },
		{ "aktiv", KIND_ACTIVE }, { "arbetstid", KIND_ACTIVE },
		{ "Jour", KIND_ON_CALL }, { "jourtid", KIND_ON_CALL },
		{ "Beredskap", KIND_STANDBY }, { "beredskapstid", KIND_STANDBY },
		{ "Introduktion", KIND_INTRODUCTION },
		/* Danish */
		{ "arbejdstid", KIND_ACTIVE }, { "vågen vagt", KIND_ACTIVE },
		{ "Vågen vagt", KIND_ACTIVE }, { "aktiv vagt", KIND_ACTIVE },
		{ "sovevagt", KIND_ON_CALL }, { "hvilende vagt", KIND_ON_CALL },
		{ "tilstedeværelsesvagt", KIND_ON_CALL },
		{ "TILSTEDEVÆRELSESVAGT", KIND_ON_CALL },
		{ "rådighed", KIND_STANDBY }, { "Rådighedsvagt", KIND_STANDBY },
		{ "RÅDIGHEDSVAGT", KIND_STANDBY },
		{ "tilkaldevagt", KIND_STANDBY },
	};
	static const char *const bad[] = { "", "vagt", "sleeping", "aktiv  tid",
	    "aktivtid", " jour", "on call", "oncall", "rÅdighed!", "jour\n",
	    "a very long word that is no kind of shift at all" };
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		ck_assert_msg(vkind(words[i].word) == words[i].kind, "%s",
		    words[i].word);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ck_assert_msg(vkind(bad[i]) == -1, "%s", bad[i]);
	for (i = 0; i < KIND_COUNT; i++)
		ck_assert_int_eq(vkind(shift_kind_name((enum shift_kind)i)),
		    (int)i);
}
END_TEST

START_TEST(kind_refusals)
{
	char buf[200];

	ck_assert_str_eq(value_kind_refusal(buf, sizeof(buf), "actve", 5),
	    "unknown kind 'actve'; did you mean 'active'?");
	ck_assert_str_eq(value_kind_refusal(buf, sizeof(buf), "Beredskab", 9),
	    "unknown kind 'Beredskab'; did you mean 'beredskap'?");
	ck_assert_str_eq(value_kind_refusal(buf, sizeof(buf), "sleeping", 8),
	    "unknown kind 'sleeping' (active, on-call, standby or "
	    "introduction, or a Swedish or Danish word for one)");
	ck_assert_str_eq(value_kind_refusal(buf, sizeof(buf), "Vagt", 4),
	    "unknown kind 'Vagt': which vagt? (vågen vagt: active, sovevagt: "
	    "on-call, rådighedsvagt: standby)");
}
END_TEST

Suite *
values_suite(void)
{
	Suite *s = suite_create("values");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, dates_every_form);
	tcase_add_test(tc, dates_refused);
	tcase_add_test(tc, times_every_form);
	tcase_add_test(tc, times_refused);
	tcase_add_test(tc, datetimes);
	tcase_add_test(tc, numbers);
	tcase_add_test(tc, booleans);
	tcase_add_test(tc, kinds);
	tcase_add_test(tc, kind_refusals);
	suite_add_tcase(s, tc);
	return s;
}
