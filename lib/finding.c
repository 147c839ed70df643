#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "par.h"
#include "finding.h"
#include "xalloc.h"

static const char *const sev_names[] = { "info", "warning", "error" };

const char *
severity_name(enum severity s)
{
	return sev_names[s];
}

int
severity_parse(const char *s, enum severity *out)
{
	size_t i;

	for (i = 0; i < sizeof(sev_names) / sizeof(sev_names[0]); i++)
		if (strcmp(s, sev_names[i]) == 0) {
			*out = (enum severity)i;
			return 0;
		}
	return -1;
}

void
findings_init(struct findings *f)
{
	f->v = NULL;
	f->n = f->cap = 0;
	arena_init(&f->a);
}

/* A finding's message in a: whole, never cut (the writers mask it
 * before anything else).  One made beforehand ("%s") is copied; one too
 * long for buf is formatted a second time. */
static char *
message(struct arena *a, const char *fmt, va_list ap)
{
	va_list again;
	char *msg, buf[1024];
	int n;

	if (strcmp(fmt, "%s") == 0) {
		msg = va_arg(ap, char *);
		n = (int)strlen(msg);
		return memcpy(arena_text(a, (size_t)n + 1), msg,
		    (size_t)n + 1);
	}
	va_copy(again, ap);
	n = i18n_vsnprintf(buf, sizeof(buf), F_(fmt), again);
	va_end(again);
	if (n < 0) {
		n = 0;
		buf[0] = '\0';
	}
	msg = arena_text(a, (size_t)n + 1);
	if ((size_t)n < sizeof(buf))
		memcpy(msg, buf, (size_t)n + 1);
	else
		i18n_vsnprintf(msg, (size_t)n + 1, F_(fmt), ap);
	return msg;
}

/* A message kept as its maker and the arguments it is made from. */
struct finding_later {
	finding_make_fn	*make;
	union {
		void		*p;
		long long	 ll;
		double		 d;
	}		 args[];	/* pointers, integers, doubles */
};

/* A new finding at the end of f, without its message. */
static struct finding *
add(struct findings *f, const struct srcpos *pos, const char *case_id,
    enum severity sev, enum rule_id rule, cdate date)
{
	struct finding *x;

	if (f->n == f->cap) {
		f->cap = f->cap ? 2 * f->cap : 64;
		f->v = xgrowarray(f->v, f->n, f->cap, sizeof(*f->v));
	}
	x = &f->v[f->n++];
	x->file = pos->file;
	x->line = pos->line;
	x->case_id = case_id;
	x->sev = (uint8_t)sev;
	x->rule = (uint8_t)rule;
	x->date = date;
	x->counts = true;
	x->is_later = false;
	x->group = 0;
	x->seq = (uint32_t)(f->n - 1);
	return x;
}

/* A finding, its message formatted from fmt and ap. */
struct finding *
findings_vadd(struct findings *f, const struct srcpos *pos,
    const char *case_id, enum severity sev, enum rule_id rule, cdate date,
    const char *fmt, va_list ap)
{
	char *msg = message(&f->a, fmt, ap);
	struct finding *x = add(f, pos, case_id, sev, rule, date);

	x->message = msg;
	return x;
}

/* A finding whose message make makes from a copy of the size bytes at
 * args when it is written: for the rules that find by the hundred
 * thousand, a few bytes each instead of their text.  args holds
 * pointers, integers and doubles (no long double); the pointers must
 * stay good until the findings are written. */
struct finding *
findings_add_later(struct findings *f, const struct srcpos *pos,
    const char *case_id, enum severity sev, enum rule_id rule, cdate date,
    finding_make_fn *make, const void *args, size_t size)
{
	struct finding_later *l = arena_alloc(&f->a, sizeof(*l) + size);
	struct finding *x;

	l->make = make;
	memcpy(l->args, args, size);
	x = add(f, pos, case_id, sev, rule, date);
	x->later = l;
	x->is_later = true;
	return x;
}

/* The message of x: its text, or a later one made in buf
 * (FINDING_MSG_MAX bytes). */
const char *
finding_message(const struct finding *x, char *buf)
{
	if (!x->is_later)
		return x->message;
	buf[0] = '\0';
	x->later->make(x->later->args, buf, FINDING_MSG_MAX);
	return buf;
}

/* Group order, date order (findings without a date first), then order of
 * making. */
static int
by_date(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;

	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* A finding's place within its group: date, then order of making. */
struct gkey {
	cdate		date;
	uint32_t	seq, i;		/* i: where it is */
};

static int
by_gkey(const void *a, const void *b)
{
	const struct gkey *x = a, *y = b;

	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Sorts the keys of one group: by insertion (its findings come in a few
 * runs in date order, one per staff member or rule), or by qsort once
 * that has moved keys eight times the group's size. */
static void
sort_group(struct gkey *k, size_t n)
{
	struct gkey x;
	size_t i, j, moves = 0;

	for (i = 1; i < n; i++) {
		x = k[i];
		for (j = i; j > 0 && by_gkey(&k[j - 1], &x) > 0; j--)
			k[j] = k[j - 1];
		k[j] = x;
		if ((moves += i - j) > 8 * n) {
			qsort(k, n, sizeof(*k), by_gkey);
			return;
		}
	}
}

/* The bucket of a group: group UINT32_MAX (the unit's findings, after
 * every case's) is the one after the largest other, last. */
static inline uint32_t
bucket(uint32_t group, uint32_t last)
{
	return group == UINT32_MAX ? last : group;
}

/* Lists of at least this many findings are sorted on two threads, in
 * this many pieces. */
#define SORT_PAR_MIN	(4 * 1024)
#define SORT_PIECES	8

/* A sort by group: the keys counted out into their groups (the bucket
 * after group g's ends at at[g]), each group sorted alone, then the
 * findings moved into key order in place (no second array: its pages
 * would cost more than the moves). */
struct gsort {
	struct finding	*v;
	struct gkey	*key;
	uint32_t	*at;
	size_t		 n, np;
	size_t		 cut[SORT_PIECES + 1];	/* buckets of each piece */
};

/* Piece k of the groups: each sorted alone. */
static void
sort_groups(void *arg, size_t k, unsigned worker)
{
	struct gsort *s = arg;
	size_t i, j;

	(void)worker;
	for (i = s->cut[k], j = i == 0 ? 0 : s->at[i - 1]; i < s->cut[k + 1];
	    j = s->at[i++])
		sort_group(s->key + j, s->at[i] - j);
}

/* Moves the findings v[0..n) into key order along the permutation's
 * cycles, in place. */
static void
permute(struct finding *v, struct gkey *key, size_t n)
{
	struct finding x;
	size_t i, j, k;

	for (i = 0; i < n; i++) {
		if (key[i].i == i)
			continue;
		x = v[i];
		for (j = i; (k = key[j].i) != i; j = k) {
			v[j] = v[k];
			key[j].i = (uint32_t)j;
		}
		v[j] = x;
		key[j].i = (uint32_t)j;
	}
}

/* Cuts the buckets 0..last into s->np pieces of about equal keys. */
static void
cut_buckets(struct gsort *s, uint32_t last)
{
	size_t b, k = 1;

	s->cut[0] = 0;
	for (b = 0; b < last && k < s->np; b++)
		if ((uint64_t)s->at[b] * s->np >= (uint64_t)s->n * k)
			s->cut[k++] = b + 1;
	while (k <= s->np)
		s->cut[k++] = (size_t)last + 1;
}

/* findings_sort for findings whose groups are no more than four for
 * each, the groups sorted on two threads when they are many.  False,
 * with nothing done, for sparser groups. */
static bool
sort_by_group(struct finding *v, size_t n)
{
	struct gsort s = { .v = v, .n = n };
	uint32_t maxg = 0, last, *at;
	size_t i;

	for (i = 0; i < n; i++)
		if (v[i].group != UINT32_MAX && v[i].group > maxg)
			maxg = v[i].group;
	if (maxg / 4 > n)
		return false;
	last = maxg + 1;
	at = s.at = xcalloc((size_t)last + 2, sizeof(*at));
	s.key = xreallocarray(NULL, n, sizeof(*s.key));
	for (i = 0; i < n; i++)
		at[bucket(v[i].group, last) + 1]++;
	for (i = 0; i <= last; i++)
		at[i + 1] += at[i];
	for (i = 0; i < n; i++)
		s.key[at[bucket(v[i].group, last)]++] = (struct gkey){
		    v[i].date, v[i].seq, (uint32_t)i };
	/* at[g] is now where group g ends */
	s.np = n >= SORT_PAR_MIN && par_enabled() ? SORT_PIECES : 1;
	cut_buckets(&s, last);
	par_each(s.np, sort_groups, &s);
	permute(v, s.key, n);
	free(s.key);
	free(at);
	return true;
}

/* Sorts the findings from index `from` on by group and date, keeping the
 * order they were made in on the same date. */
void
findings_sort(struct findings *f, size_t from)
{
	size_t n = f->n - from;

	if (n < 2)
		return;
	if (n < 64 || !sort_by_group(f->v + from, n))
		qsort(f->v + from, n, sizeof(*f->v), by_date);
}

/* Room for n more findings. */
void
findings_reserve(struct findings *f, size_t n)
{
	if (f->cap - f->n >= n)
		return;
	f->cap = f->n + n > 2 * f->cap ? f->n + n : 2 * f->cap;
	f->v = xgrowarray(f->v, f->n, f->cap, sizeof(*f->v));
}

/* Appends src's findings from..to to dst as if dst had made them then;
 * their text stays in src's arena until findings_adopt. */
void
findings_append(struct findings *dst, const struct findings *src,
    size_t from, size_t to)
{
	size_t i;

	findings_reserve(dst, to - from);
	for (i = from; i < to; i++) {
		dst->v[dst->n] = src->v[i];
		dst->v[dst->n].seq = (uint32_t)dst->n;
		dst->n++;
	}
}

/* Gives dst the text of src's findings and empties src. */
void
findings_adopt(struct findings *dst, struct findings *src)
{
	arena_adopt(&dst->a, &src->a);
	src->n = 0;
}

void
findings_clear(struct findings *f)
{
	f->n = 0;
	arena_free(&f->a);
}

void
findings_free(struct findings *f)
{
	free(f->v);
	arena_free(&f->a);
	f->v = NULL;
	f->n = f->cap = 0;
}
