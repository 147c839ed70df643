/* visit-compliance's reports: -s, planned against delivered visits per
 * case and per provider, and --continuity (see visits_int.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "pseudo.h"
#include "report.h"
#include "table.h"
#include "visits_int.h"
#include "xalloc.h"

/* The share of the planned minutes given, with the text reports' decimal
 * separator (a point in CSV and JSON). */
static void
percent(char *buf, size_t size, const struct tally *t)
{
	if (t->planned_min > 0)
		i18n_fixed(buf, size, 1, 100.0 * (double)t->delivered_min /
		    (double)t->planned_min);
	else
		buf[0] = '\0';
}

static const struct column sum_cols[] = {
	{ N_("case"), NULL, COL_TEXT, -8, NULL },
	{ N_("planned"), NULL, COL_COUNT, 8, NULL },
	{ N_("delivered"), NULL, COL_COUNT, 9, NULL },
	{ "missed_provider", N_("missed"), COL_COUNT, 7, NULL },
	{ N_("excused"), NULL, COL_COUNT, 7, NULL },
	{ "planned_minutes", N_("plan min"), COL_COUNT, 9, NULL },
	{ "delivered_minutes", N_("given min"), COL_COUNT, 9, NULL },
	{ "delivered_percent", N_("given"), COL_NUMTEXT, 8, "%" }
};

#define SUM_NCOLS	(sizeof(sum_cols) / sizeof(sum_cols[0]))

/* A table of -s, per case or per provider, and the sum of its rows. */
struct section {
	struct column	cols[SUM_NCOLS];
	struct table	t;
	struct tally	sum;
};

/* The section keyed by key, its first column w characters wide. */
static void
section_init(struct section *s, FILE *fp, enum out_format fmt,
    const char *key, size_t w)
{
	memcpy(s->cols, sum_cols, sizeof(s->cols));
	s->cols[0].key = key;
	s->cols[0].width = -(int)w;
	table_init(&s->t, fp, fmt, s->cols, SUM_NCOLS);
	memset(&s->sum, 0, sizeof(s->sum));
}

/* A row of the section, added to its sum; or, total, the sum in text. */
static void
sum_row(struct section *s, const char *id, const struct tally *t,
    bool total)
{
	struct cell v[SUM_NCOLS];
	char pc[32];

	percent(pc, sizeof(pc), t);
	v[0].s = id;
	v[1].n = (long long)t->planned;
	v[2].n = (long long)t->delivered;
	v[3].n = (long long)t->missed;
	v[4].n = (long long)t->excused;
	v[5].n = (long long)t->planned_min;
	v[6].n = (long long)t->delivered_min;
	v[7].s = pc;
	if (total) {
		table_text_row(&s->t, v, 0);
		return;
	}
	table_row(&s->t, v, 0);
	s->sum.planned += t->planned;
	s->sum.delivered += t->delivered;
	s->sum.missed += t->missed;
	s->sum.excused += t->excused;
	s->sum.planned_min += t->planned_min;
	s->sum.delivered_min += t->delivered_min;
}

static int
by_prov_id(const void *a, const void *b)
{
	return strcmp(((const struct provider *)a)->id,
	    ((const struct provider *)b)->id);
}

/* The first column's width: the widest id shown, 8 to 40 characters. */
static size_t
sum_width(const struct compliance *v)
{
	size_t i, w = 8;

	for (i = 0; i < v->set->ncases; i++)
		if (v->cases[i].first != DATE_NONE && v->cases[i].reported &&
		    text_width(v->cases[i].c->id) > w)
			w = text_width(v->cases[i].c->id);
	for (i = 0; i < v->nprov; i++)
		if (!v->prov[i].bad && text_width(v->prov[i].id) > w)
			w = text_width(v->prov[i].id);
	return w > 40 ? 40 : w;
}

/* The providers' rows, in the order of their ids. */
static void
provider_rows(struct section *s, const struct compliance *v)
{
	struct provider *pv = xcalloc(v->nprov + 1, sizeof(*pv));
	size_t i;

	if (v->nprov > 0)
		memcpy(pv, v->prov, v->nprov * sizeof(*pv));
	if (v->nprov > 1)
		qsort(pv, v->nprov, sizeof(*pv), by_prov_id);
	for (i = 0; i < v->nprov; i++)
		/* one seen only on rows left out is not shown */
		if (pv[i].t.planned + pv[i].t.delivered + pv[i].t.missed +
		    pv[i].t.excused > 0)
			sum_row(s, pv[i].id, &pv[i].t, false);
	free(pv);
}

/* -s: planned against delivered per case, and per provider; text shows
 * both. */
int
compliance_summary(const struct compliance *v, FILE *fp,
    enum out_format fmt, bool by_provider)
{
	struct section cs, ps;
	const struct tally *t;
	size_t i, w = sum_width(v);

	section_init(&cs, fp, fmt, "case", w);
	section_init(&ps, fp, fmt, N_("provider"), w);
	if (!by_provider || fmt == OUT_TEXT) {
		table_head(&cs.t);
		for (i = 0; i < v->set->ncases; i++) {
			t = &v->cases[i].t;
			if (t->planned + t->delivered + t->missed +
			    t->excused > 0)
				sum_row(&cs, pseudo(PSEUDO_CASE,
				    v->cases[i].c->id), t, false);
		}
		sum_row(&cs, F_("total"), &cs.sum, true);
	}
	if ((by_provider || fmt == OUT_TEXT) &&
	    (fmt != OUT_TEXT || v->nprov > 0)) {
		table_text_line(&ps.t, "");
		table_head(&ps.t);
		provider_rows(&ps, v);
		sum_row(&ps, F_("total"), &ps.sum, true);
	}
	return table_end(&cs.t);
}

/* --continuity: a row per case and period, then the national indicator
 * for each whole period of the log, on note (prefixed) or after the rows. */
int
compliance_continuity(const struct compliance *v, FILE *fp, FILE *note,
    const char *prefix, enum out_format fmt)
{
	static const struct column cont_cols[] = {
		{ N_("case"), NULL, COL_TEXT, -8, NULL },
		{ N_("period"), NULL, COL_PERIOD, -22, NULL },
		{ N_("visits"), NULL, COL_COUNT, 7, NULL },
		{ N_("staff"), NULL, COL_COUNT, 6, NULL }
	};
	char a[DATE_BUFSZ], b[DATE_BUFSZ], f[CLOCK_BUFSZ], t[CLOCK_BUFSZ];
	char mn[32], md[32];
	struct column cols[4];
	const struct controw *r;
	const struct indicator *ind;
	struct table tb;
	struct cell c[4];
	double mean, median;
	size_t i, j, w = 8;

	for (i = 0; i < v->nrows; i++)
		if (text_width(v->cases[v->rows[i].kase].c->id) > w)
			w = text_width(v->cases[v->rows[i].kase].c->id);
	memcpy(cols, cont_cols, sizeof(cols));
	cols[0].width = -(int)w;
	table_init(&tb, fp, fmt, cols, 4);
	if (fmt != OUT_TEXT || v->nrows > 0)
		table_head(&tb);
	for (i = 0; i < v->nrows; i++) {
		r = &v->rows[i];
		c[0].s = pseudo(PSEUDO_CASE, v->cases[r->kase].c->id);
		c[1].from = r->start;
		c[1].to = r->end;
		c[2].n = r->visits;
		c[3].n = r->staff;
		table_row(&tb, c, 0);
	}
	if (v->nrows > 0)
		table_text_line(&tb, "");
	/* compliance_end() put the periods and their counts in order */
	for (i = 0; i < v->nind; i++) {
		ind = &v->ind[i];
		for (mean = 0, j = 0; j < ind->n; j++)
			mean += ind->staff[j];
		mean /= (double)ind->n;
		median = ind->n % 2 ? ind->staff[ind->n / 2] :
		    (ind->staff[ind->n / 2 - 1] + ind->staff[ind->n / 2]) /
		    2.0;
		fprintf(note, FN_("%s%spersonnel continuity %s..%s: %zu client "
		    "with 2 or more visits %s-%s every day met %s staff on "
		    "average, median %s\n", "%s%spersonnel continuity %s..%s: "
		    "%zu clients with 2 or more visits %s-%s every day met %s "
		    "staff on average, median %s\n", ind->n), prefix ? prefix :
		    "", prefix ? ": " : "", date_format(ind->start, a),
		    date_format(ind->end, b), ind->n, clock_text(ind->from, f),
		    clock_text(ind->to, t), i18n_fixed(mn, sizeof(mn), 1, mean),
		    i18n_fixed(md, sizeof(md), 1, median));
	}
	if (v->nind == 0)
		fprintf(note, F_("%s%spersonnel continuity: no client had 2 or "
		    "more visits in the day every day of a whole period of "
		    "the log\n"),
		    prefix ? prefix : "", prefix ? ": " : "");
	return table_end(&tb) < 0 || ferror(note) ? -1 : 0;
}
