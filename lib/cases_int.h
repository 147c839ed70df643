/* What the parts of the case reader share: the vocabularies (vocab.c) and
 * the reading of one record (schema.c), for the set of cases (caseset.c). */
#ifndef CARETOOLS_CASES_INT_H
#define CARETOOLS_CASES_INT_H

#include <stddef.h>

#include "cases.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* The names of an enumeration's values; those below first (a "not given"
 * value) are never written. */
struct vocab {
	const char *const	*names;
	size_t			 n;
	size_t			 first;
};

extern const struct vocab vocab_regimes, vocab_funders, vocab_reasons;
extern const struct vocab vocab_events, vocab_services;

int		 vocab_find(const struct vocab *, const char *);
const char	*vocab_hint(const struct vocab *, const char *, char *, size_t);

#define VOCAB_HINT_MAX	192	/* room vocab_hint needs */

#endif
