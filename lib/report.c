#include <stdio.h>
#include <string.h>

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

static void
ics_uid_part(char *out, size_t size, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t o = 0;

	for (; *s != '\0' && o + 4 < size; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_')
			out[o++] = (char)c;
		else {
			out[o++] = '%';
			out[o++] = hex[c >> 4];
			out[o++] = hex[c & 15];
		}
	}
	out[o] = '\0';
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

/* An all-day event on the finding's date; its UID is made of the rule, the
 * case and the date, so it stays the same from one run to the next. */
static void
ics_event(struct report *r, const struct finding *f)
{
	char line[2048], text[1600], id[320], base[380], uid[400];
	const char *key;
	int y, m, dd, added, k;

	if (f->date == DATE_NONE)
		return;
	ics_uid_part(id, sizeof(id), pseudo(PSEUDO_CASE, f->case_id));
	date_to_ymd(f->date, &y, &m, &dd);
	snprintf(base, sizeof(base), "%s-%s-%04d%02d%02d",
	    rule_name(f->rule), id, y, m, dd);
	snprintf(uid, sizeof(uid), "%s", base);
	for (k = 2;; k++) {
		key = arena_strdup(&r->a, uid);
		strmap_put(&r->uids, key, strlen(key), &added);
		if (added)
			break;
		snprintf(uid, sizeof(uid), "%s-%d", base, k);
	}
	ics_line(r->fp, "BEGIN:VEVENT");
	snprintf(line, sizeof(line), "UID:%s@caretools", uid);
	ics_line(r->fp, line);
	if (r->stamp != DATE_NONE) {
		date_to_ymd(r->stamp, &y, &m, &dd);
		snprintf(line, sizeof(line), "DTSTAMP:%04d%02d%02dT000000Z", y,
		    m, dd);
		ics_line(r->fp, line);
	}
	date_to_ymd(f->date, &y, &m, &dd);
	snprintf(line, sizeof(line), "DTSTART;VALUE=DATE:%04d%02d%02d", y, m,
	    dd);
	ics_line(r->fp, line);
	date_to_ymd(f->date + 1, &y, &m, &dd);
	snprintf(line, sizeof(line), "DTEND;VALUE=DATE:%04d%02d%02d", y, m, dd);
	ics_line(r->fp, line);
	snprintf(line, sizeof(line), "%s: %s: %s", pseudo(PSEUDO_CASE,
	    f->case_id), rule_name(f->rule), f->message);
	ics_escape(text, sizeof(text), line);
	snprintf(line, sizeof(line), "SUMMARY:%s", text);
	ics_line(r->fp, line);
	snprintf(line, sizeof(line), "%s: %s (%s:%ld)", severity_name(f->sev),
	    f->message, f->file, f->line);
	ics_escape(text, sizeof(text), line);
	snprintf(line, sizeof(line), "DESCRIPTION:%s", text);
	ics_line(r->fp, line);
	snprintf(line, sizeof(line), "CATEGORIES:%s", severity_name(f->sev));
	ics_line(r->fp, line);
	ics_line(r->fp, "TRANSP:TRANSPARENT");
	ics_line(r->fp, "END:VEVENT");
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
	if (r->begun && r->fmt == OUT_ICS)
		ics_line(r->fp, "END:VCALENDAR");
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
		snprintf(of, sizeof(of), " of %s", text_redact(l->file, fb,
		    sizeof(fb)));
	else if (l->files > 1)
		snprintf(of, sizeof(of), " of %zu files", l->files);
	else
		of[0] = '\0';
	fprintf(fp, "%s: %lu %s%s %s refused (see above); these %s leave %s "
	    "out\n", prog, l->n, l->n == 1 ? row : rows, of, l->n == 1 ?
	    "was" : "were", table ? "totals" : "findings", l->n == 1 ? "it" :
	    "them");
	return ferror(fp) ? -1 : 0;
}
