/* What the readers of activity logs (timesheets, visit logs) share: ids
 * compared and cached in the hot loop, cases the log names that have no
 * usable record, and the rows a bad header leaves out. */
#ifndef CARETOOLS_ACTLOG_H
#define CARETOOLS_ACTLOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "cases.h"
#include "csvin.h"
#include "diag.h"
#include "report.h"
#include "strmap.h"

/* Whether two ids of one length are equal: two words for the usual 8 to
 * 16 bytes. */
static inline bool
actlog_same_id(const char *a, const char *b, size_t len)
{
	uint64_t x, y, u, v;

	if (len < 8 || len > 16)
		return memcmp(a, b, len) == 0;
	memcpy(&x, a, 8);
	memcpy(&y, b, 8);
	memcpy(&u, a + len - 8, 8);
	memcpy(&v, b + len - 8, 8);
	return x == y && u == v;
}

/* A direct-mapped cache of ids of 8 to 16 bytes in front of a map of ids
 * to dense indexes: a team's ids come back row after row. */
struct idcache_slot {
	uint64_t	a, b;		/* the id's first and last word */
	uint32_t	len, ix;	/* len 0: empty */
};

struct idcache {
	struct idcache_slot	slot[1024];
};

/* The slot for an id of 8 to 16 bytes, NULL for other lengths; *hit
 * tells whether it holds the id, else it is taken for it and the caller
 * sets its ix. */
static inline struct idcache_slot *
idcache_slot(struct idcache *c, const char *s, size_t len, bool *hit)
{
	struct idcache_slot *e;
	uint64_t a, b;

	if (len < 8 || len > 16)
		return NULL;
	memcpy(&a, s, 8);
	memcpy(&b, s + len - 8, 8);
	e = &c->slot[((a * 0x9e3779b97f4a7c15ULL + b) *
	    0xff51afd7ed558ccdULL + len) >> 54];
	*hit = e->len == len && e->a == a && e->b == b;
	if (!*hit) {
		e->a = a;
		e->b = b;
		e->len = (uint32_t)len;
	}
	return e;
}

/* A case a log names that has no record, or one with errors. */
struct unknown_case {
	unsigned long	 n;		/* its rows */
	bool		 rejected;	/* the record had errors */
	const char	*id;
	const char	*file;		/* of its first row */
};

struct unknown_cases {
	struct strmap	map;
	struct arena	a;
};

void	unknown_init(struct unknown_cases *);
struct unknown_case *unknown_note(struct unknown_cases *,
	    const struct caseset *, const char *, size_t, const char *);
void	unknown_first(struct diag *, const struct unknown_case *, long,
	    const char *);
void	unknown_rest(const struct unknown_cases *, struct diag *,
	    const char *, const char *);
void	unknown_free(struct unknown_cases *);

/*
 * The one reader of activity logs (timesheets, visit logs).  What it
 * keeps across the logs of a run: file names, staff ids as dense
 * indexes, the case of each row, the cases a log names that have no
 * usable record, and the counts.  The row parsers and their fast paths
 * stay with their record type (shifts.c, visits.c); a tool's column
 * handlers read the row it is building through struct actlog_row, the
 * first member of the tool's own row state.
 */
struct actlog {
	const struct caseset	*set;
	struct arena		 a;
	const char		**files;	/* UINT16_MAX, as they come */
	size_t			 nfiles;
	struct strmap		 staff_map;	/* id -> index + 1 */
	const char		**staff;	/* ids, by index */
	bool			*staff_bad;	/* not a usable id */
	size_t			 nstaff, capstaff;
	struct idcache		 scache;
	char			 last_staff[128];
	size_t			 last_staff_len;
	uint32_t		 last_staff_ix;
	char			 last_case[128];
	size_t			 last_case_len;
	const struct care_case	*last_case_rec;
	struct unknown_cases	 unknown;
	unsigned long		 read, used, rejected;
	size_t			 bad_files;	/* logs with rows rejected */
	uint16_t		 bad_file;	/* the last of them */
};

struct actlog_row;
typedef void actlog_col_fn(struct actlog_row *, const char *, size_t);

/* The row being read, as far as the shared columns go. */
struct actlog_row {
	struct actlog		*log;
	struct diag		*d;
	uint16_t		 file;
	const struct colmaps	*cols;		/* the profiles' column maps */
	size_t			 ncols;
	const struct care_case	*c;		/* NULL: unknown, left out */
	struct unknown_case	*fresh;		/* its first row: report */
	uint32_t		 staff;
	bool			 has_staff, staff_bad;
	actlog_col_fn		*fn[CSVIN_MAX_FIELDS];
};

void		actlog_init(struct actlog *, const struct caseset *);
void		actlog_free(struct actlog *);
uint16_t	actlog_file(struct actlog *, const char *);
uint32_t	actlog_staff_index(struct actlog *, const char *, size_t);
void		actlog_case_miss(struct actlog_row *, const char *, size_t);
void		actlog_row_reset(struct actlog_row *);
void		actlog_columns(struct actlog_row *, const signed char *, size_t,
		    actlog_col_fn *const *);
bool		actlog_row_known(struct actlog_row *, long, const char *);
void		actlog_field(void *, size_t, const char *, size_t, long);
void		actlog_fast(void *, size_t, void *);
void		actlog_fast_row(void *, const char *, const uint32_t *, size_t);

/* The case column: rows come in runs of one case. */
static inline void
actlog_col_case(struct actlog_row *r, const char *s, size_t len)
{
	const struct actlog *l = r->log;

	if (l->last_case_rec != NULL && len == l->last_case_len &&
	    actlog_same_id(s, l->last_case, len))
		r->c = l->last_case_rec;
	else
		actlog_case_miss(r, s, len);
}

/* The staff column: a team's ids come back row after row. */
static inline void
actlog_col_staff(struct actlog_row *r, const char *s, size_t len)
{
	struct actlog *l = r->log;
	struct idcache_slot *e;
	bool hit;

	if ((e = idcache_slot(&l->scache, s, len, &hit)) == NULL)
		r->staff = actlog_staff_index(l, s, len);
	else {
		if (!hit)
			e->ix = actlog_staff_index(l, s, len);
		r->staff = e->ix;
	}
	r->has_staff = true;
	r->staff_bad = l->staff_bad[r->staff];
}

/* Takes a log's header row: the number of columns, or -1 when the header
 * cannot be used (reported). */
typedef int actlog_header_fn(void *, const struct csvrow *, struct diag *);

int	actlog_read(struct input *, const char *, const char *,
	    actlog_header_fn *, const struct csv_sink *, unsigned long *,
	    unsigned long *, struct diag *);

/* A kind of log as its tool reads it: what a row is called in messages
 * ("shift", "shifts"), its header, the end of a row, the reset of a row
 * (after each row, and for one the reader drops), and, for a tool that
 * holds the input to read on past the hold on another thread, its
 * csv_sink held() (may be NULL). */
struct actlog_kind {
	const char		*row, *rows;
	actlog_header_fn	*header;
	void			(*row_end)(void *, size_t, long);
	void			(*reset)(void *);
	long			(*held)(void *, bool, long);
};

int	actlog_log(struct actlog *, struct actlog_row *,
	    const struct actlog_kind *, struct input *, struct diag *);
struct report_loss actlog_loss(const struct actlog *);

#endif
