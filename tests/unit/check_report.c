#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report.h"
#include "rules/rule.h"
#include "text.h"
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
	r.written_at = 1795305600 + 3723;	/* 2026-11-22 01:02:03 UTC */
	r.domain = "unit.example";
	for (i = 0; i < n; i++)
		ck_assert_int_eq(report_write(&r, &f[i]), 0);
	ck_assert_int_eq(report_end(&r), 0);
	fclose(fp);
	return buf;
}

/* File names and case ids shown as they are are remembered from one
 * line to the next; one that is not is masked every time, and the
 * remembered one is shown again after it. */
START_TEST(text_memo)
{
	struct finding f[4];
	char *s;
	int i;

	for (i = 0; i < 4; i++)
		f[i] = finding("m", DATE_NONE, SEV_INFO);
	f[1].file = "19121212-1212.csv";
	f[2].case_id = "K-1\x1b";
	f[3].file = "cases.yaml2";
	s = written(OUT_TEXT, false, f, 4);
	ck_assert_str_eq(s,
	    "cases.yaml:12: K-1042: info: plan.followup: m\n"
	    TEXT_REDACTED ".csv:12: K-1042: info: plan.followup: m\n"
	    "cases.yaml:12: K-1\\x1b: info: plan.followup: m\n"
	    "cases.yaml2:12: K-1042: info: plan.followup: m\n");
	free(s);
}
END_TEST

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
	    "comma\\nand newline\"\n");
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

struct count {
	const char	*who;
	int		 n;
};

/* The message of a struct count. */
static void
count_text(const void *args, char *buf, size_t size)
{
	const struct count *c = args;

	snprintf(buf, size, "%s, \"%d\"", c->who, c->n);
}

/* A later message is made from a copy of its arguments when it is read
 * or written, in text, CSV and JSON; a text one is itself. */
START_TEST(later_messages)
{
	struct srcpos pos = { "shifts.csv", 7 };
	struct count c = { "S-1", 3 };
	struct findings fs;
	char buf[FINDING_MSG_MAX], *s;

	findings_init(&fs);
	findings_add_later(&fs, &pos, "K-1", SEV_WARNING,
	    R_WORKTIME_DAILY_REST, D("2026-03-03"), count_text, &c,
	    sizeof(c));
	c.n = 4;
	rule_find(&fs, &pos, &(struct care_case){ .id = "K-2" }, SEV_INFO,
	    R_WORKTIME_DAILY_REST, DATE_NONE, "made %s", "now");
	ck_assert(fs.v[0].is_later);
	ck_assert(!fs.v[1].is_later);
	ck_assert_str_eq(finding_message(&fs.v[0], buf), "S-1, \"3\"");
	ck_assert_ptr_eq(finding_message(&fs.v[1], buf), fs.v[1].message);
	ck_assert_str_eq(fs.v[1].message, "made now");
	s = written(OUT_TEXT, false, fs.v, 1);
	ck_assert_str_eq(s, "shifts.csv:7: K-1: warning: worktime.daily-rest: "
	    "S-1, \"3\"\n");
	free(s);
	s = written(OUT_CSV, false, fs.v, 1);
	ck_assert_str_eq(s, "file,line,case,severity,rule,date,message\n"
	    "shifts.csv,7,K-1,warning,worktime.daily-rest,2026-03-03,"
	    "\"S-1, \"\"3\"\"\"\n");
	free(s);
	s = written(OUT_JSON, false, fs.v, 1);
	ck_assert_str_eq(s, "{\"file\":\"shifts.csv\",\"line\":7,\"case\":"
	    "\"K-1\",\"severity\":\"warning\",\"rule\":"
	    "\"worktime.daily-rest\",\"date\":\"2026-03-03\",\"message\":"
	    "\"S-1, \\\"3\\\"\"}\n");
	free(s);
	findings_free(&fs);
}
END_TEST

/* Findings made in a list of their own and appended to another sort as
 * if made there at that moment, before those made after; their text
 * lives on in the other once adopted. */
START_TEST(appended_findings)
{
	struct srcpos pos = { "shifts.csv", 7 };
	struct care_case k = { .id = "K-1" };
	struct findings dst, own;
	char buf[FINDING_MSG_MAX];
	size_t i;

	findings_init(&dst);
	findings_init(&own);
	rule_find(&dst, &pos, &k, SEV_INFO, R_WORKTIME_DAILY_REST,
	    D("2026-03-03"), "first");
	for (i = 0; i < 100; i++)
		rule_find(&own, &pos, &k, SEV_INFO, R_WORKTIME_DAILY_REST,
		    D("2026-03-03"), "own %zu", i);
	findings_append(&dst, &own, 98, 100);
	rule_find(&dst, &pos, &k, SEV_INFO, R_WORKTIME_DAILY_REST,
	    D("2026-03-03"), "last");
	findings_append(&dst, &own, 0, 1);
	findings_adopt(&dst, &own);
	ck_assert_uint_eq(own.n, 0);
	findings_free(&own);
	ck_assert_uint_eq(dst.n, 5);
	findings_sort(&dst, 0);
	ck_assert_str_eq(finding_message(&dst.v[0], buf), "first");
	ck_assert_str_eq(finding_message(&dst.v[1], buf), "own 98");
	ck_assert_str_eq(finding_message(&dst.v[2], buf), "own 99");
	ck_assert_str_eq(finding_message(&dst.v[3], buf), "last");
	ck_assert_str_eq(finding_message(&dst.v[4], buf), "own 0");
	for (i = 0; i < dst.n; i++)
		ck_assert_uint_eq(dst.v[i].seq, i);
	findings_free(&dst);
}
END_TEST

/* The date of finding i in sort_orders' mode m: findings without one
 * among a falling run and scattered days, or, first, those without one
 * and then days almost in order, each shared by two or three findings of
 * its group (i / 3). */
static cdate
sort_date(size_t i, int m)
{
	size_t k = i / 3;

	if (m == 0)
		return i % 5 == 0 ? DATE_NONE : (cdate)(i < 1000 ? 20000 - i :
		    20000 + (i * 7919) % 61);
	return i < 30 ? DATE_NONE : (cdate)(20000 + (k + 2 * (k % 2)) / 3);
}

/* Sorts findings by group, date and order of making, by every way
 * findings_sort has: groups dense or sparse, groups put right by
 * insertion and one past the insertion's budget, dates repeated; and
 * dense groups with the unit's findings (group UINT32_MAX) among them,
 * which go last (spread 0). */
START_TEST(sort_orders)
{
	static const uint32_t spread[] = { 1, 7, 100000, 0 };
	struct srcpos pos = { "shifts.csv", 1 };
	struct findings fs;
	const struct finding *a, *b;
	size_t i, n = 3000, s;
	int m;

	for (m = 0; m < 2; m++)
		for (s = 0; s < sizeof(spread) / sizeof(spread[0]); s++) {
			findings_init(&fs);
			for (i = 0; i < n; i++) {
				rule_find(&fs, &pos, &(struct care_case){
				    .id = "K" }, SEV_INFO,
				    R_WORKTIME_DAILY_REST, sort_date(i, m),
				    "m");
				fs.v[i].group = spread[s] == 0 ? (i % 7 == 6 ?
				    UINT32_MAX : (uint32_t)(i % 3)) :
				    (uint32_t)((i % 3) * spread[s]);
			}
			findings_sort(&fs, 0);
			for (i = 1; i < n; i++) {
				a = &fs.v[i - 1];
				b = &fs.v[i];
				ck_assert_msg(a->group < b->group ||
				    (a->group == b->group && (a->date <
				    b->date || (a->date == b->date &&
				    a->seq < b->seq))), "mode %d spread %u: "
				    "%zu", m, spread[s], i);
			}
			findings_free(&fs);
		}
}
END_TEST

/* A list long enough to be sorted on two threads, its groups many and
 * each date repeated, the unit's findings among them: in order, and each
 * finding once. */
START_TEST(sort_on_two_threads)
{
	struct srcpos pos = { "shifts.csv", 1 };
	struct findings fs;
	const struct finding *a, *b;
	size_t i, n = 20000;
	char *seen = calloc(n, 1);

	findings_init(&fs);
	for (i = 0; i < n; i++) {
		rule_find(&fs, &pos, &(struct care_case){ .id = "K" },
		    SEV_INFO, R_WORKTIME_DAILY_REST,
		    (cdate)(20000 + (i * 7919) % 31), "m");
		fs.v[i].group = i % 11 == 10 ? UINT32_MAX :
		    (uint32_t)((i * 104729) % 1500);
	}
	findings_sort(&fs, 0);
	for (i = 0; i < n; i++) {
		ck_assert_uint_lt(fs.v[i].seq, n);
		ck_assert_int_eq(seen[fs.v[i].seq]++, 0);
		if (i == 0)
			continue;
		a = &fs.v[i - 1];
		b = &fs.v[i];
		ck_assert_msg(a->group < b->group || (a->group == b->group &&
		    (a->date < b->date || (a->date == b->date &&
		    a->seq < b->seq))), "%zu", i);
	}
	ck_assert_uint_eq(fs.v[n - 1].group, UINT32_MAX);
	findings_free(&fs);
	free(seen);
}
END_TEST

/* A list long enough to be made into text on two threads is written in
 * the same bytes as one finding at a time, in text, CSV and JSON, at
 * each level: file names and case ids that change and come back, masked
 * numbers, messages made when written. */
START_TEST(write_all_same_bytes)
{
	static const enum out_format fmts[] = { OUT_TEXT, OUT_CSV, OUT_JSON };
	static const char *const files[] = { "a.csv", "19121212-1212.csv" };
	static const char *const ids[] = { "K-1", "K-2", "K-\x01" };
	size_t n = 9000, i, k, len[2];
	struct finding *f = calloc(n, sizeof(*f));
	struct report r;
	char msg[64], *text[2];
	char (*msgs)[64] = calloc(n, sizeof(*msgs));
	FILE *fp;
	int lv, way;

	for (i = 0; i < n; i++) {
		snprintf(msg, sizeof(msg), i % 97 == 0 ? "id 19121212-%04zu" :
		    "finding %zu", i % 10000);
		memcpy(msgs[i], msg, sizeof(msg));
		f[i] = finding(msgs[i], (cdate)(20000 + i % 40),
		    (enum severity)(i % 3));
		f[i].file = files[(i / 500) % 2];
		f[i].case_id = ids[(i / 7) % 3];
		f[i].line = (long)i + 2;
	}
	for (k = 0; k < 3; k++)
		for (lv = SEV_INFO; lv <= SEV_ERROR; lv++) {
			for (way = 0; way < 2; way++) {
				fp = open_memstream(&text[way], &len[way]);
				report_init(&r, fp, fmts[k], false);
				if (way == 0) {
					for (i = 0; i < n; i++)
						if (f[i].sev >= lv)
							ck_assert_int_eq(
							    report_write(&r,
							    &f[i]), 0);
				} else
					ck_assert_int_eq(report_write_all(&r,
					    f, n, (enum severity)lv), 0);
				ck_assert_uint_eq(r.written, n - n / 3 *
				    (size_t)lv);
				ck_assert_int_eq(report_end(&r), 0);
				fclose(fp);
			}
			ck_assert_uint_gt(len[0], 100000);
			ck_assert_uint_eq(len[0], len[1]);
			ck_assert_msg(memcmp(text[0], text[1], len[0]) == 0,
			    "format %zu level %d", k, lv);
			free(text[0]);
			free(text[1]);
		}
	free(msgs);
	free(f);
}
END_TEST

/* Joins iCalendar's folded lines, in place. */
static void
unfold(char *s)
{
	char *o = s;

	for (; *s != '\0'; s++) {
		if (s[0] == '\r' && s[1] == '\n' && s[2] == ' ') {
			s += 2;
			continue;
		}
		*o++ = *s;
	}
	*o = '\0';
}

/* Control characters and bytes that are not UTF-8, in a file name and a
 * message, cannot forge a line: text and CSV show them escaped as
 * messages do, JSON as \u escapes (a byte that is not UTF-8 as U+FFFD),
 * iCalendar as the text shows them; a number in them is masked. */
START_TEST(hostile_values)
{
	struct finding f = finding("x\x1b[31m\xff\xc2\x85 y\r\nz "
	    "900517\xc2\xad-1237", D("2026-07-10"), SEV_ERROR);
	char *s;

	f.file = "a\nb.yaml";
	s = written(OUT_TEXT, false, &f, 1);
	ck_assert_str_eq(s, "a\\nb.yaml:12: K-1042: error: plan.followup: "
	    "x\\x1b[31m\\xff\\u0085 y\\r\\nz [redacted]\n");
	free(s);
	s = written(OUT_CSV, true, &f, 1);
	ck_assert_str_eq(s, "file,line,case,severity,rule,date,message\n"
	    "a\\nb.yaml,12,K-1042,error,plan.followup,2026-07-10,"
	    "x\\x1b[31m\\xff\\u0085 y\\r\\nz [redacted]\n");
	free(s);
	s = written(OUT_JSON, true, &f, 1);
	ck_assert_str_eq(s, "{\"file\":\"a\\nb.yaml\",\"line\":12,\"case\":"
	    "\"K-1042\",\"severity\":\"error\",\"rule\":\"plan.followup\","
	    "\"date\":\"2026-07-10\",\"message\":\"x\\u001b[31m\\ufffd"
	    "\\u0085 y\\r\\nz [redacted]\"}\n");
	free(s);
	s = written(OUT_ICS, true, &f, 1);
	unfold(s);
	ck_assert_ptr_nonnull(strstr(s, "DESCRIPTION:error: x\\\\x1b[31m"
	    "\\\\xff\\\\u0085 y\\\\r\\\\nz [redacted] (as of 2026-11-22\\; "
	    "a\\\\nb.yaml:12)\r\n"));
	free(s);
}
END_TEST

/* The findings of a report, written in text through the edge. */
struct edge_report {
	const struct finding	*f;
	size_t			 n;
};

static void
write_report(void *arg)
{
	const struct edge_report *e = arg;
	struct report r;
	size_t i;

	report_init(&r, stdout, OUT_TEXT, true);
	for (i = 0; i < e->n; i++)
		if (report_write(&r, &e->f[i]) != 0)
			_exit(4);
}

/* A text report as the edge writes it to a pipe (in blocks of BUFSIZ). */
static char *
through_edge(const struct finding *f, size_t n)
{
	struct edge_report e = { f, n };

	return edge_capture(write_report, &e);
}

/* On the edge's standard output a text report is what it is elsewhere:
 * every number masked, none joined across a field's end, and in a line
 * longer than the edge holds none let through where the edge cuts it. */
START_TEST(text_on_the_edge)
{
	static const char want[] =
	    "[redacted].csv:3: K [redacted]: error: plan.followup: "
	    "ring [redacted], not 2026-01-02 121212 or 12345678901\n"
	    "f 121212:4: 1234: error: plan.followup: 1212 \\x01\n";
	static const char head[] = "f:1: K-1: error: plan.followup: ";
	struct finding f[2];
	char *s, *msg;
	size_t at, pad;

	f[0] = finding("ring 1212121212, not 2026-01-02 121212 or "
	    "12345678901", DATE_NONE, SEV_ERROR);
	f[0].file = "19121212-1212.csv";
	f[0].line = 3;
	f[0].case_id = "K 121212-1212";
	f[1] = finding("1212 \x01", DATE_NONE, SEV_ERROR);
	f[1].file = "f 121212";
	f[1].line = 4;
	f[1].case_id = "1234";
	s = through_edge(f, 2);
	ck_assert_str_eq(s, want);
	free(s);
	s = written(OUT_TEXT, true, f, 2);
	ck_assert_str_eq(s, want);
	free(s);
	/* the backslash at each of the last bytes of the first block */
	msg = malloc(9100);
	ck_assert_ptr_nonnull(msg);
	for (at = BUFSIZ - 4; at < BUFSIZ + 1; at++) {
		pad = at - (sizeof(head) - 1);
		memset(msg, 'A', pad);
		strcpy(msg + pad, "\\x41199001011234 AA");
		f[0] = finding(msg, DATE_NONE, SEV_ERROR);
		f[0].file = "f";
		f[0].line = 1;
		f[0].case_id = "K-1";
		s = through_edge(f, 1);
		ck_assert_ptr_null(strstr(s, "199001011234"));
		ck_assert_ptr_nonnull(strstr(s, "\\x41[redacted] AA\n"));
		free(s);
	}
	free(msg);
}
END_TEST

/* Every iCalendar line passes the mask, the UID's too, before it is
 * folded (a domain shaped like a number is refused on the command line;
 * this one is not). */
START_TEST(ics_lines_masked)
{
	struct finding f = finding("due", D("2026-07-10"), SEV_ERROR);
	struct report r;
	char *buf;
	size_t len;
	FILE *fp = open_memstream(&buf, &len);

	report_init(&r, fp, OUT_ICS, true);
	r.written_at = 1795305600;
	r.domain = "x.19900517-1237.example";
	ck_assert_int_eq(report_write(&r, &f), 0);
	ck_assert_int_eq(report_end(&r), 0);
	fclose(fp);
	ck_assert_ptr_nonnull(strstr(buf,
	    "UID:plan.followup-fkklfgffepelkdao@x.[redacted].example\r\n"));
	ck_assert(!text_has_personal_id(buf, len));
	free(buf);
	ck_assert(!report_domain_ok("19900517-1237.example"));
	ck_assert(report_domain_ok("care.example"));
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
	    "UID:plan.followup-fkklfgffepelkdao@unit.example\r\n"
	    "DTSTAMP:20261122T010203Z\r\n"
	    "DTSTART;VALUE=DATE:20260710\r\n"
	    "DTEND;VALUE=DATE:20260711\r\n"
	    "SUMMARY:K-1042: plan.followup due 2026-07-10\r\n"
	    "DESCRIPTION:error: plan follow-up (6m after 2026-01-10\\; the "
	    "last one) was \r\n"
	    " due 2026-07-10\\, 135 days ago\\, and this line goes on past "
	    "seventy-five oc\r\n"
	    " tets (as of 2026-11-22\\; cases.yaml:12)\r\n"
	    "CATEGORIES:error\r\n"
	    "TRANSP:TRANSPARENT\r\n"
	    "END:VEVENT\r\n"
	    "BEGIN:VEVENT\r\n"
	    "UID:plan.followup-cpilfgffepdlkdao@unit.example\r\n"
	    "DTSTAMP:20261122T010203Z\r\n"
	    "DTSTART;VALUE=DATE:20260710\r\n"
	    "DTEND;VALUE=DATE:20260711\r\n"
	    "SUMMARY:K-1042: plan.followup due 2026-07-10\r\n"
	    "DESCRIPTION:error: second\\, same day (as of 2026-11-22\\; "
	    "cases.yaml:12)\r\n"
	    "CATEGORIES:error\r\n"
	    "TRANSP:TRANSPARENT\r\n"
	    "END:VEVENT\r\n"
	    "END:VCALENDAR\r\n");
	free(s);
}
END_TEST

/* An empty calendar still holds a component (RFC 5545 3.4); the 1000th
 * finding of one case, rule and day has a UID with no digits in it. */
START_TEST(icalendar_empty_and_many)
{
	struct finding *f = calloc(1000, sizeof(*f));
	const char *p, *q;
	char *s;
	int i;

	s = written(OUT_ICS, false, f, 0);
	ck_assert_str_eq(s,
	    "BEGIN:VCALENDAR\r\n"
	    "VERSION:2.0\r\n"
	    "PRODID:-//caretools//deadline-watch 0.1.0//EN\r\n"
	    "CALSCALE:GREGORIAN\r\n"
	    "METHOD:PUBLISH\r\n"
	    "BEGIN:VJOURNAL\r\n"
	    "UID:no-deadlines@unit.example\r\n"
	    "DTSTAMP:20261122T010203Z\r\n"
	    "SUMMARY:No deadlines\r\n"
	    "END:VJOURNAL\r\n"
	    "END:VCALENDAR\r\n");
	free(s);
	for (i = 0; i < 1000; i++)
		f[i] = finding("many", D("2026-07-10"), SEV_ERROR);
	s = written(OUT_ICS, false, f, 1000);
	for (p = s; (p = strstr(p, "UID:")) != NULL; p = q) {
		q = strchr(p, '@');
		ck_assert_ptr_nonnull(q);
		ck_assert_ptr_null(memchr(p, '0', (size_t)(q - p)));
		for (i = '1'; i <= '9'; i++)
			ck_assert_ptr_null(memchr(p, i, (size_t)(q - p)));
	}
	free(s);
	free(f);
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
	tcase_add_test(tc, text_memo);
	tcase_add_test(tc, hostile_values);
	tcase_add_test(tc, text_on_the_edge);
	tcase_add_test(tc, ics_lines_masked);
	tcase_add_test(tc, empty_output);
	tcase_add_test(tc, icalendar);
	tcase_add_test(tc, icalendar_empty_and_many);
	tcase_add_test(tc, formats_by_name);
	tcase_add_test(tc, later_messages);
	tcase_add_test(tc, appended_findings);
	tcase_add_test(tc, sort_orders);
	tcase_add_test(tc, sort_on_two_threads);
	tcase_add_test(tc, write_all_same_bytes);
	suite_add_tcase(s, tc);
	return s;
}
