/* The rule catalogue: every check's id, the tools that make it, the
 * regimes it applies to and the parameters a profile may set. */
#ifndef CARETOOLS_RULES_H
#define CARETOOLS_RULES_H

#include <stddef.h>

#include "cases.h"

enum tool {
	TOOL_PV = 1,	/* plan-validate */
	TOOL_DW = 2,	/* deadline-watch */
	TOOL_HC = 4,	/* hours-check */
	TOOL_VC = 8	/* visit-compliance */
};

#define ON_SE_PA	(1u << REGIME_SE_PA)
#define ON_SE_DV	(1u << REGIME_SE_DV)
#define ON_DK_HH	(1u << REGIME_DK_HH)
#define ON_DK_HP	(1u << REGIME_DK_HP)
#define ON_DK		(ON_DK_HH | ON_DK_HP)
#define ON_ALL		(ON_SE_PA | ON_SE_DV | ON_DK)

enum rule_id {
	R_PLAN_ELEMENTS, R_PLAN_PARTICIPATION, R_PLAN_BEFORE_START,
	R_PLAN_INITIAL, R_PLAN_FOLLOWUP, R_PLAN_SUPPORT_PERSONS,
	R_PLAN_SUPPORT_NOT_GUARDIAN, R_PLAN_SCHEDULE_BEFORE_START,
	R_WORKENV_BEFORE_START, R_WORKENV_APV, R_DECISION_IN_FORCE,
	R_DATA_PERSONAL_ID,
	R_DECISION_EXPIRY, R_DECISION_REVIEW, R_CONTRACT_NOTICE,
	R_SCHEDULE_CHANGE_NOTICE, R_ASSISTANT_CHANGE_NOTICE,
	R_ABSENCE_NOTIFY, R_DV_SUMMARY, R_FK_REPORT, R_APPLICATION_CONTACT,
	R_APPLICATION_DECISION, R_DECISION_APPEAL_WINDOW, R_PROVIDER_START,
	R_PROVIDER_CHANGE, R_COMPLAINT_RESPONSE,
	R_HOURS_GRANTED, R_HOURS_TEMPORARY, R_HOURS_OUTSIDE_DECISION,
	R_HOURS_HOSPITAL, R_HOURS_OVERLAP, R_HOURS_DOUBLE_STAFFING,
	R_WORKTIME_DAILY_REST, R_WORKTIME_WEEKLY_REST,
	R_WORKTIME_WEEKLY_AVERAGE, R_BILLING_FK, R_BILLING_DST,
	R_STAFF_UNSKILLED, R_HOURS_AVERAGE_VISITED, R_HOURS_PRIVATE_HELPER,
	R_STAFF_INTRODUCED,
	R_VISIT_FREQUENCY, R_VISIT_WINDOW, R_VISIT_REPLACEMENT,
	R_VISIT_PERSONAL_SAME_DAY, R_VISIT_EXCUSED, R_VISIT_MOVED,
	R_VISIT_CONTINUITY, R_VISIT_UNKNOWN_HELPER_NOTICE,
	R_VISIT_DELIVERED,
	R_PRIVACY_IDS,
	R_COUNT
};

enum param_type {
	P_DURATION,	/* 14d, 1m, 5wd, 11h */
	P_NUMBER,	/* 48, 3.5 */
	P_COUNT,	/* a whole number */
	P_PERCENT,	/* 10% or 10 */
	P_TIME,		/* 08:00 */
	P_CHOICE,	/* one of the listed words */
	P_BOOL,		/* on or off */
	P_RATES		/* year: amount */
};

/* The working-time rules a staff member works under (caretools(7)). */
enum worktime {
	WT_ATL,		/* Arbetstidslagen */
	WT_HOUSEHOLD,	/* household work: lag (1970:943), FK's 52 hours */
	WT_PAN_J,	/* SKR/Sobona PAN with Bilaga J, from 2024-02-01 */
	WT_VF_PA,	/* Vårdföretagarna's agreement for personal assistance */
	WT_COUNT
};

int		 worktime_parse(const char *, enum worktime *);
const char	*worktime_name(enum worktime);
extern const char *const worktime_names[];

#define RULE_MAX_PARAMS	6

/* The values a parameter may take beyond what its type says: a profile
 * that sets one outside them is refused (caretools-profiles(5)). */
enum param_range {
	PR_ANY,		/* the type says it all (on/off, a word, a time) */
	PR_DAYS0,	/* d, w, m, y or wd: 0 days to 10 years */
	PR_DAYS1,	/* an interval or a period: 1 day to 10 years */
	PR_CLOCK,	/* a short span: 0 to 24 hours */
	PR_REST,	/* a rest: 1 minute to 7 days */
	PR_WINDOW,	/* the span a rest is counted in: 1 hour to 28 days */
	PR_MDAY,	/* a day of the month: 1 to 31 (the last day at most) */
	PR_MONTHS,	/* months: 1 to 24 */
	PR_WEEKS,	/* weeks: 1 to 52 */
	PR_PEOPLE,	/* people: 0 to 1000 */
	PR_VISITS,	/* visits a week: 0 to 100 */
	PR_WEIGHT,	/* a weight: 0 to 1 */
	PR_WEEKHOURS,	/* hours a week: 0 to 168 */
	PR_PERCENT,	/* a percentage: 0 to 100 */
	PR_RATES	/* year: amount, years 1900 to 2199, amounts to 100000 */
};

struct param_def {
	const char		*name;
	enum param_type		 type;
	const char *const	*choices;	/* P_CHOICE, NULL-terminated */
	enum param_range	 range;
};

struct rule_def {
	const char		*id;
	unsigned		 tools;
	unsigned		 regimes;
	struct param_def	 params[RULE_MAX_PARAMS];
};

extern const struct rule_def rule_defs[R_COUNT];

int		 rule_lookup(const char *);
const char	*rule_name(enum rule_id);
int		 rule_param_index(enum rule_id, const char *);

#endif
