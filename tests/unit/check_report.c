#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "util.h"

static struct finding
finding(const char *message, cdate date, enum severity sev)
{
	struct finding f;

	memset(&f, 0, sizeof(f));
	f.file = "cases.yaml";
	f.line = 12;
	f.case_id = "K-1042";
	f.sev = sev;
	f.rule = R_PLAN_FOLLOWUP;
	f.date = date;
	f.message = message;
	f.counts = true;
	return f;
}

/* Writes the findings in a format and returns the text. */
static char *
written(enum out_format fmt, bool quiet, const struct finding *f, size_t n)
{
	struct report r;
	char *buf;
	size_t len, i;
	FILE *fp = open_memstream(&buf, &len);

	report_init(&r, fp, fmt, quiet);
	r.prodid = "deadline-watch 0.1.0";
	r.stamp = D("2026-11-22");
	for (i = 0; i < n; i++)
		ck_assert_int_eq(report_write(&r, &f[i]), 0);
	ck_assert_int_eq(report_end(&r), 0);
	fclose(fp);
	return buf;
}

START_TEST(text_csv_json)
{
	struct finding f[2];
	char *s;

	f[0] = finding("plan follow-up was due 2026-07-10, 135 days ago",
	    D("2026-07-10"), SEV_ERROR);
	f[1] = finding("a \"quoted\", comma\nand newline", DATE_NONE,
	    SEV_INFO);
	s = written(OUT_TEXT, false, f, 1);
	ck_assert_str_eq(s, "cases.yaml:12: K-1042: error: plan.followup: "
	    "plan follow-up was due 2026-07-10, 135 days ago\n");
	free(s);
	s = written(OUT_CSV, false, f, 2);
	ck_assert_str_eq(s, "file,line,case,severity,rule,date,message\n"
	    "cases.yaml,12,K-1042,error,plan.followup,2026-07-10,\"plan "
	    "follow-up was due 2026-07-10, 135 days ago\"\n"
	    "cases.yaml,12,K-1042,info,plan.followup,,\"a \"\"quoted\"\", "
	    "comma\nand newline\"\n");
	free(s);
	s = written(OUT_JSON, false, f, 2);
	ck_assert_str_eq(s, "{\"file\":\"cases.yaml\",\"line\":12,\"case\":"
	    "\"K-1042\",\"severity\":\"error\",\"rule\":\"plan.followup\","
	    "\"date\":\"2026-07-10\",\"message\":\"plan follow-up was due "
	    "2026-07-10, 135 days ago\"}\n"
	    "{\"file\":\"cases.yaml\",\"line\":12,\"case\":\"K-1042\","
	    "\"severity\":\"info\",\"rule\":\"plan.followup\",\"date\":null,"
	    "\"message\":\"a \\\"quoted\\\", comma\\nand newline\"}\n");
	free(s);
}
END_TEST

START_TEST(empty_output)
{
	char *s;

	s = written(OUT_CSV, false, NULL, 0);
	ck_assert_str_eq(s, "file,line,case,severity,rule,date,message\n");
	free(s);
	s = written(OUT_CSV, true, NULL, 0);
	ck_assert_str_eq(s, "");
	free(s);
	s = written(OUT_TEXT, false, NULL, 0);
	ck_assert_str_eq(s, "");
	free(s);
	s = written(OUT_ICS, true, NULL, 0);
	ck_assert_str_eq(s, "");
	free(s);
}
END_TEST

START_TEST(icalendar)
{
	struct finding f[2];
	char *s;

	f[0] = finding("plan follow-up (6m after 2026-01-10; the last one) "
	    "was due 2026-07-10, 135 days ago, and this line goes on past "
	    "seventy-five octets", D("2026-07-10"), SEV_ERROR);
	f[1] = f[0];
	f[1].message = "second, same day";
	s = written(OUT_ICS, false, f, 2);
	ck_assert_str_eq(s,
	    "BEGIN:VCALENDAR\r\n"
	    "VERSION:2.0\r\n"
	    "PRODID:-//caretools//deadline-watch 0.1.0//EN\r\n"
	    "CALSCALE:GREGORIAN\r\n"
	    "METHOD:PUBLISH\r\n"
	    "BEGIN:VEVENT\r\n"
	    "UID:plan.followup-K-1042-20260710@caretools\r\n"
	    "DTSTAMP:20261122T000000Z\r\n"
	    "DTSTART;VALUE=DATE:20260710\r\n"
	    "DTEND;VALUE=DATE:20260711\r\n"
	    "SUMMARY:K-1042: plan.followup: plan follow-up (6m after 2026-01-1"
	    "0\\; the la\r\n"
	    " st one) was due 2026-07-10\\, 135 days ago\\, and this line "
	    "goes on past sev\r\n"
	    " enty-five octets\r\n"
	    "DESCRIPTION:error: plan follow-up (6m after 2026-01-10\\; the "
	    "last one) was \r\n"
	    " due 2026-07-10\\, 135 days ago\\, and this line goes on past "
	    "seventy-five oc\r\n"
	    " tets (cases.yaml:12)\r\n"
	    "CATEGORIES:error\r\n"
	    "TRANSP:TRANSPARENT\r\n"
	    "END:VEVENT\r\n"
	    "BEGIN:VEVENT\r\n"
	    "UID:plan.followup-K-1042-20260710-2@caretools\r\n"
	    "DTSTAMP:20261122T000000Z\r\n"
	    "DTSTART;VALUE=DATE:20260710\r\n"
	    "DTEND;VALUE=DATE:20260711\r\n"
	    "SUMMARY:K-1042: plan.followup: second\\, same day\r\n"
	    "DESCRIPTION:error: second\\, same day (cases.yaml:12)\r\n"
	    "CATEGORIES:error\r\n"
	    "TRANSP:TRANSPARENT\r\n"
	    "END:VEVENT\r\n"
	    "END:VCALENDAR\r\n");
	free(s);
}
END_TEST

START_TEST(formats_by_name)
{
	enum out_format f;

	ck_assert_int_eq(out_format_parse("json", &f), 0);
	ck_assert_int_eq(f, OUT_JSON);
	ck_assert_int_eq(out_format_parse("ics", &f), 0);
	ck_assert_int_eq(out_format_parse("xml", &f), -1);
}
END_TEST

Suite *
report_suite(void)
{
	Suite *s = suite_create("report");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, text_csv_json);
	tcase_add_test(tc, empty_output);
	tcase_add_test(tc, icalendar);
	tcase_add_test(tc, formats_by_name);
	suite_add_tcase(s, tc);
	return s;
}
