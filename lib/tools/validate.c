/* plan-validate: a case's history up to today, from the deadlines the rule
 * families list and their per-case checks, and the -s tally (see
 * plancheck.h). */
#include <stdio.h>
#include <string.h>

#include "deadlines.h"
#include "plancheck.h"
#include "rules/decision.h"
#include "rules/events.h"
#include "rules/plan.h"
#include "rules/records.h"

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
	decision_check_in_force(c, p, f);
	events_history(c, &dls, today, f);
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
	unsigned long n, bad;
	int g, r;

	if (fmt == OUT_CSV)
		fputs("regime,rule,cases,passed,failed\n", fp);
	else if (fmt == OUT_TEXT)
		fprintf(fp, "%-6s %-28s %6s %6s %6s\n", "regime", "rule",
		    "cases", "passed", "failed");
	for (g = 0; g < REGIME_COUNT; g++)
		for (r = 0; r < R_COUNT; r++) {
			if ((n = t->checked[g][r]) == 0)
				continue;
			bad = t->failed[g][r];
			if (fmt == OUT_CSV)
				fprintf(fp, "%s,%s,%lu,%lu,%lu\n",
				    regime_name((enum regime)g),
				    rule_name((enum rule_id)r), n, n - bad,
				    bad);
			else if (fmt == OUT_JSON)
				fprintf(fp, "{\"regime\":\"%s\",\"rule\":\"%s\","
				    "\"cases\":%lu,\"passed\":%lu,\"failed\":"
				    "%lu}\n", regime_name((enum regime)g),
				    rule_name((enum rule_id)r), n, n - bad,
				    bad);
			else
				fprintf(fp, "%-6s %-28s %6lu %6lu %6lu\n",
				    regime_name((enum regime)g),
				    rule_name((enum rule_id)r), n, n - bad,
				    bad);
		}
	return ferror(fp) ? -1 : 0;
}
