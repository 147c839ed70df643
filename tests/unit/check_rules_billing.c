/* billing.fk: a period's billable hours at each year's FK hourly rate. */
#include <math.h>
#include <string.h>

#include "rules/billing.h"
#include "sheet.h"
#include "util.h"

static struct sheet s;

/* A period with hours inside decisions in its first year and the next. */
static struct period
period(double first, double next)
{
	struct period per;

	memset(&per, 0, sizeof(per));
	per.inside_year[0] = first;
	per.inside_year[1] = next;
	per.inside = first + next;
	return per;
}

/* Each year's hours at its rate; when the grant runs out the hours cut
 * are the latest (the second year's first); nothing inside, nothing
 * billed. */
START_TEST(rates)
{
	struct period per = period(6, 4);

	sheet_init(&s, "case: K-1\nregime: se-pa\nfunder: fk\n"
	    "start: 2023-01-01\n");
	ck_assert_double_eq_tol(billing_fk(&s.ts, &s.cases[0], &per, 2023, 8),
	    6 * 324.50 + 2 * 332.60, 1e-9);
	ck_assert_double_eq_tol(billing_fk(&s.ts, &s.cases[0], &per, 2023, 5),
	    5 * 324.50, 1e-9);
	per = period(0, 10);
	ck_assert_double_eq_tol(billing_fk(&s.ts, &s.cases[0], &per, 2023,
	    10), 10 * 332.60, 1e-9);
	per = period(0, 0);
	ck_assert_double_eq(billing_fk(&s.ts, &s.cases[0], &per, 2023, 5), 0);
	ck_assert_str_eq(sheet_findings(&s), "");
	sheet_free(&s);
}
END_TEST

/* A year with no rate: no amount, and a warning once for each year, on
 * its first day at the case's line. */
START_TEST(missing)
{
	struct period per = period(5, 5);

	sheet_init(&s, "case: K-1\nregime: se-pa\nfunder: fk\n"
	    "start: 2022-01-01\n");
	ck_assert(isnan(billing_fk(&s.ts, &s.cases[0], &per, 2024, 10)));
	ck_assert(isnan(billing_fk(&s.ts, &s.cases[0], &per, 2024, 10)));
	ck_assert(isnan(billing_fk(&s.ts, &s.cases[0], &per, 2022, 10)));
	ck_assert_str_eq(sheet_findings(&s), "1: K-1: warning: billing.fk: "
	    "no FK hourly rate for 2025 in the profile (billing.fk rates): "
	    "amounts for 2025 are left out\n"
	    "1: K-1: warning: billing.fk: no FK hourly rate for 2022 in the "
	    "profile (billing.fk rates): amounts for 2022 are left out\n");
	ck_assert_str_eq(fmt(s.f.v[0].date), "2025-01-01");
	ck_assert_str_eq(fmt(s.f.v[1].date), "2022-01-01");
	/* a year with no hours needs no rate */
	per = period(5, 0);
	ck_assert_double_eq_tol(billing_fk(&s.ts, &s.cases[0], &per, 2024, 5),
	    5 * 332.60, 1e-9);
	ck_assert_uint_eq(s.f.n, 2);
	sheet_free(&s);
}
END_TEST

/* Not billed to FK: the municipality's cases, Danish ones, or the rule
 * off. */
START_TEST(not_fk)
{
	struct period per = period(10, 0);

	sheet_init(&s, "case: K-1\nregime: se-pa\nfunder: municipality\n"
	    "start: 2024-01-01\n---\ncase: K-2\nregime: dk-hh\n"
	    "start: 2024-01-01\n---\ncase: K-3\nregime: se-pa\nfunder: fk\n"
	    "start: 2024-01-01\n");
	ck_assert(isnan(billing_fk(&s.ts, &s.cases[0], &per, 2026, 10)));
	ck_assert(isnan(billing_fk(&s.ts, &s.cases[1], &per, 2026, 10)));
	ck_assert(!isnan(billing_fk(&s.ts, &s.cases[2], &per, 2024, 10)));
	s.ps.by_regime[REGIME_SE_PA].rules[R_BILLING_FK].enabled = false;
	ck_assert(isnan(billing_fk(&s.ts, &s.cases[2], &per, 2024, 10)));
	ck_assert(isnan(billing_fk(&s.ts, &s.cases[2], &per, 2026, 10)));
	ck_assert_str_eq(sheet_findings(&s), "");
	sheet_free(&s);
}
END_TEST

Suite *
rules_billing_suite(void)
{
	Suite *s = suite_create("rules_billing");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, rates);
	tcase_add_test(tc, missing);
	tcase_add_test(tc, not_fk);
	suite_add_tcase(s, tc);
	return s;
}
