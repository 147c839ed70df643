/* Progress of a long run (see progress.h). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "progress.h"
#include "text.h"

static volatile sig_atomic_t asked;	/* a signal wants a status line */
static struct {
	const char	*prog;
	const char	*name;		/* the input's, as given */
	bool		 tty;		/* stderr is a terminal */
	bool		 shown;		/* the display is on the screen */
	bool		 display;	/* this input is large enough */
	uint64_t	 done, total;	/* bytes of this input */
	const unsigned long *rows;	/* rows read, by the log reader */
	double		 start, last;	/* seconds */
} pg;

static void
on_signal(int sig)
{
	(void)sig;
	asked = 1;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Installs the handlers, before the sandbox; SA_RESTART so that reads go
 * on after the signal. */
void
progress_init(const char *prog)
{
	struct sigaction sa;

	memset(&pg, 0, sizeof(pg));
	pg.prog = prog;
	pg.tty = isatty(STDERR_FILENO) == 1;
	pg.start = now();
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, NULL);
#ifdef SIGINFO
	sigaction(SIGINFO, &sa, NULL);
#endif
}

/* A new input of size bytes (-1: not known, not a regular file). */
void
progress_file(const char *name, int64_t size)
{
	progress_end();
	pg.name = name;
	pg.done = 0;
	pg.total = size > 0 ? (uint64_t)size : 0;
	pg.display = pg.tty && (pg.total == 0 || pg.total >= PROGRESS_MIN_BYTES);
}

char *
progress_size(char *buf, size_t size, uint64_t n)
{
	static const char *const units[] = { "B", "kB", "MB", "GB", "TB" };
	double x = (double)n;
	char num[32];
	size_t u = 0;

	while (x >= 1000 && u + 1 < sizeof(units) / sizeof(units[0])) {
		x /= 1000;
		u++;
	}
	if (u == 0)
		snprintf(buf, size, "%llu B", (unsigned long long)n);
	else
		snprintf(buf, size, "%s %s", i18n_fixed(num, sizeof(num), 1, x),
		    units[u]);
	return buf;
}

void
progress_line(char *buf, size_t size, const char *name, uint64_t done,
    uint64_t total, unsigned long rows, double secs)
{
	char d[32], t[32], r[32], left[64] = "";
	double rate = secs > 0 ? (double)done / secs : 0;

	progress_size(d, sizeof(d), done);
	progress_size(r, sizeof(r), (uint64_t)rate);
	if (total > 0 && rate > 0 && total >= done)
		snprintf(left, sizeof(left), _(", %.0f s left"),
		    (double)(total - done) / rate);
	if (total > 0)
		snprintf(buf, size, _("%s: %s of %s, %lu rows, %s/s%s"), name, d,
		    progress_size(t, sizeof(t), total), rows, r, left);
	else
		snprintf(buf, size, _("%s: %s, %lu rows, %s/s"), name, d, rows,
		    r);
}

/* Writes the status line: over the display on a terminal, else a line. */
static void
draw(bool line)
{
	char text[512], out[600], *name;
	int n;

	/* masked and escaped here: the line goes past the edge filter, for
	 * its control codes */
	name = text_visible(pg.name != NULL ? pg.name : "-", pg.name != NULL ?
	    strlen(pg.name) : 1, NULL);
	progress_line(text, sizeof(text), name, pg.done, pg.total,
	    pg.rows != NULL ? *pg.rows : 0, now() - pg.start);
	free(name);
	n = snprintf(out, sizeof(out), "%s%s: %s%s", pg.tty ? "\r" : "",
	    pg.prog, text, line ? "\n" : "\033[K");
	if (n > 0)
		(void)!write(STDERR_FILENO, out, (size_t)n < sizeof(out) ?
		    (size_t)n : sizeof(out) - 1);
	pg.shown = !line;
}

/* n more bytes of the input read: the display four times a second (for
 * a pipe once the run has lasted a second), the status line when a signal
 * asked. */
void
progress_bytes(size_t n)
{
	double t;

	pg.done += n;
	if (asked) {
		asked = 0;
		draw(true);
	}
	if (!pg.display)
		return;
	t = now();
	/* a pipe's size is not known: only a run that lasts shows it */
	if (t - pg.last < 0.25 || (pg.total == 0 && t - pg.start < 1))
		return;
	pg.last = t;
	draw(false);
}

/* The count of rows the reader keeps, shown with the bytes. */
void
progress_rows(const unsigned long *n)
{
	pg.rows = n;
}

/* Clears the display. */
void
progress_end(void)
{
	if (pg.shown)
		(void)!write(STDERR_FILENO, "\r\033[K", 4);
	pg.shown = false;
}
