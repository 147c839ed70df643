/* Messages in the user's language (GNU gettext, domain "caretools"):
 * diagnostics and --help always, findings and report text only in the
 * text format, so that CSV, JSON and iCalendar never change with the
 * locale.  Numbers in text reports take the locale's decimal comma. */
#ifndef CARETOOLS_I18N_H
#define CARETOOLS_I18N_H

#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>

#define I18N_DOMAIN	"caretools"

/* A message for people: diagnostics, usage, --help. */
#define _(s)		i18n_msg(s)
/* Finding or report text: translated in -o text only. */
#define F_(s)		i18n_find(s)
/* The plural of F_: "1 day", "3 days". */
#define FN_(s, p, n)	i18n_nfind(s, p, n)
/* Marks a string for the catalogue where it is translated later. */
#define N_(s)		(s)
/* Marks a singular and plural pair for the catalogue (an initialiser). */
#define NP_(s, p)	s, p

const char	*i18n_msg(const char *) __attribute__((format_arg(1)));
const char	*i18n_find(const char *) __attribute__((format_arg(1)));
const char	*i18n_nfind(const char *, const char *, unsigned long)
		    __attribute__((format_arg(1))) __attribute__((format_arg(2)));

void		 i18n_init(void);
char		*i18n_fixed(char *, size_t, int, double);
int		 i18n_vsnprintf(char *, size_t, const char *, va_list)
		    __attribute__((format(printf, 3, 0)));
int		 i18n_sd(char *, size_t, const char *, ...)
		    __attribute__((format(printf, 3, 4)));
void		 i18n_text(bool);
char		 i18n_decimal(void);

#endif
