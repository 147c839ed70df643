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
#include "strmap.h"

/* The kinds of table, as a profile's columns: names them. */
enum col_table {
	CT_TIMESHEET, CT_VISITS, CT_ROSTER, CT_CASES, CT_DECISIONS,
	CT_SERVICES, CT_PLANS, CT_EVENTS, CT_COUNT
};

/* The profiles' column maps, per table: a header (folded) to the
 * canonical name of its column, "" to leave the column out.  Zeroed is
 * empty; the keys and names live in the profiles' arena. */
struct colmaps {
	struct strmap	map[CT_COUNT];
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
void		 header_nearest_text(char *, size_t, const struct csvrow *,
		    long);
long		 header_nearest(const struct header_names *,
		    const struct csvrow *, int, const bool *);
void		 header_names_free(struct header_names *);
int		 header_map(const struct csvrow *, const char *,
		    const struct header_spec *, const struct colmaps *, int *,
		    struct diag *);
int		 colmaps_parse(struct colmaps *, struct arena *,
		    const struct node *, struct diag *);
void		 colmaps_free(struct colmaps *);
const char	*col_table_key(enum col_table);
size_t		 col_fold(const char *, size_t, char *, size_t);

/* The built-in names, for the manual and the tests: the i-th column of a
 * table, its Swedish and Danish names ("a|b" for two). */
bool		 col_vocab(enum col_table, size_t, const char **,
		    const char **, const char **);

#endif
