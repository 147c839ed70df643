/* Findings: what a rule found about a case, and lists of them. */
#ifndef CARETOOLS_FINDING_H
#define CARETOOLS_FINDING_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

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

/* The longest message finding_message makes of a later one, with its
 * NUL. */
#define FINDING_MSG_MAX 1024

/* Makes a message from the arguments a rule kept (findings_add_later)
 * into buf of FINDING_MSG_MAX bytes. */
typedef void	finding_make_fn(const void *, char *, size_t);

struct finding_later;

/* 48 bytes: a long report holds hundreds of thousands.  Thirty-two bits
 * of group and seq number more cases and findings than memory holds.
 * Read the message with finding_message: a later one is made when it is
 * written. */
struct finding {
	const char	*file;
	long		 line;
	const char	*case_id;
	union {
		const char			*message;
		const struct finding_later	*later;
	};
	cdate		 date;		/* DATE_NONE: not about a day */
	uint32_t	 group;		/* sorts before the date: a case's index */
	uint32_t	 seq;		/* order of making */
	uint8_t		 sev;		/* enum severity */
	uint8_t		 rule;		/* enum rule_id */
	bool		 counts;	/* decides the exit status */
	bool		 is_later;
};

_Static_assert(sizeof(void *) != 8 || sizeof(struct finding) == 48,
    "a finding is 48 bytes");

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
struct finding	*findings_add_later(struct findings *,
		    const struct srcpos *, const char *, enum severity,
		    enum rule_id, cdate, finding_make_fn *, const void *,
		    size_t);
const char	*finding_message(const struct finding *, char *);
void		 findings_sort(struct findings *, size_t);
void		 findings_reserve(struct findings *, size_t);
void		 findings_append(struct findings *, const struct findings *,
		    size_t, size_t);
void		 findings_adopt(struct findings *, struct findings *);
void		 findings_clear(struct findings *);
void		 findings_free(struct findings *);

const char	*severity_name(enum severity);
int		 severity_parse(const char *, enum severity *);

#endif
