/* The one table writer (see table.h). */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "csvin.h"
#include "table.h"
#include "text.h"

#define BAR_WIDTH	20

void
table_init(struct table *t, FILE *fp, enum out_format fmt,
    const struct column *cols, size_t ncols)
{
	memset(t, 0, sizeof(*t));
	t->fp = fp;
	t->fmt = fmt;
	t->cols = cols;
	t->ncols = ncols;
}

/* Characters, not bytes, of UTF-8 text: the width of a column. */
size_t
text_width(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

/* s in a text column of width w (< 0: left-aligned), counted in
 * characters. */
static void
put_text(FILE *fp, const char *s, int w)
{
	size_t n = text_width(s), want = (size_t)abs(w);

	if (w > 0)
		for (; n < want; n++)
			putc(' ', fp);
	fputs(s, fp);
	if (w < 0)
		for (; n < want; n++)
			putc(' ', fp);
}

/* The text heading, or the CSV header line; JSON has none. */
void
table_head(const struct table *t)
{
	const struct column *c;
	size_t i;

	for (i = 0; i < t->ncols && t->fmt != OUT_JSON; i++) {
		c = &t->cols[i];
		if (i > 0)
			putc(t->fmt == OUT_CSV ? ',' : ' ', t->fp);
		if (t->fmt == OUT_TEXT)
			put_text(t->fp, F_(c->head != NULL ? c->head : c->key),
			    c->width);
		else if (c->kind == COL_PERIOD)
			fprintf(t->fp, "%s_start,%s_end", c->key, c->key);
		else
			fputs(c->key, t->fp);
	}
	if (t->fmt == OUT_TEXT && t->bar != NULL)
		fprintf(t->fp, "  %s", t->bar);
	if (t->fmt != OUT_JSON)
		putc('\n', t->fp);
}

/* One cell as text: the value, aligned in the column, and its suffix.  A
 * suffix's place is kept blank after an empty value unless the line ends
 * there (last), as printf's "%7s%s" would. */
static void
text_cell(FILE *fp, const struct column *c, const struct cell *v, bool last)
{
	char buf[64], a[DATE_BUFSZ], b[DATE_BUFSZ], *shown = NULL;
	const char *s = buf;
	int w = c->width;

	switch (c->kind) {
	case COL_TEXT:
		/* a value as text_visible shows it */
		s = shown = text_visible(v->s != NULL ? v->s : "",
		    v->s != NULL ? strlen(v->s) : 0, NULL);
		break;
	case COL_NUMTEXT:
		s = v->s != NULL ? v->s : "";
		break;
	case COL_COUNT:
		snprintf(buf, sizeof(buf), "%lld", v->n);
		break;
	case COL_FIXED:
		i18n_fixed(buf, sizeof(buf), 2, v->x);
		break;
	case COL_PERIOD:
		snprintf(buf, sizeof(buf), "%s..%s", date_format(v->from, a),
		    date_format(v->to, b));
		break;
	}
	if (c->suffix != NULL && (*s != '\0' || last))
		w += w < 0 ? (int)strlen(c->suffix) : -(int)strlen(c->suffix);
	put_text(fp, s, w);
	if (c->suffix != NULL && *s != '\0')
		fputs(c->suffix, fp);
	free(shown);
}

/* A text with no value: blank, an empty CSV field, JSON null (every object
 * of a table has the same keys). */
static bool
absent(const struct column *c, const struct cell *v)
{
	return (c->kind == COL_TEXT || c->kind == COL_NUMTEXT) && v->s == NULL;
}

/* One cell for a program: CSV or JSON (after its key). */
static void
data_cell(FILE *fp, enum out_format fmt, const struct column *c,
    const struct cell *v)
{
	char a[DATE_BUFSZ], b[DATE_BUFSZ], *shown;

	if (absent(c, v)) {
		if (fmt == OUT_JSON)
			fputs("null", fp);
		return;
	}
	switch (c->kind) {
	case COL_TEXT:
		if (fmt == OUT_CSV) {
			shown = text_visible(v->s, strlen(v->s), NULL);
			csv_write_field(fp, shown);
			free(shown);
		} else
			json_write_string(fp, v->s);
		break;
	case COL_NUMTEXT:
		fputs(*v->s != '\0' || fmt == OUT_CSV ? v->s : "null", fp);
		break;
	case COL_COUNT:
		fprintf(fp, "%lld", v->n);
		break;
	case COL_FIXED:
		fprintf(fp, "%.2f", v->x);
		break;
	case COL_PERIOD:
		date_format(v->from, a);
		date_format(v->to, b);
		if (fmt == OUT_CSV)
			fprintf(fp, "%s,%s", a, b);
		else
			fprintf(fp, "\"%s\",\"%s_end\":\"%s\"", a, c->key, b);
		break;
	}
}

/* The bar of a share (1 is full; over 1 is marked +) and its percent. */
static void
bar(FILE *fp, double share)
{
	static const char full[] = "####################";
	int fill = (int)(share > 1 ? BAR_WIDTH : share * BAR_WIDTH + 0.5);

	fprintf(fp, "  [%.*s%*s]%s %3.0f%%", fill, full, BAR_WIDTH - fill, "",
	    share > 1 ? "+" : " ", 100 * share);
}

/* One row; share draws the text bar of a table that has one (NAN: none). */
void
table_row(const struct table *t, const struct cell *v, double share)
{
	const struct column *c;
	bool bars = t->fmt == OUT_TEXT && t->bar != NULL && !isnan(share);
	bool sep = false;
	size_t i;

	if (t->fmt == OUT_JSON)
		putc('{', t->fp);
	for (i = 0; i < t->ncols; i++) {
		c = &t->cols[i];
		if (sep)
			putc(t->fmt == OUT_TEXT ? ' ' : ',', t->fp);
		sep = true;
		if (t->fmt == OUT_JSON)
			fprintf(t->fp, "\"%s%s\":", c->key,
			    c->kind == COL_PERIOD ? "_start" : "");
		if (t->fmt == OUT_TEXT)
			text_cell(t->fp, c, &v[i], i + 1 == t->ncols && !bars);
		else
			data_cell(t->fp, t->fmt, c, &v[i]);
	}
	if (bars)
		bar(t->fp, share);
	fputs(t->fmt == OUT_JSON ? "}\n" : "\n", t->fp);
}

/* A row in text only, such as a total; CSV and JSON have none. */
void
table_text_row(const struct table *t, const struct cell *v, double share)
{
	if (t->fmt == OUT_TEXT)
		table_row(t, v, share);
}

/* A line in text only, such as a blank one between two tables. */
void
table_text_line(const struct table *t, const char *s)
{
	if (t->fmt == OUT_TEXT)
		fprintf(t->fp, "%s\n", s);
}

/* -1 when anything written went wrong. */
int
table_end(const struct table *t)
{
	return ferror(t->fp) ? -1 : 0;
}
