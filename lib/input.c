#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "xalloc.h"

static int read_head(struct input *, struct diag *);

/* Opens path ("-" is standard input) and reads its first block, so that
 * the format can be told from the content. */
int
input_open(struct input *in, const char *path, struct diag *d)
{
	memset(in, 0, sizeof(*in));
	if (strcmp(path, "-") == 0) {
		in->name = "<stdin>";
		in->fp = stdin;
	} else {
		in->name = path;
		if ((in->fp = fopen(path, "rb")) == NULL) {
			diag_error(d, NULL, 0, "%s: %s", path, strerror(errno));
			return -1;
		}
	}
	return read_head(in, d);
}

/* An input over len bytes in memory, named name (for the fuzz targets);
 * buf must outlive it. */
int
input_mem(struct input *in, const char *name, const void *buf, size_t len,
    struct diag *d)
{
	static char empty[1];

	memset(in, 0, sizeof(*in));
	in->name = name;
	if ((in->fp = fmemopen(len > 0 ? (void *)buf : empty, len, "rb")) ==
	    NULL) {
		diag_error(d, NULL, 0, "%s: %s", name, strerror(errno));
		return -1;
	}
	return read_head(in, d);
}

static int
read_head(struct input *in, struct diag *d)
{
	in->headlen = fread(in->head, 1, sizeof(in->head), in->fp);
	if (ferror(in->fp)) {
		diag_error(d, NULL, 0, "%s: read error: %s", in->name,
		    strerror(errno));
		in->error = true;
		input_close(in);
		return -1;
	}
	return 0;
}

static bool
has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* The format forced, else told by the extension, else by the first line:
 * a line with a comma and no "key: " is a CSV header. */
enum format
input_format(struct input *in, enum format forced)
{
	const unsigned char *p = in->head, *end = in->head + in->headlen;
	bool comma = false, colon = false;

	if (forced != FMT_AUTO)
		return forced;
	if (has_suffix(in->name, ".csv") || has_suffix(in->name, ".CSV"))
		return FMT_CSV;
	if (has_suffix(in->name, ".yaml") || has_suffix(in->name, ".yml") ||
	    has_suffix(in->name, ".YAML") || has_suffix(in->name, ".YML"))
		return FMT_YAML;
	if (end - p >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)
		p += 3;
	while (p < end && (*p == '\n' || *p == '\r' || *p == ' '))
		p++;
	if (p < end && (*p == '-' || *p == '%' || *p == '#' || *p == '{'))
		return FMT_YAML;
	for (; p < end && *p != '\n' && *p != '\r'; p++) {
		if (*p == ',')
			comma = true;
		else if (*p == ':' && (p + 1 == end || p[1] == ' ' ||
		    p[1] == '\n' || p[1] == '\r'))
			colon = true;
	}
	return comma && !colon ? FMT_CSV : FMT_YAML;
}

/* Reads up to size bytes, the sniffed head first.  0 at the end or after a
 * read error, which is reported once. */
size_t
input_read(struct input *in, void *buf, size_t size, struct diag *d)
{
	size_t n;

	if (in->headpos < in->headlen) {
		n = in->headlen - in->headpos;
		if (n > size)
			n = size;
		memcpy(buf, in->head + in->headpos, n);
		in->headpos += n;
		return n;
	}
	if (in->error || in->fp == NULL || feof(in->fp))
		return 0;
	n = fread(buf, 1, size, in->fp);
	if (n == 0 && ferror(in->fp)) {
		diag_error(d, NULL, 0, "%s: read error: %s", in->name,
		    strerror(errno));
		in->error = true;
	}
	return n;
}

/* Reads the whole input into one NUL-terminated buffer of at most max
 * bytes.  -1 (reported) when it is larger or cannot be read. */
int
input_slurp(struct input *in, size_t max, char **bufp, size_t *lenp,
    struct diag *d)
{
	size_t len = 0, cap = 65536, n;
	char *buf = xmalloc(cap + 1);

	for (;;) {
		if (len == cap) {
			if (cap > max) {
				diag_error(d, in->name, 0,
				    "input larger than %zu bytes", max);
				free(buf);
				return -1;
			}
			cap = cap * 2 > max ? max + 1 : cap * 2;
			buf = xreallocarray(buf, cap + 1, 1);
		}
		if ((n = input_read(in, buf + len, cap - len, d)) == 0)
			break;
		len += n;
	}
	if (in->error) {
		free(buf);
		return -1;
	}
	buf[len] = '\0';
	*bufp = buf;
	*lenp = len;
	return 0;
}

void
input_close(struct input *in)
{
	if (in->fp != NULL && in->fp != stdin)
		fclose(in->fp);
	in->fp = NULL;
}

int
format_parse(const char *s, enum format *f)
{
	if (strcmp(s, "csv") == 0)
		*f = FMT_CSV;
	else if (strcmp(s, "yaml") == 0 || strcmp(s, "yml") == 0)
		*f = FMT_YAML;
	else
		return -1;
	return 0;
}
