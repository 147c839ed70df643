#include <stdio.h>
#include <string.h>

#include "cases.h"
#include "util.h"

/* Reads text as the file name into set. */
static void
load(struct caseset *set, struct capture *cap, const char *name,
    const char *text)
{
	struct input in;
	FILE *fp = fmemopen((void *)text, strlen(text), "rb");

	ck_assert_ptr_nonnull(fp);
	memset(&in, 0, sizeof(in));
	in.name = name;
	in.fp = fp;
	in.headlen = fread(in.head, 1, sizeof(in.head), fp);
	caseset_read(set, &in, FMT_AUTO, &cap->d);
	fclose(fp);
}

static const char full_yaml[] =
    "case: K-1042\n"
    "regime: se-pa\n"
    "funder: fk\n"
    "client:\n"
    "  id: \"19121212-1212\"\n"
    "  guardians: [G-3]\n"
    "  visually_impaired: false\n"
    "start: 2026-01-15\n"
    "decisions:\n"
    "  - id: B-2026-001\n"
    "    decided: 2025-12-20\n"
    "    received: 2025-12-22\n"
    "    from: 2026-01-01\n"
    "    to: 2026-12-31\n"
    "    hours_per_week: 42.5\n"
    "    review: 2026-06-30\n"
    "    double_staffing: false\n"
    "    services:\n"
    "      - {service: cleaning, every: 14d, minutes: 60}\n"
    "      - {service: personal-care, per_week: 14, minutes: 20}\n"
    "  - id: B-2026-002\n"
    "    temporary: true\n"
    "    from: 2026-07-01\n"
    "    to: 2026-07-31\n"
    "    hours_per_week: 60\n"
    "plan:\n"
    "  established: 2026-01-10\n"
    "  followups: [2026-07-05]\n"
    "  participated: true\n"
    "  support_persons: [S-17]\n"
    "  what: Morning and evening routines\n"
    "  who: The assistant team\n"
    "  when: Mon-Sun 07:00-10:00\n"
    "  where: At home\n"
    "  how: Following the client's own routines\n"
    "  why: To live as independently as possible\n"
    "schedule_agreed: 2026-01-12\n"
    "workenv_assessed: 2026-01-12\n"
    "contract: {signed: 2026-01-10, notice: null}\n"
    "events:\n"
    "  - {type: schedule-change, requested: 2026-03-01, effective: "
    "2026-03-20}\n"
    "  - {type: absence, from: 2026-05-01, to: 2026-05-30, reason: "
    "hospital, notified: 2026-05-16}\n"
    "  - {type: fk-report, month: 2026-09, submitted: 2026-10-28}\n"
    "  - {type: summary, period: 2026-Q3, done: 2026-10-03}\n";

/* The facts of the example case, whatever format they came in. */
static void
check_full(const struct care_case *c)
{
	ck_assert_str_eq(c->id, "K-1042");
	ck_assert_int_eq(c->regime, REGIME_SE_PA);
	ck_assert_int_eq(c->funder, FUNDER_FK);
	ck_assert_str_eq(c->client_id, "19121212-1212");
	ck_assert_int_eq(c->guardians.n, 1);
	ck_assert_str_eq(c->guardians.v[0], "G-3");
	ck_assert_int_eq(c->start, D("2026-01-15"));
	ck_assert_int_eq(c->ndecisions, 2);
	ck_assert_str_eq(c->decisions[0].id, "B-2026-001");
	ck_assert(c->decisions[0].hours_per_week == 42.5);
	ck_assert_int_eq(c->decisions[0].review, D("2026-06-30"));
	ck_assert_int_eq(c->decisions[0].nservices, 2);
	ck_assert_str_eq(c->decisions[0].services[0].name, "cleaning");
	ck_assert_int_eq(c->decisions[0].services[0].every.n, 14);
	ck_assert_int_eq(c->decisions[0].services[1].per_week, 14);
	ck_assert(c->decisions[1].temporary);
	ck_assert_int_eq(c->plan.established, D("2026-01-10"));
	ck_assert_int_eq(c->plan.followups.n, 1);
	ck_assert_int_eq(c->plan.participated, 1);
	ck_assert_str_eq(c->plan.why, "To live as independently as possible");
	ck_assert_int_eq(c->contract_signed, D("2026-01-10"));
	ck_assert_int_eq(c->contract_notice, DATE_NONE);
	ck_assert_int_eq(c->nevents, 4);
	ck_assert_int_eq(c->events[0].type, EV_SCHEDULE_CHANGE);
	ck_assert_int_eq(c->events[1].reason, REASON_HOSPITAL);
	ck_assert_int_eq(c->events[2].month, D("2026-09-01"));
	ck_assert_int_eq(c->events[3].period_start, D("2026-07-01"));
	ck_assert_int_eq(c->events[3].period_end, D("2026-09-30"));
}

START_TEST(yaml_case)
{
	struct caseset set;
	struct capture cap;

	capture_init(&cap);
	caseset_init(&set);
	load(&set, &cap, "k.yaml", full_yaml);
	ck_assert_int_eq(caseset_finish(&set, &cap.d), 0);
	ck_assert_str_eq(cap.buf, "");
	ck_assert_int_eq(set.ncases, 1);
	check_full(set.cases[0]);
	ck_assert_str_eq(set.cases[0]->pos.file, "k.yaml");
	ck_assert_int_eq(set.cases[0]->pos.line, 1);
	ck_assert_int_eq(set.cases[0]->start_pos.line, 8);
	ck_assert_int_eq(set.cases[0]->decisions[1].pos.line, 21);
	ck_assert_int_eq(set.cases[0]->plan.pos.line, 26);
	ck_assert_int_eq(set.cases[0]->events[2].pos.line, 43);
	ck_assert_ptr_eq(caseset_find(&set, "K-1042", 6), set.cases[0]);
	ck_assert_int_eq(set.read, 1);
	ck_assert_int_eq(set.rejected, 0);
	caseset_free(&set);
}
END_TEST

START_TEST(csv_tables_joined)
{
	struct caseset set;
	struct capture cap;

	capture_init(&cap);
	caseset_init(&set);
	/* parts may come before the case table */
	load(&set, &cap, "services.csv", "case,decision,service,every,"
	    "per_week,minutes\n"
	    "K-1042,B-2026-001,cleaning,14d,,60\n"
	    "K-1042,B-2026-001,personal-care,,14,20\n");
	load(&set, &cap, "cases.csv", "case,regime,funder,client_id,guardians,"
	    "visually_impaired,start,schedule_agreed,workenv_assessed,"
	    "contract_signed,contract_notice\n"
	    "K-1042,se-pa,fk,19121212-1212,G-3,false,2026-01-15,2026-01-12,"
	    "2026-01-12,2026-01-10,\n");
	load(&set, &cap, "decisions.csv", "case,decision,decided,received,"
	    "from,to,hours_per_week,review,temporary,double_staffing\n"
	    "K-1042,B-2026-001,2025-12-20,2025-12-22,2026-01-01,2026-12-31,"
	    "42.5,2026-06-30,false,false\n"
	    "K-1042,B-2026-002,,,2026-07-01,2026-07-31,60,,true,\n");
	load(&set, &cap, "plans.csv", "case,established,followups,"
	    "participated,participation_note,support_persons,what,who,when,"
	    "where,how,why\n"
	    "K-1042,2026-01-10,2026-07-05,true,,S-17,Morning and evening "
	    "routines,The assistant team,Mon-Sun 07:00-10:00,At home,"
	    "Following the client's own routines,To live as independently as "
	    "possible\n");
	load(&set, &cap, "events.csv", "case,type,requested,effective,from,"
	    "to,reason,notified,month,submitted,period,done\n"
	    "K-1042,schedule-change,2026-03-01,2026-03-20,,,,,,,,\n"
	    "K-1042,absence,,,2026-05-01,2026-05-30,hospital,2026-05-16,,,,\n"
	    "K-1042,fk-report,,,,,,,2026-09,2026-10-28,,\n"
	    "K-1042,summary,,,,,,,,,2026-Q3,2026-10-03\n");
	ck_assert_int_eq(caseset_finish(&set, &cap.d), 0);
	ck_assert_str_eq(cap.buf, "");
	ck_assert_int_eq(set.ncases, 1);
	check_full(set.cases[0]);
	ck_assert_str_eq(set.cases[0]->pos.file, "cases.csv");
	ck_assert_int_eq(set.cases[0]->pos.line, 2);
	ck_assert_str_eq(set.cases[0]->decisions[1].pos.file, "decisions.csv");
	ck_assert_int_eq(set.cases[0]->decisions[1].pos.line, 3);
	ck_assert_str_eq(set.cases[0]->events[3].pos.file, "events.csv");
	ck_assert_int_eq(set.cases[0]->events[3].pos.line, 5);
	ck_assert_int_eq(set.read, 10);
	ck_assert_int_eq(set.rejected, 0);
	caseset_free(&set);
}
END_TEST

/* The same tables as the users' exports write them: dates day first or
 * without dashes, a decimal comma (quoted, in a comma-separated file),
 * booleans in Swedish or as a ticked box. */
START_TEST(csv_tables_local_forms)
{
	struct caseset set;
	struct capture cap;

	capture_init(&cap);
	caseset_init(&set);
	load(&set, &cap, "services.csv", "case,decision,service,every,"
	    "per_week,minutes\n"
	    "K-1042,B-2026-001,cleaning,14d,,60\n"
	    "K-1042,B-2026-001,personal-care,,14,20\n");
	load(&set, &cap, "cases.csv", "case,regime,funder,client_id,guardians,"
	    "visually_impaired,start,schedule_agreed,workenv_assessed,"
	    "contract_signed,contract_notice\n"
	    "K-1042,se-pa,fk,19121212-1212,G-3,Nej,15.01.2026,12-01-2026,"
	    "20260112,10.01.2026,\n");
	load(&set, &cap, "decisions.csv", "case,decision,decided,received,"
	    "from,to,hours_per_week,review,temporary,double_staffing\n"
	    "K-1042,B-2026-001,20.12.2025,22.12.2025,01.01.2026,31.12.2026,"
	    "\"42,5\",30.06.2026,nej,0\n"
	    "K-1042,B-2026-002,,,01.07.2026,31.07.2026,60,,x,\n");
	load(&set, &cap, "plans.csv", "case,established,followups,"
	    "participated,what,who,when,where,how,why\n"
	    "K-1042,10.01.2026,05.07.2026,JA,Morning and evening routines,"
	    "The assistant team,Mon-Sun 07:00-10:00,At home,Following the "
	    "client's own routines,To live as independently as possible\n");
	load(&set, &cap, "events.csv", "case,type,requested,effective,from,"
	    "to,reason,notified,month,submitted,period,done\n"
	    "K-1042,schedule-change,01.03.2026,20.03.2026,,,,,,,,\n"
	    "K-1042,absence,,,20260501,20260530,hospital,16-05-2026,,,,\n"
	    "K-1042,fk-report,,,,,,,2026-09,28.10.2026,,\n"
	    "K-1042,summary,,,,,,,,,2026-Q3,03.10.2026\n");
	ck_assert_int_eq(caseset_finish(&set, &cap.d), 0);
	ck_assert_str_eq(cap.buf, "");
	ck_assert_int_eq(set.ncases, 1);
	check_full(set.cases[0]);
	ck_assert_int_eq(set.rejected, 0);
	caseset_free(&set);
}
END_TEST

#define REJECT(name, text, msgs) do {					\
	struct caseset set_;						\
	struct capture cap_;						\
	capture_init(&cap_);						\
	caseset_init(&set_);						\
	load(&set_, &cap_, name, text);					\
	caseset_finish(&set_, &cap_.d);					\
	ck_assert_str_eq(cap_.buf, msgs);				\
	ck_assert_int_eq(set_.ncases, 1);				\
	ck_assert_str_eq(set_.cases[0]->id, "OK-1");			\
	ck_assert_int_eq(set_.rejected, set_.read - 1);			\
	caseset_free(&set_);						\
} while (0)

#define OK_CASE	"case: OK-1\nregime: se-dv\n"

START_TEST(yaml_errors)
{
	REJECT("c.yaml", "case: K-1\nregime: se-pa\nfunder: fk\n"
	    "decisions:\n  - id: B-1\n    from: 2026-01-01\n"
	    "    hours_per_weak: 4\n---\n" OK_CASE,
	    "c.yaml:7: unknown field 'hours_per_weak' in decision; did you "
	    "mean 'hours_per_week'?\n");
	REJECT("c.yaml", "case: K-1\nregime: se-dv\nstart: 2026-02-30\n---\n"
	    OK_CASE, "c.yaml:3: start: invalid date '2026-02-30' (no such day "
	    "or time)\n");
	REJECT("c.yaml", "case: K-1\nregime: se-dv\nstart: 2026-13-01\n"
	    "end: 0000-01-01\n---\n" OK_CASE,
	    "c.yaml:3: start: invalid date '2026-13-01' (no such day or "
	    "time)\n"
	    "c.yaml:4: end: invalid date '0000-01-01' (year outside "
	    "1900-9999)\n");
	REJECT("c.yaml", "case: K-1\nregime: se-dv\nstart: 15/1/2026\n---\n"
	    OK_CASE, "c.yaml:3: start: invalid date '15/1/2026' (slashed "
	    "dates are ambiguous, day or month first; expected YYYY-MM-DD, "
	    "YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY)\n");
	REJECT("c.yaml", "case: K-1\nregime: se-dv\nstart: 15 Jan 2026\n"
	    "---\n" OK_CASE, "c.yaml:3: start: invalid date '15 Jan 2026' "
	    "(expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY)\n");
	REJECT("c.yaml", OK_CASE "---\ncase: OK-1\nregime: se-dv\n",
	    "c.yaml:4: duplicate case 'OK-1' (first at c.yaml:1)\n");
	REJECT("c.yaml", "case: K-1\nstart: 2026-01-01\n---\n" OK_CASE,
	    "c.yaml:1: case: missing required field 'regime'\n");
	REJECT("c.yaml", "case: K-1\nregime: se-pb\n---\n" OK_CASE,
	    "c.yaml:2: regime: unknown value 'se-pb'; did you mean 'se-pa'?\n");
	REJECT("c.yaml", "case: K-1\nregime: nursing\n---\n" OK_CASE,
	    "c.yaml:2: regime: unknown value 'nursing' (expected se-pa, se-dv, "
	    "dk-hh or dk-hp)\n");
	REJECT("c.yaml", "case: K-1\nregime: se-pa\n---\n" OK_CASE,
	    "c.yaml:1: case: missing required field 'funder' (fk or "
	    "municipality) for a se-pa case\n");
	REJECT("c.yaml", "case: K-1\nregime: se-dv\nfunder: fk\n---\n" OK_CASE,
	    "c.yaml:1: funder: only se-pa cases have a funder\n");
	REJECT("c.yaml", "case: 19121212-1212\nregime: se-dv\n---\n" OK_CASE,
	    "c.yaml:1: case: id looks like a personal identity number, which "
	    "reports must not show; use a case or staff number\n");
	REJECT("c.yaml", "regime: se-dv\n---\n" OK_CASE,
	    "c.yaml:1: record has no 'case' id\n");
	REJECT("c.yaml", "- a\n- b\n---\n" OK_CASE,
	    "c.yaml:1: expected a case record (a mapping), found a list\n");
	REJECT("c.yaml", "case: K-1\nregime: se-dv\nclient: {visually_impaired:"
	    " jo}\n---\n" OK_CASE, "c.yaml:3: visually_impaired: expected true "
	    "or false (also yes/no, ja/nej, 1/0, on/off, x for yes), found "
	    "'jo'\n");
	REJECT("c.yaml", "case: K-1\nregime: se-pa\nfunder: fk\ndecisions:\n"
	    "  - {id: B-1, from: 2026-01-01, hours_per_week: lots}\n"
	    "  - {id: B-2, from: 2026-01-01, hours_per_week: 400}\n"
	    "  - {id: B-1, from: 2027-01-01}\n---\n" OK_CASE,
	    "c.yaml:5: hours_per_week: expected a number of hours such as "
	    "42.5 or 42,5, found 'lots'\n"
	    "c.yaml:6: hours_per_week: '400' is more than 336 hours a week\n");
	REJECT("c.yaml", "case: K-1\nregime: se-pa\nfunder: fk\ndecisions:\n"
	    "  - {id: B-1, from: 2026-01-01}\n"
	    "  - {id: B-1, from: 2027-01-01}\n---\n" OK_CASE,
	    "c.yaml:6: decision 'B-1' appears twice in the case (first at "
	    "line 5)\n");
	REJECT("c.yaml", "case: K-1\nregime: se-dv\nevents:\n"
	    "  - {type: absense, from: 2026-01-01}\n"
	    "  - {type: absence}\n"
	    "  - {type: absence, from: 2026-01-01, chosen: 2026-01-01}\n"
	    "  - {from: 2026-01-01}\n---\n" OK_CASE,
	    "c.yaml:4: type: unknown value 'absense'; did you mean 'absence'?\n"
	    "c.yaml:5: absence event: missing required field 'from'\n"
	    "c.yaml:6: unknown field 'chosen' in absence event\n"
	    "c.yaml:7: event: missing required field 'type'\n");
	REJECT("c.yaml", "case: K-1\nregime: se-dv\ndecisions: {id: B-1}\n"
	    "plan: [a]\n---\n" OK_CASE,
	    "c.yaml:3: decisions: expected a list, found a mapping\n"
	    "c.yaml:4: plan: expected a mapping, found a list\n");
	REJECT("c.yaml", "case: K-1\nregime: se-dv\nclient:\n  id: [1, 2]\n"
	    "---\n" OK_CASE, "c.yaml:4: client id: expected a value, found a "
	    "list\n");
}
END_TEST

START_TEST(csv_errors)
{
	REJECT("cases.csv", "case,regime,start\nK-1,se-dv,2026-02-30\n"
	    "OK-1,se-dv,\n", "cases.csv:2: start: invalid date '2026-02-30' "
	    "(no such day or time)\n");
	/* a column lost to a typo would switch rules off: its rows' cases
	 * are rejected */
	REJECT("cases.csv", "case,regime\nK-1,se-dv,extra\nOK-1,se-dv\n",
	    "cases.csv:2: 3 fields, the header has 2\n");
	REJECT("cases.csv", "case,regime\n,se-dv\nOK-1,se-dv\n",
	    "cases.csv:2: record has no 'case' id\n");
}
END_TEST

/* A column lost to a typo would switch rules off: the cases of the
 * table's rows are rejected, quietly after the header's error. */
START_TEST(csv_bad_header)
{
	struct caseset set;
	struct capture cap;

	capture_init(&cap);
	caseset_init(&set);
	load(&set, &cap, "cases.csv", "case,regime,strat\nK-1,se-dv,"
	    "2026-02-01\nK-2,se-dv,\n");
	load(&set, &cap, "c.yaml", OK_CASE);
	caseset_finish(&set, &cap.d);
	ck_assert_str_eq(cap.buf, "cases.csv:1: case table header: unknown "
	    "column 'strat' (did you mean 'start'?); needed: case (English, "
	    "Swedish or Danish names, or a column map in the profile)\n");
	ck_assert_int_eq(set.ncases, 1);
	ck_assert_str_eq(set.cases[0]->id, "OK-1");
	ck_assert_int_eq(set.read, 3);
	ck_assert_int_eq(set.rejected, 2);
	caseset_free(&set);
}
END_TEST

START_TEST(csv_join_errors)
{
	struct caseset set;
	struct capture cap;

	capture_init(&cap);
	caseset_init(&set);
	load(&set, &cap, "cases.csv", "case,regime,funder\nK-1,se-pa,fk\n"
	    "K-2,se-pa,fk\nK-3,se-dv,\n");
	load(&set, &cap, "decisions.csv", "case,decision,from\n"
	    "K-1,B-1,2026-01-01\nK-9,B-9,2026-01-01\n");
	load(&set, &cap, "services.csv", "case,decision,service,every\n"
	    "K-1,B-2,cleaning,14d\n");
	load(&set, &cap, "plans.csv", "case,established\nK-2,2026-01-01\n"
	    "K-2,2026-02-01\n");
	load(&set, &cap, "weird.csv", "id,name\n1,2\n");
	load(&set, &cap, "events.csv", "case,type,from,guardians\n");
	caseset_finish(&set, &cap.d);
	ck_assert_str_eq(cap.buf,
	    "plans.csv:3: second plan for case K-2 (first at line 2)\n"
	    "weird.csv:1: not a case table: the header must have a 'case' "
	    "column and the columns of a case, decision, service, plan or "
	    "event table (English, Swedish or Danish names, or a column map "
	    "in the profile)\n"
	    "weird.csv: 1 row left out because of the header\n"
	    "events.csv:1: event table header: unknown column 'guardians'; "
	    "needed: case (English, Swedish or Danish names, or a column map "
	    "in the profile)\n"
	    "services.csv:2: service for decision 'B-2', which case K-1 does "
	    "not have\n"
	    "decisions.csv:3: case K-9 has no case record (a row of a case "
	    "table or a YAML document)\n");
	ck_assert_int_eq(set.ncases, 1);
	ck_assert_str_eq(set.cases[0]->id, "K-3");
	/* every record read is used or rejected, weird.csv's row too */
	ck_assert_int_eq(set.read, 9);
	ck_assert_int_eq(set.rejected, 8);
	caseset_free(&set);
}
END_TEST

START_TEST(lists_in_one_value)
{
	struct caseset set;
	struct capture cap;

	capture_init(&cap);
	caseset_init(&set);
	load(&set, &cap, "c.yaml", "case: K-1\nregime: se-dv\n"
	    "client: {guardians: 'G-1; G-2'}\n"
	    "plan: {followups: '2026-01-01;2026-07-01', support_persons: []}\n");
	ck_assert_int_eq(caseset_finish(&set, &cap.d), 0);
	ck_assert_str_eq(cap.buf, "");
	ck_assert_int_eq(set.cases[0]->guardians.n, 2);
	ck_assert_str_eq(set.cases[0]->guardians.v[1], "G-2");
	ck_assert_int_eq(set.cases[0]->plan.followups.n, 2);
	ck_assert_int_eq(set.cases[0]->plan.followups.v[1], D("2026-07-01"));
	ck_assert_int_eq(set.cases[0]->plan.support_persons.n, 0);
	caseset_free(&set);
}
END_TEST

Suite *
cases_suite(void)
{
	Suite *s = suite_create("cases");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, yaml_case);
	tcase_add_test(tc, csv_tables_joined);
	tcase_add_test(tc, csv_tables_local_forms);
	tcase_add_test(tc, yaml_errors);
	tcase_add_test(tc, csv_errors);
	tcase_add_test(tc, csv_bad_header);
	tcase_add_test(tc, csv_join_errors);
	tcase_add_test(tc, lists_in_one_value);
	suite_add_tcase(s, tc);
	return s;
}
