/* Indexes over one case's shifts (see caseidx.h). */
#include <stdlib.h>

#include "caseidx.h"
#include "shifts.h"
#include "tools/hours_int.h"
#include "xalloc.h"

void
caseidx_init(struct caseidx *ci, const struct stored *v, const uint32_t *l,
    size_t n)
{
	ci->v = v;
	ci->l = l;
	ci->n = n;
	ci->built = false;
	ci->size = 0;
	ci->e1 = ci->e2 = ci->cover = NULL;
	ci->s1 = ci->act = NULL;
}

void
caseidx_free(struct caseidx *ci)
{
	free(ci->e1);
	free(ci->e2);
	free(ci->s1);
	free(ci->cover);
	free(ci->act);
	caseidx_init(ci, ci->v, ci->l, ci->n);
}

/* The first step from on whose shift starts at t or later (n: none). */
static size_t
first_from(const struct caseidx *ci, size_t from, int64_t t)
{
	size_t lo = from, hi = ci->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (ci->v[ci->l[mid]].start < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Node k of the latest-ends tree from its children. */
static void
merge(struct caseidx *ci, size_t k)
{
	size_t a = 2 * k, b = 2 * k + 1, hi = ci->e1[a] >= ci->e1[b] ? a : b;
	size_t lo = hi == a ? b : a;

	ci->e1[k] = ci->e1[hi];
	ci->s1[k] = ci->s1[hi];
	if (ci->s1[a] == ci->s1[b])
		ci->e2[k] = ci->e2[a] > ci->e2[b] ? ci->e2[a] : ci->e2[b];
	else
		ci->e2[k] = ci->e2[hi] > ci->e1[lo] ? ci->e2[hi] : ci->e1[lo];
}

/* The latest-ends tree over the shifts that count (NULL: none is made). */
static void
build_ends(struct caseidx *ci, bool (*counts)(const struct stored *))
{
	const struct stored *s;
	size_t p, k;

	for (ci->size = 1; ci->size < ci->n; ci->size *= 2)
		;
	ci->e1 = xcalloc(2 * ci->size, sizeof(*ci->e1));
	ci->e2 = xcalloc(2 * ci->size, sizeof(*ci->e2));
	ci->s1 = xcalloc(2 * ci->size, sizeof(*ci->s1));
	for (p = 0; p < ci->size; p++) {
		k = ci->size + p;
		s = p < ci->n ? &ci->v[ci->l[p]] : NULL;
		ci->e1[k] = s != NULL && counts(s) ? stored_end(s) : INT32_MIN;
		ci->s1[k] = s != NULL && counts(s) ? s->staff : UINT32_MAX;
		ci->e2[k] = INT32_MIN;
	}
	for (k = ci->size - 1; k >= 1; k--)
		merge(ci, k);
}

/* For staff.introduced: how many earlier shifts of someone who knows the
 * client reach into each step's start (cover), and from which step each
 * shift's staff counts as knowing the client (act, a minimum tree). */
static void
build_known(struct caseidx *ci, const struct case_marks *m)
{
	const struct stored *s;
	size_t j, lo, hi, k, n = ci->n;
	int64_t until;
	uint32_t a;

	ci->cover = xcalloc(n + 1, sizeof(*ci->cover));
	ci->act = xcalloc(2 * n, sizeof(*ci->act));
	for (j = 0; j < n; j++) {
		s = &ci->v[ci->l[j]];
		k = first_from(ci, 0, m->known[s->staff]);
		/* a scan back reaches shifts that start less than the
		 * longest shift before */
		until = (int64_t)s->start + STORED_MAX_MINUTES;
		if (stored_end(s) < until)
			until = stored_end(s);
		hi = first_from(ci, j + 1, until);
		lo = k > j + 1 ? k : j + 1;
		if (lo < hi) {
			ci->cover[lo]++;
			ci->cover[hi]--;
		}
		a = m->since[s->staff];
		ci->act[n + j] = a > k ? a : (uint32_t)k;
	}
	for (j = 1; j <= n; j++)
		ci->cover[j] += ci->cover[j - 1];
	for (k = n - 1; k >= 1; k--)
		ci->act[k] = ci->act[2 * k] < ci->act[2 * k + 1] ?
		    ci->act[2 * k] : ci->act[2 * k + 1];
}

/* Builds the indexes, once: the latest-ends tree when counts is not NULL
 * (the shifts hours.double-staffing counts), and staff.introduced's. */
void
caseidx_build(struct caseidx *ci, bool (*counts)(const struct stored *),
    const struct case_marks *m)
{
	if (ci->built || ci->n == 0)
		return;
	ci->built = true;
	if (counts != NULL)
		build_ends(ci, counts);
	if (m != NULL)
		build_known(ci, m);
}

/* The last step below i, under node k (steps lo..hi-1), whose shift ends
 * after t and is another's than staff. */
static long
last_other(const struct caseidx *ci, size_t k, size_t lo, size_t hi,
    size_t i, int32_t t, uint32_t staff)
{
	long r;

	if (lo >= i || (ci->s1[k] != staff ? ci->e1[k] : ci->e2[k]) <= t)
		return -1;
	if (hi - lo == 1)
		return (long)lo;
	r = last_other(ci, 2 * k + 1, (lo + hi) / 2, hi, i, t, staff);
	return r >= 0 ? r : last_other(ci, 2 * k, lo, (lo + hi) / 2, i, t,
	    staff);
}

/* The last step before i whose shift counts, is another staff member's
 * and reaches into step i's, starting less than the longest shift before
 * it; -1 for none. */
long
caseidx_other(const struct caseidx *ci, size_t i)
{
	const struct stored *s = &ci->v[ci->l[i]];
	long j;

	j = last_other(ci, 1, 0, ci->size, i, s->start, s->staff);
	if (j >= 0 &&
	    ci->v[ci->l[j]].start <= s->start - STORED_MAX_MINUTES)
		return -1;
	return j;
}

/* Whether someone who knows the client at step i's start works alongside
 * it: an earlier shift reaching into it, or a later one starting in it
 * whose staff member was known by step i. */
bool
caseidx_alongside(const struct caseidx *ci, size_t i)
{
	const struct stored *s = &ci->v[ci->l[i]];
	size_t lo = i + 1, hi = first_from(ci, i + 1, stored_end(s)), n = ci->n;
	uint32_t least = UINT32_MAX;

	if (ci->cover[i] > 0)
		return true;
	for (lo += n, hi += n; lo < hi; lo /= 2, hi /= 2) {
		if (lo & 1) {
			least = ci->act[lo] < least ? ci->act[lo] : least;
			lo++;
		}
		if (hi & 1) {
			hi--;
			least = ci->act[hi] < least ? ci->act[hi] : least;
		}
	}
	return least <= i;
}
