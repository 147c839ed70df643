/* plan-validate: a case's history up to today, from the deadlines the rule
 * families list and their per-case checks, and the -s tally (see
 * plancheck.h). */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "deadlines.h"
#include "plancheck.h"
#include "rules/decision.h"
#include "rules/dkapp.h"
#include "rules/events.h"
#include "rules/plan.h"
#include "rules/records.h"
#include "rules/reporting.h"
#include "table.h"

/* Every plan-validate rule of the case's profile, up to today; the case's
 * findings come out in date order, those of one day in the order made
 * here. */
void
plancheck_case(const struct care_case *c, const struct profile *p,
    cdate today, struct findings *f)
{
	struct deadlines dls = { NULL, 0, 0 };
	size_t first = f->n;

	deadlines_case(c, p, today, &dls);
	events_contract_history(c, &dls, f);
	records_check_personal_id(c, p, today, f);
	plan_check_content(c, p, f);
	plan_history(c, p, &dls, today, f);
	plan_check_support(c, p, f);
	decision_check_in_force(c, p, today, f);
	decision_history(c, &dls, today, f);
	events_history(c, &dls, today, f);
	reporting_history(c, &dls, today, f);
	dkapp_history(c, &dls, today, f);
	findings_sort(f, first);
	deadlines_free(&dls);
}

/* Counts the case under every rule of its profile that plan-validate
 * checks: failed when one of the findings from index first on is a warning
 * or an error of that rule.  privacy.ids makes no findings of its own. */
void
tally_case(struct tally *t, const struct care_case *c, const struct profile *p,
    const struct findings *f, size_t first)
{
	bool failed[R_COUNT];
	size_t i;
	int r;

	memset(failed, 0, sizeof(failed));
	for (i = first; i < f->n; i++)
		if (f->v[i].sev >= SEV_WARNING)
			failed[f->v[i].rule] = true;
	for (r = 0; r < R_COUNT; r++) {
		if (!(rule_defs[r].tools & TOOL_PV) || !profile_on(p, r) ||
		    records_is_guarantee(r))
			continue;
		t->checked[c->regime][r]++;
		t->failed[c->regime][r] += failed[r];
	}
}

/* The summary table: per regime and rule, cases checked, passed and
 * failed. */
int
tally_write(FILE *fp, enum out_format fmt, const struct tally *t)
{
	static const struct column cols[] = {
		{ N_("regime"), NULL, COL_TEXT, -6, NULL },
		{ N_("rule"), NULL, COL_TEXT, -28, NULL },
		{ N_("cases"), NULL, COL_COUNT, 6, NULL },
		{ N_("passed"), NULL, COL_COUNT, 6, NULL },
		{ N_("failed"), NULL, COL_COUNT, 6, NULL }
	};
	struct table tb;
	struct cell v[5];
	unsigned long n;
	int g, r;

	table_init(&tb, fp, fmt, cols, 5);
	table_head(&tb);
	for (g = 0; g < REGIME_COUNT; g++)
		for (r = 0; r < R_COUNT; r++) {
			if ((n = t->checked[g][r]) == 0)
				continue;
			v[0].s = regime_name((enum regime)g);
			v[1].s = rule_name((enum rule_id)r);
			v[2].n = (long long)n;
			v[3].n = (long long)(n - t->failed[g][r]);
			v[4].n = (long long)t->failed[g][r];
			table_row(&tb, v, 0);
		}
	return table_end(&tb);
}
