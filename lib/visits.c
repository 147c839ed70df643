#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "columns.h"
#include "i18n.h"
#include "shifts.h"
#include "text.h"
#include "values.h"
#include "visits.h"

static const char *const col_names[VC_COUNT] = {
	"case", "visit", "service", "planned_start", "planned_end",
	"actual_start", "actual_end", "staff", "status", "reason", "notified",
	"replaces", "provider", "cancelled"
};

static const char *const status_names[VS_COUNT] = {
	"delivered", "missed-provider", "cancelled-client", "client-absent"
};

static const char *const reason_names[VR_COUNT] = {
	"", "hospital", "respite", "holiday"
};

/* Maps the header: case, visit, service, planned_start, planned_end and
 * status are needed; the rest may be left out. */
int
visit_header(const struct csvrow *h, const char *file,
    const struct colmaps *cm, struct visit_header *vh, struct diag *d)
{
	static const struct header_spec spec = { N_("visit log"), CT_VISITS,
	    col_names, VC_COUNT, 1UL << VC_CASE | 1UL << VC_VISIT |
	    1UL << VC_SERVICE | 1UL << VC_PLANNED_START |
	    1UL << VC_PLANNED_END | 1UL << VC_STATUS };
	int map[CSVIN_MAX_FIELDS];
	size_t i;

	for (i = 0; i < VC_COUNT; i++)
		vh->col[i] = -1;
	vh->ncols = h->n;
	if (header_map(h, file, &spec, cm, map, d) != 0)
		return -1;
	for (i = 0; i < h->n; i++) {
		vh->role[i] = (signed char)map[i];
		if (map[i] >= 0)
			vh->col[map[i]] = (int)i;
	}
	return 0;
}

/* Keeps the row's first problem. */
#define row_err(p, ...)	row_problem(&(p)->e, __VA_ARGS__)

void
visit_begin(struct visit_parse *p)
{
	p->has_service = p->has_status = false;
	p->has_actual_start = p->has_actual_end = p->has_cancelled = false;
	p->planned_start = p->planned_end = 0;
	p->reason = VR_NONE;
	p->notified = false;
	p->idlen = p->replen = 0;
	p->e.bad = false;
	p->e.err[0] = '\0';
}

/* A date-time; rows come in runs of one day, so the date is cached. */
static bool
when(struct visit_parse *p, const char *s, size_t len, cminute *out,
    const char *what)
{
	char q[TEXT_QUOTE_MAX];
	enum date_status st;
	cdate day;
	int t;

	if (len == 16 && (s[10] == 'T' || s[10] == ' ') && s[13] == ':' &&
	    (unsigned)(s[11] - '0') < 3 && (unsigned)(s[12] - '0') < 10 &&
	    (unsigned)(s[14] - '0') < 6 && (unsigned)(s[15] - '0') < 10 &&
	    (s[11] < '2' || s[12] < '4')) {
		t = ((s[11] - '0') * 10 + s[12] - '0') * 60 +
		    (s[14] - '0') * 10 + s[15] - '0';
		if (p->day_cache != 0 && memcmp(s, p->day_text, 10) == 0) {
			*out = datetime_make(p->day_cache, t);
			return true;
		}
		if (date_parse(s, 10, &day) == DATE_OK) {
			int y, m, dd;

			memcpy(p->day_text, s, 10);
			p->day_cache = day;
			date_to_ymd(day, &y, &m, &dd);
			memcpy(p->month_text, s, 8);
			p->month_cache = day - dd + 1;
			p->month_days = (unsigned)date_month_days(y, m);
			*out = datetime_make(day, t);
			return true;
		}
	}
	if ((st = value_datetime(s, len, out)) == DATE_OK)
		return true;
	row_err(p, "%s: invalid date-time %s (%s)", what, text_quote(q,
	    sizeof(q), s, len), value_datetime_why(st));
	return false;
}

/* One name from a list, with the nearest suggested. */
static int
word(struct visit_parse *p, const char *what, const char *s, size_t len,
    const char *const *names, size_t n, size_t first)
{
	char q[TEXT_QUOTE_MAX], w[64];
	const char *near = NULL;
	size_t i;

	for (i = first; i < n; i++)
		if (text_eq(s, len, names[i]))
			return (int)i;
	text_quote(q, sizeof(q), s, len);
	if (len < sizeof(w)) {
		memcpy(w, s, len);
		w[len] = '\0';
		near = text_suggest(w, names + first, n - first);
	}
	if (near != NULL)
		row_err(p, "%s: unknown %s %s; did you mean '%s'?", what, what, q,
		    near);
	else
		row_err(p, "%s: unknown %s %s", what, what, q);
	return -1;
}

/* A visit id: any text of at most VISIT_ID_MAX bytes (messages quote
 * it when it is not plain). */
static void
keep_id(struct visit_parse *p, const char *what, const char *s, size_t len,
    char *buf, size_t *blen)
{
	if (len > VISIT_ID_MAX) {
		row_err(p, "%s: longer than %d bytes", what, VISIT_ID_MAX);
		return;
	}
	memcpy(buf, s, len);
	buf[len] = '\0';
	*blen = len;
}

/* Whether an id is shaped like a personal identity number (which has ten
 * digits at least), which no report may show. */
static bool
number_shaped(const char *s, size_t len)
{
	size_t i, digits = 0;

	for (i = 0; i < len; i++)
		digits += (unsigned)(s[i] - '0') < 10;
	return digits >= 10 && text_has_personal_id(s, len);
}

/* Reads one field.  Returns its column's role; the case, staff and
 * provider ids are the caller's. */
int
visit_field(struct visit_parse *p, const struct visit_header *vh, size_t col,
    const char *s, size_t len)
{
	int role = col < vh->ncols ? vh->role[col] : -1, v;
	bool b;

	if (p->e.bad)
		return role;
	switch (role) {
	case VC_VISIT:
		keep_id(p, "visit", s, len, p->id, &p->idlen);
		break;
	case VC_REPLACES:
		if (len > 0)
			keep_id(p, "replaces", s, len, p->replaces,
			    &p->replen);
		break;
	case VC_SERVICE:
		if ((v = word(p, "service", s, len, service_names, SVC_COUNT,
		    0)) >= 0) {
			p->service = (enum service_name)v;
			p->has_service = true;
		}
		break;
	case VC_STATUS:
		if ((v = word(p, "status", s, len, status_names, VS_COUNT,
		    0)) >= 0) {
			p->status = (enum visit_status)v;
			p->has_status = true;
		}
		break;
	case VC_REASON:
		if (len > 0 && (v = word(p, "reason", s, len, reason_names,
		    VR_COUNT, 1)) >= 0)
			p->reason = (enum visit_reason)v;
		break;
	case VC_PLANNED_START:
		when(p, s, len, &p->planned_start, "planned_start");
		break;
	case VC_PLANNED_END:
		when(p, s, len, &p->planned_end, "planned_end");
		break;
	case VC_ACTUAL_START:
		if (len > 0)
			p->has_actual_start = when(p, s, len, &p->actual_start,
			    "actual_start");
		break;
	case VC_ACTUAL_END:
		if (len > 0)
			p->has_actual_end = when(p, s, len, &p->actual_end,
			    "actual_end");
		break;
	case VC_CANCELLED:
		if (len > 0)
			p->has_cancelled = when(p, s, len, &p->cancelled,
			    "cancelled");
		break;
	case VC_NOTIFIED:
		if (len == 0)
			break;
		if (value_bool(s, len, &b))
			p->notified = b;
		else {
			char q[TEXT_QUOTE_MAX];

			row_err(p, "notified: expected true or false (also yes/no, "
			    "ja/nej, 1/0, on/off, x for yes), found %s",
			    text_quote(q, sizeof(q), s, len));
		}
		break;
	default:
		break;
	}
	return role;
}

/* Checks the row as a whole; -1 with p->e.err set when it cannot be used. */
int
visit_end(struct visit_parse *p, const struct visit_header *vh)
{
	(void)vh;
	if (p->e.bad)
		return -1;
	if (p->idlen == 0)
		row_err(p, "visit: empty");
	else if (number_shaped(p->id, p->idlen))
		row_err(p, "visit: not a usable id (shaped like a personal "
		    "identity number)");
	else if (p->replen > 0 && number_shaped(p->replaces, p->replen))
		row_err(p, "replaces: not a usable id (shaped like a personal "
		    "identity number)");
	else if (!p->has_service)
		row_err(p, "service: empty");
	else if (!p->has_status)
		row_err(p, "status: empty");
	else if (p->planned_end <= p->planned_start)
		row_err(p, "planned_end is not after planned_start");
	else if (p->planned_end - p->planned_start > VISIT_MAX_MINUTES)
		row_err(p, "planned visit longer than 24 hours");
	else if (p->has_actual_start != p->has_actual_end)
		row_err(p, "actual_start and actual_end go together");
	else if (p->has_actual_start && p->actual_end < p->actual_start)
		row_err(p, "actual_end is before actual_start");
	else if (p->has_actual_start && p->actual_end == p->actual_start)
		row_err(p, "actual visit has no length");
	else if (p->has_actual_start &&
	    p->actual_end - p->actual_start > VISIT_MAX_MINUTES)
		row_err(p, "actual visit longer than 24 hours");
	else if (p->has_actual_start && p->status != VS_DELIVERED)
		row_err(p, "actual times for a visit that was not delivered");
	else if (p->reason != VR_NONE && p->status != VS_CLIENT_ABSENT)
		row_err(p, "reason: only for a client-absent visit");
	else if (p->has_cancelled && p->status != VS_CANCELLED_CLIENT)
		row_err(p, "cancelled: only for a cancelled-client visit");
	else if (p->replen > 0 && p->replen == p->idlen &&
	    memcmp(p->replaces, p->id, p->idlen) == 0)
		row_err(p, "replaces: the visit replaces itself");
	return p->e.bad ? -1 : 0;
}

/* Reads and checks one whole row; -1 (reported) when it cannot be used. */
int
visit_row(const struct visit_header *vh, const struct csvrow *row,
    const char *file, struct visit_parse *p, struct visit_row *out,
    struct diag *d)
{
	size_t i;
	int role;

	visit_begin(p);
	memset(out, 0, sizeof(*out));
	out->case_id = out->staff = out->provider = "";
	for (i = 0; i < row->n; i++) {
		role = visit_field(p, vh, i, row->f[i], row->len[i]);
		if (role == VC_CASE) {
			out->case_id = row->f[i];
			out->case_len = row->len[i];
		} else if (role == VC_STAFF) {
			out->staff = row->f[i];
			out->staff_len = row->len[i];
		} else if (role == VC_PROVIDER) {
			out->provider = row->f[i];
			out->provider_len = row->len[i];
		}
	}
	if (!p->e.bad && !shift_id_ok(out->case_id, out->case_len))
		row_err(p, "case: not a usable case id");
	if (!p->e.bad && out->staff_len > 0 &&
	    !shift_id_ok(out->staff, out->staff_len))
		row_err(p, "staff: not a usable staff id");
	if (!p->e.bad && out->provider_len > 0 &&
	    !shift_id_ok(out->provider, out->provider_len))
		row_err(p, "provider: not a usable provider id");
	if (visit_end(p, vh) != 0) {
		diag_error(d, file, row->line, "%s", p->e.err);
		return -1;
	}
	return 0;
}
