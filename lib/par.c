/* A second thread (see par.h). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "par.h"

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

static void *
trampoline(void *p)
{
	struct par *j = p;

	j->fn(j->arg);
	return NULL;
}

/* Runs fn(arg) on a second thread, or here and now when threads are off
 * or one cannot be made (the result is the same, only later). */
void
par_start(struct par *j, void (*fn)(void *), void *arg)
{
	j->fn = fn;
	j->arg = arg;
	j->started = par_enabled() && pthread_create(&j->thread, NULL,
	    trampoline, j) == 0;
	if (!j->started)
		fn(arg);
}

/* Waits for the job par_start gave a thread. */
void
par_join(struct par *j)
{
	if (j->started)
		pthread_join(j->thread, NULL);
	j->started = false;
}
