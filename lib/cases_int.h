/* What the parts of the case reader share: the vocabularies (vocab.c) and
 * the reading of one record (schema.c), for the set of cases (caseset.c). */
#ifndef CARETOOLS_CASES_INT_H
#define CARETOOLS_CASES_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "cases.h"
#include "diag.h"
#include "node.h"

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
const char	*vocab_hint(const struct vocab *, const char *, char *,
		    size_t);

#define VOCAB_HINT_MAX	192	/* room vocab_hint needs */

const char	*record_case_id(struct arena *, const struct node *,
		    const char *, long, struct diag *);
struct care_case *case_from_node(struct arena *, struct arena *,
		    const struct node *, bool, struct diag *);

#endif
