/* hours-check's end of the stream: the stored shifts grouped by staff
 * and by case, a chunk of groups at a time. */
#include <stdio.h>
#include <string.h>

#include "sheet.h"
#include "util.h"

#define TWO	"case: K-1\nregime: se-pa\nfunder: municipality\n" \
		"start: 2025-01-01\n---\ncase: K-2\nregime: se-pa\n" \
		"funder: municipality\nstart: 2025-01-01\n"

static struct sheet s;

/* Twelve shifts of two cases and five staff, interleaved: by staff (in
 * order of first sight) 2, 3, 4, 2 and 1 shifts, by case 7 and 5. */
static void
twelve(void)
{
	static const struct { int kase; const char *staff; } v[] = {
		{ 0, "S-1" }, { 0, "S-2" }, { 1, "S-4" }, { 0, "S-4" },
		{ 0, "S-2" }, { 1, "S-5" }, { 0, "S-3" }, { 1, "S-4" },
		{ 0, "S-1" }, { 1, "S-2" }, { 0, "S-4" }, { 1, "S-5" },
	};
	char from[48], to[48];
	size_t i;

	sheet_init(&s, TWO);
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		snprintf(from, sizeof(from), "2026-03-%02zu 08:00", i + 1);
		snprintf(to, sizeof(to), "2026-03-%02zu 16:00", i + 1);
		sheet_shift(&s, (size_t)v[i].kase, v[i].staff, from, to,
		    KIND_ACTIVE);
	}
}

/* Every shift once, under its own group, in the order of the store; the
 * chunk size and the number of chunks as wanted. */
static void
grouped(bool by_staff, size_t ngroups, size_t floor, size_t budget,
    size_t chunks)
{
	uint32_t off[SHEET_MAX + 1];
	struct grouping gp;
	const uint32_t *l;
	size_t g, k, n = 0, made = 0;

	grouping_init(&gp, &s.ts, by_staff, ngroups, off, floor);
	ck_assert_uint_eq(gp.budget, budget);
	while (grouping_next(&gp)) {
		made++;
		ck_assert_uint_le(off[gp.g1] - off[gp.g0], gp.budget);
		for (g = gp.g0; g < gp.g1; g++) {
			l = gp.idx + off[g] - off[gp.g0];
			for (k = 0; k < off[g + 1] - off[g]; k++, n++) {
				ck_assert_uint_eq(by_staff ? s.v[l[k]].staff :
				    s.v[l[k]].kase, g);
				if (k > 0)
					ck_assert_uint_gt(l[k], l[k - 1]);
			}
		}
	}
	ck_assert_uint_eq(n, s.ts.n);
	ck_assert_uint_eq(made, chunks);
	grouping_free(&gp);
}

/* A chunk takes a quarter of the store (3 shifts), or the largest group
 * (4), whichever is more: staff {S-1} {S-2} {S-4} {S-5 S-3}, cases {K-1}
 * {K-2}. */
START_TEST(grouping_chunks)
{
	twelve();
	grouped(true, s.ts.nstaff, 1, 4, 4);
	grouped(false, s.ts.ncases, 1, 7, 2);
	sheet_free(&s);
}
END_TEST

/* Under the floor the store is grouped in one pass. */
START_TEST(grouping_one_pass)
{
	twelve();
	grouped(true, s.ts.nstaff, 100, 12, 1);
	grouped(false, s.ts.ncases, 12, 12, 1);
	sheet_free(&s);
}
END_TEST

/* No shifts, and groups with none: no chunk, or chunks that pass the
 * empty groups by. */
START_TEST(grouping_empty)
{
	uint32_t off[SHEET_MAX + 1];
	struct grouping gp;

	sheet_init(&s, TWO);
	grouping_init(&gp, &s.ts, false, s.ts.ncases, off, 1);
	ck_assert_uint_eq(gp.budget, 0);
	ck_assert(grouping_next(&gp));
	ck_assert_uint_eq(gp.g0, 0);
	ck_assert_uint_eq(gp.g1, 2);
	ck_assert(!grouping_next(&gp));
	grouping_free(&gp);
	grouping_init(&gp, &s.ts, true, 0, off, 1);
	ck_assert(!grouping_next(&gp));
	grouping_free(&gp);
	/* K-1 has no shift: it goes with K-2's chunk */
	sheet_shift(&s, 1, "S-1", "2026-03-02 08:00", "2026-03-02 16:00",
	    KIND_ACTIVE);
	grouped(false, s.ts.ncases, 1, 1, 1);
	sheet_free(&s);
}
END_TEST

Suite *
hours_suite(void)
{
	Suite *s = suite_create("hours");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, grouping_chunks);
	tcase_add_test(tc, grouping_one_pass);
	tcase_add_test(tc, grouping_empty);
	suite_add_tcase(s, tc);
	return s;
}
