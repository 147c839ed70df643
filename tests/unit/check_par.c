#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "par.h"
#include "util.h"

struct job {
	size_t		 n;
	long		*out;
	size_t		*order;		/* the pieces, as then() saw them */
	size_t		 seen;
	atomic_int	 workers[2];	/* pieces each thread took */
};

static void
square(void *arg, size_t k, unsigned worker)
{
	struct job *j = arg;

	j->out[k] = (long)(k * k);
	atomic_fetch_add(&j->workers[worker], 1);
}

static void
then(void *arg, size_t k)
{
	struct job *j = arg;

	/* every piece up to k is done by the time the caller sees k */
	ck_assert_int_eq(j->out[k], (long)(k * k));
	j->order[j->seen++] = k;
}

/* A piece that gives a job of its own: run there, piece after piece. */
static void
nested(void *arg, size_t k, unsigned worker)
{
	struct job *j = arg, inner = { 8, NULL, NULL, 0, { 0, 0 } };
	long out[8];

	(void)worker;
	inner.out = out;
	par_each(8, square, &inner);
	ck_assert_int_eq(out[7], 49);
	ck_assert_int_eq(atomic_load(&inner.workers[1]), 0);
	j->out[k] = (long)(k * k);
}

/* Every piece runs once, on one thread or the other, whatever the
 * number of them; then() sees them in order; a job given inside a piece
 * does not wait for the helper it may be running on. */
START_TEST(pieces_in_order)
{
	static const size_t sizes[] = { 0, 1, 2, 3, 16, PAR_THEN_MAX,
	    PAR_THEN_MAX + 1, 1000 };
	struct job j;
	size_t i, s;

	for (s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++) {
		memset(&j, 0, sizeof(j));
		j.n = sizes[s];
		j.out = calloc(j.n + 1, sizeof(*j.out));
		j.order = calloc(j.n + 1, sizeof(*j.order));
		for (i = 0; i < j.n; i++)
			j.out[i] = -1;
		par_each_then(j.n, square, then, &j);
		ck_assert_uint_eq(j.seen, j.n);
		for (i = 0; i < j.n; i++) {
			ck_assert_int_eq(j.out[i], (long)(i * i));
			ck_assert_uint_eq(j.order[i], i);
		}
		ck_assert_int_eq(atomic_load(&j.workers[0]) +
		    atomic_load(&j.workers[1]), (int)j.n);
		for (i = 0; i < j.n; i++)
			j.out[i] = -1;
		par_each(j.n, nested, &j);
		for (i = 0; i < j.n; i++)
			ck_assert_int_eq(j.out[i], (long)(i * i));
		free(j.out);
		free(j.order);
	}
}
END_TEST

Suite *
par_suite(void)
{
	Suite *s = suite_create("par");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, pieces_in_order);
	suite_add_tcase(s, tc);
	return s;
}
