#include <string.h>

#include "rules/replacement.h"
#include "util.h"

static const struct away none;

/* A dk-hh case; with per_week > 0, personal care granted that often. */
static void
client(struct care_case *c, struct decision *dec, struct service *s,
    int per_week)
{
	memset(c, 0, sizeof(*c));
	memset(dec, 0, sizeof(*dec));
	memset(s, 0, sizeof(*s));
	c->id = "K-1";
	c->regime = REGIME_DK_HH;
	c->start = D("2026-01-01");
	c->end = DATE_NONE;
	if (per_week == 0)
		return;
	c->decisions = dec;
	c->ndecisions = 1;
	dec->id = "D-1";
	dec->from = D("2026-01-01");
	dec->to = DATE_NONE;
	dec->services = s;
	dec->nservices = 1;
	s->what = SVC_PERSONAL_CARE;
	s->per_week = per_week;
}

/* Practical help: 5 working days to replace it, and the client told. */
START_TEST(practical)
{
	struct profiles ps;
	struct capture cap;
	struct findings f;
	struct care_case c;
	struct decision dec;
	struct service s;
	struct missed_visit m = { "V-2", { "v.csv", 3 }, 0, SVC_CLEANING,
	    false };
	const struct profile *p;
	cdate due;

	capture_init(&cap);
	ck_assert_int_eq(profiles_init(&ps, &cap.d), 0);
	p = profiles_for(&ps, REGIME_DK_HH);
	client(&c, &dec, &s, 0);
	m.day = D("2026-03-02");
	ck_assert(replacement_due(&c, p, &none, SVC_CLEANING, m.day, &due));
	ck_assert_str_eq(fmt(due), "2026-03-09");
	findings_init(&f);
	/* not replaced, but the log ends before it is due */
	replacement_judge(&f, &c, p, &none, &m, DATE_NONE, D("2026-03-06"));
	ck_assert_uint_eq(f.n, 0);
	replacement_judge(&f, &c, p, &none, &m, DATE_NONE, D("2026-03-20"));
	replacement_judge(&f, &c, p, &none, &m, D("2026-03-12"),
	    D("2026-03-20"));
	replacement_judge(&f, &c, p, &none, &m, D("2026-03-04"),
	    D("2026-03-20"));
	m.told = true;
	replacement_judge(&f, &c, p, &none, &m, D("2026-03-04"),
	    D("2026-03-20"));
	ck_assert_uint_eq(f.n, 3);
	ck_assert_int_eq(f.v[0].sev, SEV_ERROR);
	ck_assert_int_eq(f.v[0].rule, R_VISIT_REPLACEMENT);
	ck_assert_str_eq(fmt(f.v[0].date), "2026-03-09");
	ck_assert_str_eq(f.v[0].file, "v.csv");
	ck_assert_int_eq(f.v[0].line, 3);
	ck_assert_str_eq(f.v[0].message, "cleaning visit V-2 of 2026-03-02, "
	    "missed by the provider, was not replaced by 2026-03-09 (5 working days)");
	ck_assert_str_eq(f.v[1].message, "cleaning visit V-2 of 2026-03-02, "
	    "missed by the provider, was replaced 2026-03-12, after "
	    "2026-03-09 (5 working days)");
	ck_assert_int_eq(f.v[2].sev, SEV_WARNING);
	ck_assert_str_eq(fmt(f.v[2].date), "2026-03-02");
	ck_assert_str_eq(f.v[2].message, "cleaning visit V-2 of 2026-03-02, "
	    "missed by the provider, was replaced 2026-03-04 without the "
	    "client being told");
	findings_free(&f);
	profiles_free(&ps);
}
END_TEST

/* Personal care: the same day, or 2 working days when granted at most
 * twice a week; a regime without the rule gives no time at all. */
START_TEST(personal)
{
	struct profiles ps;
	struct capture cap;
	struct findings f;
	struct care_case c;
	struct decision dec;
	struct service s;
	struct missed_visit m = { "V-9", { "v.csv", 7 }, 0,
	    SVC_PERSONAL_CARE, true };
	const struct profile *p;
	cdate due;

	capture_init(&cap);
	ck_assert_int_eq(profiles_init(&ps, &cap.d), 0);
	p = profiles_for(&ps, REGIME_DK_HH);
	m.day = D("2026-03-06");
	client(&c, &dec, &s, 7);
	ck_assert(replacement_due(&c, p, &none, SVC_PERSONAL_CARE, m.day,
	    &due));
	ck_assert_str_eq(fmt(due), "2026-03-06");
	findings_init(&f);
	replacement_judge(&f, &c, p, &none, &m, D("2026-03-07"),
	    D("2026-03-20"));
	ck_assert_uint_eq(f.n, 1);
	ck_assert_int_eq(f.v[0].rule, R_VISIT_PERSONAL_SAME_DAY);
	ck_assert_str_eq(fmt(f.v[0].date), "2026-03-06");
	ck_assert_str_eq(f.v[0].message, "personal-care visit V-9 of "
	    "2026-03-06, missed by the provider, was delivered 2026-03-07, "
	    "not the same day");
	client(&c, &dec, &s, 2);
	ck_assert(replacement_due(&c, p, &none, SVC_PERSONAL_CARE, m.day,
	    &due));
	ck_assert_str_eq(fmt(due), "2026-03-10");
	replacement_judge(&f, &c, p, &none, &m, D("2026-03-07"),
	    D("2026-03-20"));
	ck_assert_uint_eq(f.n, 1);
	c.regime = REGIME_SE_PA;
	ck_assert(!replacement_due(&c, profiles_for(&ps, REGIME_SE_PA),
	    &none, SVC_PERSONAL_CARE, m.day, &due));
	findings_free(&f);
	profiles_free(&ps);
}
END_TEST

/* A visit missed while the client was in hospital owes nothing; one
 * missed the day before has its working days counted after the stay. */
START_TEST(away)
{
	struct profiles ps;
	struct capture cap;
	struct findings f;
	struct care_case c;
	struct decision dec;
	struct service s;
	struct missed_visit m = { "V-2", { "v.csv", 3 }, 0, SVC_CLEANING,
	    true };
	struct away_span sp = { D("2026-03-09"), D("2026-03-13") };
	struct away w = { &sp, 1 };
	const struct profile *p;
	cdate due;

	capture_init(&cap);
	ck_assert_int_eq(profiles_init(&ps, &cap.d), 0);
	p = profiles_for(&ps, REGIME_DK_HH);
	client(&c, &dec, &s, 0);
	findings_init(&f);
	m.day = D("2026-03-10");
	ck_assert(!replacement_due(&c, p, &w, SVC_CLEANING, m.day, &due));
	replacement_judge(&f, &c, p, &w, &m, DATE_NONE, D("2026-03-31"));
	ck_assert_uint_eq(f.n, 0);
	m.day = D("2026-03-06");
	ck_assert(replacement_due(&c, p, &w, SVC_CLEANING, m.day, &due));
	ck_assert_str_eq(fmt(due), "2026-03-20");
	replacement_judge(&f, &c, p, &w, &m, D("2026-03-20"),
	    D("2026-03-31"));
	ck_assert_uint_eq(f.n, 0);
	replacement_judge(&f, &c, p, &w, &m, DATE_NONE, D("2026-03-31"));
	ck_assert_uint_eq(f.n, 1);
	ck_assert_str_eq(fmt(f.v[0].date), "2026-03-20");
	ck_assert_str_eq(f.v[0].message, "cleaning visit V-2 of 2026-03-06, "
	    "missed by the provider, was not replaced by 2026-03-20 (5 working "
	    "days, not counting 5 working days away from home)");
	/* away from the next day on, with no end: never due */
	sp.to = AWAY_NEVER;
	replacement_judge(&f, &c, p, &w, &m, DATE_NONE, D("2026-12-31"));
	ck_assert_uint_eq(f.n, 1);
	findings_free(&f);
	profiles_free(&ps);
}
END_TEST

Suite *
rules_replacement_suite(void)
{
	Suite *s = suite_create("rules_replacement");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, practical);
	tcase_add_test(tc, personal);
	tcase_add_test(tc, away);
	suite_add_tcase(s, tc);
	return s;
}
