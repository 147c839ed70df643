/* hours-check's report tables: -s, one row per case and period, and
 * --fk-month, the month's lines for the FK time report. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "pseudo.h"
#include "rules/billing.h"
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
		{ N_("case"), NULL, COL_TEXT, -12, NULL },
		{ N_("period"), NULL, COL_PERIOD, -22, NULL },
		{ "granted_hours", N_("granted"), COL_FIXED, 9, NULL },
		{ "used_hours", N_("used"), COL_FIXED, 9, NULL },
		{ "remaining_hours", N_("remaining"), COL_FIXED, 9, NULL },
		{ "billable_hours", N_("billable"), COL_FIXED, 9, NULL },
		{ N_("amount"), NULL, COL_NUMTEXT, 12, NULL }
	};
	const struct sumrow *r;
	struct table t;
	struct cell v[7];
	char amt[32];
	size_t i;

	table_init(&t, fp, fmt, cols, 7);
	t.bar = F_("used of granted");
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

/*
 * --fk-month goes through the table writer for CSV and JSON; its text is a
 * grouped report (a heading per case, indented staff lines, totals) that
 * the writer's columns would express only with contortions, so it is
 * written here.
 */

static const struct column fk_cols[] = {
	{ N_("case"), NULL, COL_TEXT, 0, NULL },
	{ N_("staff"), NULL, COL_TEXT, 0, NULL },
	{ N_("date"), NULL, COL_TEXT, 0, NULL },
	{ N_("start"), NULL, COL_TEXT, 0, NULL },
	{ N_("end"), NULL, COL_TEXT, 0, NULL },
	{ N_("hours"), NULL, COL_FIXED, 0, NULL },
	{ N_("kind"), NULL, COL_TEXT, 0, NULL }
};

/* --fk-totals: a case's total (staff "") and each staff member's. */
static const struct column fk_total_cols[] = {
	{ N_("case"), NULL, COL_TEXT, 0, NULL },
	{ N_("staff"), NULL, COL_TEXT, 0, NULL },
	{ N_("hours"), NULL, COL_FIXED, 0, NULL },
	{ N_("amount"), NULL, COL_NUMTEXT, 0, NULL }
};

/* The words of FK's time report (FK 3059) for a kind of shift. */
static const char *
fk_kind(enum shift_kind k)
{
	switch (k) {
	case KIND_ON_CALL:
		return "Jourtid";
	case KIND_STANDBY:
		return "Beredskap";
	case KIND_INTRODUCTION:
		return "Introduktion";
	default:
		return "Tid";
	}
}

/* A staff member's total (staff not "") or the case's, the case's with
 * its amount, the hours at the month's FK rate (none without one): lines
 * of the text report, rows of the --fk-totals table, or nothing in the
 * lines' CSV and JSON. */
static void
fk_total(const struct table *t, bool totals, const struct hcase *hc,
    const char *staff, double hours, int year)
{
	const char *kase = pseudo(PSEUDO_CASE, hc->c->id);
	char amt[32] = "", h[32], a[32];
	struct cell v[4];
	double rate = 0;

	if (*staff == '\0' && billing_rate(hc, year, &rate))
		snprintf(amt, sizeof(amt), "%.2f", hours * rate);
	if (*staff != '\0')
		staff = pseudo(PSEUDO_STAFF, staff);
	if (t->fmt == OUT_TEXT) {
		i18n_fixed(h, sizeof(h), 2, hours);
		if (*staff != '\0')
			fprintf(t->fp, "  %-12s %-10s %13s %8s\n", staff,
			    F_("total"), "", h);
		else if (*amt != '\0')
			fprintf(t->fp, F_("%-12s total %32s h  amount %s\n\n"),
			    kase, h, i18n_fixed(a, sizeof(a), 2, hours * rate));
		else
			fprintf(t->fp, F_("%-12s total %32s h\n\n"), kase, h);
		return;
	}
	if (!totals)
		return;
	memset(v, 0, sizeof(v));
	v[0].s = kase;
	v[1].s = staff;
	v[2].x = hours;
	v[3].s = *amt != '\0' ? amt : NULL;
	table_row(t, v, 0);
}

/* One line of the report: a staff member's time on a day. */
static void
fk_line(const struct table *t, const char *kase, const char *staff,
    const struct fkline *l)
{
	char d[DATE_BUFSZ], from[16], to[16], h[32];
	const char *kind = fk_kind((enum shift_kind)l->kind);
	double hrs = (double)l->minutes / 60;
	int s = datetime_clock(l->start), e = datetime_clock(l->end);
	struct cell v[7];

	date_format(datetime_date(l->start), d);
	snprintf(from, sizeof(from), "%02d:%02d", s / 60, s % 60);
	snprintf(to, sizeof(to), "%02d:%02d", e / 60, e % 60);
	if (t->fmt == OUT_TEXT) {
		fprintf(t->fp, "  %-12s %s  %s  %s %8s  %s\n", staff, d,
		    from, to, i18n_fixed(h, sizeof(h), 2, hrs), kind);
		return;
	}
	v[0].s = kase;
	v[1].s = staff;
	v[2].s = d;
	v[3].s = from;
	v[4].s = to;
	v[5].x = hrs;
	v[6].s = kind;
	table_row(t, v, 0);
}

/* --fk-month: the month's lines for the FK time report, per case and staff
 * member, with totals; hours are elapsed time. */
int
hours_fk_month(const struct hours *h, FILE *fp, enum out_format fmt)
{
	struct fkline *v = xcalloc(h->nfk + 1, sizeof(*v));
	char month[DATE_BUFSZ], title[64];
	double staff_h = 0, case_h = 0;
	bool totals = h->o.fk_totals && fmt != OUT_TEXT;
	struct table t;
	size_t i;
	int rc, year = date_year(h->o.fk_month);

	if (h->nfk > 0)
		memcpy(v, h->fk, h->nfk * sizeof(*v));
	qsort(v, h->nfk, sizeof(*v), by_fkline);
	date_format(h->o.fk_month, month);
	month[7] = '\0';
	if (totals)
		table_init(&t, fp, fmt, fk_total_cols, 4);
	else
		table_init(&t, fp, fmt, fk_cols, 7);
	if (fmt != OUT_TEXT)
		table_head(&t);
	snprintf(title, sizeof(title), F_("Time report to Försäkringskassan, %s"),
	    month);
	table_text_line(&t, title);
	table_text_line(&t, "");
	for (i = 0; i < h->nfk; i++) {
		if (i > 0 && (v[i].staff != v[i - 1].staff || v[i].kase !=
		    v[i - 1].kase)) {
			fk_total(&t, totals, &h->ts.cases[v[i - 1].kase],
			    h->ts.staff[v[i - 1].staff].id, staff_h, year);
			staff_h = 0;
		}
		if (i > 0 && v[i].kase != v[i - 1].kase) {
			fk_total(&t, totals, &h->ts.cases[v[i - 1].kase], "",
			    case_h, year);
			case_h = 0;
		}
		if (i == 0 || v[i].kase != v[i - 1].kase)
			table_text_line(&t, pseudo(PSEUDO_CASE,
			    h->ts.cases[v[i].kase].c->id));
		staff_h += (double)v[i].minutes / 60;
		case_h += (double)v[i].minutes / 60;
		if (!totals)
			fk_line(&t, pseudo(PSEUDO_CASE,
			    h->ts.cases[v[i].kase].c->id), pseudo(PSEUDO_STAFF,
			    h->ts.staff[v[i].staff].id), &v[i]);
	}
	if (h->nfk > 0) {
		fk_total(&t, totals, &h->ts.cases[v[h->nfk - 1].kase],
		    h->ts.staff[v[h->nfk - 1].staff].id, staff_h, year);
		fk_total(&t, totals, &h->ts.cases[v[h->nfk - 1].kase], "",
		    case_h, year);
	}
	rc = table_end(&t);
	free(v);
	return rc;
}
