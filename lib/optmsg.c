/* getopt's complaints in the tools' own words: getopt_long runs with
 * opterr 0, and the option named is shown as every value is (masked,
 * control characters escaped), which getopt's own message would not. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "text.h"

/* The option as typed, shown, in the user's language. */
static void
say(const struct cli *c, const char *fmt, const char *what, const char *more)
{
	char *w = text_visible(what, strlen(what), NULL);

	fprintf(stderr, "%s: ", c->prog);
	fprintf(stderr, _(fmt), w, more != NULL ? more : "");
	fputc('\n', stderr);
	free(w);
}

/* The long options whose names begin with the len bytes of name. */
static size_t
matches(const struct option *lo, const char *name, size_t len,
    const struct option **exact, const struct option **first)
{
	size_t n = 0;

	*exact = *first = NULL;
	for (; lo->name != NULL; lo++) {
		if (strncmp(lo->name, name, len) != 0)
			continue;
		if (strlen(lo->name) == len)
			*exact = lo;
		if (n++ == 0)
			*first = lo;
	}
	return n;
}

/* A long option getopt_long refused (element elem): unknown, ambiguous,
 * or given an argument it takes none of. */
static void
bad_long(const struct cli *c, const struct option *lo, const char *elem)
{
	const char *name = elem + 2, *eq = strchr(name, '=');
	size_t len = eq != NULL ? (size_t)(eq - name) : strlen(name);
	const struct option *exact, *first, *o;
	char *list, *p;
	size_t n = matches(lo, name, len, &exact, &first), room = 1;

	if (exact != NULL)
		first = exact;
	if (n == 0) {
		say(c, "unrecognized option '%s'%s", elem, NULL);
		return;
	}
	if (n == 1 || exact != NULL) {
		say(c, "option '--%s' doesn't allow an argument%s", first->name,
		    NULL);
		return;
	}
	for (o = lo; o->name != NULL; o++)
		room += strlen(o->name) + 5;
	p = list = malloc(room);
	if (list == NULL) {
		say(c, "option '%s' is ambiguous%s", elem, NULL);
		return;
	}
	for (o = lo; o->name != NULL; o++)
		if (strncmp(o->name, name, len) == 0)
			p += sprintf(p, " '--%s'", o->name);
	*p = '\0';
	say(c, "option '%s' is ambiguous; possibilities:%s", elem, list);
	free(list);
}

/* Says what was wrong with the option getopt_long just refused ('?' for
 * an unknown one, ':' for a missing argument; shortopts began with ':'). */
void
cli_bad_option(const struct cli *c, int argc, char **argv,
    const struct option *lo, int ch)
{
	const char *elem = optind > 1 && optind <= argc ? argv[optind - 1] :
	    "";
	const struct option *o = NULL;
	char opt[2] = { (char)optopt, '\0' };

	/* a long option: its element was the last one taken */
	if (strncmp(elem, "--", 2) == 0 && elem[2] != '\0') {
		for (o = lo; o->name != NULL; o++)
			if (optopt != 0 && o->val == optopt &&
			    strncmp(o->name, elem + 2, strcspn(elem + 2,
			    "=")) == 0)
				break;
		if (ch == ':' && o->name != NULL) {
			say(c, "option '--%s' requires an argument%s", o->name,
			    NULL);
			return;
		}
		if (optopt == 0 || o->name != NULL) {
			bad_long(c, lo, elem);
			return;
		}
	}
	if (ch == ':')
		say(c, "option requires an argument -- '%s'%s", opt, NULL);
	else
		say(c, "invalid option -- '%s'%s", opt, NULL);
}
