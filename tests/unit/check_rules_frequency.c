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

static const struct away none;

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
	frequency_judge(&f, &c, &p, &vd, &none, D("2026-03-02"),
	    D("2026-03-25"));
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
	frequency_judge(&f, &c, &p, &vd, &none, D("2026-03-02"),
	    D("2026-04-10"));
	ck_assert_uint_eq(f.n, 2);
	ck_assert_str_eq(fmt(f.v[1].date), "2026-04-04");
	ck_assert_str_eq(f.v[1].message, "cleaning every 14 days under decision "
	    "D-1: no visit after the visit of 2026-03-20, up to 2026-04-10 "
	    "(end of the log)");
	findings_clear(&f);
	p.rules[R_VISIT_FREQUENCY].enabled = false;
	frequency_judge(&f, &c, &p, &vd, &none, D("2026-03-02"),
	    D("2026-04-10"));
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
	frequency_judge(&f, &c, profiles_for(&ps, REGIME_DK_HH), &vd, &none,
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

/* Absences in hospital, on respite or on holiday, merged when they touch;
 * an illness at home is none; one with no end runs on for ever. */
START_TEST(away_spans)
{
	struct care_case c;
	struct event ev[4];
	struct away w;
	int added;

	memset(&c, 0, sizeof(c));
	memset(ev, 0, sizeof(ev));
	ev[0] = (struct event){ .type = EV_ABSENCE, .from = D("2026-03-16"),
	    .to = D("2026-03-20"), .reason = REASON_RESPITE };
	ev[1] = (struct event){ .type = EV_ABSENCE, .from = D("2026-03-09"),
	    .to = D("2026-03-15"), .reason = REASON_HOSPITAL };
	ev[2] = (struct event){ .type = EV_ABSENCE, .from = D("2026-04-01"),
	    .to = D("2026-04-05"), .reason = REASON_ILLNESS };
	ev[3] = (struct event){ .type = EV_ABSENCE, .from = D("2026-05-01"),
	    .to = DATE_NONE, .reason = REASON_HOLIDAY };
	c.events = ev;
	c.nevents = 4;
	away_init(&w, &c);
	ck_assert_uint_eq(w.n, 2);
	ck_assert_str_eq(fmt(w.v[0].from), "2026-03-09");
	ck_assert_str_eq(fmt(w.v[0].to), "2026-03-20");
	ck_assert_int_eq(w.v[1].to, AWAY_NEVER);
	ck_assert(!away_on(&w, D("2026-03-08")));
	ck_assert(away_on(&w, D("2026-03-09")));
	ck_assert(away_on(&w, D("2026-03-20")));
	ck_assert(!away_on(&w, D("2026-04-02")));
	ck_assert(away_on(&w, D("2030-01-01")));
	ck_assert_int_eq(away_days(&w, COUNTRY_DK, D("2026-03-01"),
	    D("2026-03-31"), false), 12);
	ck_assert_int_eq(away_days(&w, COUNTRY_DK, D("2026-03-01"),
	    D("2026-03-31"), true), 10);
	/* 5 working days from Friday 03-06, the 10 away not counted */
	ck_assert_str_eq(fmt(away_extend(&w, COUNTRY_DK, D("2026-03-06"),
	    D("2026-03-13"), true, &added)), "2026-03-27");
	ck_assert_int_eq(added, 10);
	ck_assert_str_eq(fmt(away_extend(&w, COUNTRY_DK, D("2026-03-20"),
	    D("2026-03-27"), true, &added)), "2026-03-27");
	ck_assert_int_eq(added, 0);
	ck_assert_int_eq(away_extend(&w, COUNTRY_DK, D("2026-04-28"),
	    D("2026-05-05"), false, &added), AWAY_NEVER);
	away_free(&w);
}
END_TEST

/* Every 14 days: the days in hospital between two visits stop the time,
 * and are said when it runs out all the same. */
START_TEST(every_away)
{
	struct profiles ps;
	struct capture cap;
	struct findings f;
	struct care_case c;
	struct decision dec;
	struct service s = { .what = SVC_CLEANING,
	    .every = { 14, DUR_DAYS } };
	struct days v = { SVC_CLEANING, { D("2026-03-02"), D("2026-03-23") },
	    2 };
	struct visit_days vd = { &v, no_flags, visits };
	struct away_span sp = { D("2026-03-09"), D("2026-03-15") };
	struct away w = { &sp, 1 };

	capture_init(&cap);
	ck_assert_int_eq(profiles_init(&ps, &cap.d), 0);
	grant(&c, &dec, &s);
	findings_init(&f);
	frequency_judge(&f, &c, profiles_for(&ps, REGIME_DK_HH), &vd, &w,
	    D("2026-03-02"), D("2026-03-31"));
	ck_assert_uint_eq(f.n, 0);
	v.d[1] = D("2026-03-24");
	frequency_judge(&f, &c, profiles_for(&ps, REGIME_DK_HH), &vd, &w,
	    D("2026-03-02"), D("2026-03-31"));
	ck_assert_uint_eq(f.n, 1);
	ck_assert_str_eq(fmt(f.v[0].date), "2026-03-24");
	ck_assert_str_eq(f.v[0].message, "cleaning every 14 days under decision "
	    "D-1: 22 days from the visit of 2026-03-02 to the visit of "
	    "2026-03-24, 7 of them away from home");
	findings_free(&f);
	profiles_free(&ps);
}
END_TEST

/* Monthly: once in each calendar month (30th, 27th, 31st keep it, a month
 * skipped does not); yearly: once in each calendar year. */
START_TEST(calendar_months)
{
	struct profiles ps;
	struct capture cap;
	struct findings f;
	struct care_case c;
	struct decision dec;
	struct service s = { .what = SVC_FRIDGE_CLEANING,
	    .every = { 1, DUR_MONTHS } };
	struct days v = { SVC_FRIDGE_CLEANING, { D("2026-01-30"),
	    D("2026-02-27"), D("2026-03-31") }, 3 };
	struct visit_days vd = { &v, no_flags, visits };

	capture_init(&cap);
	ck_assert_int_eq(profiles_init(&ps, &cap.d), 0);
	grant(&c, &dec, &s);
	findings_init(&f);
	frequency_judge(&f, &c, profiles_for(&ps, REGIME_DK_HH), &vd, &none,
	    D("2026-01-30"), D("2026-03-31"));
	ck_assert_uint_eq(f.n, 0);
	v.d[1] = D("2026-03-02");
	frequency_judge(&f, &c, profiles_for(&ps, REGIME_DK_HH), &vd, &none,
	    D("2026-01-30"), D("2026-03-31"));
	ck_assert_uint_eq(f.n, 1);
	ck_assert_str_eq(fmt(f.v[0].date), "2026-03-01");
	ck_assert_str_eq(f.v[0].message, "fridge-cleaning every 1 month under "
	    "decision D-1: none from the visit of 2026-01-30 to the visit of "
	    "2026-03-02, due by 2026-02-28 (per calendar month)");
	findings_clear(&f);
	s.every = (struct duration){ 1, DUR_YEARS };
	dec.to = DATE_NONE;
	v.n = 2;
	v.d[0] = D("2026-01-05");
	v.d[1] = D("2027-12-31");
	frequency_judge(&f, &c, profiles_for(&ps, REGIME_DK_HH), &vd, &none,
	    D("2026-01-05"), D("2028-06-30"));
	ck_assert_uint_eq(f.n, 0);
	v.d[1] = D("2028-01-03");
	frequency_judge(&f, &c, profiles_for(&ps, REGIME_DK_HH), &vd, &none,
	    D("2026-01-05"), D("2028-06-30"));
	ck_assert_uint_eq(f.n, 1);
	ck_assert_str_eq(f.v[0].message, "fridge-cleaning every 1 year under "
	    "decision D-1: none from the visit of 2026-01-05 to the visit of "
	    "2028-01-03, due by 2027-12-31 (per calendar year)");
	findings_free(&f);
	profiles_free(&ps);
}
END_TEST

/* Twice a week: a week with 4 days at home owes 1 (8/7 rounded), one
 * with none owes nothing. */
START_TEST(week_partly_away)
{
	struct profiles ps;
	struct capture cap;
	struct findings f;
	struct care_case c;
	struct decision dec;
	struct service s = { .what = SVC_SHOPPING, .per_week = 2 };
	struct days v = { SVC_SHOPPING, { D("2026-03-13") }, 1 };
	struct visit_days vd = { &v, no_flags, visits };
	struct away_span sp[] = { { D("2026-03-09"), D("2026-03-11") },
	    { D("2026-03-16"), D("2026-03-22") } };
	struct away w = { sp, 2 };

	capture_init(&cap);
	ck_assert_int_eq(profiles_init(&ps, &cap.d), 0);
	grant(&c, &dec, &s);
	findings_init(&f);
	frequency_judge(&f, &c, profiles_for(&ps, REGIME_DK_HH), &vd, &w,
	    D("2026-03-09"), D("2026-03-22"));
	ck_assert_uint_eq(f.n, 0);
	v.n = 0;
	frequency_judge(&f, &c, profiles_for(&ps, REGIME_DK_HH), &vd, &w,
	    D("2026-03-09"), D("2026-03-22"));
	ck_assert_uint_eq(f.n, 1);
	ck_assert_str_eq(fmt(f.v[0].date), "2026-03-09");
	ck_assert_str_eq(f.v[0].message, "shopping 2 a week under decision "
	    "D-1: 0 in the week of 2026-03-09, which owes 1 for its 4 days "
	    "at home");
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
	tcase_add_test(tc, away_spans);
	tcase_add_test(tc, every_away);
	tcase_add_test(tc, calendar_months);
	tcase_add_test(tc, week_partly_away);
	suite_add_tcase(s, tc);
	return s;
}
