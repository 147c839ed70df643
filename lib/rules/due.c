/* What the deadline families share (see due.h). */
#include <stdarg.h>
#include <stdio.h>

#include "i18n.h"
#include "due.h"
#include "xalloc.h"

/* Adds a deadline of case c due on the day due, met (satisfied) on done
 * if known; pos falls back to the case's.  The caller sets from and span
 * for the history's messages, and done_pos when what meets it is
 * recorded elsewhere. */
struct deadline *
due_add(struct deadlines *o, const struct care_case *c, enum rule_id rule,
    const struct srcpos *pos, cdate due, bool satisfied, cdate done,
    const char *fmt, ...)
{
	struct deadline *dl;
	va_list ap;

	if (o->n == o->cap) {
		o->cap = o->cap ? 2 * o->cap : 16;
		o->v = xreallocarray(o->v, o->cap, sizeof(*o->v));
	}
	dl = &o->v[o->n++];
	dl->rule = rule;
	dl->pos = pos->file != NULL ? *pos : c->pos;
	dl->due = due;
	dl->fell = DATE_NONE;
	dl->satisfied = satisfied;
	dl->done = satisfied ? done : DATE_NONE;
	va_start(ap, fmt);
	vsnprintf(dl->what, sizeof(dl->what), F_(fmt), ap);
	va_end(ap);
	dl->done_pos = dl->pos;
	dl->from = DATE_NONE;
	dl->span.n = 0;
	dl->span.unit = DUR_DAYS;
	dl->earlier = false;
	dl->elsewhere = false;
	dl->will = dl->did = NULL;
	return dl;
}

/* The day a deadline of rule r of case c that falls on day is due: the
 * next working day of the case's country when day is not one and the
 * profile moves the rule's deadlines (roll_forward, lag 1930:173). */
cdate
due_day(const struct care_case *c, const struct profile *p, enum rule_id r,
    cdate day)
{
	if (day == DATE_NONE || !profile_bool(p, r, "roll_forward"))
		return day;
	return cal_roll_forward(regime_country(c->regime), day);
}

/* Deadline dl of case c moved as due_day says, remembering the day it
 * fell on for the history's messages. */
struct deadline *
due_roll(struct deadline *dl, const struct care_case *c,
    const struct profile *p)
{
	cdate d = due_day(c, p, dl->rule, dl->due);

	if (d != dl->due) {
		dl->fell = dl->due;
		dl->due = d;
	}
	return dl;
}

enum due_verdict
due_verdict(const struct deadline *dl, cdate today)
{
	if (!dl->satisfied)
		return dl->due < today ? DUE_MISSING : DUE_OPEN;
	return dl->done != DATE_NONE && dl->done > dl->due ? DUE_LATE :
	    DUE_KEPT;
}

/* The history's finding on a deadline on the day: an error where it is
 * due once it is missing, a warning where it was met when met late. */
void
due_judge(const struct care_case *c, const struct deadline *dl, cdate today,
    due_words_fn *words, struct findings *f)
{
	enum due_verdict v = due_verdict(dl, today);
	char msg[512];

	if (v != DUE_MISSING && v != DUE_LATE)
		return;
	words(dl, v, today, msg, sizeof(msg));
	if (v == DUE_MISSING)
		rule_find(f, &dl->pos, c, SEV_ERROR, dl->rule, dl->due, "%s",
		    msg);
	else
		rule_find(f, &dl->done_pos, c, SEV_WARNING, dl->rule, dl->due,
		    "%s", msg);
}

/* The history's words for a deadline no family words more closely. */
void
due_words(const struct deadline *dl, enum due_verdict v, cdate today,
    char *msg, size_t size)
{
	char due[DATE_BUFSZ], done[DATE_BUFSZ], n[24];

	date_format(dl->due, due);
	if (v == DUE_MISSING)
		snprintf(msg, size, F_("%s was due %s and is not recorded as done, "
		    "%s overdue"), dl->what, due, due_days(today - dl->due, n,
		    sizeof(n)));
	else
		snprintf(msg, size, F_("%s was due %s and done %s, %s late"),
		    dl->what, due, date_format(dl->done, done),
		    due_days(dl->done - dl->due, n, sizeof(n)));
}

/* Marks a deadline of a rule that only informs, with its verb now and
 * once past ("closes", "closed"). */
void
due_inform(struct deadline *dl, const char *will, const char *did)
{
	dl->will = will;
	dl->did = did;
}

/* The history's note on an informing deadline whose day has come. */
void
due_note(const struct care_case *c, const struct deadline *dl, cdate today,
    struct findings *f)
{
	char due[DATE_BUFSZ];

	if (dl->due <= today)
		rule_find(f, &dl->pos, c, SEV_INFO, dl->rule, dl->due,
		    "%s %s %s", dl->what, F_(dl->did), date_format(dl->due, due));
}

/* "1 day", "3 days". */
const char *
due_days(long n, char *buf, size_t size)
{
	snprintf(buf, size, FN_("%ld day", "%ld days", (unsigned long)n), n);
	return buf;
}

/* The first day of the n-th month after the month of d. */
cdate
due_month_after(cdate d, int n)
{
	return date_add_months(date_month_start(d), n);
}
