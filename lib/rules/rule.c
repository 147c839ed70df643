/* What every rule family shares (see rule.h). */
#include <stdarg.h>

#include "rule.h"

/* A finding about case c, sorted with the case's other findings. */
struct finding *
rule_find(struct findings *f, const struct srcpos *pos,
    const struct care_case *c, enum severity sev, enum rule_id rule,
    cdate date, const char *fmt, ...)
{
	struct finding *x;
	va_list ap;

	va_start(ap, fmt);
	x = findings_vadd(f, pos, c->id, sev, rule, date, fmt, ap);
	va_end(ap);
	x->group = (uint32_t)c->index;
	return x;
}

/* A finding about the unit rather than one case: case column "*", after
 * every case's findings. */
struct finding *
rule_find_unit(struct findings *f, const struct srcpos *pos,
    enum severity sev, enum rule_id rule, cdate date, const char *fmt, ...)
{
	struct finding *x;
	va_list ap;

	va_start(ap, fmt);
	x = findings_vadd(f, pos, RULE_UNIT_CASE, sev, rule, date, fmt, ap);
	va_end(ap);
	x->group = RULE_UNIT_GROUP;
	return x;
}

bool
decision_in_force(const struct decision *dec, cdate d)
{
	return dec->from != DATE_NONE && d >= dec->from &&
	    (dec->to == DATE_NONE || (d <= dec->to && dec->to >= dec->from));
}
