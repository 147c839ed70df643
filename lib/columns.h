/* The columns of a CSV header: canonical names, the Swedish and Danish
 * names exports use, and the column maps of the profiles. */
#ifndef CARETOOLS_COLUMNS_H
#define CARETOOLS_COLUMNS_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "csvin.h"
#include "diag.h"
#include "node.h"

/* The kinds of table, as a profile's columns: names them. */
enum col_table {
	CT_TIMESHEET, CT_VISITS, CT_ROSTER, CT_CASES, CT_DECISIONS,
	CT_SERVICES, CT_PLANS, CT_EVENTS, CT_COUNT
};

/* A profile's column map: a header (folded) and the column it is, NULL
 * to leave the column out. */
struct colmap_entry {
	const char	*header;
	const char	*column;
};

struct colmaps {
	struct colmap_entry	*v[CT_COUNT];
	size_t			 n[CT_COUNT], cap[CT_COUNT];
};

/* What a reader knows of its table. */
struct header_spec {
	const char		*what;		/* "shift log" */
	enum col_table		 table;
	const char *const	*names;		/* canonical, by index */
	size_t			 n;
	unsigned long		 needed;	/* bit i: names[i] is needed */
};

#define COL_UNKNOWN	(-1)
#define COL_IGNORED	(-2)

struct header_names;

struct header_names *header_names_new(const struct header_spec *,
		    const struct colmaps *);
int		 header_column(const struct header_names *, const char *,
		    size_t);
long		 header_nearest(const struct header_names *,
		    const struct csvrow *, int, const bool *);
void		 header_names_free(struct header_names *);
int		 header_map(const struct csvrow *, const char *,
		    const struct header_spec *, const struct colmaps *, int *,
		    struct diag *);
int		 colmaps_parse(struct colmaps *, struct arena *,
		    const struct node *, struct diag *);
const char	*col_table_key(enum col_table);
size_t		 col_fold(const char *, size_t, char *, size_t);

/* The built-in names, for the manual and the tests: the i-th column of a
 * table, its Swedish and Danish names ("a|b" for two). */
bool		 col_vocab(enum col_table, size_t, const char **,
		    const char **, const char **);

#endif
