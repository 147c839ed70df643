#include <stdlib.h>
#include <string.h>

#include "shifts.h"
#include "text.h"
#include "util.h"
#include "visits.h"

/* shift_id_ok the slow way, byte by byte. */
static bool
id_ok_ref(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || len > 100)
		return false;
	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return false;
	return text_utf8_invalid(s, len) < 0 && !text_has_personal_id(s, len);
}

/* The word-at-a-time path of shift_id_ok agrees with the plain one on
 * ids of every length around its 8 to 16 bytes, drawn from digits,
 * separators, letters, control bytes, DEL and UTF-8. */
START_TEST(id_check_fast_path)
{
	static const char alphabet[] = "0123456789-+ VKS\x01\x1f\x7f\xc3\xa5";
	char id[24];
	unsigned long seed = 12345;
	size_t len, i;
	int n;

	for (n = 0; n < 200000; n++) {
		len = 1 + (size_t)n % 20;
		for (i = 0; i < len; i++) {
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			/* mostly digits, so that personal-id shapes come up */
			id[i] = (seed >> 33) % 3 != 0 ? (char)('0' + (seed >> 40) %
			    10) : alphabet[(seed >> 40) % (sizeof(alphabet) - 1)];
		}
		ck_assert_msg(shift_id_ok(id, len) == id_ok_ref(id, len),
		    "disagree on %.*s (%zu bytes)", (int)len, id, len);
	}
	ck_assert(shift_id_ok("V-00000001", 10));
	ck_assert(!shift_id_ok("V-1212121212", 12));
	ck_assert(!shift_id_ok("121212-1212", 11));
	ck_assert(!shift_id_ok("V-00\x7f" "00001", 10));
	ck_assert(shift_id_ok("Hjemmepleje\xc3\xa5", 13));
}
END_TEST

static void
parse_one(struct visit_parse *p, const char *s, cminute *out, bool *fast)
{
	struct visit_header vh;

	memset(&vh, 0, sizeof(vh));
	vh.ncols = 1;
	vh.role[0] = VC_PLANNED_START;
	*fast = visit_when_fast(p, s, strlen(s), out);
	if (!*fast) {
		visit_begin(p);
		visit_field(p, &vh, 0, s, strlen(s));
		*out = p->planned_start;
	}
}

/* The in-line date-times agree with the careful parser across days,
 * month ends and leap days, and leave what they cannot read to it. */
START_TEST(date_times_in_line)
{
	struct visit_parse p;
	char buf[32], d[DATE_BUFSZ];
	cminute t, want;
	cdate day;
	bool fast;
	int k;

	memset(&p, 0, sizeof(p));
	for (day = D("2027-12-20"), k = 0; day <= D("2028-03-05"); day++, k++) {
		snprintf(buf, sizeof(buf), "%sT%02d:%02d", date_format(day, d),
		    k % 24, (k * 7) % 60);
		parse_one(&p, buf, &t, &fast);
		ck_assert_int_eq(datetime_parse(buf, strlen(buf), &want),
		    DATE_OK);
		ck_assert_msg(t == want, "%s", buf);
		ck_assert(!p.e.bad);
	}
	/* 2026 has no 29 February: in line or not, it is an error */
	memset(&p, 0, sizeof(p));
	parse_one(&p, "2026-02-28T10:00", &t, &fast);
	ck_assert(!fast);
	parse_one(&p, "2026-02-27T10:00", &t, &fast);
	ck_assert(fast);
	ck_assert_int_eq(t, datetime_make(D("2026-02-27"), 600));
	parse_one(&p, "2026-02-29T10:00", &t, &fast);
	ck_assert(!fast);
	ck_assert(p.e.bad);
	ck_assert_str_eq(p.e.err, "planned_start: invalid date-time "
	    "'2026-02-29T10:00' (no such day or time)");
	/* 24:00 is the end of the day, read the careful way */
	parse_one(&p, "2026-02-27T24:00", &t, &fast);
	ck_assert(!fast);
	ck_assert(!p.e.bad);
	ck_assert_int_eq(t, datetime_make(D("2026-02-28"), 0));
	parse_one(&p, "2026-02-2xT10:00", &t, &fast);
	ck_assert(!fast);
	ck_assert(p.e.bad);
	parse_one(&p, "2026-02-27 07:05", &t, &fast);
	ck_assert(fast);
	ck_assert_int_eq(t, datetime_make(D("2026-02-27"), 425));
	/* the users' other forms, the careful way, to the same minute */
	parse_one(&p, "27.02.2026 07.05", &t, &fast);
	ck_assert(!fast);
	ck_assert(!p.e.bad);
	ck_assert_int_eq(t, datetime_make(D("2026-02-27"), 425));
	parse_one(&p, "20260227T0705", &t, &fast);
	ck_assert(!p.e.bad);
	ck_assert_int_eq(t, datetime_make(D("2026-02-27"), 425));
	parse_one(&p, "2026-02-27 7:05", &t, &fast);
	ck_assert(!p.e.bad);
	ck_assert_int_eq(t, datetime_make(D("2026-02-27"), 425));
	/* and the canonical form is in line again after them */
	parse_one(&p, "2026-02-27T08:00", &t, &fast);
	ck_assert(fast);
	parse_one(&p, "02/27/2026 07:05", &t, &fast);
	ck_assert(p.e.bad);
	ck_assert_str_eq(p.e.err, "planned_start: invalid date-time "
	    "'02/27/2026 07:05' (slashed dates are ambiguous; expected a date "
	    "and a time such as 2026-03-28T22:00, 28.03.2026 22.00 or "
	    "20260328T2200)");
}
END_TEST

/* A whole row: the checks of visit_end, first problem first. */
START_TEST(row_checks)
{
	static const char *const cols[] = { "case", "visit", "service",
	    "planned_start", "planned_end", "actual_start", "actual_end",
	    "status", "reason", "replaces", "cancelled" };
	static const struct {
		const char	*row[11];
		const char	*err;
	} cases[] = {
		{ { "K", "V-1", "cleaning", "2026-03-02T09:00",
		    "2026-03-02T10:00", "", "", "delivered", "", "", "" },
		    NULL },
		{ { "K", "V-1", "cleaning", "2026-03-02T09:00",
		    "2026-03-02T09:00", "", "", "delivered", "", "", "" },
		    "planned_end is not after planned_start" },
		{ { "K", "V-1", "cleaning", "2026-03-02T09:00",
		    "2026-03-03T09:01", "", "", "delivered", "", "", "" },
		    "planned visit longer than 24 hours" },
		{ { "K", "V-1", "cleaning", "2026-03-02T09:00",
		    "2026-03-02T10:00", "2026-03-02T09:00", "", "delivered",
		    "", "", "" },
		    "actual_start and actual_end go together" },
		{ { "K", "V-1", "cleaning", "2026-03-02T09:00",
		    "2026-03-02T10:00", "2026-03-02T09:00", "2026-03-02T10:00",
		    "missed-provider", "", "", "" },
		    "actual times for a visit that was not delivered" },
		{ { "K", "V-1", "cleaning", "2026-03-02T09:00",
		    "2026-03-02T10:00", "", "", "cancelled-client", "holiday",
		    "", "" },
		    "reason: only for a client-absent visit" },
		{ { "K", "V-1", "cleaning", "2026-03-02T09:00",
		    "2026-03-02T10:00", "", "", "delivered", "", "",
		    "2026-03-01T10:00" },
		    "cancelled: only for a cancelled-client visit" },
		{ { "K", "V-1", "cleaning", "2026-03-02T09:00",
		    "2026-03-02T10:00", "", "", "delivered", "", "V-1", "" },
		    "replaces: the visit replaces itself" },
		{ { "K", "", "cleaning", "2026-03-02T09:00",
		    "2026-03-02T10:00", "", "", "delivered", "", "", "" },
		    "visit: empty" },
		{ { "K", "V-1", "cleanig", "2026-03-02T09:00",
		    "2026-03-02T10:00", "", "", "delivered", "", "", "" },
		    "service: unknown service 'cleanig'; did you mean "
		    "'cleaning'?" },
		{ { "K", "V-1", "cleaning", "2026-03-02T09:00",
		    "2026-03-02T10:00", "", "", "client-absent", "ill", "",
		    "" },
		    "reason: unknown reason 'ill'" },
	};
	struct visit_header vh;
	struct visit_parse p;
	struct visit_row out;
	struct capture cap;
	struct csvrow h, r;
	size_t len[11], hl[11];
	char *f[11], *hf[11];
	size_t i, j;

	capture_init(&cap);
	h.line = 1;
	h.n = 11;
	h.f = hf;
	h.len = hl;
	for (j = 0; j < 11; j++) {
		hf[j] = (char *)cols[j];
		hl[j] = strlen(cols[j]);
	}
	ck_assert_int_eq(visit_header(&h, "v.csv", NULL, &vh, &cap.d), 0);
	memset(&p, 0, sizeof(p));
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		r.line = (long)i + 2;
		r.n = 11;
		r.f = f;
		r.len = len;
		for (j = 0; j < 11; j++) {
			f[j] = (char *)cases[i].row[j];
			len[j] = strlen(f[j]);
		}
		cap.len = 0;
		cap.buf[0] = '\0';
		if (cases[i].err == NULL) {
			ck_assert_int_eq(visit_row(&vh, &r, "v.csv", &p, &out,
			    &cap.d), 0);
			ck_assert_str_eq(cap.buf, "");
		} else {
			char want[300];

			ck_assert_int_eq(visit_row(&vh, &r, "v.csv", &p, &out,
			    &cap.d), -1);
			snprintf(want, sizeof(want), "v.csv:%ld: %s\n", r.line,
			    cases[i].err);
			ck_assert_str_eq(cap.buf, want);
		}
	}
}
END_TEST

Suite *
visits_suite(void)
{
	Suite *s = suite_create("visits");
	TCase *tc = tcase_create("visits");

	tcase_add_test(tc, id_check_fast_path);
	tcase_add_test(tc, date_times_in_line);
	tcase_add_test(tc, row_checks);
	suite_add_tcase(s, tc);
	return s;
}
