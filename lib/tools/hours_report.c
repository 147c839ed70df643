/* hours-check's report tables: -s, one row per case and period, and
 * --fk-month, the month's lines for the FK time report. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pseudo.h"
#include "report.h"
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

/* -s: one row per case and period. */
int
hours_summary(const struct hours *h, FILE *fp, enum out_format fmt)
{
	static const char bar[] = "####################";
	const struct sumrow *r;
	char a[DATE_BUFSZ], b[DATE_BUFSZ], amt[32];
	const char *id;
	double share;
	size_t i;
	int fill;

	if (fmt == OUT_CSV)
		fputs("case,period_start,period_end,granted_hours,used_hours,"
		    "remaining_hours,billable_hours,amount\n", fp);
	else if (fmt == OUT_TEXT)
		fprintf(fp, "%-12s %-22s %9s %9s %9s %9s %12s  %s\n", "case",
		    "period", "granted", "used", "remaining", "billable",
		    "amount", "used of granted");
	for (i = 0; i < h->sum.n; i++) {
		r = &h->sum.v[i];
		id = pseudo(PSEUDO_CASE, h->ts.cases[r->kase].c->id);
		date_format(r->start, a);
		date_format(r->end, b);
		money(amt, sizeof(amt), r->amount);
		if (fmt == OUT_CSV) {
			csv_write_field(fp, id);
			fprintf(fp, ",%s,%s,%.2f,%.2f,%.2f,%.2f,%s\n", a, b,
			    r->granted, r->used, r->granted - r->used,
			    r->billable, amt);
		} else if (fmt == OUT_JSON) {
			fputs("{\"case\":", fp);
			json_write_string(fp, id);
			fprintf(fp, ",\"period_start\":\"%s\",\"period_end\":"
			    "\"%s\",\"granted_hours\":%.2f,\"used_hours\":%.2f,"
			    "\"remaining_hours\":%.2f,\"billable_hours\":%.2f,"
			    "\"amount\":%s}\n", a, b, r->granted, r->used,
			    r->granted - r->used, r->billable,
			    isnan(r->amount) ? "null" : amt);
		} else {
			share = r->granted > 0 ? r->used / r->granted : 0;
			fill = (int)(share > 1 ? 20 : share * 20 + 0.5);
			fprintf(fp, "%-12s %s..%s %9.2f %9.2f %9.2f %9.2f %12s  "
			    "[%.*s%*s]%s %3.0f%%\n", id, a, b, r->granted,
			    r->used, r->granted - r->used, r->billable, amt,
			    fill, bar, 20 - fill, "", share > 1 ? "+" : " ",
			    100 * share);
		}
	}
	return ferror(fp) ? -1 : 0;
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
