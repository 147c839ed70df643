#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "profile.h"
#include "util.h"

static char path[64];

/* Writes text to a temporary profile file. */
static const char *
profile_file(const char *text)
{
	FILE *fp;
	int fd;

	snprintf(path, sizeof(path), "/tmp/caretools-profile-XXXXXX");
	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	fp = fdopen(fd, "w");
	fputs(text, fp);
	fclose(fp);
	return path;
}

/* Applies a profile text; returns the messages, with the file's name
 * replaced by "P". */
static const char *
apply(struct profiles *ps, const char *text)
{
	static char out[4096];
	struct capture cap;
	const char *f = profile_file(text);
	size_t n = strlen(f), o = 0;
	char *p;

	capture_init(&cap);
	profiles_apply(ps, f, &cap.d);
	unlink(f);
	for (p = cap.buf; *p != '\0' && o + 1 < sizeof(out);) {
		if (strncmp(p, f, n) == 0) {
			out[o++] = 'P';
			p += n;
		} else
			out[o++] = *p++;
	}
	out[o] = '\0';
	return out;
}

/* The rules the built-in dk-hp profile keeps off: minutes, hours and
 * frequencies. */
static bool
off_in_dk_hp(int r)
{
	return r == R_HOURS_GRANTED || r == R_HOURS_AVERAGE_VISITED ||
	    r == R_HOURS_PRIVATE_HELPER || r == R_VISIT_FREQUENCY ||
	    r == R_VISIT_WINDOW;
}

/* roll_forward as the built-in profiles set it: on for the Swedish
 * duties to act by a day but the before-start rules, off for the Danish
 * ones; set for every rule that has it. */
static void
check_roll(const struct profiles *ps)
{
	const struct profile *p;
	bool want;
	int g, r;

	for (g = 0; g < REGIME_COUNT; g++) {
		p = profiles_for(ps, (enum regime)g);
		for (r = 0; r < R_COUNT; r++) {
			if (!(rule_defs[r].regimes & (1u << g)) ||
			    rule_param_index(r, "roll_forward") < 0)
				continue;
			want = regime_country((enum regime)g) == COUNTRY_SE &&
			    r != R_PLAN_BEFORE_START &&
			    r != R_PLAN_SCHEDULE_BEFORE_START &&
			    r != R_WORKENV_BEFORE_START;
			ck_assert_msg(profile_bool(p, r, "roll_forward") == want,
			    "%s %s", p->name, rule_defs[r].id);
		}
	}
	ck_assert_int_lt(rule_param_index(R_CONTRACT_NOTICE, "roll_forward"),
	    0);
	ck_assert_int_lt(rule_param_index(R_PROVIDER_CHANGE, "roll_forward"),
	    0);
	ck_assert_int_lt(rule_param_index(R_DECISION_EXPIRY, "roll_forward"),
	    0);
	ck_assert_int_lt(rule_param_index(R_SCHEDULE_CHANGE_NOTICE,
	    "roll_forward"), 0);
}

START_TEST(builtins)
{
	struct profiles ps;
	struct capture cap;
	const struct profile *p;
	int g, r;
	double v;

	capture_init(&cap);
	ck_assert_int_eq(profiles_init(&ps, &cap.d), 0);
	ck_assert_str_eq(cap.buf, "");
	for (g = 0; g < REGIME_COUNT; g++) {
		p = profiles_for(&ps, (enum regime)g);
		ck_assert_str_eq(p->name, regime_name((enum regime)g));
		for (r = 0; r < R_COUNT; r++) {
			bool applies = rule_defs[r].regimes & (1u << g);

			ck_assert_msg(profile_on(p, (enum rule_id)r) ==
			    (applies && !(g == REGIME_DK_HP && off_in_dk_hp(r))),
			    "%s %s", p->name, rule_defs[r].id);
			if (applies)
				ck_assert_ptr_nonnull(p->rules[r].source);
		}
	}
	p = profiles_for(&ps, REGIME_SE_PA);
	ck_assert_int_eq(profile_dur(p, R_PLAN_FOLLOWUP, "interval").n, 6);
	ck_assert_int_eq(profile_dur(p, R_PLAN_FOLLOWUP, "interval").unit,
	    DUR_MONTHS);
	ck_assert(profile_rate(p, R_BILLING_FK, "rates", 2024, &v));
	ck_assert(v == 332.60);
	ck_assert(!profile_rate(p, R_BILLING_FK, "rates", 2026, &v));
	ck_assert(profile_param(p, R_DECISION_EXPIRY, "notice")->set);
	ck_assert(!profile_param(p, R_COMPLAINT_RESPONSE, "within")->set);
	p = profiles_for(&ps, REGIME_SE_DV);
	ck_assert_int_eq(profile_dur(p, R_PLAN_FOLLOWUP, "interval").n, 12);
	ck_assert_int_eq(profile_choice(p, R_DV_SUMMARY, "period"), 0);
	p = profiles_for(&ps, REGIME_DK_HH);
	ck_assert_int_eq(profile_time(p, R_VISIT_WINDOW, "from"), 8 * 60);
	ck_assert(profile_num(p, R_STAFF_UNSKILLED, "max_hours") == 10);
	ck_assert_int_eq(profile_dur(p, R_VISIT_REPLACEMENT, "within").unit,
	    DUR_WORKDAYS);
	p = profiles_for(&ps, REGIME_DK_HP);
	ck_assert(profile_on(p, R_VISIT_CONTINUITY));
	ck_assert(profile_on(p, R_PROVIDER_CHANGE));
	ck_assert(!profile_on(p, R_STAFF_UNSKILLED));
	ck_assert_int_eq(profile_time(p, R_VISIT_WINDOW, "from"), 8 * 60);
	check_roll(&ps);
	profiles_free(&ps);
}
END_TEST

START_TEST(overrides)
{
	struct profiles ps;
	struct capture cap;
	const struct profile *p;

	capture_init(&cap);
	ck_assert_int_eq(profiles_init(&ps, &cap.d), 0);
	ck_assert_str_eq(apply(&ps, "profile: huddinge\nregime: se-pa\n"
	    "rules:\n  plan.followup: {interval: 3m}\n"
	    "  hours.double-staffing: off\n"
	    "  decision.expiry:\n    notice: 60d\n"), "");
	p = profiles_for(&ps, REGIME_SE_PA);
	ck_assert_str_eq(p->name, "huddinge");
	ck_assert_int_eq(profile_dur(p, R_PLAN_FOLLOWUP, "interval").n, 3);
	ck_assert(!profile_on(p, R_HOURS_DOUBLE_STAFFING));
	ck_assert(profile_on(p, R_DECISION_EXPIRY));
	ck_assert_int_eq(profile_dur(p, R_DECISION_EXPIRY, "notice").n, 60);
	/* se-dv untouched */
	ck_assert_int_eq(profile_dur(profiles_for(&ps, REGIME_SE_DV),
	    R_PLAN_FOLLOWUP, "interval").n, 12);
	/* no regime: every regime the rule applies to; several documents */
	ck_assert_str_eq(apply(&ps, "rules:\n  complaint.response:\n"
	    "    within: 14d\n---\nregime: dk-hh\nrules:\n"
	    "  visit.window: {to: '18:00'}\n"), "");
	ck_assert_int_eq(profile_dur(profiles_for(&ps, REGIME_SE_DV),
	    R_COMPLAINT_RESPONSE, "within").n, 14);
	ck_assert_int_eq(profile_dur(profiles_for(&ps, REGIME_DK_HH),
	    R_COMPLAINT_RESPONSE, "within").n, 14);
	ck_assert_int_eq(profile_time(profiles_for(&ps, REGIME_DK_HH),
	    R_VISIT_WINDOW, "to"), 18 * 60);
	/* a built-in name puts its regime back to the defaults */
	ck_assert_int_eq(profiles_apply(&ps, "se-pa", &cap.d), 0);
	p = profiles_for(&ps, REGIME_SE_PA);
	ck_assert_int_eq(profile_dur(p, R_PLAN_FOLLOWUP, "interval").n, 6);
	ck_assert(profile_on(p, R_HOURS_DOUBLE_STAFFING));
	ck_assert(!profile_param(p, R_COMPLAINT_RESPONSE, "within")->set);
	/* a unit switches dk-hp's minute rules back on, with the built-in
	 * parameters or its own, and moves its Danish deadlines */
	ck_assert_str_eq(apply(&ps, "regime: dk-hp\nrules:\n"
	    "  visit.frequency: on\n  visit.window: {enabled: true, "
	    "to: '18:00'}\n  application.decision: {roll_forward: on}\n"),
	    "");
	p = profiles_for(&ps, REGIME_DK_HP);
	ck_assert(profile_on(p, R_VISIT_FREQUENCY));
	ck_assert(profile_on(p, R_VISIT_WINDOW));
	ck_assert_int_eq(profile_time(p, R_VISIT_WINDOW, "from"), 8 * 60);
	ck_assert_int_eq(profile_time(p, R_VISIT_WINDOW, "to"), 18 * 60);
	ck_assert(!profile_on(p, R_HOURS_GRANTED));
	ck_assert(profile_bool(p, R_APPLICATION_DECISION, "roll_forward"));
	p = profiles_for(&ps, REGIME_DK_HH);
	ck_assert(!profile_bool(p, R_APPLICATION_DECISION, "roll_forward"));
	ck_assert_int_eq(profile_time(p, R_VISIT_WINDOW, "to"), 18 * 60);
	/* and the built-in name puts them back off */
	ck_assert_int_eq(profiles_apply(&ps, "dk-hp", &cap.d), 0);
	p = profiles_for(&ps, REGIME_DK_HP);
	ck_assert(!profile_on(p, R_VISIT_FREQUENCY));
	ck_assert(!profile_bool(p, R_APPLICATION_DECISION, "roll_forward"));
	/* staff.unskilled is dk-hh's, over the provider's whole staff */
	ck_assert_str_eq(apply(&ps, "regime: dk-hp\nrules:\n"
	    "  staff.unskilled: on\n  plan.initial: {roll_forward: on}\n"
	    "  application.decision: {roll_forward: null}\n"),
	    "P:3: rule staff.unskilled does not apply to dk-hp\n"
	    "P:4: rule plan.initial does not apply to dk-hp\n"
	    "P:5: application.decision: roll_forward cannot be null; switch "
	    "the rule off instead (application.decision: off)\n");
	profiles_free(&ps);
}
END_TEST

START_TEST(errors)
{
	struct profiles ps;
	struct capture cap;

	capture_init(&cap);
	ck_assert_int_eq(profiles_init(&ps, &cap.d), 0);
	ck_assert_str_eq(apply(&ps, "rules:\n  plan.folowup: {interval: 3m}\n"
	    "  plan.followup: {intervall: 3m}\n"
	    "  visit.window: {from: 8}\n"
	    "  privacy.ids: off\n"
	    "  plan.elements: maybe\n"),
	    "P:2: unknown rule 'plan.folowup'; did you mean 'plan.followup'?\n"
	    "P:3: plan.followup: unknown parameter 'intervall'; did you mean "
	    "'interval'?\n"
	    "P:4: visit.window: from: expected a time HH:MM, found '8'\n"
	    "P:5: privacy.ids cannot be switched off\n"
	    "P:6: plan.elements: expected on, off or a mapping of parameters\n");
	ck_assert_str_eq(apply(&ps, "regime: se-dv\nrules:\n"
	    "  fk.report: {day: 10}\n"),
	    "P:3: rule fk.report does not apply to se-dv\n");
	ck_assert_str_eq(apply(&ps, "regime: se-xx\n"),
	    "P:1: regime: unknown regime 'se-xx' (expected se-pa, se-dv, "
	    "dk-hh or dk-hp)\n");
	ck_assert_str_eq(apply(&ps, "rule:\n  plan.followup: off\n"),
	    "P:1: unknown field 'rule' in profile; did you mean 'rules'?\n");
	ck_assert_str_eq(apply(&ps, "rules:\n  billing.fk:\n    rates: "
	    "{twenty: 1}\n  hours.granted: {on_call_weight: heavy}\n"
	    "  plan.followup: {interval: 6 months}\n"
	    "  plan.initial: {roll_forward: sometimes}\n"),
	    "P:3: billing.fk: rates: expected YEAR: AMOUNT such as 2024: "
	    "332.60\n"
	    "P:4: hours.granted: on_call_weight: expected a number, found "
	    "'heavy'\n"
	    "P:5: plan.followup: interval: expected a duration such as 14d, "
	    "2w, 6m, 1y, 5wd, 11h or 90min, found '6 months'\n"
	    "P:6: plan.initial: roll_forward: expected on or off, found "
	    "'sometimes'\n");
	capture_init(&cap);
	ck_assert_int_eq(profiles_apply(&ps, "se-xx", &cap.d), -1);
	ck_assert_str_eq(cap.buf, "unknown profile 'se-xx' (built-in: se-pa, "
	    "se-dv, dk-hh, dk-hp; or a file name)\n");
	capture_init(&cap);
	ck_assert_int_eq(profiles_apply(&ps, "./no-such.yaml", &cap.d), -1);
	ck_assert_str_eq(cap.buf, "./no-such.yaml: No such file or "
	    "directory\n");
	profiles_free(&ps);
}
END_TEST

/* A visit rule switched on for a regime whose built-in profile lacks its
 * parameters (made here by emptying dk-hh's entries) is refused when the
 * file is applied, naming each missing parameter, its own or borrowed. */
START_TEST(visit_rule_incomplete)
{
	struct profiles ps;
	struct capture cap;
	struct profile *dk;

	capture_init(&cap);
	ck_assert_int_eq(profiles_init(&ps, &cap.d), 0);
	dk = &ps.by_regime[REGIME_DK_HH];
	memset(&dk->rules[R_VISIT_WINDOW], 0, sizeof(dk->rules[0]));
	memset(&dk->rules[R_STAFF_INTRODUCED], 0, sizeof(dk->rules[0]));
	ck_assert_str_eq(apply(&ps, "rules:\n"
	    "  visit.window: {enabled: true, to: 16:00}\n"
	    "  staff.introduced: off\n"),
	    "P: visit.window: switched on for dk-hh, whose profile gives no "
	    "visit.window from: set it, or switch the rule off\n"
	    "P: visit.window: switched on for dk-hh, whose profile gives no "
	    "visit.window meals_until: set it, or switch the rule off\n"
	    "P: visit.window: switched on for dk-hh, whose profile gives no "
	    "visit.window together_within: set it, or switch the rule off\n"
	    "P: visit.unknown-helper-notice: switched on for dk-hh, whose "
	    "profile gives no staff.introduced baseline: set it, or switch "
	    "the rule off\n");
	ck_assert_int_eq(profiles_apply(&ps, "dk-hh", &cap.d), 0);
	ck_assert_str_eq(apply(&ps, "rules:\n  visit.window: {to: 16:00}\n"),
	    "");
	ck_assert_int_eq(profile_time(profiles_for(&ps, REGIME_DK_HH),
	    R_VISIT_WINDOW, "to"), 16 * 60);
	profiles_free(&ps);
}
END_TEST

Suite *
profile_suite(void)
{
	Suite *s = suite_create("profile");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, builtins);
	tcase_add_test(tc, overrides);
	tcase_add_test(tc, errors);
	tcase_add_test(tc, visit_rule_incomplete);
	suite_add_tcase(s, tc);
	return s;
}
