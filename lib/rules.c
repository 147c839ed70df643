#include <string.h>

#include "rules.h"

#define PV	TOOL_PV
#define DW	TOOL_DW
#define HC	TOOL_HC
#define VC	TOOL_VC

static const char *const summary_periods[] = { "monthly", "quarterly", NULL };
static const char *const weekdays[] = { "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", NULL };

/* Every deadline rule also takes "notice": how long before the due date it
 * is reported (by default --within). */
#define NOTICE	{ "notice", P_DURATION, NULL, PR_DAYS0 }

/* A rule that sets a duty to act by a day also takes "roll_forward":
 * whether a due day that is not a working day moves to the next one. */
#define ROLL	{ "roll_forward", P_BOOL, NULL, PR_ANY }

const struct rule_def rule_defs[R_COUNT] = {
	[R_PLAN_ELEMENTS] = { "plan.elements", PV, ON_SE_PA | ON_SE_DV, {{0}} },
	[R_PLAN_PARTICIPATION] = { "plan.participation", PV,
	    ON_SE_PA | ON_SE_DV, {{0}} },
	[R_PLAN_BEFORE_START] = { "plan.before-start", PV | DW, ON_SE_PA,
	    { { "within", P_DURATION, NULL, PR_DAYS0 }, NOTICE, ROLL } },
	[R_PLAN_INITIAL] = { "plan.initial", PV | DW, ON_SE_DV,
	    { { "within", P_DURATION, NULL, PR_DAYS0 }, NOTICE, ROLL } },
	[R_PLAN_FOLLOWUP] = { "plan.followup", PV | DW, ON_SE_PA | ON_SE_DV,
	    { { "interval", P_DURATION, NULL, PR_DAYS1 }, NOTICE, ROLL } },
	[R_PLAN_SUPPORT_PERSONS] = { "plan.support-persons", PV, ON_SE_DV,
	    { { "min", P_COUNT, NULL, PR_PEOPLE },
	      { "max", P_COUNT, NULL, PR_PEOPLE } } },
	[R_PLAN_SUPPORT_NOT_GUARDIAN] = { "plan.support-not-guardian", PV,
	    ON_SE_DV, {{0}} },
	[R_PLAN_SCHEDULE_BEFORE_START] = { "plan.schedule-before-start", PV,
	    ON_SE_PA, { { "within", P_DURATION, NULL, PR_DAYS0 }, ROLL } },
	[R_WORKENV_BEFORE_START] = { "workenv.before-start", PV | DW,
	    ON_SE_PA, { { "within", P_DURATION, NULL, PR_DAYS0 }, NOTICE, ROLL } },
	[R_WORKENV_APV] = { "workenv.apv", PV | DW, ON_DK,
	    { { "within", P_DURATION, NULL, PR_DAYS0 }, NOTICE, ROLL } },
	[R_DECISION_IN_FORCE] = { "decision.in-force", PV, ON_ALL, {{0}} },
	[R_DATA_PERSONAL_ID] = { "data.personal-id", PV, ON_ALL, {{0}} },

	[R_DECISION_EXPIRY] = { "decision.expiry", PV | DW, ON_ALL, { NOTICE } },
	[R_DECISION_REVIEW] = { "decision.review", PV | DW, ON_SE_PA, { NOTICE } },
	[R_CONTRACT_NOTICE] = { "contract.notice", DW | PV, ON_SE_PA,
	    { { "period", P_DURATION, NULL, PR_DAYS1 }, NOTICE } },
	[R_SCHEDULE_CHANGE_NOTICE] = { "schedule.change-notice", PV | DW,
	    ON_SE_PA, { { "ahead", P_DURATION, NULL, PR_DAYS0 }, NOTICE } },
	[R_ASSISTANT_CHANGE_NOTICE] = { "assistant.change-notice", PV | DW,
	    ON_SE_PA, { { "ahead", P_DURATION, NULL, PR_DAYS0 }, NOTICE } },
	[R_ABSENCE_NOTIFY] = { "absence.notify", PV | DW, ON_SE_DV,
	    { { "after", P_DURATION, NULL, PR_DAYS0 }, NOTICE, ROLL } },
	[R_DV_SUMMARY] = { "dv.summary", PV | DW, ON_SE_DV,
	    { { "period", P_CHOICE, summary_periods, PR_ANY },
	      { "grace", P_DURATION, NULL, PR_DAYS0 }, NOTICE, ROLL } },
	[R_FK_REPORT] = { "fk.report", PV | DW, ON_SE_PA,
	    { { "day", P_COUNT, NULL, PR_MDAY },
	      { "months", P_COUNT, NULL, PR_MONTHS },
	      NOTICE, { "municipality_day", P_COUNT, NULL, PR_MDAY },
	      { "municipality_months", P_COUNT, NULL, PR_MONTHS }, ROLL } },
	[R_APPLICATION_CONTACT] = { "application.contact", PV | DW, ON_DK,
	    { { "within", P_DURATION, NULL, PR_DAYS0 }, NOTICE, ROLL } },
	[R_APPLICATION_DECISION] = { "application.decision", PV | DW, ON_DK,
	    { { "within", P_DURATION, NULL, PR_DAYS0 }, NOTICE, ROLL } },
	[R_DECISION_APPEAL_WINDOW] = { "decision.appeal-window", PV | DW,
	    ON_DK, { { "within", P_DURATION, NULL, PR_DAYS0 }, NOTICE, ROLL } },
	[R_PROVIDER_START] = { "provider.start", PV | DW | VC, ON_DK,
	    { { "within", P_DURATION, NULL, PR_DAYS0 },
	      { "urgent_within", P_DURATION, NULL, PR_DAYS0 }, NOTICE, ROLL } },
	[R_PROVIDER_CHANGE] = { "provider.change", PV | DW, ON_DK, { NOTICE } },
	[R_COMPLAINT_RESPONSE] = { "complaint.response", PV | DW, ON_ALL,
	    { { "within", P_DURATION, NULL, PR_DAYS0 }, NOTICE, ROLL } },

	[R_HOURS_GRANTED] = { "hours.granted", HC, ON_SE_PA | ON_DK,
	    { { "period", P_DURATION, NULL, PR_DAYS1 },
	      { "period_fk", P_DURATION, NULL, PR_DAYS1 },
	      { "on_call_weight", P_NUMBER, NULL, PR_WEIGHT },
	      { "standby_weight", P_NUMBER, NULL, PR_WEIGHT } } },
	[R_HOURS_TEMPORARY] = { "hours.temporary", HC, ON_SE_PA, {{0}} },
	[R_HOURS_OUTSIDE_DECISION] = { "hours.outside-decision", HC, ON_ALL,
	    {{0}} },
	[R_HOURS_HOSPITAL] = { "hours.hospital", HC, ON_SE_PA,
	    { { "max", P_DURATION, NULL, PR_DAYS1 } } },
	[R_HOURS_OVERLAP] = { "hours.overlap", HC, ON_ALL, {{0}} },
	[R_HOURS_DOUBLE_STAFFING] = { "hours.double-staffing", HC, ON_SE_PA,
	    {{0}} },
	[R_WORKTIME_DAILY_REST] = { "worktime.daily-rest", HC, ON_SE_PA,
	    { { "rest", P_DURATION, NULL, PR_REST },
	      { "window", P_DURATION, NULL, PR_WINDOW },
	      { "break", P_TIME, NULL, PR_ANY },
	      { "night", P_BOOL, NULL, PR_ANY },
	      { "rolling", P_BOOL, NULL, PR_ANY },
	      { "min_rest", P_DURATION, NULL, PR_REST } } },
	[R_WORKTIME_WEEKLY_REST] = { "worktime.weekly-rest", HC, ON_SE_PA,
	    { { "rest", P_DURATION, NULL, PR_REST },
	      { "window", P_DURATION, NULL, PR_WINDOW },
	      { "break", P_TIME, NULL, PR_ANY },
	      { "break_day", P_CHOICE, weekdays, PR_ANY },
	      { "rolling", P_BOOL, NULL, PR_ANY } } },
	[R_WORKTIME_WEEKLY_AVERAGE] = { "worktime.weekly-average", HC,
	    ON_SE_PA, { { "hours", P_NUMBER, NULL, PR_WEEKHOURS },
	    { "weeks", P_COUNT, NULL, PR_WEEKS },
	    { "period", P_DURATION, NULL, PR_DAYS1 } } },
	[R_BILLING_FK] = { "billing.fk", HC, ON_SE_PA,
	    { { "rates", P_RATES, NULL, PR_RATES } } },
	[R_BILLING_DST] = { "billing.dst", HC, ON_ALL, {{0}} },
	[R_STAFF_UNSKILLED] = { "staff.unskilled", HC, ON_DK_HH,
	    { { "max_hours", P_PERCENT, NULL, PR_PERCENT },
	      { "max_staff", P_PERCENT, NULL, PR_PERCENT } } },
	[R_HOURS_AVERAGE_VISITED] = { "hours.average-visited", HC, ON_DK,
	    { { "low", P_NUMBER, NULL, PR_WEEKHOURS },
	      { "high", P_NUMBER, NULL, PR_WEEKHOURS } } },
	[R_HOURS_PRIVATE_HELPER] = { "hours.private-helper", HC, ON_DK,
	    { { "above", P_NUMBER, NULL, PR_WEEKHOURS } } },
	[R_STAFF_INTRODUCED] = { "staff.introduced", HC | VC,
	    ON_SE_PA | ON_DK, { { "baseline", P_DURATION, NULL, PR_DAYS1 } } },

	[R_VISIT_FREQUENCY] = { "visit.frequency", VC, ON_DK, {{0}} },
	[R_VISIT_WINDOW] = { "visit.window", VC, ON_DK,
	    { { "from", P_TIME, NULL, PR_ANY }, { "to", P_TIME, NULL, PR_ANY },
	      { "meals_until", P_TIME, NULL, PR_ANY },
	      { "together_within", P_DURATION, NULL, PR_CLOCK } } },
	[R_VISIT_REPLACEMENT] = { "visit.replacement", VC, ON_DK,
	    { { "within", P_DURATION, NULL, PR_DAYS0 } } },
	[R_VISIT_PERSONAL_SAME_DAY] = { "visit.personal-same-day", VC,
	    ON_DK, { { "within", P_DURATION, NULL, PR_DAYS0 },
	    { "low_frequency_within", P_DURATION, NULL, PR_DAYS0 },
	    { "low_frequency", P_COUNT, NULL, PR_VISITS } } },
	[R_VISIT_EXCUSED] = { "visit.excused", VC, ON_DK,
	    { { "cancel_by", P_DURATION, NULL, PR_DAYS0 } } },
	[R_VISIT_MOVED] = { "visit.moved", VC, ON_DK,
	    { { "tolerance", P_DURATION, NULL, PR_CLOCK } } },
	[R_VISIT_CONTINUITY] = { "visit.continuity", VC, ON_DK | ON_SE_PA,
	    { { "period", P_DURATION, NULL, PR_DAYS1 },
	      { "max_staff", P_COUNT, NULL, PR_PEOPLE },
	      { "day_from", P_TIME, NULL, PR_ANY },
	      { "day_to", P_TIME, NULL, PR_ANY } } },
	[R_VISIT_UNKNOWN_HELPER_NOTICE] = { "visit.unknown-helper-notice", VC,
	    ON_DK, {{0}} },
	[R_VISIT_DELIVERED] = { "visit.delivered", VC, ON_ALL, {{0}} },

	[R_PRIVACY_IDS] = { "privacy.ids", PV | DW | HC | VC, ON_ALL, {{0}} },
};

int
rule_lookup(const char *id)
{
	int i;

	for (i = 0; i < R_COUNT; i++)
		if (strcmp(rule_defs[i].id, id) == 0)
			return i;
	return -1;
}

const char *
rule_name(enum rule_id r)
{
	return rule_defs[r].id;
}

int
rule_param_index(enum rule_id r, const char *name)
{
	int i;

	for (i = 0; i < RULE_MAX_PARAMS && rule_defs[r].params[i].name; i++)
		if (rule_defs[r].params[i].name[0] == name[0] &&
		    strcmp(rule_defs[r].params[i].name, name) == 0)
			return i;
	return -1;
}
