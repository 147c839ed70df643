/* The deadlines of a case, computed once by the rule families in
 * lib/rules, and deadline-watch's view of them: when they fall due, whether
 * they are met, and the findings they make on a given day.  plan-validate
 * judges the same list over the case's history (plancheck.h). */
#ifndef CARETOOLS_DEADLINES_H
#define CARETOOLS_DEADLINES_H

#include <stdbool.h>
#include <stddef.h>

#include "cases.h"
#include "finding.h"
#include "profile.h"

struct deadline {
	enum rule_id	 rule;
	struct srcpos	 pos;
	cdate		 due;
	cdate		 fell;		/* moved to the next working day: the
					 * day it fell on; else DATE_NONE */
	bool		 satisfied;
	cdate		 done;		/* when it was met, if known */
	char		 what[160];	/* what is due, for the message */
	struct srcpos	 done_pos;	/* where what met it is recorded */
	cdate		 from;		/* the day it is counted from */
	struct duration	 span;		/* how long after (or before) from */
	bool		 earlier;	/* met, and another of its rule followed:
					 * for the history only */
	bool		 elsewhere;	/* the history judges it under another
					 * rule (a decision gap: in-force) */
	const char	*will, *did;	/* an info rule's verb: "closes",
					 * "closed"; NULL for a duty */
};

/* The state words of deadline-watch -a, in this order (deadline-watch(1)). */
enum dl_state {
	DL_DONE,	/* met by its day */
	DL_LATE,	/* met after its day */
	DL_OVERDUE,	/* due before today: error */
	DL_DUE,		/* due within the horizon: warning (info rules: info) */
	DL_LATER,	/* due after the horizon */
	DL_PAST		/* an info rule whose day has passed */
};

struct dw_options {
	cdate		 today;
	struct duration	 within;	/* horizon unless a rule sets notice */
	bool		 all;		/* -a: every deadline, with its state */
};

struct deadlines {
	struct deadline	*v;
	size_t		 n, cap;
};

void		deadlines_case(const struct care_case *,
		    const struct profile *, cdate, struct deadlines *);
void		deadlines_collect(const struct care_case *,
		    const struct profile *, cdate, struct deadlines *);
enum dl_state	deadline_state(const struct deadline *, const struct profile *,
		    enum country, const struct dw_options *);
bool		deadline_is_info(enum rule_id);
void		deadlines_check(const struct care_case *,
		    const struct profile *, const struct dw_options *,
		    struct findings *);
void		deadlines_free(struct deadlines *);

#endif
