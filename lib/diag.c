#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "diag.h"
#include "text.h"
#include "xalloc.h"

/* The whole message, then masked and its control characters escaped
 * (text_visible), so that nothing is cut before it is masked and no
 * value can forge a line; the file name likewise. */
static void
vemit(struct diag *d, const char *file, long line, const char *fmt,
    va_list ap)
{
	char *msg, *shown, *fshown = NULL;
	va_list again;
	int n;

	if (d->emit == NULL)
		return;
	va_copy(again, ap);
	n = vsnprintf(NULL, 0, _(fmt), again);
	va_end(again);
	if (n < 0)
		n = 0;
	msg = xmalloc((size_t)n + 1);
	vsnprintf(msg, (size_t)n + 1, _(fmt), ap);
	shown = text_visible(msg, (size_t)n, NULL);
	if (file != NULL)
		fshown = text_visible(file, strlen(file), NULL);
	d->emit(d->ctx, fshown, line, shown);
	free(fshown);
	free(shown);
	free(msg);
}

/* A message that makes the exit status 2. */
void
diag_error(struct diag *d, const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	d->errors++;
	va_start(ap, fmt);
	vemit(d, file, line, fmt, ap);
	va_end(ap);
}

/* diag_error with a va_list. */
void
diag_verror(struct diag *d, const char *file, long line, const char *fmt,
    va_list ap)
{
	d->errors++;
	vemit(d, file, line, fmt, ap);
}

/* A message that leaves the exit status as it is. */
void
diag_note(struct diag *d, const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vemit(d, file, line, fmt, ap);
	va_end(ap);
}
