/* Messages in the user's language (see i18n.h). */
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "text.h"

#ifndef LOCALEDIR
#define LOCALEDIR	"/usr/local/share/locale"
#endif

#define SD_MAX		9	/* arguments of an i18n_sd format */

static bool text_out = true;	/* findings are translated */
static locale_t numeric;	/* the user's numbers, for text findings */
static bool active;		/* a catalogue may be in use */
static char decimal = '.';

const char *
i18n_msg(const char *s)
{
	return active ? dgettext(I18N_DOMAIN, s) : s;
}

const char *
i18n_find(const char *s)
{
	return active && text_out ? dgettext(I18N_DOMAIN, s) : s;
}

const char *
i18n_nfind(const char *one, const char *many, unsigned long n)
{
	if (active && text_out)
		return dngettext(I18N_DOMAIN, one, many, n);
	return n == 1 ? one : many;
}

/* Whether dir holds the domain's catalogue in some language we ship. */
static bool
has_catalogues(const char *dir)
{
	static const char *const langs[] = { "sv", "da" };
	char path[4096];
	struct stat st;
	size_t i;
	int n;

	for (i = 0; i < sizeof(langs) / sizeof(langs[0]); i++) {
		n = snprintf(path, sizeof(path), "%s/%s/LC_MESSAGES/%s.mo", dir,
		    langs[i], I18N_DOMAIN);
		if (n > 0 && (size_t)n < sizeof(path) && stat(path, &st) == 0)
			return true;
	}
	return false;
}

/* build/locale beside an uninstalled build/bin/TOOL, into buf. */
static const char *
beside_exe(char *buf, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", buf, size - 1);
	char *slash;

	if (n <= 0)
		return NULL;
	buf[n] = '\0';
	if ((slash = strrchr(buf, '/')) == NULL)
		return NULL;
	*slash = '\0';
	if ((size_t)(slash - buf) + sizeof("/../locale") > size)
		return NULL;
	strcat(buf, "/../locale");
	return buf;
}

/* The locale from the environment, as every GNU tool takes it, with the
 * C library's number formats kept (records are parsed with '.'), and the
 * catalogue loaded now, before the sandbox closes the file system:
 * $CARETOOLS_LOCALEDIR, else build/locale beside an uninstalled build/bin,
 * else the installed one. */
void
i18n_init(void)
{
	static const char header[] = "";
	const char *dir = getenv("CARETOOLS_LOCALEDIR"), *near;
	const struct lconv *lc;
	char buf[4096];

	if (setlocale(LC_ALL, "") == NULL)
		return;
	lc = localeconv();
	if (lc->decimal_point != NULL && strcmp(lc->decimal_point, ",") == 0)
		decimal = ',';
	setlocale(LC_NUMERIC, "C");
	if (decimal == ',')
		numeric = newlocale(LC_NUMERIC_MASK, "", (locale_t)0);
	if (dir == NULL || *dir == '\0') {
		/* a build's own catalogues before any installed ones */
		near = beside_exe(buf, sizeof(buf));
		dir = near != NULL && has_catalogues(near) ? near : LOCALEDIR;
	}
	bindtextdomain(I18N_DOMAIN, dir);
	bind_textdomain_codeset(I18N_DOMAIN, "UTF-8");
	/* opens the catalogue; without one for the user's language every
	 * message is its msgid, and no lookup is made at all */
	near = dgettext(I18N_DOMAIN, header);
	active = near != header && *near != '\0';
}

/* Findings and report text are translated only when they are text. */
void
i18n_text(bool on)
{
	text_out = on;
}

/* The decimal separator of text reports: ',' under sv and da. */
char
i18n_decimal(void)
{
	return text_out ? decimal : '.';
}

/* x with prec decimals, in the text reports' decimal separator. */
char *
i18n_fixed(char *buf, size_t size, int prec, double x)
{
	char *p;

	snprintf(buf, size, "%.*f", prec, x);
	if ((p = strchr(buf, '.')) != NULL)
		*p = i18n_decimal();
	return buf;
}

/* vsnprintf in the text reports' numbers: 4,92 under sv and da. */
int
i18n_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	locale_t old;
	int n;

	if (!text_out || numeric == (locale_t)0)
		return vsnprintf(buf, size, fmt, ap);
	old = uselocale(numeric);
	n = vsnprintf(buf, size, fmt, ap);
	uselocale(old);
	return n;
}

/* The argument the conversion at *p (just after its '%') takes: its
 * number, moving *p past "N$", or the next in order; *numbered says
 * which. */
static int
sd_arg(const char **p, int *next, bool *numbered)
{
	*numbered = (*p)[0] >= '1' && (*p)[0] <= '9' && (*p)[1] == '$';
	if (!*numbered)
		return (*next)++;
	*p += 2;
	return (*p)[-2] - '1';
}

/* The arguments of a format of %s, %d and %% only, numbered as written
 * (%1$s) or in order: their types in type[0..*n], each 's' or 'd'.
 * False for anything else, for a number missing, or for the two ways
 * mixed. */
static bool
sd_types(const char *fmt, char type[SD_MAX], int *n)
{
	const char *p;
	int k, next = 0, numbered = -1;
	bool pos;

	memset(type, 0, SD_MAX);
	*n = 0;
	for (p = fmt; (p = strchr(p, '%')) != NULL; p++) {
		if (*++p == '%')
			continue;
		k = sd_arg(&p, &next, &pos);
		if ((numbered >= 0 && numbered != pos) || k >= SD_MAX ||
		    (*p != 's' && *p != 'd') || (type[k] && type[k] != *p))
			return false;
		numbered = pos;
		type[k] = *p;
		if (k >= *n)
			*n = k + 1;
	}
	for (k = 0; k < *n; k++)
		if (type[k] == 0)
			return false;
	return true;
}

/* Appends len bytes of s to buf as snprintf would: what does not fit is
 * counted, not written. */
static void
sd_put(char *buf, size_t size, size_t *o, const char *s, size_t len)
{
	if (*o + 1 < size)
		memcpy(buf + *o, s, len < size - 1 - *o ? len : size - 1 - *o);
	*o += len;
}

/* The end of i18n_sd's text: the NUL, and the length snprintf returns. */
static int
sd_end(char *buf, size_t size, size_t o)
{
	if (size > 0)
		buf[o < size ? o : size - 1] = '\0';
	return o > INT_MAX ? -1 : (int)o;
}

/* i18n_sd for a format whose conversions are %s, %d and %% in the order
 * of the arguments, in one pass; SD_OTHER for any other, its arguments
 * then read again from the start. */
#define SD_OTHER	(-2)

static int
sd_in_order(char *buf, size_t size, const char *fmt, va_list ap)
{
	char num[24], *e;
	const char *p, *q, *a;
	size_t o = 0;

	for (p = fmt; (q = strchr(p, '%')) != NULL; p = q + 1) {
		sd_put(buf, size, &o, p, (size_t)(q - p));
		switch (*++q) {
		case '%':
			sd_put(buf, size, &o, "%", 1);
			break;
		case 's':
			if ((a = va_arg(ap, const char *)) == NULL)
				a = "(null)";
			sd_put(buf, size, &o, a, strlen(a));
			break;
		case 'd':
			e = text_decimal(num + sizeof(num), va_arg(ap, int));
			sd_put(buf, size, &o, e, (size_t)(num + sizeof(num) - e));
			break;
		default:
			return SD_OTHER;
		}
	}
	sd_put(buf, size, &o, p, strlen(p));
	return sd_end(buf, size, o);
}

/* i18n_sd for numbered arguments (%2$s), as translations may put them,
 * or for conversions it does not take, which are vsnprintf's. */
static int
sd_numbered(char *buf, size_t size, const char *fmt, va_list ap)
{
	union { const char *s; int d; } arg[SD_MAX];
	char type[SD_MAX], num[24], *e;
	const char *p, *q;
	size_t o = 0;
	int k, n, next = 0;
	bool numbered;

	if (!sd_types(fmt, type, &n))
		return vsnprintf(buf, size, fmt, ap);
	for (k = 0; k < n; k++)
		if (type[k] == 's')
			arg[k].s = va_arg(ap, const char *);
		else
			arg[k].d = va_arg(ap, int);
	for (p = fmt; (q = strchr(p, '%')) != NULL; p = q + 1) {
		sd_put(buf, size, &o, p, (size_t)(q - p));
		if (*++q == '%') {
			sd_put(buf, size, &o, "%", 1);
			continue;
		}
		k = sd_arg(&q, &next, &numbered);
		if (*q == 's') {
			p = arg[k].s != NULL ? arg[k].s : "(null)";
			sd_put(buf, size, &o, p, strlen(p));
			continue;
		}
		e = text_decimal(num + sizeof(num), arg[k].d);
		sd_put(buf, size, &o, e, (size_t)(num + sizeof(num) - e));
	}
	sd_put(buf, size, &o, p, strlen(p));
	return sd_end(buf, size, o);
}

/* snprintf for formats of only %s, %d and %%, numbered (as translations
 * may write them) or not: the same text at a tenth of vsnprintf's cost,
 * for messages made by the ten thousand.  Any other format is
 * vsnprintf's. */
int
i18n_sd(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap, again;
	int k;

	va_start(ap, fmt);
	va_copy(again, ap);
	if ((k = sd_in_order(buf, size, fmt, ap)) == SD_OTHER)
		k = sd_numbered(buf, size, fmt, again);
	va_end(again);
	va_end(ap);
	return k;
}
