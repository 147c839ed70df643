#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "csvin.h"
#include "edge.h"
#include "i18n.h"
#include "par.h"
#include "pseudo.h"
#include "report.h"
#include "strmap.h"
#include "text.h"
#include "xalloc.h"

void
report_init(struct report *r, FILE *fp, enum out_format fmt, bool quiet)
{
	memset(r, 0, sizeof(*r));
	r->fp = fp;
	r->fmt = fmt;
	r->quiet = quiet;
	r->prodid = "caretools";
	r->stamp = DATE_NONE;
	r->domain = "localhost";
	strmap_init(&r->uids);
	arena_init(&r->a);
}

int
out_format_parse(const char *s, enum out_format *f)
{
	if (strcmp(s, "text") == 0)
		*f = OUT_TEXT;
	else if (strcmp(s, "csv") == 0)
		*f = OUT_CSV;
	else if (strcmp(s, "json") == 0)
		*f = OUT_JSON;
	else if (strcmp(s, "ics") == 0)
		*f = OUT_ICS;
	else
		return -1;
	return 0;
}

/* A JSON string of s, masked (text_mask), with every control character
 * escaped (\n, \r, \t, other C0 and C1 controls, DEL, U+2028 and U+2029
 * as \u00XX or \u20XX) and every byte that is not UTF-8 written as
 * U+FFFD (\ufffd). */
int
json_write_string(FILE *fp, const char *str)
{
	size_t len = strlen(str), i, n;
	char *m = xmalloc(len + 1);
	const unsigned char *p = (const unsigned char *)m;
	long bad;

	memcpy(m, str, len);
	len = text_mask(m, len, false);
	putc('"', fp);
	for (i = 0; i < len; i += n) {
		n = 1;
		if (p[i] == '"' || p[i] == '\\') {
			putc('\\', fp);
			putc(p[i], fp);
		} else if (p[i] == '\n')
			fputs("\\n", fp);
		else if (p[i] == '\r')
			fputs("\\r", fp);
		else if (p[i] == '\t')
			fputs("\\t", fp);
		else if (p[i] < 0x20 || p[i] == 0x7f)
			fprintf(fp, "\\u%04x", p[i]);
		else if (p[i] < 0x80)
			putc(p[i], fp);
		else if ((bad = text_utf8_invalid(m + i, len - i)) == 0)
			fputs("\\ufffd", fp);
		else {
			/* a well-formed sequence: its length from its lead */
			n = p[i] >= 0xf0 ? 4 : p[i] >= 0xe0 ? 3 : 2;
			if (n == 2 && p[i] == 0xc2 && p[i + 1] <= 0x9f)
				fprintf(fp, "\\u%04x", p[i + 1]);
			else if (n == 3 && p[i] == 0xe2 && p[i + 1] == 0x80 &&
			    (p[i + 2] == 0xa8 || p[i + 2] == 0xa9))
				fprintf(fp, "\\u%04x", 0x2000 + p[i + 2] - 0x80);
			else
				fwrite(p + i, 1, n, fp);
		}
	}
	free(m);
	return putc('"', fp) == EOF ? -1 : 0;
}

/* A content line NAME:TEXT, TEXT made of fmt: as text_visible shows it
 * (masked, control characters as \n, \x1b...), then backslash, comma and
 * semicolon escaped (RFC 5545 3.3.11), so that \x1b is written \\x1b and
 * shown as the text report shows it.  Nothing is cut. */
static void ics_text(FILE *, const char *, const char *, ...)
    __attribute__((format(printf, 3, 4)));

static void ics_line(FILE *, const char *);

static void
ics_text(FILE *fp, const char *name, const char *fmt, ...)
{
	char *text, *v, *line;
	size_t o, i;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	text = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	va_start(ap, fmt);
	vsnprintf(text, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
	va_end(ap);
	v = text_visible(text, strlen(text), NULL);
	line = xmalloc(strlen(name) + 2 * strlen(v) + 1);
	o = strlen(name);
	memcpy(line, name, o);
	for (i = 0; v[i] != '\0'; i++) {
		if (v[i] == '\\' || v[i] == ',' || v[i] == ';')
			line[o++] = '\\';
		line[o++] = v[i];
	}
	line[o] = '\0';
	ics_line(fp, line);
	free(line);
	free(v);
	free(text);
}

/* Writes one content line, masked before it is folded at 75 octets
 * (RFC 5545 3.1) without splitting a UTF-8 sequence, ended by CRLF. */
static void
ics_line(FILE *fp, const char *text)
{
	size_t len = strlen(text), pos = 0, n, limit = 75;
	char *line = xmalloc(len + 1);

	memcpy(line, text, len + 1);
	len = text_mask(line, len, false);
	line[len] = '\0';

	while (len - pos > limit) {
		n = limit;
		while (n > 1 && ((unsigned char)line[pos + n] & 0xc0) == 0x80)
			n--;
		fwrite(line + pos, 1, n, fp);
		fputs("\r\n ", fp);
		pos += n;
		limit = 74;	/* the leading space counts */
	}
	fputs(line + pos, fp);
	fputs("\r\n", fp);
	free(line);
}

/* The UID's left-hand side: letters only, so that no run of digits can
 * look like a personal identity number; a hash of the case, the rule, the
 * day and the occurrence, so it stays the same from one run to the next. */
static void
ics_uid(char *out, const char *case_id, const struct finding *f,
    unsigned long k)
{
	char key[512];
	unsigned long long h = 0xcbf29ce484222325ULL;	/* FNV-1a */
	const unsigned char *p;
	int n, i;

	n = snprintf(key, sizeof(key), "%s|%s|%ld|%lu", case_id,
	    rule_name(f->rule), (long)f->date, k);
	for (p = (const unsigned char *)key; n-- > 0 && *p != '\0'; p++) {
		h ^= *p;
		h *= 0x100000001b3ULL;
	}
	for (i = 0; i < 16; i++)
		out[i] = (char)('a' + ((h >> (4 * i)) & 15));
	out[16] = '\0';
}

/* A domain for the UIDs: letters, digits, dots and hyphens, at most 253,
 * and nothing the mask would take for a personal identity number. */
bool
report_domain_ok(const char *s)
{
	size_t n = 0;

	for (; s[n] != '\0'; n++)
		if (!((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' &&
		    s[n] <= 'Z') || (s[n] >= '0' && s[n] <= '9') ||
		    s[n] == '.' || s[n] == '-'))
			return false;
	return n > 0 && n <= 253 && !text_has_personal_id(s, n);
}

/* DTSTAMP: when the file is written, in UTC. */
static void
ics_stamp(const struct report *r)
{
	char line[64];
	struct tm tm;
	time_t t = (time_t)r->written_at;

	if (gmtime_r(&t, &tm) == NULL)
		return;
	strftime(line, sizeof(line), "DTSTAMP:%Y%m%dT%H%M%SZ", &tm);
	ics_line(r->fp, line);
}

static void
ics_begin(struct report *r)
{
	char line[256];

	ics_line(r->fp, "BEGIN:VCALENDAR");
	ics_line(r->fp, "VERSION:2.0");
	snprintf(line, sizeof(line), "PRODID:-//caretools//%s//EN", r->prodid);
	ics_line(r->fp, line);
	ics_line(r->fp, "CALSCALE:GREGORIAN");
	ics_line(r->fp, "METHOD:PUBLISH");
}

/* An all-day event on the finding's date.  SUMMARY says what falls due
 * when, with nothing relative to the day the file was made; DESCRIPTION
 * keeps the finding's words and the day they were written for. */
static void
ics_event(struct report *r, const struct finding *f, const char *msg)
{
	char line[2048], uid[24], d[DATE_BUFSZ], day[DATE_BUFSZ];
	const char *case_id = pseudo(PSEUDO_CASE, f->case_id);
	unsigned long k;
	void **slot;
	int y, m, dd, added;
	char *key;

	if (f->date == DATE_NONE)
		return;
	snprintf(line, sizeof(line), "%s|%s|%ld", case_id, rule_name(f->rule),
	    (long)f->date);
	key = arena_strdup(&r->a, line);
	slot = strmap_put(&r->uids, key, strlen(key), &added);
	k = added ? 0 : (unsigned long)(uintptr_t)*slot + 1;
	*slot = (void *)(uintptr_t)k;
	ics_uid(uid, case_id, f, k);
	ics_line(r->fp, "BEGIN:VEVENT");
	snprintf(line, sizeof(line), "UID:%s-%s@%s", rule_name(f->rule), uid,
	    r->domain);
	ics_line(r->fp, line);
	ics_stamp(r);
	date_to_ymd(f->date, &y, &m, &dd);
	snprintf(line, sizeof(line), "DTSTART;VALUE=DATE:%04d%02d%02d", y, m,
	    dd);
	ics_line(r->fp, line);
	date_to_ymd(f->date + 1, &y, &m, &dd);
	snprintf(line, sizeof(line), "DTEND;VALUE=DATE:%04d%02d%02d", y, m, dd);
	ics_line(r->fp, line);
	ics_text(r->fp, "SUMMARY:", "%s: %s due %s", case_id,
	    rule_name(f->rule), date_format(f->date, d));
	ics_text(r->fp, "DESCRIPTION:", "%s: %s (as of %s; %s:%ld)",
	    severity_name(f->sev), msg, date_format(r->stamp, day),
	    f->file != NULL ? f->file : "", f->line);
	snprintf(line, sizeof(line), "CATEGORIES:%s", severity_name(f->sev));
	ics_line(r->fp, line);
	ics_line(r->fp, "TRANSP:TRANSPARENT");
	ics_line(r->fp, "END:VEVENT");
	r->events++;
}

/* RFC 5545 wants at least one component: a calendar with no deadline
 * holds one journal entry that says so, which calendars do not show. */
static void
ics_empty(struct report *r)
{
	char line[256];

	ics_line(r->fp, "BEGIN:VJOURNAL");
	snprintf(line, sizeof(line), "UID:no-deadlines@%s", r->domain);
	ics_line(r->fp, line);
	ics_stamp(r);
	ics_line(r->fp, "SUMMARY:No deadlines");
	ics_line(r->fp, "END:VJOURNAL");
}

static void
begin(struct report *r)
{
	if (r->begun)
		return;
	r->begun = true;
	if (r->fmt == OUT_CSV)
		fputs("file,line,case,severity,rule,date,message\n", r->fp);
	else if (r->fmt == OUT_ICS)
		ics_begin(r);
}

/* A text field of a finding: the value as text_visible shows it. */
static void
csv_text(FILE *fp, const char *s)
{
	char *v = text_visible(s, strlen(s), NULL);

	csv_write_field(fp, v);
	free(v);
}

/* ":LINE: " in buf (at least 24 bytes), its length in *len, without
 * printf's cost per finding. */
static const char *
line_text(long line, char *buf, size_t *len)
{
	char *end = buf + 23, *p = end;

	*p = '\0';
	*--p = ' ';
	*--p = ':';
	p = text_decimal(p, line);
	*--p = ':';
	*len = (size_t)(end - p);
	return p;
}

/* text_shown() of s through a memo of the last text shown as it is. */
static const char *
memo_shown(struct shown_memo *m, const char *s, size_t *lenp, char **copy)
{
	size_t len = strlen(s);
	const char *v;

	*copy = NULL;
	if (len != 0 && len == m->len && memcmp(s, m->text, len) == 0) {
		*lenp = len;
		return s;
	}
	v = text_shown(s, lenp, copy);
	if (*copy == NULL && len < sizeof(m->text)) {
		memcpy(m->text, s, len);
		m->len = len;
	}
	return v;
}

/* Whether the n bytes at s are all printable ASCII: sixteen at a time
 * where SSE2 is, the last sixteen overlapping those before them. */
static bool
printable_ascii(const char *s, size_t n)
{
	size_t i = 0;

#if defined(__SSE2__)
	__m128i v, bad = _mm_setzero_si128();

	if (n >= 16) {
		for (;; i += 16) {
			if (i + 16 > n)
				i = n - 16;
			v = _mm_loadu_si128((const __m128i *)(const void *)
			    (s + i));
			/* signed: the bytes >= 0x80 are below 0x20 too */
			bad = _mm_or_si128(bad, _mm_or_si128(_mm_cmplt_epi8(v,
			    _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(v,
			    _mm_set1_epi8(0x7f))));
			if (i + 16 == n)
				return _mm_movemask_epi8(bad) == 0;
		}
	}
#endif
	for (; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] >= 0x7f)
			return false;
	return true;
}

/* The message of a text line: as text_shown shows it, or, in a line that
 * is masked whole after (write_block), as it is when that shows the
 * same: printable ASCII has nothing to escape, and a number the mask
 * finds in the message it finds in the line, where a line feed ends it
 * as the end of the text does. */
static const char *
message_shown(const struct report *r, const char *msg, size_t *lenp,
    char **copy)
{
	size_t len;

	if (r->line_masked && printable_ascii(msg, len = strlen(msg))) {
		*copy = NULL;
		*lenp = len;
		return msg;
	}
	return text_shown(msg, lenp, copy);
}

/* Room for n more bytes at the end of m. */
static char *
mem_room(struct report_mem *m, size_t n)
{
	if (m->cap - m->len < n) {
		m->cap = m->len + n > 2 * m->cap ? m->len + n : 2 * m->cap;
		m->p = xreallocarray(m->p, m->cap, 1);
	}
	return m->p + m->len;
}

/* "file:line: case: severity: rule: message" and a newline, the file,
 * case and message as text_put shows them, put together and written in
 * one call; the separators are written, not copied. */
static void
text_line(struct report *r, const struct finding *f, const char *file,
    const char *case_id, const char *msg)
{
	char num[24], stack[1024], *line = stack, *p, *copy[3];
	const char *part[6];
	size_t len[6], i, n = 3 * 2 + 1;

	part[0] = memo_shown(&r->file_memo, file, &len[0], &copy[0]);
	part[1] = line_text(f->line, num, &len[1]);
	part[2] = memo_shown(&r->case_memo, case_id, &len[2], &copy[1]);
	part[3] = severity_name(f->sev);
	len[3] = strlen(part[3]);
	part[4] = rule_name(f->rule);
	len[4] = strlen(part[4]);
	part[5] = message_shown(r, msg, &len[5], &copy[2]);
	for (i = 0; i < 6; i++)
		n += len[i];
	if (r->mem != NULL)
		line = mem_room(r->mem, n);
	else if (n > sizeof(stack))
		line = xmalloc(n);
	p = line;
	for (i = 0; i < 6; i++) {
		memcpy(p, part[i], len[i]);
		p += len[i];
		if (i >= 2 && i <= 4) {
			*p++ = ':';
			*p++ = ' ';
		}
	}
	*p = '\n';
	if (r->mem != NULL)
		r->mem->len += n;
	else {
		fwrite(line, 1, n, r->fp);
		if (line != stack)
			free(line);
	}
	for (i = 0; i < 3; i++)
		free(copy[i]);
}

/* Writes one finding; privacy.ids: file names, case ids and messages
 * masked where they hold something shaped like a personal identity
 * number, with their control characters escaped (text_visible,
 * json_write_string, ics_escape); case ids pseudonymised with
 * --pseudonymize. */
int
report_write(struct report *r, const struct finding *f)
{
	char d[DATE_BUFSZ], buf[FINDING_MSG_MAX];
	const char *file = f->file != NULL ? f->file : "";
	const char *case_id = pseudo(PSEUDO_CASE, f->case_id);
	const char *msg = finding_message(f, buf);

	begin(r);
	r->written++;
	if (r->fmt != OUT_TEXT)
		date_format(f->date, d);
	switch (r->fmt) {
	case OUT_TEXT:
		text_line(r, f, file, case_id, msg);
		break;
	case OUT_CSV:
		csv_text(r->fp, file);
		fprintf(r->fp, ",%ld,", f->line);
		csv_text(r->fp, case_id);
		fprintf(r->fp, ",%s,%s,%s,", severity_name(f->sev),
		    rule_name(f->rule), d);
		csv_text(r->fp, msg);
		putc('\n', r->fp);
		break;
	case OUT_JSON:
		fputs("{\"file\":", r->fp);
		json_write_string(r->fp, file);
		fprintf(r->fp, ",\"line\":%ld,\"case\":", f->line);
		json_write_string(r->fp, case_id);
		fprintf(r->fp, ",\"severity\":\"%s\",\"rule\":\"%s\",\"date\":",
		    severity_name(f->sev), rule_name(f->rule));
		if (f->date == DATE_NONE)
			fputs("null", r->fp);
		else
			fprintf(r->fp, "\"%s\"", d);
		fputs(",\"message\":", r->fp);
		json_write_string(r->fp, msg);
		fputs("}\n", r->fp);
		break;
	case OUT_ICS:
		ics_event(r, f, msg);
		break;
	}
	return r->mem == NULL && ferror(r->fp) ? -1 : 0;
}

/* Lists of at least this many findings are made into text on two
 * threads, a round of PAR_BLOCKS blocks of BLOCK findings at a time. */
#define PAR_MIN		(4 * 1024)
#define BLOCK		2048
#define PAR_BLOCKS	8

/* One block of a round: its findings written through a report of its
 * own into memory, text lines straight into mem (room for lines of 256
 * bytes from the start), the other formats through a memory stream. */
struct wblock {
	struct report	 r;
	struct report_mem mem;
	FILE		*fp;
	char		*buf;
	size_t		 size;
	off_t		 len;
};

struct wround {
	struct report		*r;
	const struct finding	*v;
	size_t			 n, from;	/* the round's first */
	enum severity		 min;
	bool			 masked;	/* blocks masked as the edge
						 * masks them, and passed by */
	int			 rc;		/* -1 after a write error */
	struct wblock		 b[PAR_BLOCKS];
};

/* Block k of a round, on either thread. */
static void
write_block(void *arg, size_t k, unsigned worker)
{
	struct wround *w = arg;
	struct wblock *b = &w->b[k];
	size_t i = w->from + k * BLOCK, end = i + BLOCK;

	(void)worker;
	b->mem.len = 0;
	if (b->fp != NULL)
		rewind(b->fp);
	for (end = end < w->n ? end : w->n; i < end; i++)
		if (w->v[i].sev >= w->min)
			(void)report_write(&b->r, &w->v[i]);
	if (b->fp == NULL) {
		b->buf = b->mem.p;
		b->len = (off_t)b->mem.len;
	} else
		b->len = fflush(b->fp) == 0 ? ftello(b->fp) : -1;
	if (w->masked && b->len > 0)
		b->len = (off_t)text_mask(b->buf, (size_t)b->len, true);
}

/* Block k of a round, made, to the report's stream, a stdio buffer at a
 * time as lines fill it: the privacy filter behind standard output (edge)
 * then holds a buffer's worth, not a block's. */
static void
put_block(void *arg, size_t k)
{
	struct wround *w = arg;
	struct wblock *b = &w->b[k];
	size_t at, n;

	if (w->rc == 0 && b->len < 0)
		w->rc = -1;
	if (w->rc == 0 && w->masked) {
		if (edge_write_masked(w->r->fp, b->buf, (size_t)b->len) !=
		    (size_t)b->len)
			w->rc = -1;
		return;
	}
	for (at = 0; w->rc == 0 && at < (size_t)b->len; at += n) {
		n = (size_t)b->len - at < BUFSIZ ? (size_t)b->len - at :
		    BUFSIZ;
		if (fwrite(b->buf + at, 1, n, w->r->fp) != n)
			w->rc = -1;
	}
}

/* report_write_all for a long list in text, CSV or JSON: the blocks of
 * each round made into text side by side, then written in order.  1,
 * with nothing written, when there is no memory for them. */
static int
write_rounds(struct report *r, const struct finding *v, size_t n,
    enum severity min)
{
	struct wround w = { r, v, n, 0, min, edge_stream(r->fp), 0,
	    { { .fp = NULL } } };
	size_t k, nb;

	for (k = 0; k < PAR_BLOCKS; k++) {
		w.b[k].fp = NULL;
		w.b[k].mem = (struct report_mem){ NULL, 0, 0 };
		if (r->fmt == OUT_TEXT)
			(void)mem_room(&w.b[k].mem, BLOCK * 256);
		else if ((w.b[k].fp = open_memstream(&w.b[k].buf,
		    &w.b[k].size)) == NULL) {
			while (k-- > 0) {
				fclose(w.b[k].fp);
				free(w.b[k].buf);
			}
			return 1;
		}
		w.b[k].r = *r;
		w.b[k].r.fp = w.b[k].fp;
		w.b[k].r.mem = w.b[k].fp == NULL ? &w.b[k].mem : NULL;
		w.b[k].r.begun = true;
		w.b[k].r.line_masked = w.masked;
		w.b[k].r.written = 0;
	}
	for (; w.from < n && w.rc == 0; w.from += nb * BLOCK) {
		nb = (n - w.from + BLOCK - 1) / BLOCK;
		nb = nb < PAR_BLOCKS ? nb : PAR_BLOCKS;
		par_each_then(nb, write_block, put_block, &w);
	}
	for (k = 0; k < PAR_BLOCKS; k++) {
		r->written += w.b[k].r.written;
		if (w.b[k].fp != NULL) {
			fclose(w.b[k].fp);
			free(w.b[k].buf);
		}
		free(w.b[k].mem.p);
	}
	return w.rc != 0 || ferror(r->fp) ? -1 : 0;
}

/* Writes the findings v[0..n) of at least severity min: -1 on a write
 * error.  A long list in text, CSV or JSON is made into text on two
 * threads and written in the same order and bytes. */
int
report_write_all(struct report *r, const struct finding *v, size_t n,
    enum severity min)
{
	size_t i = 0;
	int rc;

	if (n >= PAR_MIN && r->fmt != OUT_ICS && par_enabled()) {
		while (i < n && v[i].sev < min)
			i++;
		if (i == n)
			return 0;
		begin(r);
		if ((rc = write_rounds(r, v + i, n - i, min)) <= 0)
			return rc;
	}
	for (; i < n; i++)
		if (v[i].sev >= min && report_write(r, &v[i]) != 0)
			return -1;
	return 0;
}

/* Closes the frame (CSV header, VCALENDAR), written even when there were
 * no findings unless quiet. */
int
report_end(struct report *r)
{
	if (!r->quiet)
		begin(r);
	if (r->begun && r->fmt == OUT_ICS) {
		if (r->events == 0)
			ics_empty(r);
		ics_line(r->fp, "END:VCALENDAR");
	}
	strmap_free(&r->uids);
	arena_free(&r->a);
	return ferror(r->fp) ? -1 : 0;
}

/* Nothing silently partial: the line that ends a report which leaves
 * refused rows out, saying how many and that it does not count them.
 * row and rows name them ("shift", "shifts"); table: the report is a
 * table of totals, else a listing of findings. */
int
report_loss(FILE *fp, const char *prog, const struct report_loss *l,
    const char *row, const char *rows, bool table)
{
	char ofs[1200], *file = NULL;

	if (l->n == 0)
		return 0;
	if (l->files == 1) {
		file = text_visible(l->file, strlen(l->file), NULL);
		snprintf(ofs, sizeof(ofs), F_(" of %s"), file);
	} else if (l->files > 1)
		snprintf(ofs, sizeof(ofs), FN_(" of %zu file", " of %zu files",
		    l->files), l->files);
	else
		ofs[0] = '\0';
	if (table)
		fprintf(fp, FN_("%s: %lu %s%s was refused (see above); these "
		    "totals leave it out\n", "%s: %lu %s%s were refused (see "
		    "above); these totals leave them out\n", l->n), prog, l->n,
		    F_(l->n == 1 ? row : rows), ofs);
	else
		fprintf(fp, FN_("%s: %lu %s%s was refused (see above); these "
		    "findings leave it out\n", "%s: %lu %s%s were refused (see "
		    "above); these findings leave them out\n", l->n), prog,
		    l->n, F_(l->n == 1 ? row : rows), ofs);
	free(file);
	return ferror(fp) ? -1 : 0;
}
