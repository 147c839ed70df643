/* Two threads for the long jobs of a run: a job is pieces 0..n-1, taken
 * in turn by the caller and by one helper thread kept for the run, each
 * piece's result kept apart by the job so that the caller can use them in
 * order after par_each returns.  A job given from inside a piece runs on
 * that piece's thread.  par_async gives the helper one piece alone, for the
 * caller to go on with its own work and par_await it; jobs given until
 * then run on the caller's thread.  CARETOOLS_THREADS=1 runs every piece on the
 * caller's thread. */
#ifndef CARETOOLS_PAR_H
#define CARETOOLS_PAR_H

#include <stdbool.h>
#include <stddef.h>

#define PAR_ENV		"CARETOOLS_THREADS"

/* Piece k of a job, on thread `worker` (0: the caller's, 1: the helper),
 * so that each thread can keep scratch memory of its own. */
typedef void	par_fn(void *, size_t, unsigned);

/* What the caller does with piece k once it and every piece before it
 * are done. */
typedef void	par_then_fn(void *, size_t);

/* The most pieces of a job with a par_then_fn. */
#define PAR_THEN_MAX	64

bool	par_enabled(void);
void	par_each(size_t, par_fn *, void *);
void	par_each_then(size_t, par_fn *, par_then_fn *, void *);
bool	par_async(par_fn *, void *);
void	par_await(void);

#endif
