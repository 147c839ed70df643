#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "columns.h"
#include "rules.h"
#include "shifts.h"
#include "text.h"

static const char *const col_names[SC_COUNT] = {
	"case", "staff", "date", "start", "end", "kind", "hours"
};

/* Maps the header of a shift log: case, staff, start and end, with date
 * (clock times) or without (date-times); kind and hours optional. */
int
shift_header(const struct csvrow *h, const char *file,
    const struct colmaps *cm, struct shift_header *sh, struct diag *d)
{
	static const struct header_spec spec = { N_("shift log"), CT_TIMESHEET,
	    col_names, SC_COUNT, 1UL << SC_CASE | 1UL << SC_STAFF |
	    1UL << SC_START | 1UL << SC_END };
	int map[CSVIN_MAX_FIELDS];
	size_t i;

	for (i = 0; i < SC_COUNT; i++)
		sh->col[i] = -1;
	sh->ncols = h->n;
	if (header_map(h, file, &spec, cm, map, d) != 0)
		return -1;
	for (i = 0; i < h->n; i++) {
		sh->role[i] = (signed char)map[i];
		if (map[i] >= 0)
			sh->col[map[i]] = (int)i;
	}
	return 0;
}

/* Keeps the row's first problem. */
#define row_err(p, ...)	row_problem(&(p)->e, __VA_ARGS__)

/* An id: not empty, at most 100 bytes, no control bytes, valid UTF-8,
 * not shaped like a personal identity number. */
#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL

/* Whether a word holds only bytes 0x20..0x7e; then its digits, of the
 * bytes in keep. */
static bool
plain_word(uint64_t w, uint64_t keep, unsigned *digits)
{
	uint64_t x = w ^ (0x30 * ONES), m;

	if ((w & HIGHS) || ((w - 0x20 * ONES) & ~w & HIGHS) ||
	    ((w ^ (0x7f * ONES)) - ONES) & ~(w ^ (0x7f * ONES)) & HIGHS)
		return false;
	/* a byte is a digit when x < 10: x + 0x76 keeps its high bit clear */
	m = ~(x + 0x76 * ONES) & HIGHS & keep;
	*digits += (unsigned)(((m >> 7) * ONES) >> 56);
	return true;
}

bool
shift_id_ok(const char *s, size_t len)
{
	unsigned digits = 0, high = 0;
	uint64_t a, b;
	size_t i;

	if (len == 0 || len > 100)
		return false;
	/* the common 8 to 16 bytes of plain ASCII as two words, which may
	 * overlap: digits counted twice only send it the long way */
	if (len >= 8 && len <= 16) {
		memcpy(&a, s, 8);
		memcpy(&b, s + len - 8, 8);
		/* the second word's bytes that the first has are not
		 * counted again */
		if (plain_word(a, ~0ULL, &digits) && plain_word(b, len == 8 ?
		    0 : ~0ULL << (8 * (16 - len)), &digits) && digits < 10)
			return true;
		digits = 0;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c == 0x7f)
			return false;
		digits += (unsigned)(c - '0') < 10;
		high |= c & 0x80;
	}
	/* a personal identity number has ten digits at least */
	return (high == 0 || text_utf8_invalid(s, len) < 0) &&
	    (digits < 10 || !text_has_personal_id(s, len));
}

/* Starts a row; the first call on a new parse must follow a memset to
 * zero (the day cache). */
void
shift_begin(struct shift_parse *p)
{
	p->day = DATE_NONE;
	p->start = p->end = 0;
	/* day_text and day_cache live on from row to row */
	p->kind = KIND_ACTIVE;
	p->stated = -1;
	p->e.bad = false;
	p->e.err[0] = '\0';
}

/* A time (with a date column) or a date-time cell. */
static void
when(struct shift_parse *p, const struct shift_header *sh, const char *s,
    size_t len, cminute *out, const char *what)
{
	char q[TEXT_QUOTE_MAX];
	enum date_status st;
	int t;

	if (sh->col[SC_DATE] >= 0) {
		/* the common HH:MM, in line */
		if (len == 5 && s[2] == ':' && s[0] >= '0' && s[0] <= '2' &&
		    s[1] >= '0' && s[1] <= '9' && s[3] >= '0' && s[3] <= '5' &&
		    s[4] >= '0' && s[4] <= '9' && (s[0] < '2' || s[1] < '4')) {
			*out = ((s[0] - '0') * 10 + s[1] - '0') * 60 +
			    (s[3] - '0') * 10 + s[4] - '0';
			return;
		}
		if ((st = value_time(s, len, &t)) == DATE_OK) {
			*out = t;	/* the day is added at the end */
			return;
		}
		row_err(p, "%s: invalid time %s (%s)", what, text_quote(q,
		    sizeof(q), s, len), value_time_why(st));
		return;
	}
	if ((st = value_datetime(s, len, out)) == DATE_OK)
		return;
	row_err(p, "%s: invalid date-time %s (%s)", what, text_quote(q, sizeof(q),
	    s, len), value_datetime_why(st));
}

/* Reads one field of the row.  Returns its column's role: the case and
 * staff ids are the caller's to look at while the text is there. */
int
shift_field(struct shift_parse *p, const struct shift_header *sh, size_t col,
    const char *s, size_t len)
{
	char q[TEXT_QUOTE_MAX], w[sizeof(p->e.err)];
	enum date_status st;
	int role = col < sh->ncols ? sh->role[col] : -1;
	double v;

	if (p->e.bad)
		return role;
	switch (role) {
	case SC_DATE:
		/* rows come in runs of one day */
		if (len == 10 && p->day_cache != 0 &&
		    memcmp(s, p->day_text, 10) == 0) {
			p->day = p->day_cache;
			break;
		}
		if (shift_day_near(p, s, len))
			break;
		if ((st = value_date(s, len, &p->day)) != DATE_OK)
			row_err(p, "date: invalid date %s (%s)", text_quote(q,
			    sizeof(q), s, len), value_date_why(st));
		else if (len == 10) {
			memcpy(p->day_text, s, 10);
			p->day_cache = p->day;
			p->month_first = date_month_start(p->day);
			p->month_days = (unsigned)(date_month_end(p->day) -
			    p->month_first + 1);
		}
		break;
	case SC_START:
		when(p, sh, s, len, &p->start, "start");
		break;
	case SC_END:
		when(p, sh, s, len, &p->end, "end");
		break;
	case SC_KIND:
		if (len > 0 && !value_kind(s, len, &p->kind))
			row_err(p, "kind: %s", value_kind_refusal(w, sizeof(w), s,
			    len));
		break;
	case SC_HOURS:
		if (len == 0)
			break;
		if (!value_number(s, len, &v) || v > 48)
			row_err(p, "hours: expected a number of hours such as 8.5 "
			    "or 8,5, found %s", text_quote(q, sizeof(q), s,
			    len));
		else
			p->stated = v;
		break;
	default:
		break;
	}
	return role;
}

/* Completes the times: with a date column an end before the start is on
 * the next day and 24:00 is the end of the day.  -1 with p->e.err set when
 * the row cannot be used. */
int
shift_end(struct shift_parse *p, const struct shift_header *sh,
    struct shift_row *out)
{
	if (p->e.bad)
		return -1;
	out->kind = p->kind;
	out->stated = p->stated;
	out->start = p->start;
	out->end = p->end;
	if (sh->col[SC_DATE] >= 0) {
		if (p->start == 1440) {
			row_err(p, "start: 24:00 is not a time a shift can start");
			return -1;
		}
		out->start = datetime_make(p->day, (int)p->start);
		out->end = datetime_make(p->day, (int)p->end);
		if (out->end < out->start)
			out->end += 1440;
	}
	out->day = sh->col[SC_DATE] >= 0 ? p->day : datetime_date(out->start);
	if (out->end <= out->start) {
		row_err(p, out->end == out->start ? N_("shift has no length: it "
		    "ends when it starts") : N_("shift ends before it starts"));
		return -1;
	}
	if (out->end - out->start > SHIFT_MAX_MINUTES) {
		row_err(p, "shift of %.1f hours is longer than 48 hours",
		    (double)(out->end - out->start) / 60);
		return -1;
	}
	return 0;
}

/* Reads and checks one whole row; -1 (reported) when it cannot be used. */
int
shift_row(const struct shift_header *sh, const struct csvrow *row,
    const char *file, struct shift_row *out, struct diag *d)
{
	struct shift_parse p;
	size_t i;
	int role;

	memset(&p, 0, sizeof(p));
	shift_begin(&p);
	out->case_id = out->staff = "";
	out->case_len = out->staff_len = 0;
	for (i = 0; i < row->n; i++) {
		role = shift_field(&p, sh, i, row->f[i], row->len[i]);
		if (role == SC_CASE) {
			out->case_id = row->f[i];
			out->case_len = row->len[i];
		} else if (role == SC_STAFF) {
			out->staff = row->f[i];
			out->staff_len = row->len[i];
		}
	}
	if (!p.e.bad && !shift_id_ok(out->case_id, out->case_len))
		row_err(&p, "case: not a usable case id");
	if (!p.e.bad && !shift_id_ok(out->staff, out->staff_len))
		row_err(&p, out->staff_len == 0 ? "staff: empty" : "staff: not a "
		    "usable staff id");
	if (shift_end(&p, sh, out) != 0) {
		diag_error(d, file, row->line, "%s", p.e.err);
		return -1;
	}
	return 0;
}

static const char *const roster_cols[] = { "staff", "qualified",
    "employment", "worktime" };

/* The columns of a roster, staff,qualified[,employment][,worktime]:
 * map[0..3] get their indices (or -1). */
int
roster_header(const struct csvrow *h, const char *file,
    const struct colmaps *cm, int *map, struct diag *d)
{
	static const struct header_spec spec = { N_("staff roster"), CT_ROSTER,
	    roster_cols, 4, 3 };
	int m[CSVIN_MAX_FIELDS];
	size_t i;

	map[0] = map[1] = map[2] = map[3] = -1;
	if (header_map(h, file, &spec, cm, m, d) != 0)
		return -1;
	for (i = 0; i < h->n; i++)
		if (m[i] >= 0)
			map[m[i]] = (int)i;
	return 0;
}

int
roster_row(const int *map, const struct csvrow *row, const char *file,
    struct roster_row *out, struct diag *d)
{
	char q[TEXT_QUOTE_MAX];

	out->staff = row->f[map[0]];
	if (!shift_id_ok(out->staff, row->len[map[0]])) {
		diag_error(d, file, row->line, "staff: not a usable staff id");
		return -1;
	}
	if (!value_bool(row->f[map[1]], row->len[map[1]], &out->qualified)) {
		diag_error(d, file, row->line, "qualified: expected true or "
		    "false (also yes/no, ja/nej, 1/0, on/off, x for yes), found "
		    "%s", text_quote(q, sizeof(q), row->f[map[1]],
		    row->len[map[1]]));
		return -1;
	}
	out->employment = map[2] >= 0 && row->len[map[2]] > 0 ?
	    row->f[map[2]] : NULL;
	out->worktime = -1;
	if (map[3] >= 0 && row->len[map[3]] > 0) {
		enum worktime wt;

		if (worktime_parse(row->f[map[3]], &wt) != 0) {
			diag_error(d, file, row->line, "worktime: expected "
			    "atl, household, pan-j or vf-pa, found %s",
			    text_quote(q, sizeof(q), row->f[map[3]],
			    row->len[map[3]]));
			return -1;
		}
		out->worktime = (int)wt;
	}
	return 0;
}
