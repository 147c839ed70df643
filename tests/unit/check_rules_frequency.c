#include <string.h>

#include "rules/frequency.h"
#include "util.h"

/* A log's visits of one service: up to 8 days, one visit each. */
struct days {
	enum service_name	svc;
	cdate			d[8];
	size_t			n;
};

static unsigned
visits(void *arg, enum service_name s, cdate day)
{
	const struct days *v = arg;
	unsigned n = 0;
	size_t i;

	for (i = 0; i < v->n; i++)
		n += v->svc == s && v->d[i] == day;
	return n;
}

static unsigned
no_flags(void *arg, cdate day)
{
	(void)arg;
	(void)day;
	return 0;
}

/* A dk-hh case granted one service under D-1 for 2026. */
static void
grant(struct care_case *c, struct decision *dec, struct service *s)
{
	memset(c, 0, sizeof(*c));
	memset(dec, 0, sizeof(*dec));
	c->id = "K-1";
	c->index = 3;
	c->regime = REGIME_DK_HH;
	c->start = D("2026-01-01");
	c->end = DATE_NONE;
	c->decisions = dec;
	c->ndecisions = 1;
	dec->id = "D-1";
	dec->pos.file = "c.yaml";
	dec->pos.line = 5;
	dec->from = D("2026-01-01");
	dec->to = D("2026-12-31");
	dec->services = s;
	dec->nservices = 1;
	s->pos.file = "c.yaml";
	s->pos.line = 9;
}

/* Every 14 days: a stretch of 18 days is one finding, due the day after
 * the fourteenth, at the service's line; switched off, none. */
START_TEST(every_fourteen_days)
{
	struct profiles ps;
	struct capture cap;
	struct findings f;
	struct care_case c;
	struct decision dec;
	struct service s = { .what = SVC_CLEANING,
	    .every = { 14, DUR_DAYS } };
	struct days v = { SVC_CLEANING, { D("2026-03-02"), D("2026-03-20") },
	    2 };
	struct visit_days vd = { &v, no_flags, visits };
	struct profile p;

	capture_init(&cap);
	ck_assert_int_eq(profiles_init(&ps, &cap.d), 0);
	grant(&c, &dec, &s);
	findings_init(&f);
	p = *profiles_for(&ps, REGIME_DK_HH);
	frequency_judge(&f, &c, &p, &vd, D("2026-03-02"), D("2026-03-25"));
	ck_assert_uint_eq(f.n, 1);
	ck_assert_int_eq(f.v[0].sev, SEV_ERROR);
	ck_assert_int_eq(f.v[0].rule, R_VISIT_FREQUENCY);
	ck_assert_str_eq(fmt(f.v[0].date), "2026-03-17");
	ck_assert_int_eq(f.v[0].line, 9);
	ck_assert_uint_eq(f.v[0].group, 3);
	ck_assert_str_eq(f.v[0].message, "cleaning every 14 days under decision "
	    "D-1: 18 days from the visit of 2026-03-02 to the visit of "
	    "2026-03-20");
	/* the log runs on past the due date with no visit */
	findings_clear(&f);
	frequency_judge(&f, &c, &p, &vd, D("2026-03-02"), D("2026-04-10"));
	ck_assert_uint_eq(f.n, 2);
	ck_assert_str_eq(fmt(f.v[1].date), "2026-04-04");
	ck_assert_str_eq(f.v[1].message, "cleaning every 14 days under decision "
	    "D-1: no visit after the visit of 2026-03-20, up to 2026-04-10 "
	    "(end of the log)");
	findings_clear(&f);
	p.rules[R_VISIT_FREQUENCY].enabled = false;
	frequency_judge(&f, &c, &p, &vd, D("2026-03-02"), D("2026-04-10"));
	ck_assert_uint_eq(f.n, 0);
	findings_free(&f);
	profiles_free(&ps);
}
END_TEST

/* Once a week: each whole ISO week of the log counts; the week with no
 * visit is named by its Monday, a week cut by the log's end is not. */
START_TEST(once_a_week)
{
	struct profiles ps;
	struct capture cap;
	struct findings f;
	struct care_case c;
	struct decision dec;
	struct service s = { .what = SVC_SHOPPING, .per_week = 1 };
	struct days v = { SVC_SHOPPING, { D("2026-03-03"), D("2026-03-17") },
	    2 };
	struct visit_days vd = { &v, no_flags, visits };

	capture_init(&cap);
	ck_assert_int_eq(profiles_init(&ps, &cap.d), 0);
	grant(&c, &dec, &s);
	s.pos.file = NULL;	/* the decision's line, then */
	findings_init(&f);
	frequency_judge(&f, &c, profiles_for(&ps, REGIME_DK_HH), &vd,
	    D("2026-03-02"), D("2026-03-27"));
	ck_assert_uint_eq(f.n, 1);
	ck_assert_str_eq(fmt(f.v[0].date), "2026-03-09");
	ck_assert_int_eq(f.v[0].line, 5);
	ck_assert_str_eq(f.v[0].message, "shopping 1 a week under decision "
	    "D-1: 0 in the week of 2026-03-09");
	ck_assert(frequency_counted(&s));
	s.per_week = 0;
	ck_assert(!frequency_counted(&s));
	findings_free(&f);
	profiles_free(&ps);
}
END_TEST

Suite *
rules_frequency_suite(void)
{
	Suite *s = suite_create("rules_frequency");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, every_fourteen_days);
	tcase_add_test(tc, once_a_week);
	suite_add_tcase(s, tc);
	return s;
}
