/* Findings: what a rule found about a case, and lists of them. */
#ifndef CARETOOLS_FINDING_H
#define CARETOOLS_FINDING_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "cases.h"
#include "dates.h"
#include "rules.h"

/* Ordered: max() of two severities is the graver. */
enum severity {
	SEV_INFO,
	SEV_WARNING,
	SEV_ERROR
};

struct finding {
	const char	*file;
	long		 line;
	const char	*case_id;
	enum severity	 sev;
	enum rule_id	 rule;
	cdate		 date;		/* DATE_NONE: not about a day */
	const char	*message;
	bool		 counts;	/* decides the exit status */
	size_t		 group;		/* sorts before the date (a case's index) */
	size_t		 seq;		/* order of making */
};

struct findings {
	struct finding	*v;
	size_t		 n, cap;
	struct arena	 a;
};

void		 findings_init(struct findings *);
struct finding	*findings_vadd(struct findings *, const struct srcpos *,
		    const char *, enum severity, enum rule_id, cdate,
		    const char *, va_list)
		    __attribute__((format(printf, 7, 0)));
void		 findings_sort(struct findings *, size_t);
void		 findings_clear(struct findings *);
void		 findings_free(struct findings *);

const char	*severity_name(enum severity);
int		 severity_parse(const char *, enum severity *);

#endif
