#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "csvin.h"
#include "pseudo.h"
#include "report.h"
#include "strmap.h"
#include "text.h"

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

int
json_write_string(FILE *fp, const char *s)
{
	const unsigned char *p;

	putc('"', fp);
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		switch (*p) {
		case '"':
			fputs("\\\"", fp);
			break;
		case '\\':
			fputs("\\\\", fp);
			break;
		case '\n':
			fputs("\\n", fp);
			break;
		case '\r':
			fputs("\\r", fp);
			break;
		case '\t':
			fputs("\\t", fp);
			break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				fprintf(fp, "\\u%04x", *p);
			else
				putc(*p, fp);
		}
	}
	return putc('"', fp) == EOF ? -1 : 0;
}

/* iCalendar TEXT: backslash, comma, semicolon and newlines escaped. */
static void
ics_escape(char *out, size_t size, const char *s)
{
	size_t o = 0;

	for (; *s != '\0' && o + 3 < size; s++) {
		if (*s == '\\' || *s == ',' || *s == ';') {
			out[o++] = '\\';
			out[o++] = *s;
		} else if (*s == '\n') {
			out[o++] = '\\';
			out[o++] = 'n';
		} else if ((unsigned char)*s >= 0x20)
			out[o++] = *s;
	}
	out[o] = '\0';
}

/* Writes one content line, folded at 75 octets (RFC 5545 3.1) without
 * splitting a UTF-8 sequence, ended by CRLF. */
static void
ics_line(FILE *fp, const char *line)
{
	size_t len = strlen(line), pos = 0, n, limit = 75;

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

/* A domain for the UIDs: letters, digits, dots and hyphens, at most 253. */
bool
report_domain_ok(const char *s)
{
	size_t n = 0;

	for (; s[n] != '\0'; n++)
		if (!((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' &&
		    s[n] <= 'Z') || (s[n] >= '0' && s[n] <= '9') ||
		    s[n] == '.' || s[n] == '-'))
			return false;
	return n > 0 && n <= 253;
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
ics_event(struct report *r, const struct finding *f)
{
	char line[2048], text[1600], uid[24], d[DATE_BUFSZ], day[DATE_BUFSZ];
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
	snprintf(line, sizeof(line), "%s: %s due %s", case_id,
	    rule_name(f->rule), date_format(f->date, d));
	ics_escape(text, sizeof(text), line);
	snprintf(line, sizeof(line), "SUMMARY:%s", text);
	ics_line(r->fp, line);
	snprintf(line, sizeof(line), "%s: %s (as of %s; %s:%ld)",
	    severity_name(f->sev), f->message, date_format(r->stamp, day),
	    f->file, f->line);
	ics_escape(text, sizeof(text), line);
	snprintf(line, sizeof(line), "DESCRIPTION:%s", text);
	ics_line(r->fp, line);
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

/* Writes one finding; privacy.ids: file names and messages masked where
 * they hold something shaped like a personal identity number, case ids
 * pseudonymised with --pseudonymize. */
int
report_write(struct report *r, const struct finding *found)
{
	char d[DATE_BUFSZ], fb[1024], mb[2048];
	struct finding masked = *found;
	const struct finding *f = &masked;

	masked.file = text_redact(found->file != NULL ? found->file : "", fb,
	    sizeof(fb));
	masked.message = text_redact(found->message, mb, sizeof(mb));
	begin(r);
	r->written++;
	date_format(f->date, d);
	switch (r->fmt) {
	case OUT_TEXT:
		fprintf(r->fp, "%s:%ld: %s: %s: %s: %s\n", f->file, f->line,
		    pseudo(PSEUDO_CASE, f->case_id), severity_name(f->sev),
		    rule_name(f->rule), f->message);
		break;
	case OUT_CSV:
		csv_write_field(r->fp, f->file);
		fprintf(r->fp, ",%ld,", f->line);
		csv_write_field(r->fp, pseudo(PSEUDO_CASE, f->case_id));
		fprintf(r->fp, ",%s,%s,%s,", severity_name(f->sev),
		    rule_name(f->rule), d);
		csv_write_field(r->fp, f->message);
		putc('\n', r->fp);
		break;
	case OUT_JSON:
		fputs("{\"file\":", r->fp);
		json_write_string(r->fp, f->file);
		fprintf(r->fp, ",\"line\":%ld,\"case\":", f->line);
		json_write_string(r->fp, pseudo(PSEUDO_CASE, f->case_id));
		fprintf(r->fp, ",\"severity\":\"%s\",\"rule\":\"%s\",\"date\":",
		    severity_name(f->sev), rule_name(f->rule));
		if (f->date == DATE_NONE)
			fputs("null", r->fp);
		else
			fprintf(r->fp, "\"%s\"", d);
		fputs(",\"message\":", r->fp);
		json_write_string(r->fp, f->message);
		fputs("}\n", r->fp);
		break;
	case OUT_ICS:
		ics_event(r, f);
		break;
	}
	return ferror(r->fp) ? -1 : 0;
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
	char of[1100], fb[1024];

	if (l->n == 0)
		return 0;
	if (l->files == 1)
		snprintf(of, sizeof(of), F_(" of %s"), text_redact(l->file, fb,
		    sizeof(fb)));
	else if (l->files > 1)
		snprintf(of, sizeof(of), FN_(" of %zu file", " of %zu files",
		    l->files), l->files);
	else
		of[0] = '\0';
	if (table)
		fprintf(fp, FN_("%s: %lu %s%s was refused (see above); these "
		    "totals leave it out\n", "%s: %lu %s%s were refused (see "
		    "above); these totals leave them out\n", l->n), prog, l->n,
		    F_(l->n == 1 ? row : rows), of);
	else
		fprintf(fp, FN_("%s: %lu %s%s was refused (see above); these "
		    "findings leave it out\n", "%s: %lu %s%s were refused (see "
		    "above); these findings leave them out\n", l->n), prog,
		    l->n, F_(l->n == 1 ? row : rows), of);
	return ferror(fp) ? -1 : 0;
}
