/* The privacy filter at the edge (see edge.h). */
#if defined(__linux__)
#define _GNU_SOURCE	/* fopencookie */
#endif

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "edge.h"
#include "text.h"
#include "xalloc.h"

/* Text held back because a number may go on in the next write; past
 * this much (digits, spaces and dashes only) it is not written at all. */
#define EDGE_HOLD_MAX	(1024 * 1024)
#define EDGE_HOLD_LINE	4096	/* a line held whole up to this long */

struct edge {
	int	 fd;
	FILE	*fp;		/* the stream over it, NULL once closed */
	char	*buf;
	size_t	 n, cap;
	int	 error;		/* errno of a failed write */
};

static struct edge edges[2] = { { 1, NULL, NULL, 0, 0, 0 },
    { 2, NULL, NULL, 0, 0, 0 } };

static int
write_all(struct edge *e, const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		if ((w = write(e->fd, p, n)) < 0) {
			if (errno == EINTR)
				continue;
			e->error = errno;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Masks and writes what is held up to ready (all of it when ready is
 * the length), keeping the rest. */
static int
release(struct edge *e, size_t ready)
{
	size_t m;
	int rc;

	if (ready == 0)
		return 0;
	m = text_mask(e->buf, ready, true);
	rc = write_all(e, e->buf, m);
	memmove(e->buf, e->buf + ready, e->n - ready);
	e->n -= ready;
	return rc;
}

/* More held than EDGE_HOLD_MAX, all of it digits, spaces, dashes and
 * unseen characters: written as TEXT_REDACTED.  Cut anywhere, its end
 * could be the head of a number the next write finishes. */
static int
drop(struct edge *e)
{
	e->n = 0;
	return write_all(e, TEXT_REDACTED, TEXT_REDACTED_LEN);
}

#if defined(__linux__)
static ssize_t
edge_write(void *cookie, const char *p, size_t n)
#else
static int
edge_write(void *cookie, const char *p, int len)
#endif
{
	struct edge *e = cookie;
#if !defined(__linux__)
	size_t n = (size_t)len;
#endif
	size_t ready;

	if (e->error != 0) {
		errno = e->error;
		return -1;
	}
	if (e->n + n > e->cap) {
		e->cap = e->n + n > 2 * e->cap ? e->n + n : 2 * e->cap;
		e->buf = xreallocarray(e->buf, e->cap, 1);
	}
	memcpy(e->buf + e->n, p, n);
	e->n += n;
	/* up to the last line end, which no number reaches across; of a long
	 * line after it, up to the last character that ends a number */
	for (ready = e->n; ready > 0 && e->buf[ready - 1] != '\n'; ready--)
		;
	if (e->n - ready > EDGE_HOLD_LINE)
		ready += text_mask_ready(e->buf + ready, e->n - ready);
	if (release(e, ready) != 0 || (e->n > EDGE_HOLD_MAX && drop(e) != 0)) {
		errno = e->error;
		return -1;
	}
	return n;
}

static int
edge_close(void *cookie)
{
	struct edge *e = cookie;
	int rc = e->error != 0 ? -1 : release(e, e->n);

	e->fp = NULL;
	free(e->buf);
	e->buf = NULL;
	e->n = e->cap = 0;
	if (rc != 0)
		errno = e->error;
	return rc;
}

static FILE *
edge_open(struct edge *e)
{
#if defined(__linux__)
	static const cookie_io_functions_t io = { NULL, edge_write, NULL,
	    edge_close };

	e->fp = fopencookie(e, "w", io);
#elif defined(__OpenBSD__) || defined(__FreeBSD__) || \
    defined(__NetBSD__) || defined(__APPLE__)
	e->fp = funopen(e, NULL, edge_write, NULL, edge_close);
#endif
	return e->fp;
}

/* What is still held at exit: written, masked. */
static void
edge_atexit(void)
{
	size_t i;

	for (i = 0; i < 2; i++)
		if (edges[i].fp != NULL) {
			fflush(edges[i].fp);
			(void)release(&edges[i], edges[i].n);
		}
}

/* The edge behind fp, or NULL. */
static struct edge *
edge_of(FILE *fp)
{
	size_t i;

	for (i = 0; fp != NULL && i < 2; i++)
		if (edges[i].fp == fp)
			return &edges[i];
	return NULL;
}

/* Whether fp passes through the mask here. */
bool
edge_stream(FILE *fp)
{
	return edge_of(fp) != NULL;
}

/* Writes whole lines, p[n - 1] a line feed, that the caller has put
 * through text_mask(p, n, true) itself (the writers of long reports do,
 * on two threads): an edge stream holding nothing writes them as they
 * are, the mask being the one it would apply, line by line; any other
 * stream or text takes the way of fwrite.  Returns n, or less after a
 * write error. */
size_t
edge_write_masked(FILE *fp, const char *p, size_t n)
{
	struct edge *e = edge_of(fp);

	if (e == NULL || n == 0 || p[n - 1] != '\n' || fflush(fp) != 0 ||
	    e->n > 0)
		return fwrite(p, 1, n, fp);
	if (e->error != 0 || write_all(e, p, n) != 0)
		return 0;
	return n;
}

int
edge_init(void)
{
	FILE *out, *err;

	if (edges[0].fp != NULL)
		return 0;
	if ((out = edge_open(&edges[0])) == NULL)
		return -1;
	if ((err = edge_open(&edges[1])) == NULL) {
		fclose(out);
		return -1;
	}
	fflush(stdout);
	fflush(stderr);
	/* standard error as unbuffered as ever; standard output by lines
	 * on a terminal, else in blocks */
	setvbuf(err, NULL, _IONBF, 0);
	setvbuf(out, NULL, isatty(1) ? _IOLBF : _IOFBF, BUFSIZ);
	stdout = out;
	stderr = err;
	atexit(edge_atexit);
	return 0;
}
