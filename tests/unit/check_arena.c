#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "strmap.h"
#include "xalloc.h"
#include "util.h"

START_TEST(arena_basics)
{
	struct arena a;
	char *s, *big;
	int *v;
	size_t i;

	arena_init(&a);
	s = arena_strdup(&a, "hello");
	ck_assert_str_eq(s, "hello");
	ck_assert_int_eq((uintptr_t)arena_alloc(&a, 3) % sizeof(void *), 0);
	big = arena_alloc(&a, 1 << 20);
	memset(big, 1, 1 << 20);
	v = arena_realloc(&a, NULL, 0, 4 * sizeof(*v));
	for (i = 0; i < 4; i++)
		v[i] = (int)i;
	v = arena_realloc(&a, v, 4 * sizeof(*v), 8 * sizeof(*v));
	ck_assert_int_eq(v[3], 3);
	ck_assert_str_eq(s, "hello");
	arena_free(&a);
	ck_assert_ptr_null(a.head);
}
END_TEST

START_TEST(strmap_many)
{
	static char keys[5000][12];
	struct strmap m;
	void **slot;
	int added;
	size_t i;

	strmap_init(&m);
	for (i = 0; i < 5000; i++) {
		snprintf(keys[i], sizeof(keys[i]), "K-%zu", i);
		slot = strmap_put(&m, keys[i], strlen(keys[i]), &added);
		ck_assert(added);
		*slot = keys[i];
	}
	slot = strmap_put(&m, "K-42", 4, &added);
	ck_assert(!added);
	ck_assert_ptr_eq(*slot, keys[42]);
	for (i = 0; i < 5000; i++)
		ck_assert_ptr_eq(strmap_get(&m, keys[i], strlen(keys[i])),
		    keys[i]);
	ck_assert_ptr_null(strmap_get(&m, "K-5000", 6));
	ck_assert_int_eq(m.n, 5000);
	strmap_free(&m);
}
END_TEST

/* An array grown past the size for huge pages keeps its elements, as
 * one grown below it does. */
START_TEST(grow_array)
{
	uint32_t *v = NULL;
	size_t n = 0, cap = 0, i;

	for (i = 0; i < (3u << 20); i++) {
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			v = xgrowarray(v, n, cap, sizeof(*v));
		}
		v[n++] = (uint32_t)i * 2654435761u;
	}
	for (i = 0; i < n; i++)
		if (v[i] != (uint32_t)i * 2654435761u)
			break;
	ck_assert_uint_eq(i, 3u << 20);
	v = xgrowarray(v, n, n / 2, sizeof(*v));	/* shrinks as realloc */
	ck_assert_uint_eq(v[n / 2 - 1], (uint32_t)(n / 2 - 1) * 2654435761u);
	free(v);
}
END_TEST

/* What one arena handed out lives on in the other that adopts it, which
 * frees it; both go on handing out. */
START_TEST(arena_adopts)
{
	struct arena a, b;
	char *s, *t, *big;

	arena_init(&a);
	arena_init(&b);
	arena_adopt(&a, &b);			/* nothing to adopt */
	ck_assert_ptr_null(a.head);
	s = arena_strdup(&b, "from b");
	big = arena_alloc(&b, 1 << 17);		/* a second chunk */
	memset(big, 2, 1 << 17);
	arena_adopt(&a, &b);			/* into an empty arena */
	ck_assert_ptr_null(b.head);
	ck_assert_uint_eq(b.total, 0);
	t = arena_strdup(&b, "b again");
	arena_adopt(&a, &b);			/* into one with chunks */
	ck_assert_uint_eq(a.total, 7 + (1 << 17) + 8);
	ck_assert_str_eq(arena_strdup(&a, "a"), "a");
	ck_assert_str_eq(s, "from b");
	ck_assert_str_eq(t, "b again");
	ck_assert_int_eq(big[(1 << 17) - 1], 2);
	arena_free(&a);
	arena_free(&b);
}
END_TEST

Suite *
arena_suite(void)
{
	Suite *s = suite_create("arena");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, arena_basics);
	tcase_add_test(tc, strmap_many);
	tcase_add_test(tc, grow_array);
	tcase_add_test(tc, arena_adopts);
	suite_add_tcase(s, tc);
	return s;
}
