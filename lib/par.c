/* Two threads (see par.h).  The helper is made on the first job of more
 * than one piece and waits for the next job between them, its caches
 * (time zones, calendars) kept warm; it is stopped at exit. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "par.h"

static struct {
	pthread_mutex_t	 lock;
	pthread_cond_t	 wake, done, piece;
	pthread_t	 thread;
	int		 state;		/* 0: none, 1: running, -1: failed */
	unsigned long	 job;		/* jobs given */
	bool		 busy, quit;
	bool		 async;		/* a par_async job not yet awaited */
	par_fn		*fn;
	void		*ctx;
	size_t		 n;
	atomic_size_t	 next;		/* the next piece to take */
	bool		 tell;		/* pieces are marked when done */
	atomic_bool	 finished[PAR_THEN_MAX];
} helper = {
	.lock = PTHREAD_MUTEX_INITIALIZER,
	.wake = PTHREAD_COND_INITIALIZER,
	.done = PTHREAD_COND_INITIALIZER,
	.piece = PTHREAD_COND_INITIALIZER,
};

/* Whether jobs may go to a second thread: not with CARETOOLS_THREADS=1,
 * read once. */
bool
par_enabled(void)
{
	static int on = -1;
	const char *s;

	if (on < 0) {
		s = getenv(PAR_ENV);
		on = s == NULL || strcmp(s, "1") != 0;
	}
	return on;
}

/* Whether this thread runs a piece: a job given from inside one runs
 * there, piece after piece. */
static _Thread_local bool in_piece;

/* Piece k of a job, on this thread. */
static void
run(par_fn *fn, void *ctx, size_t k, unsigned worker)
{
	bool was = in_piece;

	in_piece = true;
	fn(ctx, k, worker);
	in_piece = was;
}

/* Takes the job's pieces until none is left; the helper tells of each
 * it has done when the caller waits for them in order. */
static void
take(par_fn *fn, void *ctx, size_t n, unsigned worker)
{
	size_t k;

	while ((k = atomic_fetch_add(&helper.next, 1)) < n) {
		run(fn, ctx, k, worker);
		if (!helper.tell || worker == 0)
			continue;
		pthread_mutex_lock(&helper.lock);
		atomic_store(&helper.finished[k], true);
		pthread_cond_signal(&helper.piece);
		pthread_mutex_unlock(&helper.lock);
	}
}

static void *
helper_main(void *arg)
{
	unsigned long seen = 0;

	(void)arg;
	pthread_mutex_lock(&helper.lock);
	for (;;) {
		while (helper.job == seen && !helper.quit)
			pthread_cond_wait(&helper.wake, &helper.lock);
		if (helper.quit)
			break;
		seen = helper.job;
		pthread_mutex_unlock(&helper.lock);
		take(helper.fn, helper.ctx, helper.n, 1);
		pthread_mutex_lock(&helper.lock);
		helper.busy = false;
		pthread_cond_signal(&helper.done);
	}
	pthread_mutex_unlock(&helper.lock);
	return NULL;
}

static void
helper_stop(void)
{
	pthread_mutex_lock(&helper.lock);
	helper.quit = true;
	pthread_cond_signal(&helper.wake);
	pthread_mutex_unlock(&helper.lock);
	pthread_join(helper.thread, NULL);
}

/* Whether the helper runs, made now if need be; without one (threads off,
 * or none could be made) every piece is the caller's. */
static bool
helper_ready(void)
{
	if (helper.state == 0) {
		helper.state = -1;
		if (par_enabled() && pthread_create(&helper.thread, NULL,
		    helper_main, NULL) == 0) {
			helper.state = 1;
			atexit(helper_stop);
		}
	}
	return helper.state == 1;
}

/* Gives the helper a job of n pieces. */
static void
give(size_t n, par_fn *fn, void *ctx, bool tell)
{
	size_t k;

	pthread_mutex_lock(&helper.lock);
	helper.fn = fn;
	helper.ctx = ctx;
	helper.n = n;
	helper.tell = tell;
	for (k = 0; tell && k < n; k++)
		atomic_store(&helper.finished[k], false);
	atomic_store(&helper.next, 0);
	helper.busy = true;
	helper.job++;
	pthread_cond_signal(&helper.wake);
	pthread_mutex_unlock(&helper.lock);
}

/* Waits until the helper has done its part of the job. */
static void
wait_helper(void)
{
	pthread_mutex_lock(&helper.lock);
	while (helper.busy)
		pthread_cond_wait(&helper.done, &helper.lock);
	pthread_mutex_unlock(&helper.lock);
}

/* Runs fn(ctx, k, worker) for every piece k < n, on this thread and the
 * helper, and returns when all are done.  Pieces are taken in order, so
 * a job whose large pieces come first balances best. */
void
par_each(size_t n, par_fn *fn, void *ctx)
{
	size_t k;

	if (n < 2 || in_piece || helper.async || !helper_ready()) {
		for (k = 0; k < n; k++)
			run(fn, ctx, k, 0);
		return;
	}
	give(n, fn, ctx, false);
	take(fn, ctx, n, 0);
	wait_helper();
}

/* As par_each, and then(ctx, k) here for each piece k in order as soon
 * as it and the pieces before it are done: what the caller makes of the
 * first pieces overlaps the helper's work on the last.  n is at most
 * PAR_THEN_MAX. */
void
par_each_then(size_t n, par_fn *fn, par_then_fn *then, void *ctx)
{
	size_t k, t = 0;

	if (n < 2 || n > PAR_THEN_MAX || in_piece || helper.async ||
	    !helper_ready()) {
		par_each(n, fn, ctx);
		for (k = 0; k < n; k++)
			then(ctx, k);
		return;
	}
	give(n, fn, ctx, true);
	while ((k = atomic_fetch_add(&helper.next, 1)) < n) {
		run(fn, ctx, k, 0);
		atomic_store(&helper.finished[k], true);
		for (; t < n && atomic_load(&helper.finished[t]); t++)
			then(ctx, t);
	}
	for (; t < n; t++) {
		if (!atomic_load(&helper.finished[t])) {
			pthread_mutex_lock(&helper.lock);
			while (!atomic_load(&helper.finished[t]))
				pthread_cond_wait(&helper.piece,
				    &helper.lock);
			pthread_mutex_unlock(&helper.lock);
		}
		then(ctx, t);
	}
	wait_helper();
}

/* Gives the helper fn(ctx, 0, 1) to run while the caller goes on; false,
 * and nothing given, when there is no helper to give it to (the caller
 * then does the work its own way).  par_await waits for it. */
bool
par_async(par_fn *fn, void *ctx)
{
	if (in_piece || helper.async || !helper_ready())
		return false;
	give(1, fn, ctx, false);
	helper.async = true;
	return true;
}

/* Waits for the job par_async gave, if one is out. */
void
par_await(void)
{
	if (!helper.async)
		return;
	wait_helper();
	helper.async = false;
}
