#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <strings.h>
#include <sys/stat.h>

#include "i18n.h"
#include "progress.h"
#include "input.h"
#include "xalloc.h"

/*
 * Every byte of an input passes through pull(), the one place where a
 * file becomes UTF-8:
 *
 *  - A UTF-8 byte order mark is dropped.  UTF-16 with a byte order mark
 *    (and UTF-16 without one that begins with ASCII, as a file of Latin
 *    text does) is converted by the C library's iconv.
 *  - Anything else is UTF-8, checked as it passes, unless a legacy
 *    encoding was asked for: then the file's first bytes outside ASCII
 *    decide.  When they, and the rest of their block, are UTF-8 the file
 *    is; otherwise it is converted from the encoding asked for.
 *  - A byte that is not in the file's encoding refuses the file from
 *    there: the text before it is handed out, and the message, with the
 *    byte's line and the way out, comes once, when a reader gets to it.
 *
 * Conversion keeps every line break, so line numbers are the file's.  The
 * converters are opened with the file, before the sandbox is entered:
 * iconv loads its tables from the file system.
 */

#define RAW_SIZE	(64 * 1024)

static const struct readopts defaults = { ENC_UTF8, 0, NULL };

static int start(struct input *, struct diag *);

int
input_open(struct input *in, const char *path, struct diag *d)
{
	return input_open_as(in, path, NULL, d);
}

/* Opens path ("-" is standard input) to be read as ro says (NULL: the
 * defaults), and reads its first block, so that the format can be told
 * from the content. */
int
input_open_as(struct input *in, const char *path, const struct readopts *ro,
    struct diag *d)
{
	memset(in, 0, sizeof(*in));
	in->opts = ro;
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
	return start(in, d);
}

int
input_mem(struct input *in, const char *name, const void *buf, size_t len,
    struct diag *d)
{
	return input_mem_as(in, name, buf, len, NULL, d);
}

/* Opens path and reads it whole into memory (at most max bytes), so that
 * it holds no descriptor: for the case files of a directory, which may be
 * more than a process may have open.  Then as input_open_as. */
int
input_open_whole(struct input *in, const char *path, const struct readopts *ro,
    size_t max, struct diag *d)
{
	size_t len = 0, cap = 65536, n;
	unsigned char *buf;
	FILE *fp;

	if ((fp = fopen(path, "rb")) == NULL) {
		diag_error(d, NULL, 0, "%s: %s", path, strerror(errno));
		return -1;
	}
	buf = xmalloc(cap);
	while ((n = fread(buf + len, 1, cap - len, fp)) > 0) {
		len += n;
		if (len == cap && cap <= max)
			buf = xreallocarray(buf, cap *= 2, 1);
		else if (len == cap)
			break;
	}
	if (ferror(fp) || len > max) {
		if (ferror(fp))
			diag_error(d, NULL, 0, "%s: read error: %s", path,
			    strerror(errno));
		else
			diag_error(d, path, 0, "input larger than %zu bytes",
			    max);
		fclose(fp);
		free(buf);
		return -1;
	}
	fclose(fp);
	if (input_mem_as(in, path, buf, len, ro, d) != 0) {
		free(buf);
		return -1;
	}
	in->owned = buf;
	return 0;
}

/* An input over len bytes in memory, named name, read as ro says (for
 * the tests and the fuzz targets); buf must outlive it. */
int
input_mem_as(struct input *in, const char *name, const void *buf, size_t len,
    const struct readopts *ro, struct diag *d)
{
	static char empty[1];

	memset(in, 0, sizeof(*in));
	in->opts = ro;
	in->name = name;
	if ((in->fp = fmemopen(len > 0 ? (void *)buf : empty, len, "rb")) ==
	    NULL) {
		diag_error(d, NULL, 0, "%s: %s", name, strerror(errno));
		return -1;
	}
	return start(in, d);
}

static const struct readopts *
opts(const struct input *in)
{
	return in->opts != NULL ? in->opts : &defaults;
}

/* Refuses the rest of the input: the message waits for the reader, who
 * knows its line (input_refusal). */
static void
refuse(struct input *in, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
refuse(struct input *in, const char *fmt, ...)
{
	va_list ap;

	in->refused = true;
	va_start(ap, fmt);
	vsnprintf(in->bad, sizeof(in->bad), _(fmt), ap);
	va_end(ap);
}

static void
read_error(struct input *in, struct diag *d)
{
	diag_error(d, NULL, 0, "%s: read error: %s", in->name,
	    strerror(errno));
	in->error = true;
}

/* Reads raw bytes; sets eof at the end, error (reported) on failure. */
static size_t
get(struct input *in, unsigned char *buf, size_t size, struct diag *d)
{
	size_t n;

	if (in->eof || in->error || in->fp == NULL || size == 0)
		return 0;
	if (in->stop > 0) {
		if (in->pos >= in->stop) {
			in->held = true;
			return 0;
		}
		if ((int64_t)size > in->stop - in->pos)
			size = (size_t)(in->stop - in->pos);
	}
	n = fread(buf, 1, size, in->fp);
	if (n < size) {
		if (ferror(in->fp))
			read_error(in, d);
		in->eof = true;
	}
	if (in->pos >= 0)
		in->pos += (int64_t)n;
	progress_bytes(n);
	return n;
}

/* How many bytes from s are ASCII before the first that is not (n when
 * all are): sixty-four at a time where SSE2 is, then eight, then one. */
size_t
input_ascii_len(const void *str, size_t n)
{
	const unsigned char *s = str;
	size_t i = 0;
	uint64_t w;
#if defined(__SSE2__)
	const __m128i *v;

	for (; n - i >= 64; i += 64) {
		v = (const __m128i *)(const void *)(s + i);
		if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
		    _mm_loadu_si128(v), _mm_loadu_si128(v + 1)), _mm_or_si128(
		    _mm_loadu_si128(v + 2), _mm_loadu_si128(v + 3)))) != 0)
			break;
	}
#endif
	for (; n - i >= 8; i += 8) {
		memcpy(&w, s + i, 8);
		if ((w & 0x8080808080808080ULL) != 0)
			break;
	}
	while (i < n && s[i] < 0x80)
		i++;
	return i;
}

/* The length of the valid UTF-8 at the start of s; *tail is the length of
 * a sequence cut short by the end of s (0 when s ends well). */
static size_t
utf8_valid(const unsigned char *s, size_t len, size_t *tail)
{
	size_t i = 0, n, k;
	unsigned int cp;

	*tail = 0;
	while ((i += input_ascii_len(s + i, len - i)) < len) {
		if (s[i] >= 0xc2 && s[i] <= 0xdf)
			n = 1;
		else if (s[i] >= 0xe0 && s[i] <= 0xef)
			n = 2;
		else if (s[i] >= 0xf0 && s[i] <= 0xf4)
			n = 3;
		else
			return i;
		cp = s[i] & (0x3f >> n);
		for (k = 1; k <= n && i + k < len; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return i;
			cp = cp << 6 | (s[i + k] & 0x3f);
		}
		if (k <= n) {
			/* cut short: judged whole when the rest comes */
			*tail = len - i;
			return i;
		}
		if ((n == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
		    (n == 3 && (cp < 0x10000 || cp > 0x10ffff)))
			return i;
		i += n + 1;
	}
	return i;
}

static const char *
legacy_name(enum encoding e)
{
	return e == ENC_LATIN1 ? "ISO-8859-1" : "WINDOWS-1252";
}

/* A legacy encoding was asked for and the file has been ASCII so far:
 * the first byte outside ASCII, at a, decides.  Returns how many bytes of
 * buf to hand out as they are; the rest, when the file is not UTF-8, go
 * to the converter. */
static size_t
decide(struct input *in, unsigned char *buf, size_t n)
{
	size_t a, tail, ok;

	for (a = 0; a < n && buf[a] < 0x80; a++)
		;
	if (a == n)
		return n;
	ok = utf8_valid(buf + a, n - a, &tail);
	if (a + ok + tail == n && (tail == 0 || !in->eof)) {
		in->mode = IM_UTF8;
		return n;
	}
	in->mode = IM_ICONV;
	in->from = legacy_name(opts(in)->encoding);
	in->raw = xmalloc(RAW_SIZE);
	memcpy(in->raw, buf + a, n - a);
	in->rawlen = n - a;
	in->rawpos = 0;
	return a;
}

/* UTF-8 read straight into buf (at least 8 bytes), checked on the way; a
 * sequence cut by the end of the block waits for the next. */
static size_t
pull_utf8(struct input *in, unsigned char *buf, size_t size, struct diag *d)
{
	size_t n, ok, tail;

	if (in->mode == IM_ASCII && size > RAW_SIZE)
		size = RAW_SIZE;	/* what decide() may pass on */
	do {
		n = in->npend;
		memcpy(buf, in->pend, n);
		in->npend = 0;
		n += get(in, buf + n, size - n, d);
		if (in->error || n == 0)
			return 0;
		if (in->mode == IM_ASCII && (n = decide(in, buf, n)) == 0)
			return 0;	/* the converter takes it all */
		if (in->mode != IM_UTF8)
			break;
		ok = utf8_valid(buf, n, &tail);
		if (ok + tail < n || (tail > 0 && in->eof)) {
			refuse(in, "not UTF-8 (byte 0x%02X)%s", buf[ok],
			    opts(in)->encoding != ENC_UTF8 ? _("; its text "
			    "before is UTF-8, and a file has one encoding") :
			    _("; if the file is Windows-1252, as Excel saves "
			    "it, use --encoding cp1252"));
			return ok;
		}
		memcpy(in->pend, buf + ok, tail);
		in->npend = tail;
		n = ok;
	} while (n == 0);
	return n;
}

/* The message for bytes the converter cannot take, at p (left bytes). */
static void
refuse_iconv(struct input *in, const unsigned char *p, size_t left, bool cut)
{
	if (strncmp(in->from, "UTF-16", 6) == 0) {
		if (cut)
			refuse(in, "%s ends in the middle of a character",
			    in->from);
		else
			refuse(in, "not %s (bytes 0x%02X 0x%02X)", in->from,
			    p[0], left > 1 ? p[1] : 0);
	} else
		refuse(in, "byte 0x%02X is no character in %s", p[0],
		    in->from);
}

/* Converted text, up to size bytes; 0 at the end of the text. */
static size_t
pull_iconv(struct input *in, unsigned char *buf, size_t size, struct diag *d)
{
	char *ip, *op = (char *)buf;
	size_t il, ol = size, r;
	bool more = in->rawpos == in->rawlen;

	while (ol > 0 && !in->refused && !in->error) {
		if (more) {
			memmove(in->raw, in->raw + in->rawpos,
			    in->rawlen - in->rawpos);
			in->rawlen -= in->rawpos;
			in->rawpos = 0;
			in->rawlen += get(in, in->raw + in->rawlen,
			    RAW_SIZE - in->rawlen, d);
			more = false;
		}
		ip = (char *)in->raw + in->rawpos;
		il = in->rawlen - in->rawpos;
		if (il == 0)
			break;
		r = iconv((iconv_t)in->cd, &ip, &il, &op, &ol);
		in->rawpos = (size_t)((unsigned char *)ip - in->raw);
		if (r != (size_t)-1 || errno == EINVAL) {
			if (in->eof && r == (size_t)-1) {
				refuse_iconv(in, in->raw + in->rawpos, il, true);
				return (size_t)(op - (char *)buf);
			}
			if (in->eof)
				break;
			more = true;
		} else if (errno == EILSEQ) {
			refuse_iconv(in, in->raw + in->rawpos, il, false);
			return (size_t)(op - (char *)buf);
		} else
			break;		/* E2BIG: buf is full */
	}
	return (size_t)(op - (char *)buf);
}

/* The next bytes of UTF-8 text: 0 at its end (or a refusal). */
static size_t
pull(struct input *in, unsigned char *buf, size_t size, struct diag *d)
{
	size_t n;

	if (in->refused || in->error)
		return 0;
	if (in->mode != IM_ICONV && (n = pull_utf8(in, buf, size, d)) > 0)
		return n;
	if (in->mode == IM_ICONV)
		return pull_iconv(in, buf, size, d);
	return 0;
}

/* Opens the converter from the file's encoding; -1 (reported) when the C
 * library has none. */
static int
open_iconv(struct input *in, struct diag *d)
{
	iconv_t cd = iconv_open("UTF-8", in->from);

	if (cd == (iconv_t)-1) {
		diag_error(d, NULL, 0, "%s: cannot convert from %s: %s",
		    in->name, in->from, strerror(errno));
		in->error = true;
		return -1;
	}
	in->cd = cd;
	return 0;
}

/* The file's encoding from its first bytes, which wait in pend (UTF-8)
 * or raw (converted); a byte order mark is dropped. */
static void
sniff(struct input *in, unsigned char *b, size_t n)
{
	size_t skip = 0;

	in->mode = opts(in)->encoding == ENC_UTF8 ? IM_UTF8 : IM_ASCII;
	if (n >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf) {
		in->mode = IM_UTF8;
		skip = 3;
	} else if (n >= 2 && ((b[0] == 0xff && b[1] == 0xfe) ||
	    (b[0] == 0xfe && b[1] == 0xff))) {
		in->from = b[0] == 0xff ? "UTF-16LE" : "UTF-16BE";
		skip = 2;
	} else if (n == 4 && b[0] != 0 && b[0] < 0x80 && b[1] == 0 &&
	    b[2] != 0 && b[2] < 0x80 && b[3] == 0)
		in->from = "UTF-16LE";
	else if (n == 4 && b[0] == 0 && b[1] != 0 && b[1] < 0x80 &&
	    b[2] == 0 && b[3] != 0 && b[3] < 0x80)
		in->from = "UTF-16BE";
	if (in->from != NULL) {
		in->mode = IM_ICONV;
		in->raw = xmalloc(RAW_SIZE);
		memcpy(in->raw, b + skip, n - skip);
		in->rawlen = n - skip;
	} else {
		memcpy(in->pend, b + skip, n - skip);
		in->npend = n - skip;
	}
}

/* Notes the size of a regular file (while fstat may still be called:
 * the sandbox forbids the call glibc makes of it), tells the encoding,
 * opens what converts it, and reads the head. */
static int
start(struct input *in, struct diag *d)
{
	struct stat st;
	unsigned char first[4];
	size_t n, k;

	in->size = fstat(fileno(in->fp), &st) == 0 && S_ISREG(st.st_mode) ?
	    (int64_t)st.st_size : -1;
	in->pos = in->size >= 0 ? (int64_t)ftello(in->fp) : -1;
	progress_file(in->name, in->size);
	n = get(in, first, sizeof(first), d);
	if (in->error) {
		input_close(in);
		return -1;
	}
	sniff(in, first, n);
	if (in->mode == IM_ASCII)
		in->from = legacy_name(opts(in)->encoding);
	if (in->from != NULL && open_iconv(in, d) != 0) {
		input_close(in);
		return -1;
	}
	while (in->headlen + 8 <= sizeof(in->head) &&
	    (k = pull(in, in->head + in->headlen, sizeof(in->head) -
	    in->headlen, d)) > 0)
		in->headlen += k;
	if (in->error) {
		input_close(in);
		return -1;
	}
	return 0;
}

static bool
has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

/* The format forced, else told by the extension, else by the first line:
 * a line with a comma, semicolon or tab and no "key: " is a CSV header. */
enum format
input_format(struct input *in, enum format forced)
{
	const unsigned char *p = in->head, *end = in->head + in->headlen;
	bool delim = false, colon = false;

	if (forced != FMT_AUTO)
		return forced;
	if (has_suffix(in->name, ".csv") || has_suffix(in->name, ".tsv") ||
	    has_suffix(in->name, ".txt"))
		return FMT_CSV;
	if (has_suffix(in->name, ".yaml") || has_suffix(in->name, ".yml"))
		return FMT_YAML;
	while (p < end && (*p == '\n' || *p == '\r' || *p == ' '))
		p++;
	if (p < end && (*p == '-' || *p == '%' || *p == '#' || *p == '{'))
		return FMT_YAML;
	for (; p < end && *p != '\n' && *p != '\r'; p++) {
		if (*p == ',' || *p == ';' || *p == '\t')
			delim = true;
		else if (*p == ':' && (p + 1 == end || p[1] == ' ' ||
		    p[1] == '\n' || p[1] == '\r'))
			colon = true;
	}
	return delim && !colon ? FMT_CSV : FMT_YAML;
}

/* Whether the input is a file of case records in YAML: named so, or its
 * first line that is not blank, a comment or a marker is "key: ...". */
bool
input_is_yaml_records(const struct input *in)
{
	const unsigned char *p = in->head, *end = in->head + in->headlen;
	const unsigned char *q;

	if (has_suffix(in->name, ".yaml") || has_suffix(in->name, ".yml"))
		return true;
	while (p < end) {
		for (q = p; q < end && *q == ' '; q++)
			;
		if (q < end && *q != '\n' && *q != '\r' && *q != '#' &&
		    *q != '%' && !(end - q >= 3 && memcmp(q, "---", 3) == 0))
			break;
		while (p < end && *p != '\n' && *p != '\r')
			p++;
		while (p < end && (*p == '\n' || *p == '\r'))
			p++;
	}
	if (p == end || !((*p >= 'a' && *p <= 'z') || *p == '_'))
		return false;
	while (p < end && ((*p >= 'a' && *p <= 'z') || *p == '_' ||
	    (*p >= '0' && *p <= '9')))
		p++;
	return end - p >= 2 && p[0] == ':' && (p[1] == ' ' || p[1] == '\n' ||
	    p[1] == '\r');
}

/* Reads up to size bytes of UTF-8 text, the head first.  0 at the end, or
 * after a read error or a refusal, which are reported once. */
size_t
input_read(struct input *in, void *buf, size_t size, struct diag *d)
{
	size_t n;

	if (in->mode == IM_START && in->fp != NULL && start(in, d) != 0)
		return 0;
	if (in->headpos == in->headlen && size < 64) {
		/* small reads go through the head's buffer */
		in->headlen = pull(in, in->head, sizeof(in->head), d);
		in->headpos = 0;
	}
	if (in->headpos < in->headlen) {
		n = in->headlen - in->headpos;
		if (n > size)
			n = size;
		memcpy(buf, in->head + in->headpos, n);
		in->headpos += n;
		return n;
	}
	return pull(in, buf, size, d);
}

/* Whether the input was refused from some byte on, not being in its
 * encoding: its text ends there. */
bool
input_refused(const struct input *in)
{
	return in->refused;
}

/* Holds a regular UTF-8 file's reading at its offset at, just past a
 * line break: input_read gives nothing there, and input_held is true,
 * until input_go_on.  -1, and no hold, for any other input or offset. */
int
input_hold(struct input *in, int64_t at)
{
	if (in->fp == NULL || in->size < 0 || in->pos < 0 || at <= in->pos ||
	    in->mode != IM_UTF8 || in->refused ||
	    in->error || in->eof)
		return -1;
	in->stop = at;
	in->held = false;
	return 0;
}

bool
input_held(const struct input *in)
{
	return in->held;
}

/* Lifts the hold: reading goes on from the file's offset from, or where
 * it was held when from is negative.  -1 (reported) when the file cannot
 * be read from there. */
int
input_go_on(struct input *in, int64_t from, struct diag *d)
{
	in->stop = 0;
	in->held = false;
	if (from < 0 || from == in->pos)
		return 0;
	if (fseeko(in->fp, (off_t)from, SEEK_SET) != 0) {
		read_error(in, d);
		return -1;
	}
	progress_bytes((size_t)(from - in->pos));
	in->pos = from;
	return 0;
}

/* Reports the refusal, once, on the line of the byte refused, which the
 * reader knows: the line after the text it got. */
void
input_refusal(struct input *in, long line, struct diag *d)
{
	if (!in->refused || in->bad[0] == '\0')
		return;
	diag_error(d, in->name, line, "%s", in->bad);
	in->bad[0] = '\0';
}

/* The line after n bytes of text: line breaks are LF, CR and CR LF. */
static long
line_after(const char *s, size_t n)
{
	long line = 1;
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] == '\r' || (s[i] == '\n' && (i == 0 ||
		    s[i - 1] != '\r')))
			line++;
	return line;
}

/* Reads the whole input into one NUL-terminated buffer of at most max
 * bytes.  -1 (reported) when it is larger, cannot be read or is refused. */
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
	if (in->refused)
		input_refusal(in, line_after(buf, len), d);
	if (in->error || in->refused) {
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
	if (in->cd != NULL)
		iconv_close((iconv_t)in->cd);
	in->cd = NULL;
	free(in->raw);
	in->raw = NULL;
	free(in->owned);
	in->owned = NULL;
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

/* --encoding: utf-8, cp1252 (windows-1252) or latin1 (iso-8859-1). */
int
encoding_parse(const char *s, enum encoding *e)
{
	if (strcasecmp(s, "utf-8") == 0 || strcasecmp(s, "utf8") == 0)
		*e = ENC_UTF8;
	else if (strcasecmp(s, "cp1252") == 0 ||
	    strcasecmp(s, "windows-1252") == 0)
		*e = ENC_CP1252;
	else if (strcasecmp(s, "latin1") == 0 ||
	    strcasecmp(s, "iso-8859-1") == 0)
		*e = ENC_LATIN1;
	else
		return -1;
	return 0;
}

/* -d: a comma, a semicolon or a tab ("tab" or "\t" as typed). */
int
delim_parse(const char *s, int *c)
{
	if (strcmp(s, ",") == 0 || strcmp(s, ";") == 0 ||
	    strcmp(s, "\t") == 0)
		*c = (unsigned char)s[0];
	else if (strcmp(s, "tab") == 0 || strcmp(s, "\\t") == 0)
		*c = '\t';
	else
		return -1;
	return 0;
}
