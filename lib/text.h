/* Small text helpers shared by the readers and the writers. */
#ifndef CARETOOLS_TEXT_H
#define CARETOOLS_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define TEXT_QUOTE_MAX	64	/* room text_quote needs, with the quotes */
#define TEXT_REDACTED	"[redacted]"	/* a personal identity number */
#define TEXT_REDACTED_LEN 10

/* The privacy filter: one mask and one way to show a value. */
size_t		 text_mask(char *, size_t, bool);
size_t		 text_mask_ready(const char *, size_t);
bool		 text_has_personal_id(const char *, size_t);
char		*text_visible(const char *, size_t, size_t *);
const char	*text_shown(const char *, size_t *, char **);
char		*text_decimal(char *, long);
int		 text_put(FILE *, const char *);
const char	*text_quote(char *, size_t, const char *, size_t);
long		 text_utf8_invalid(const char *, size_t);
const char	*text_suggest(const char *, const char *const *, size_t);
size_t		 text_distance(const char *, const char *);
bool		 text_eq(const char *, size_t, const char *);
bool		 text_bool(const char *, bool *);
bool		 text_number(const char *, size_t, double *);

#endif
