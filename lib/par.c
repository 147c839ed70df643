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
	pthread_cond_t	 wake, done;
	pthread_t	 thread;
	int		 state;		/* 0: none, 1: running, -1: failed */
	unsigned long	 job;		/* jobs given */
	bool		 busy, quit;
	par_fn		*fn;
	void		*ctx;
	size_t		 n;
	atomic_size_t	 next;		/* the next piece to take */
} helper = {
	.lock = PTHREAD_MUTEX_INITIALIZER,
	.wake = PTHREAD_COND_INITIALIZER,
	.done = PTHREAD_COND_INITIALIZER,
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

/* Takes the job's pieces until none is left. */
static void
take(par_fn *fn, void *ctx, size_t n, unsigned worker)
{
	size_t k;

	while ((k = atomic_fetch_add(&helper.next, 1)) < n)
		fn(ctx, k, worker);
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

/* Runs fn(ctx, k, worker) for every piece k < n, on this thread and the
 * helper, and returns when all are done.  Pieces are taken in order, so
 * a job whose large pieces come first balances best. */
void
par_each(size_t n, par_fn *fn, void *ctx)
{
	size_t k;

	if (n < 2 || !helper_ready()) {
		for (k = 0; k < n; k++)
			fn(ctx, k, 0);
		return;
	}
	pthread_mutex_lock(&helper.lock);
	helper.fn = fn;
	helper.ctx = ctx;
	helper.n = n;
	atomic_store(&helper.next, 0);
	helper.busy = true;
	helper.job++;
	pthread_cond_signal(&helper.wake);
	pthread_mutex_unlock(&helper.lock);
	take(fn, ctx, n, 0);
	pthread_mutex_lock(&helper.lock);
	while (helper.busy)
		pthread_cond_wait(&helper.done, &helper.lock);
	pthread_mutex_unlock(&helper.lock);
}
