/* What the deadline families share: one of a case's deadlines added to its
 * list, once for both views (deadline-watch's and plan-validate's), and
 * the history's verdict on one. */
#ifndef CARETOOLS_DUE_H
#define CARETOOLS_DUE_H

#include <stddef.h>

#include "deadlines.h"
#include "rule.h"

/* What plan-validate makes of a deadline on a day. */
enum due_verdict {
	DUE_OPEN,	/* not met, and not yet due */
	DUE_MISSING,	/* not met, and due before the day */
	DUE_KEPT,	/* met by its day, or met with no date */
	DUE_LATE	/* met after its day */
};

/* The words of the history's finding on a deadline with a verdict, on the
 * day. */
typedef void due_words_fn(const struct deadline *, enum due_verdict, cdate,
	    char *, size_t);

struct deadline	*due_add(struct deadlines *, const struct care_case *,
		    enum rule_id, const struct srcpos *, cdate, bool, cdate,
		    const char *, ...) __attribute__((format(printf, 8, 9)));
cdate		 due_day(const struct care_case *, const struct profile *,
		    enum rule_id, cdate);
struct deadline	*due_roll(struct deadline *, const struct care_case *,
		    const struct profile *);
enum due_verdict due_verdict(const struct deadline *, cdate);
void		 due_judge(const struct care_case *, const struct deadline *,
		    cdate, due_words_fn *, struct findings *);
due_words_fn	 due_words;
void		 due_inform(struct deadline *, const char *, const char *);
void		 due_note(const struct care_case *, const struct deadline *,
		    cdate, struct findings *);
const char	*due_days(long, char *, size_t);
cdate		 due_month_after(cdate, int);

#endif
