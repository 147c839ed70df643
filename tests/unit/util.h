/* Helpers shared by the unit suites. */
#ifndef CARETOOLS_TEST_UTIL_H
#define CARETOOLS_TEST_UTIL_H

#include <check.h>
#include <stddef.h>

#include "dates.h"
#include "diag.h"

/* A diagnostics sink that keeps every message as "file:line: msg\n". */
struct capture {
	struct diag	d;
	char		buf[16384];
	size_t		len;
};

void		capture_init(struct capture *);
cdate		D(const char *);
const char	*fmt(cdate);
const char	*suites_dir(void);
char		*read_file(const char *, size_t *);
char		*edge_capture(void (*)(void *), void *);

Suite	*arena_suite(void);
Suite	*calendar_suite(void);
Suite	*cases_suite(void);
Suite	*csvin_suite(void);
Suite	*input_suite(void);
Suite	*columns_suite(void);
Suite	*dates_suite(void);
Suite	*deadlines_suite(void);
Suite	*personid_suite(void);
Suite	*profile_suite(void);
Suite	*progress_suite(void);
Suite	*report_suite(void);
Suite	*table_suite(void);
Suite	*rules_grant_suite(void);
Suite	*rules_staffing_suite(void);
Suite	*rules_worktime_suite(void);
Suite	*rules_frequency_suite(void);
Suite	*rules_replacement_suite(void);
Suite	*rules_dkapp_suite(void);
Suite	*rules_decision_suite(void);
Suite	*rules_records_suite(void);
Suite	*rules_visit_row_suite(void);
Suite	*rules_continuity_suite(void);
Suite	*rules_delivered_suite(void);
Suite	*rules_homehelp_suite(void);
Suite	*rules_billing_suite(void);
Suite	*rules_shift_suite(void);
Suite	*hours_suite(void);
Suite	*i18n_suite(void);
Suite	*par_suite(void);
Suite	*rules_events_suite(void);
Suite	*rules_plan_suite(void);
Suite	*rules_reporting_suite(void);
Suite	*rules_rule_suite(void);
Suite	*text_suite(void);
Suite	*tz_suite(void);
Suite	*values_suite(void);
Suite	*visits_suite(void);
Suite	*yamlin_suite(void);

#endif
