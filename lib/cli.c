#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "cli.h"
#include "pseudo.h"
#include "sandbox.h"
#include "text.h"
#include "tz.h"
#include "xalloc.h"
#include "yamlin.h"

/* A case file of a directory is read whole as it is opened (a directory
 * may hold more files than a process may have open): this much at most. */
#define CLI_MAX_WHOLE	(256 * 1024 * 1024)

/* Messages: "prog: file:line: message", as compilers and grep write. */
static void
emit(void *ctx, const char *file, long line, const char *msg)
{
	const char *prog = ((const struct cli *)ctx)->prog;

	/* privacy.ids: the file name and the message come masked, with
	 * their control characters escaped (diag.c) */
	if (file != NULL && line > 0)
		fprintf(stderr, "%s: %s:%ld: %s\n", prog, file, line, msg);
	else if (file != NULL)
		fprintf(stderr, "%s: %s: %s\n", prog, file, msg);
	else
		fprintf(stderr, "%s: %s\n", prog, msg);
}

/* Today by the system clock in Sweden and Denmark (tz_today), never
 * through the TZ variable. */
cdate
cli_local_today(void)
{
	return tz_today(ZONE_STOCKHOLM, (long long)time(NULL));
}

void
cli_init(struct cli *c, const char *prog)
{
	memset(c, 0, sizeof(*c));
	c->prog = prog;
	c->in_format = FMT_AUTO;
	c->out = OUT_TEXT;
	c->level = SEV_INFO;
	c->today = DATE_NONE;
	c->diag.emit = emit;
	c->diag.ctx = c;
	arena_init(&c->names);
}

/* The synopsis after the word "usage:" in the user's language: its lines
 * after the first, set for the English word, moved by the difference in
 * width so that they still line up under the first. */
void
cli_usage(FILE *fp, const char *synopsis)
{
	const char *label = _("usage:"), *p, *nl;
	long shift = -6, k;

	for (p = label; *p != '\0'; p++)
		shift += ((unsigned char)*p & 0xC0) != 0x80;
	fputs(label, fp);
	fputc(' ', fp);
	for (p = synopsis; *p != '\0'; p = nl) {
		if (p != synopsis) {
			for (k = 0; p[k] == ' '; k++)
				;
			p += k;
			for (k = k + shift > 1 ? k + shift : 1; k > 0; k--)
				fputc(' ', fp);
		}
		nl = strchr(p, '\n');
		nl = nl != NULL ? nl + 1 : p + strlen(p);
		fwrite(p, 1, (size_t)(nl - p), fp);
	}
}

void
cli_usage_error(const struct cli *c, const char *fmt, ...)
{
	va_list ap;
	char *msg, *shown;
	int n;

	/* the arguments it names are shown as messages show values:
	 * masked, control characters escaped */
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, _(fmt), ap);
	va_end(ap);
	msg = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	va_start(ap, fmt);
	vsnprintf(msg, n > 0 ? (size_t)n + 1 : 1, _(fmt), ap);
	va_end(ap);
	shown = text_visible(msg, strlen(msg), NULL);
	fprintf(stderr, "%s: %s", c->prog, shown);
	fprintf(stderr, _("\nTry '%s --help' for more information.\n"), c->prog);
	free(shown);
	free(msg);
}

/* Handles one of the common options: 1 when taken, 0 when not common, -1
 * for a bad argument (reported). */
int
cli_option(struct cli *c, int ch, const char *arg)
{
	enum date_status st;

	switch (ch) {
	case 'd':
		if (delim_parse(arg, &c->ro.delim) != 0) {
			cli_usage_error(c, "unknown delimiter '%s' (',', ';' or "
			    "tab)", arg);
			return -1;
		}
		return 1;
	case OPT_ENCODING:
		if (encoding_parse(arg, &c->ro.encoding) != 0) {
			cli_usage_error(c, "unknown encoding '%s' (utf-8, "
			    "cp1252 or latin1)", arg);
			return -1;
		}
		c->encoding_given = true;
		return 1;
	case 'f':
		if (format_parse(arg, &c->in_format) != 0) {
			cli_usage_error(c, "unknown input format '%s' (csv or "
			    "yaml)", arg);
			return -1;
		}
		return 1;
	case 'h':
		c->help = true;
		return 1;
	case 'l':
		if (severity_parse(arg, &c->level) != 0) {
			cli_usage_error(c, "unknown level '%s' (info, warning "
			    "or error)", arg);
			return -1;
		}
		return 1;
	case 'o':
		if (out_format_parse(arg, &c->out) != 0 ||
		    (c->out == OUT_ICS && !c->out_ics_ok)) {
			cli_usage_error(c, "unknown output format '%s' (%s)",
			    arg, c->out_ics_ok ? _("text, csv, json or ics") :
			    _("text, csv or json"));
			return -1;
		}
		return 1;
	case 'p':
		if (c->nprofiles == CLI_MAX_PROFILES) {
			cli_usage_error(c, "more than %d profiles",
			    CLI_MAX_PROFILES);
			return -1;
		}
		c->profiles[c->nprofiles++] = arg;
		return 1;
	case 'q':
		c->quiet = true;
		return 1;
	case 'v':
		c->verbose = true;
		return 1;
	case OPT_TODAY:
		if ((st = date_parse(arg, strlen(arg), &c->today)) != DATE_OK) {
			cli_usage_error(c, "invalid date '%s' for --today (%s)",
			    arg, st == DATE_SYNTAX ? _("expected YYYY-MM-DD") :
			    _(date_status_str(st)));
			return -1;
		}
		return 1;
	case OPT_VERSION:
		c->version = true;
		return 1;
	case OPT_PSEUDO:
		c->pseudonymize = true;
		return 1;
	}
	return 0;
}

int
cli_version(const struct cli *c)
{
	printf("%s (caretools) %s\n", c->prog, CARETOOLS_VERSION);
	return 0;
}

/* Answers --help (the usage, then the tool's help text) or --version;
 * true when it did, with the exit status in *status. */
bool
cli_answer(struct cli *c, void (*usage)(FILE *), const char *help,
    int *status)
{
	if (c->help) {
		usage(stdout);
		fputs(_(help), stdout);
	} else if (c->version)
		cli_version(c);
	else
		return false;
	*status = cli_finish(c, false, false);
	return true;
}

/* The built-in profiles and the -p changes, in order, and with
 * --pseudonymize the key.  -1 when any is wrong: running with a rule
 * silently changed, or printing real ids, is worse than not running. */
int
cli_load_profiles(struct cli *c, struct profiles *ps)
{
	size_t i;

	if (c->pseudonymize && pseudo_init(&c->diag) != 0)
		return -1;
	if (profiles_init(ps, &c->diag) != 0)
		return -1;
	for (i = 0; i < c->nprofiles; i++)
		if (profiles_apply(ps, c->profiles[i], &c->diag) != 0)
			return -1;
	/* how the inputs are read: the profiles', --encoding first */
	c->ro.columns = &ps->columns;
	if (!c->encoding_given && ps->encoding_set)
		c->ro.encoding = ps->encoding;
	return 0;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool
case_file(const char *name)
{
	size_t n = strlen(name);

	return name[0] != '.' && ((n > 5 && strcmp(name + n - 5, ".yaml") ==
	    0) || (n > 4 && strcmp(name + n - 4, ".yml") == 0));
}

/* The case files of a directory, *.yaml and *.yml in name order, as
 * paths in the run's arena; their number, or -1 (reported). */
static int
list_dir(struct cli *c, const char *dir, char ***out)
{
	struct dirent *e;
	char **v = NULL;
	size_t n = 0, cap = 0;
	DIR *dp;

	if ((dp = opendir(dir)) == NULL) {
		diag_error(&c->diag, NULL, 0, "%s: %s", dir, strerror(errno));
		return -1;
	}
	while ((e = readdir(dp)) != NULL) {
		if (!case_file(e->d_name))
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			v = xreallocarray(v, cap, sizeof(*v));
		}
		v[n] = arena_alloc(&c->names, strlen(dir) +
		    strlen(e->d_name) + 2);
		sprintf(v[n++], "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ?
		    "" : "/", e->d_name);
	}
	closedir(dp);
	if (n == 0) {
		diag_error(&c->diag, NULL, 0, "%s: no case files (*.yaml, "
		    "*.yml) in the directory", dir);
		free(v);
		return -1;
	}
	qsort(v, n, sizeof(*v), by_name);
	*out = v;
	return (int)n;
}

/* Opens one file into fs, or with whole, reads it into memory; -1
 * (reported) when it cannot be. */
static int
open_one(struct cli *c, struct cli_files *fs, size_t *cap, const char *path,
    bool whole)
{
	if (fs->n == *cap) {
		*cap = *cap ? 2 * *cap : 8;
		fs->v = xreallocarray(fs->v, *cap, sizeof(*fs->v));
	}
	if (strcmp(path, "-") == 0) {
		if (c->stdin_taken) {
			diag_error(&c->diag, NULL, 0, "standard input can be "
			    "read only once");
			return -1;
		}
		c->stdin_taken = true;
	}
	if ((whole ? input_open_whole(&fs->v[fs->n], path, &c->ro,
	    CLI_MAX_WHOLE, &c->diag) : input_open_as(&fs->v[fs->n], path,
	    &c->ro, &c->diag)) != 0)
		return -1;
	fs->n++;
	return 0;
}

/* Opens every file named (standard input when none) before any is read,
 * so that the sandbox can close the door behind them; one that cannot be
 * opened is reported and the others are kept.  With CLI_DIRS a directory
 * stands for its case files.  Returns how many could not be opened. */
size_t
cli_open(struct cli *c, struct cli_files *fs, int argc, char **argv,
    unsigned flags)
{
	static char *dash[] = { "-", NULL };
	struct stat st;
	char **list;
	size_t cap = 0, bad = 0;
	int i, k, n;

	if (argc == 0) {
		argc = 1;
		argv = dash;
	}
	fs->v = NULL;
	fs->n = 0;
	for (i = 0; i < argc; i++) {
		if ((flags & CLI_DIRS) && strcmp(argv[i], "-") != 0 &&
		    stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			if ((n = list_dir(c, argv[i], &list)) < 0) {
				bad++;
				continue;
			}
			/* a directory may hold more files than a process may
			 * have open: each is read at once */
			for (k = 0; k < n; k++)
				bad += open_one(c, fs, &cap, list[k], true) !=
				    0;
			free(list);
		} else
			bad += open_one(c, fs, &cap, argv[i], false) != 0;
	}
	return bad;
}

/* Closes the files not yet read. */
void
cli_close(struct cli_files *fs)
{
	size_t i;

	for (i = 0; i < fs->n; i++)
		input_close(&fs->v[i]);
	free(fs->v);
	fs->v = NULL;
	fs->n = 0;
}

/* With every input open, gives up everything else (see sandbox.h): -1
 * (reported) when the sandbox could not be set up where it should be. */
int
cli_sandbox(struct cli *c)
{
	return sandbox_enter(&c->diag);
}

/* Reads the case records of the files opened, and closes them. */
void
cli_read_cases(struct cli *c, struct caseset *set, struct cli_files *fs)
{
	size_t i;

	for (i = 0; i < fs->n &&
	    input_format(&fs->v[i], c->in_format) != FMT_CSV; i++)
		;
	if (i == fs->n)
		caseset_stream(set);
	/* a file that goes wrong is counted in the diagnostics; the rest are
	 * still read */
	for (i = 0; i < fs->n; i++)
		(void)caseset_read(set, &fs->v[i], c->in_format, &c->diag);
	cli_close(fs);
	caseset_finish(set, &c->diag);
	cli_tally(c, "case records", set->read, set->read - set->rejected,
	    set->rejected);
}

/* With -v, what became of the records of one kind ("shifts"): every one
 * read was used or rejected. */
void
cli_tally(const struct cli *c, const char *what, unsigned long read,
    unsigned long used, unsigned long rejected)
{
	if (c->verbose)
		fprintf(stderr, _("%s: %s: %lu read, %lu used, %lu rejected\n"),
		    c->prog, _(what), read, used, rejected);
}

/* Writes the findings at or above the level (none when r is NULL); *any
 * is set when one of them decides the exit status.  -1 on a write error. */
int
cli_write(struct cli *c, struct report *r, const struct findings *f,
    bool *any)
{
	size_t i;

	for (i = 0; i < f->n && !*any; i++)
		if (f->v[i].sev >= c->level && f->v[i].counts)
			*any = true;
	return r != NULL ? report_write_all(r, f->v, f->n, c->level) : 0;
}

/* Runs a check over every case in input order and writes each case's
 * findings as they come.  -1 on a write error. */
int
cli_check_cases(struct cli *c, const struct profiles *ps,
    const struct caseset *set, case_check_fn *check, void *arg,
    struct report *r, bool *any)
{
	struct findings f;
	size_t i;
	int rc = 0;

	findings_init(&f);
	for (i = 0; i < set->ncases && rc == 0; i++) {
		check(arg, set->cases[i], profiles_for(ps,
		    set->cases[i]->regime), &f);
		rc = cli_write(c, r, &f, any);
		findings_clear(&f);
	}
	findings_free(&f);
	return rc;
}

/* The exit status: 2 after any error (input or output), else 1 when
 * something was reported, else 0.  Standard output is closed here so that
 * a full disk is an error too. */
int
cli_finish(struct cli *c, bool findings, bool write_failed)
{
	int status = findings ? EXIT_FINDINGS : EXIT_NOTHING;

	pseudo_end();
	arena_free(&c->names);
	if (fflush(stdout) != 0 || ferror(stdout) || write_failed) {
		fprintf(stderr, _("%s: write error: %s\n"), c->prog,
		    strerror(errno ? errno : EIO));
		fclose(stdout);
		return EXIT_TROUBLE;
	}
	if (fclose(stdout) != 0) {
		fprintf(stderr, _("%s: write error: %s\n"), c->prog,
		    strerror(errno));
		return EXIT_TROUBLE;
	}
	if (c->diag.errors > 0)
		status = EXIT_TROUBLE;
	return status;
}
