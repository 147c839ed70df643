/* visit-compliance's reports: -s, planned against delivered visits per
 * case and per provider, and --continuity (see visits_int.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pseudo.h"
#include "report.h"
#include "visits_int.h"
#include "xalloc.h"

static void
percent(char *buf, size_t size, const struct tally *t)
{
	if (t->planned_min > 0)
		snprintf(buf, size, "%.1f", 100.0 * (double)t->delivered_min /
		    (double)t->planned_min);
	else
		buf[0] = '\0';
}

/* Characters, not bytes, of UTF-8 text: the width of a column. */
static size_t
width(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

/* s, then spaces to w characters. */
static void
pad(FILE *fp, const char *s, size_t w)
{
	size_t n = width(s);

	fputs(s, fp);
	for (; n < w; n++)
		fputc(' ', fp);
}

static void
sum_row(FILE *fp, enum out_format fmt, const char *key, const char *id,
    const struct tally *t, size_t w)
{
	char pc[32];

	percent(pc, sizeof(pc), t);
	if (fmt == OUT_CSV) {
		csv_write_field(fp, id);
		fprintf(fp, ",%lu,%lu,%lu,%lu,%lld,%lld,%s\n", t->planned,
		    t->delivered, t->missed, t->excused,
		    (long long)t->planned_min, (long long)t->delivered_min,
		    pc);
	} else if (fmt == OUT_JSON) {
		fprintf(fp, "{\"%s\":", key);
		json_write_string(fp, id);
		fprintf(fp, ",\"planned\":%lu,\"delivered\":%lu,"
		    "\"missed_provider\":%lu,\"excused\":%lu,"
		    "\"planned_minutes\":%lld,\"delivered_minutes\":%lld,"
		    "\"delivered_percent\":%s}\n", t->planned, t->delivered,
		    t->missed, t->excused, (long long)t->planned_min,
		    (long long)t->delivered_min, pc[0] ? pc : "null");
	} else {
		pad(fp, id, w);
		fprintf(fp, " %8lu %9lu %7lu %7lu %9lld %9lld %7s%s\n",
		    t->planned, t->delivered, t->missed, t->excused,
		    (long long)t->planned_min, (long long)t->delivered_min, pc,
		    pc[0] ? "%" : "");
	}
}

static void
add_tally(struct tally *sum, const struct tally *t)
{
	sum->planned += t->planned;
	sum->delivered += t->delivered;
	sum->missed += t->missed;
	sum->excused += t->excused;
	sum->planned_min += t->planned_min;
	sum->delivered_min += t->delivered_min;
}

static void
sum_table(FILE *fp, const char *title, size_t w)
{
	pad(fp, title, w);
	fprintf(fp, " %8s %9s %7s %7s %9s %9s %8s\n", "planned",
	    "delivered", "missed", "excused", "plan min", "given min",
	    "given");
}

static int
by_prov_id(const void *a, const void *b)
{
	return strcmp(((const struct provider *)a)->id,
	    ((const struct provider *)b)->id);
}

/* -s: planned against delivered per case, and per provider. */
int
compliance_summary(const struct compliance *v, FILE *fp,
    enum out_format fmt, bool by_provider)
{
	const char *key = by_provider ? "provider" : "case";
	struct provider *pv;
	struct tally sum;
	size_t i, w = 8;

	for (i = 0; i < v->set->ncases; i++)
		if (v->cases[i].first != DATE_NONE && v->cases[i].reported &&
		    width(v->cases[i].c->id) > w)
			w = width(v->cases[i].c->id);
	for (i = 0; i < v->nprov; i++)
		if (!v->prov[i].bad && width(v->prov[i].id) > w)
			w = width(v->prov[i].id);
	if (w > 40)
		w = 40;
	if (fmt == OUT_CSV)
		fprintf(fp, "%s,planned,delivered,missed_provider,excused,"
		    "planned_minutes,delivered_minutes,delivered_percent\n",
		    key);
	pv = xcalloc(v->nprov + 1, sizeof(*pv));
	if (v->nprov > 0)
		memcpy(pv, v->prov, v->nprov * sizeof(*pv));
	if (v->nprov > 1)
		qsort(pv, v->nprov, sizeof(*pv), by_prov_id);
	if (!by_provider || fmt == OUT_TEXT) {
		memset(&sum, 0, sizeof(sum));
		if (fmt == OUT_TEXT)
			sum_table(fp, "case", w);
		for (i = 0; i < v->set->ncases; i++) {
			const struct vcase *vc = &v->cases[i];

			if (vc->t.planned + vc->t.delivered + vc->t.missed +
			    vc->t.excused == 0)
				continue;
			sum_row(fp, fmt, "case", pseudo(PSEUDO_CASE,
			    vc->c->id), &vc->t, w);
			add_tally(&sum, &vc->t);
		}
		if (fmt == OUT_TEXT)
			sum_row(fp, fmt, "case", "total", &sum, w);
	}
	if ((by_provider || fmt == OUT_TEXT) && v->nprov > 0) {
		memset(&sum, 0, sizeof(sum));
		if (fmt == OUT_TEXT) {
			fputc('\n', fp);
			sum_table(fp, "provider", w);
		}
		for (i = 0; i < v->nprov; i++) {
			/* one seen only on rows left out is not shown */
			if (pv[i].t.planned + pv[i].t.delivered +
			    pv[i].t.missed + pv[i].t.excused == 0)
				continue;
			sum_row(fp, fmt, "provider", pv[i].id, &pv[i].t,
			    w);
			add_tally(&sum, &pv[i].t);
		}
		if (fmt == OUT_TEXT)
			sum_row(fp, fmt, "provider", "total", &sum, w);
	}
	free(pv);
	return ferror(fp) ? -1 : 0;
}

/* --continuity: a row per case and period, then the national indicator
 * for each whole period of the log, on note (prefixed) or after the rows. */
int
compliance_continuity(const struct compliance *v, FILE *fp, FILE *note,
    const char *prefix, enum out_format fmt)
{
	char a[DATE_BUFSZ], b[DATE_BUFSZ], f[CLOCK_BUFSZ], t[CLOCK_BUFSZ];
	const struct controw *r;
	const struct indicator *ind;
	double mean, median;
	size_t i, j, w = 8;
	const char *id;

	for (i = 0; i < v->nrows; i++)
		if (width(v->cases[v->rows[i].kase].c->id) > w)
			w = width(v->cases[v->rows[i].kase].c->id);
	if (fmt == OUT_CSV)
		fputs("case,period_start,period_end,visits,staff\n", fp);
	else if (fmt == OUT_TEXT && v->nrows > 0) {
		pad(fp, "case", w);
		fprintf(fp, " %-22s %7s %6s\n", "period", "visits", "staff");
	}
	for (i = 0; i < v->nrows; i++) {
		r = &v->rows[i];
		id = pseudo(PSEUDO_CASE, v->cases[r->kase].c->id);
		date_format(r->start, a);
		date_format(r->end, b);
		if (fmt == OUT_CSV) {
			csv_write_field(fp, id);
			fprintf(fp, ",%s,%s,%u,%u\n", a, b, r->visits,
			    r->staff);
		} else if (fmt == OUT_JSON) {
			fputs("{\"case\":", fp);
			json_write_string(fp, id);
			fprintf(fp, ",\"period_start\":\"%s\",\"period_end\":"
			    "\"%s\",\"visits\":%u,\"staff\":%u}\n", a, b,
			    r->visits, r->staff);
		} else {
			pad(fp, id, w);
			fprintf(fp, " %s..%s %7u %6u\n", a, b, r->visits,
			    r->staff);
		}
	}
	if (fmt == OUT_TEXT && v->nrows > 0)
		fputc('\n', fp);
	/* compliance_end() put the periods and their counts in order */
	for (i = 0; i < v->nind; i++) {
		ind = &v->ind[i];
		for (mean = 0, j = 0; j < ind->n; j++)
			mean += ind->staff[j];
		mean /= (double)ind->n;
		median = ind->n % 2 ? ind->staff[ind->n / 2] :
		    (ind->staff[ind->n / 2 - 1] + ind->staff[ind->n / 2]) /
		    2.0;
		fprintf(note, "%s%spersonnel continuity %s..%s: %zu client%s "
		    "with 2 or more visits %s-%s every day met %.1f staff on "
		    "average, median %.1f\n", prefix ? prefix : "",
		    prefix ? ": " : "", date_format(ind->start, a),
		    date_format(ind->end, b), ind->n, ind->n == 1 ? "" : "s",
		    clock_text(ind->from, f), clock_text(ind->to, t), mean, median);
	}
	if (v->nind == 0)
		fprintf(note, "%s%spersonnel continuity: no client had 2 or "
		    "more visits in the day every day of a whole period of "
		    "the log\n",
		    prefix ? prefix : "", prefix ? ": " : "");
	return ferror(fp) || ferror(note) ? -1 : 0;
}
