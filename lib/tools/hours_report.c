/* hours-check's report tables: -s, one row per case and period, and
 * --fk-month, the month's lines for the FK time report. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pseudo.h"
#include "report.h"
#include "table.h"
#include "text.h"
#include "tools/hours_int.h"
#include "xalloc.h"

static void
money(char *buf, size_t size, double v)
{
	if (isnan(v))
		buf[0] = '\0';
	else
		snprintf(buf, size, "%.2f", v);
}

/* -s: one row per case and period, and how much of the grant is used. */
int
hours_summary(const struct hours *h, FILE *fp, enum out_format fmt)
{
	static const struct column cols[] = {
		{ "case", NULL, COL_TEXT, -12, NULL },
		{ "period", NULL, COL_PERIOD, -22, NULL },
		{ "granted_hours", "granted", COL_FIXED, 9, NULL },
		{ "used_hours", "used", COL_FIXED, 9, NULL },
		{ "remaining_hours", "remaining", COL_FIXED, 9, NULL },
		{ "billable_hours", "billable", COL_FIXED, 9, NULL },
		{ "amount", NULL, COL_NUMTEXT, 12, NULL }
	};
	const struct sumrow *r;
	struct table t;
	struct cell v[7];
	char amt[32];
	size_t i;

	table_init(&t, fp, fmt, cols, 7);
	t.bar = "used of granted";
	table_head(&t);
	for (i = 0; i < h->sum.n; i++) {
		r = &h->sum.v[i];
		v[0].s = pseudo(PSEUDO_CASE, h->ts.cases[r->kase].c->id);
		v[1].from = r->start;
		v[1].to = r->end;
		v[2].x = r->granted;
		v[3].x = r->used;
		v[4].x = r->granted - r->used;
		v[5].x = r->billable;
		money(amt, sizeof(amt), r->amount);
		v[6].s = amt;
		table_row(&t, v, r->granted > 0 ? r->used / r->granted : 0);
	}
	return table_end(&t);
}

/* Case order, staff id, then time. */
static int
by_fkline(const void *a, const void *b)
{
	const struct fkline *x = a, *y = b;
	int c;

	if (x->kase != y->kase)
		return x->kase < y->kase ? -1 : 1;
	if (x->staff != y->staff && (c = strcmp(x->staff_id, y->staff_id)) != 0)
		return c;
	return x->start < y->start ? -1 : x->start > y->start;
}

static void
fk_total(const struct hours *h, FILE *fp, enum out_format fmt,
    const char *kase, const char *staff, double hours)
{
	kase = pseudo(PSEUDO_CASE, kase);
	if (*staff != '\0')
		staff = pseudo(PSEUDO_STAFF, staff);
	if (fmt == OUT_CSV) {
		csv_write_field(fp, kase);
		putc(',', fp);
		csv_write_field(fp, staff);
		fprintf(fp, ",total,,,%.2f,\n", hours);
	} else if (fmt == OUT_JSON) {
		fputs("{\"case\":", fp);
		json_write_string(fp, kase);
		fputs(",\"staff\":", fp);
		json_write_string(fp, staff);
		fprintf(fp, ",\"date\":\"total\",\"hours\":%.2f}\n", hours);
	} else if (*staff != '\0')
		fprintf(fp, "  %-12s %-10s %13s %8.2f\n", staff, "total", "",
		    hours);
	else
		fprintf(fp, "%-12s total %32.2f h\n\n", kase, hours);
	(void)h;
}

/* --fk-month: the month's lines for the FK time report, per case and staff
 * member, with totals; hours are elapsed time. */
int
hours_fk_month(const struct hours *h, FILE *fp, enum out_format fmt)
{
	struct fkline *v = xcalloc(h->nfk + 1, sizeof(*v));
	char d[DATE_BUFSZ], month[DATE_BUFSZ];
	const char *kase, *staff;
	double staff_h = 0, case_h = 0, hrs;
	int s, e;
	size_t i;

	if (h->nfk > 0)
		memcpy(v, h->fk, h->nfk * sizeof(*v));
	qsort(v, h->nfk, sizeof(*v), by_fkline);
	date_format(h->o.fk_month, month);
	month[7] = '\0';
	if (fmt == OUT_CSV)
		fputs("case,staff,date,start,end,hours,kind\n", fp);
	else if (fmt == OUT_TEXT)
		fprintf(fp, "Time report to Försäkringskassan, %s\n\n", month);
	for (i = 0; i < h->nfk; i++) {
		kase = pseudo(PSEUDO_CASE, h->ts.cases[v[i].kase].c->id);
		staff = pseudo(PSEUDO_STAFF, h->ts.staff[v[i].staff].id);
		if (i > 0 && (v[i].staff != v[i - 1].staff || v[i].kase !=
		    v[i - 1].kase)) {
			fk_total(h, fp, fmt, h->ts.cases[v[i - 1].kase].c->id,
			    h->ts.staff[v[i - 1].staff].id, staff_h);
			staff_h = 0;
		}
		if (i > 0 && v[i].kase != v[i - 1].kase) {
			fk_total(h, fp, fmt, h->ts.cases[v[i - 1].kase].c->id,
			    "", case_h);
			case_h = 0;
		}
		if (fmt == OUT_TEXT && (i == 0 || v[i].kase != v[i - 1].kase))
			fprintf(fp, "%s\n", kase);
		hrs = (double)v[i].minutes / 60;
		staff_h += hrs;
		case_h += hrs;
		s = datetime_clock(v[i].start);
		e = datetime_clock(v[i].end);
		date_format(datetime_date(v[i].start), d);
		if (fmt == OUT_CSV) {
			csv_write_field(fp, kase);
			putc(',', fp);
			csv_write_field(fp, staff);
			fprintf(fp, ",%s,%02d:%02d,%02d:%02d,%.2f,%s\n", d,
			    s / 60, s % 60, e / 60, e % 60, hrs,
			    shift_kind_name((enum shift_kind)v[i].kind));
		} else if (fmt == OUT_JSON) {
			fputs("{\"case\":", fp);
			json_write_string(fp, kase);
			fputs(",\"staff\":", fp);
			json_write_string(fp, staff);
			fprintf(fp, ",\"date\":\"%s\",\"start\":\"%02d:%02d\","
			    "\"end\":\"%02d:%02d\",\"hours\":%.2f,\"kind\":"
			    "\"%s\"}\n", d, s / 60, s % 60, e / 60, e % 60, hrs,
			    shift_kind_name((enum shift_kind)v[i].kind));
		} else
			fprintf(fp, "  %-12s %s  %02d:%02d  %02d:%02d %8.2f  "
			    "%s\n", staff, d, s / 60, s % 60, e / 60, e % 60,
			    hrs, shift_kind_name((enum shift_kind)v[i].kind));
	}
	if (h->nfk > 0) {
		fk_total(h, fp, fmt, h->ts.cases[v[h->nfk - 1].kase].c->id,
		    h->ts.staff[v[h->nfk - 1].staff].id, staff_h);
		fk_total(h, fp, fmt, h->ts.cases[v[h->nfk - 1].kase].c->id, "",
		    case_h);
	}
	free(v);
	return ferror(fp) ? -1 : 0;
}
