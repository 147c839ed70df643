#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text.h"
#include "xalloc.h"

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_hex(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F');
}

/* The code point of the well-formed UTF-8 sequence at s (n bytes left):
 * its length, or 0 when it is not one. */
static size_t
utf8_at(const unsigned char *s, size_t n, unsigned int *cp)
{
	size_t k, len;
	unsigned int c;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		len = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		len = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		len = 4;
		c = s[0] & 0x07;
	} else
		return 0;
	if (n < len)
		return 0;
	for (k = 1; k < len; k++) {
		if ((s[k] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[k] & 0x3f);
	}
	if ((len == 3 && (c < 0x800 || (c >= 0xd800 && c <= 0xdfff))) ||
	    (len == 4 && (c < 0x10000 || c > 0x10ffff)))
		return 0;
	*cp = c;
	return len;
}

/* What a character is to the mask. */
enum mclass {
	MC_OTHER,	/* ends a number */
	MC_DIGIT,
	MC_SEP,		/* may stand between the date and the serial number */
	MC_INVIS	/* may stand between any two digits: unseen */
};

/* Format characters nobody sees: soft hyphen, zero-width characters,
 * direction marks and isolates, the word joiner, the byte order mark. */
static bool
invisible(unsigned int cp)
{
	return cp == 0xad || cp == 0x61c || cp == 0x180e ||
	    (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
	    (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x206f) ||
	    cp == 0xfeff;
}

/* Spaces and dashes: '-', '+', space and tab, no-break and figure spaces,
 * the Unicode hyphens and dashes (U+2010 to U+2015), the minus sign and
 * the small and full-width hyphen-minus. */
static bool
separator(unsigned int cp)
{
	return cp == '-' || cp == '+' || cp == ' ' || cp == '\t' ||
	    cp == 0xa0 || cp == 0x2007 || cp == 0x202f ||
	    (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xfe63 ||
	    cp == 0xff0d;
}

/* The escape this module writes (\\xHH, \\uHHHH) at s, n bytes left: its
 * length, or 0; *begun tells whether the n bytes are the start of one
 * that more text could finish. */
static size_t
escape_at(const unsigned char *s, size_t n, bool *begun)
{
	size_t len, k;

	*begun = false;
	if (s[0] != '\\')
		return 0;
	if (n == 1) {
		*begun = true;
		return 0;
	}
	if (s[1] != 'x' && s[1] != 'u')
		return 0;
	len = s[1] == 'x' ? 4 : 6;
	for (k = 2; k < len && k < n; k++)
		if (!is_hex(s[k]))
			return 0;
	*begun = n < len;
	return n < len ? 0 : len;
}

/* The class of the character at s[i] and its length.  Control characters
 * and bytes that are not UTF-8 are unseen, or shown as escapes: between
 * digits they hide nothing.  An escape this module writes (\xHH, \uHHHH)
 * is one character that ends a number, so that its hex digits never join
 * the digits around it.  With lines, a line feed ends a number too (the
 * text is a stream of lines, not a value). */
static enum mclass
mask_class(const unsigned char *s, size_t len, size_t i, bool lines,
    size_t *n)
{
	unsigned int cp;
	size_t k;
	bool begun;

	*n = 1;
	if (s[i] >= '0' && s[i] <= '9')
		return MC_DIGIT;
	if ((k = escape_at(s + i, len - i, &begun)) > 0) {
		*n = k;
		return MC_OTHER;
	}
	if (s[i] == '\n')
		return lines ? MC_OTHER : MC_INVIS;
	if (s[i] == '\t')
		return MC_SEP;
	if (s[i] < 0x20 || s[i] == 0x7f)
		return MC_INVIS;
	if ((k = utf8_at(s + i, len - i, &cp)) == 0)
		return MC_INVIS;
	*n = k;
	if (separator(cp))
		return MC_SEP;
	if ((cp >= 0x80 && cp <= 0x9f) || invisible(cp))
		return MC_INVIS;
	return MC_OTHER;
}

/* Digits from s[i], unseen characters allowed between them: how many
 * (counting stops past 12), and in *end where the last one ends; *seen
 * and *seen_end the same for the digits before the first unseen
 * character (a number a control character ends is one too). */
static size_t
digit_run(const unsigned char *s, size_t len, size_t i, bool lines,
    size_t *end, size_t *seen, size_t *seen_end)
{
	size_t k = 0, n;
	enum mclass c;
	bool gap = false;

	*end = *seen_end = i;
	*seen = 0;
	while (i < len && k <= 12) {
		if (s[i] >= '0' && s[i] <= '9') {
			k++;
			*end = ++i;
			if (!gap) {
				*seen = k;
				*seen_end = i;
			}
			continue;
		}
		if (s[i] >= ' ' && s[i] < 0x7f && s[i] != '\\')
			break;	/* printable ASCII: no digit, not unseen */
		c = mask_class(s, len, i, lines, &n);
		if (c == MC_DIGIT) {
			k++;
			*end = i + n;
		} else if (c != MC_INVIS)
			break;
		else
			gap = true;
		i += n;
	}
	return k;
}

/* Length of a personal-identity-number shape starting at the digit s[i]
 * (not preceded by one), or 0: ten or twelve digits; or six or eight, one
 * to three spaces or dashes, and four.  Unseen characters may stand
 * anywhere between the digits. */
static size_t
personal_id_at(const unsigned char *s, size_t len, size_t i, bool lines)
{
	size_t head, tail, end, seen, seen_end, j, n, seps = 0;
	enum mclass c;

	head = digit_run(s, len, i, lines, &end, &seen, &seen_end);
	if (head == 10 || head == 12)
		return end - i;
	if (seen == 10 || seen == 12)
		return seen_end - i;
	if (head != 6 && head != 8)
		return 0;
	for (j = end; j < len; j += n) {
		c = mask_class(s, len, j, lines, &n);
		if (c == MC_SEP) {
			if (++seps > 3)
				return 0;
		} else if (c != MC_INVIS)
			break;
	}
	if (seps == 0 || j == len || !is_digit((char)s[j]))
		return 0;
	tail = digit_run(s, len, j, lines, &end, &seen, &seen_end);
	if (tail == 4)
		return end - i;
	return seen == 4 ? seen_end - i : 0;
}

/* Bytes to the mask: 1 printable ASCII but digits and the backslash,
 * 2 a digit, 0 the rest (controls, DEL, the backslash, non-ASCII). */
static const unsigned char mask_plain[256] = {
	['0'] = 2, ['1'] = 2, ['2'] = 2, ['3'] = 2, ['4'] = 2, ['5'] = 2,
	['6'] = 2, ['7'] = 2, ['8'] = 2, ['9'] = 2,
	[' '] = 1, ['!'] = 1, ['"'] = 1, ['#'] = 1, ['$'] = 1, ['%'] = 1,
	['&'] = 1, ['\''] = 1, ['('] = 1, [')'] = 1, ['*'] = 1, ['+'] = 1,
	[','] = 1, ['-'] = 1, ['.'] = 1, ['/'] = 1, [':'] = 1, [';'] = 1,
	['<'] = 1, ['='] = 1, ['>'] = 1, ['?'] = 1, ['@'] = 1, ['A'] = 1,
	['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
	['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1,
	['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1,
	['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1,
	['Z'] = 1, ['['] = 1, [']'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1, ['{'] = 1, ['|'] = 1, ['}'] = 1, ['~'] = 1
};

/* One byte of plain_span() at s[k], *run digits before it: true when the
 * span goes on past it, else the span's end in *end. */
static inline bool
span_byte(const unsigned char *s, size_t k, bool lines, size_t *run,
    size_t *end)
{
	if (mask_plain[s[k]] == 2) {
		if (++*run < 6)
			return true;
		*end = k + 1 - *run;
		return false;
	}
	if (mask_plain[s[k]] == 1 || (lines && s[k] == '\n')) {
		*run = 0;
		return true;
	}
	*end = k - *run;
	return false;
}

#if defined(__SSE2__)
/* Whether k digits (not after a digit) and then s[j] leave the mask
 * nothing to do, as digits_settled() would find. */
static inline bool
run_settled(const unsigned char *s, size_t j, size_t len, size_t k,
    bool lines)
{
	size_t n;

	if (k == 10 || k == 12)
		return false;
	if (lines && s[j] == '\n')
		return true;
	if (mask_plain[s[j]] != 1)
		return false;
	if (k != 6 && k != 8)
		return true;
	for (n = 0; j < len && n <= 3 &&
	    (s[j] == ' ' || s[j] == '-' || s[j] == '+'); j++)
		n++;
	return n > 3 || j == len || mask_plain[s[j]] == 1;
}

/* plain_span() on the 16 - sh bytes at s[i] (the sixteen at s[i - sh]
 * read, sh of them already looked at), *run digits before them (fewer
 * than six): where the scan goes on, with *run updated, or with *stop the
 * span's end. */
static inline __attribute__((always_inline)) size_t
span16(const unsigned char *s, size_t i, unsigned sh, size_t len,
    bool lines, size_t *run, bool *stop)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i -
	    sh));
	unsigned sp, dg, e, r6, low, zeros, end = 32, st, en, width = 16 - sh;

	/* signed: the bytes >= 0x80 are below 0x20 too */
	sp = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
	    _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7f))),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
	if (lines)
		sp &= ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
		    _mm_set1_epi8('\n')));
	dg = (unsigned)_mm_movemask_epi8(_mm_and_si128(
	    _mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
	    _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)))) >> sh;
	sp >>= sh;
	*stop = false;
	if (sp == 0 && dg == 0) {
		*run = 0;
		return i + width;
	}
	/* bit b + 5 of e is byte b; the run before them sits below */
	e = dg << 5 | (((1u << *run) - 1) << (5 - *run));
	if (sp != 0) {
		/* the digits just before the first other byte go with it */
		low = (unsigned)__builtin_ctz(sp) + 5;
		zeros = ~e & ((1u << low) - 1);
		end = zeros != 0 ? 32 - (unsigned)__builtin_clz(zeros) : 0;
	}
	r6 = e & e >> 1 & e >> 2;
	r6 &= r6 >> 3;
	if (r6 != 0 && (st = (unsigned)__builtin_ctz(r6)) < end) {
		/* six digits or more: passed over when what ends them
		 * settles them, and the scan goes on after that byte */
		en = st + (unsigned)__builtin_ctz(~(e >> st));
		*run = 0;
		if (en < width + 5 &&
		    run_settled(s, i + en - 5, len, en - st, lines))
			return i + en - 5 + 1;
		end = st;
	}
	if (end < 32) {
		*stop = true;
		return i + end - 5;
	}
	*run = (unsigned)__builtin_clz(~(dg << (16 + sh)));
	return i + width;
}
#endif

/* Where the text from s[i], which no digit comes just before, stops being
 * text the mask leaves as it is at a glance: printable ASCII but the
 * backslash (with lines, line feeds too), its digits in runs of fewer than
 * six or in runs whose next byte settles them.  The span ends at another
 * run of six digits, or before the digits that come just before any other
 * byte; at its end the mask goes on as if it had looked at every byte.
 * Sixteen bytes at a time where SSE2 is. */
static size_t
plain_span(const unsigned char *s, size_t i, size_t len, bool lines)
{
	size_t run = 0, end;
#if defined(__SSE2__)
	bool stop;

	while (len - i >= 16) {
		i = span16(s, i, 0, len, lines, &run, &stop);
		if (stop)
			return i;
	}
	/* the last few bytes: the sixteen that end the text, those before
	 * them shifted out */
	if (i < len && len >= 16)
		return span16(s, i, (unsigned)(16 - (len - i)), len, lines,
		    &run, &stop);
#endif
	for (; i < len; i++)
		if (!span_byte(s, i, lines, &run, &end))
			return end;
	return len;
}

/* A number of plain ASCII digits from s[i] (not after a digit) that is
 * settled without personal_id_at: its length in *end - i, and whether
 * it is a whole shape.  False when what follows could carry the number
 * on: an unseen character or an escape, or after six or eight digits
 * spaces and dashes and then a digit or one of those. */
static inline bool
digits_settled(const unsigned char *s, size_t len, size_t i, size_t *end,
    bool *shape)
{
	size_t j = i, k;

	while (j < len && mask_plain[s[j]] == 2)
		j++;
	*end = j;
	k = j - i;
	*shape = false;
	if (k > 12)
		return true;
	if (j < len && mask_plain[s[j]] != 1)
		return false;
	if (k == 10 || k == 12) {
		*shape = true;
		return true;
	}
	if (k != 6 && k != 8)
		return true;
	/* six or eight: up to three spaces and dashes, then no digit */
	for (k = 0; j < len && k <= 3 &&
	    (s[j] == ' ' || s[j] == '-' || s[j] == '+'); j++)
		k++;
	return k > 3 || j == len || mask_plain[s[j]] == 1;
}

/* The one mask: every shape of a Swedish personnummer or
 * samordningsnummer or a Danish CPR number in s, in any written form, is
 * replaced by TEXT_REDACTED in out (which may be s: the text never grows,
 * no shape being shorter than the word), or with out NULL only looked
 * for.  Returns the length written; *found tells whether there was one.
 * Plain ASCII, the common case, is taken a run at a time. */
static size_t
mask(const char *str, size_t len, bool lines, char *out, bool *found)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, o = 0, n, m;
	bool prev_digit = false, shape;
	enum mclass c;

	*found = false;
	while (i < len) {
		m = i;
		if ((!prev_digit || mask_plain[s[i]] != 2) &&
		    (m = plain_span(s, i, len, lines)) > i)
			prev_digit = false;
		else if (mask_plain[s[i]] == 2 && prev_digit) {
			while (m < len && mask_plain[s[m]] == 2)
				m++;
		} else if (mask_plain[s[i]] == 2) {
			if (!digits_settled(s, len, i, &m, &shape))
				shape = (n = personal_id_at(s, len, i,
				    lines)) > 0;
			else
				n = m - i;
			if (shape) {
				*found = true;
				if (out == NULL)
					return 0;
				memcpy(out + o, TEXT_REDACTED,
				    TEXT_REDACTED_LEN);
				o += TEXT_REDACTED_LEN;
				i += n;
				continue;
			}
			prev_digit = true;
		}
		if (m > i) {
			if (out != NULL && o != i)
				memmove(out + o, str + i, m - i);
			o += m - i;
			i = m;
			continue;
		}
		/* not a digit: an unseen character keeps a number going */
		if ((c = mask_class(s, len, i, lines, &n)) != MC_INVIS)
			prev_digit = false;
		if (out != NULL && out + o != str + i)
			memmove(out + o, str + i, n);
		o += n;
		i += n;
	}
	return o;
}

/* Whether s is shown as it is: printable ASCII without a number shaped
 * like a personal identity number (mask's test, without its copy). */
static bool
shown_as_is(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, end;
	bool shape;

	while ((i = plain_span(s, i, len, false)) < len) {
		if (mask_plain[s[i]] == 0)
			return false;
		if (!digits_settled(s, len, i, &end, &shape))
			shape = personal_id_at(s, len, i, false) > 0;
		if (shape)
			return false;
		i = end;
	}
	return true;
}

/* Masks s in place (see mask); with lines, a line feed ends a number.
 * Returns the new length. */
size_t
text_mask(char *s, size_t len, bool lines)
{
	bool found;

	return mask(s, len, lines, s, &found);
}

/* Whether the text holds something shaped like a Swedish or Danish personal
 * identity number, which no report may print. */
bool
text_has_personal_id(const char *s, size_t len)
{
	bool found;

	(void)mask(s, len, false, NULL, &found);
	return found;
}

/* How much of a stream's text can be masked and written now: up to the
 * end of the last character that ends a number (a line feed included).
 * No shape reaches across one, so masking the part before it alone gives
 * what masking the whole would.  An escape still being written is not
 * yet a character: the text ends before its backslash (which ends a
 * number either way), or its hex digits would join the number after. */
size_t
text_mask_ready(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, n, ready = 0;
	bool begun;

	while (i < len) {
		(void)escape_at(s + i, len - i, &begun);
		if (begun)
			return i;
		if (mask_class(s, len, i, true, &n) == MC_OTHER)
			ready = i + n;
		i += n;
	}
	return ready;
}

/* Whether s is printable ASCII (nothing in it to escape); its digits in
 * *digits. */
static bool
text_printable(const char *str, size_t len, size_t *digits)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i;

	*digits = 0;
	for (i = 0; i < len; i++) {
		if (s[i] < 0x20 || s[i] >= 0x7f)
			return false;
		*digits += (unsigned)(s[i] - '0') < 10;
	}
	return true;
}

/* One character of masked text as it may be shown: itself, or an escape
 * for a control character (\n, \r, \t, \xHH; C1 controls, line and
 * paragraph separators and bidirectional overrides as \uHHHH) or for a
 * byte that is not UTF-8 (\xHH).  Returns the bytes written to out (at
 * most 6) and in *n those read. */
static size_t
escape_one(const unsigned char *s, size_t len, char *out, size_t *n)
{
	static const char hex[] = "0123456789abcdef";
	unsigned int cp;
	size_t k;

	*n = 1;
	if (s[0] == '\n' || s[0] == '\r' || s[0] == '\t') {
		out[0] = '\\';
		out[1] = s[0] == '\n' ? 'n' : s[0] == '\r' ? 'r' : 't';
		return 2;
	}
	if (s[0] >= 0x20 && s[0] < 0x7f) {
		out[0] = (char)s[0];
		return 1;
	}
	if (s[0] < 0x80 || (k = utf8_at(s, len, &cp)) == 0) {
		out[0] = '\\';
		out[1] = 'x';
		out[2] = hex[s[0] >> 4];
		out[3] = hex[s[0] & 15];
		return 4;
	}
	*n = k;
	if ((cp >= 0x80 && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029 ||
	    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
		snprintf(out, 7, "\\u%04x", cp);
		return 6;
	}
	memcpy(out, s, k);
	return k;
}

/* s as it may be shown, in a new string (free it): masked, then every
 * control character and byte that is not UTF-8 escaped, so that a value
 * can neither hide a number nor forge a line.  *lenp, when not NULL,
 * gets its length. */
char *
text_visible(const char *s, size_t len, size_t *lenp)
{
	char *m, *out, esc[8];
	size_t i, o = 0, n, k, mlen;

	if (text_printable(s, len, &k)) {
		/* nothing to escape: at most a number to mask */
		out = xmalloc(len + 1);
		memcpy(out, s, len);
		o = k < 10 ? len : text_mask(out, len, false);
		out[o] = '\0';
		if (lenp != NULL)
			*lenp = o;
		return out;
	}
	m = xmalloc(len + 1);
	memcpy(m, s, len);
	mlen = text_mask(m, len, false);
	out = xmalloc(mlen * 4 + 1);
	for (i = 0; i < mlen; i += n) {
		k = escape_one((const unsigned char *)m + i, mlen - i, esc, &n);
		memcpy(out + o, esc, k);
		o += k;
	}
	/* and as it is shown: an escape ends a number, so the digits on
	 * either side of an unseen byte are each looked at again */
	o = text_mask(out, o, false);
	out[o] = '\0';
	free(m);
	if (lenp != NULL)
		*lenp = o;
	return out;
}

/* The C string s as text_visible shows it, and its length: s itself
 * where it shows as it is, else a copy in *copy for the caller to free
 * (*copy NULL otherwise). */
const char *
text_shown(const char *s, size_t *lenp, char **copy)
{
	size_t len = strlen(s);

	*copy = NULL;
	if (!shown_as_is(s, len))
		s = *copy = text_visible(s, len, &len);
	*lenp = len;
	return s;
}

/* v in decimal in the bytes just before end (at most 20), without
 * printf's cost: its first byte. */
char *
text_decimal(char *end, long v)
{
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;

	do
		*--end = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		*--end = '-';
	return end;
}

/* Writes the C string s as text_visible shows it. */
int
text_put(FILE *fp, const char *s)
{
	size_t len;
	char *copy;
	const char *v = text_shown(s, &len, &copy);

	fwrite(v, 1, len, fp);
	free(copy);
	return ferror(fp) ? -1 : 0;
}

/* Writes s in single quotes for a message, as text_visible shows it: long
 * values cut after masking, never inside a number (whose visible part
 * could then look like one), an escape or a UTF-8 sequence. */
const char *
text_quote(char *buf, size_t size, const char *s, size_t len)
{
	size_t vlen, o = 0, i, n, keep = size > 8 ? size - 8 : 0;
	char *v;

	if (size < 8) {
		if (size > 0)
			buf[0] = '\0';
		return buf;
	}
	v = text_visible(s, len, &vlen);
	buf[o++] = '\'';
	for (i = 0; i < vlen; i += n) {
		n = 1;
		if (v[i] == '\\' && i + 1 < vlen)
			n = v[i + 1] == 'x' ? 4 : v[i + 1] == 'u' ? 6 : 2;
		else
			while (i + n < vlen &&
			    ((unsigned char)v[i + n] & 0xc0) == 0x80)
				n++;
		if (i + n > vlen)
			n = vlen - i;
		if (o + n > keep)
			break;
		memcpy(buf + o, v + i, n);
		o += n;
	}
	if (i < vlen) {
		/* do not leave the head of a cut number */
		if (is_digit(v[i]))
			while (o > 1 && is_digit(buf[o - 1]))
				o--;
		memcpy(buf + o, "...", 3);
		o += 3;
	}
	free(v);
	buf[o++] = '\'';
	buf[o] = '\0';
	return buf;
}

/* Offset of the first byte that is not well-formed UTF-8 or is a NUL, or
 * -1.  Runs of ASCII are skipped eight bytes at a time. */
long
text_utf8_invalid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, n, k;
	unsigned int cp;
	uint64_t w;

	while (i < len) {
		if (len - i >= 8) {
			memcpy(&w, s + i, 8);
			/* no byte >= 0x80 and no zero byte */
			if (((w | ((w - 0x0101010101010101ULL) & ~w)) &
			    0x8080808080808080ULL) == 0) {
				i += 8;
				continue;
			}
		}
		if (s[i] == 0)
			return (long)i;
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if (s[i] >= 0xc2 && s[i] <= 0xdf) {
			n = 1;
			cp = s[i] & 0x1f;
		} else if (s[i] >= 0xe0 && s[i] <= 0xef) {
			n = 2;
			cp = s[i] & 0x0f;
		} else if (s[i] >= 0xf0 && s[i] <= 0xf4) {
			n = 3;
			cp = s[i] & 0x07;
		} else
			return (long)i;
		if (len - i <= n)
			return (long)i;
		for (k = 1; k <= n; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return (long)i;
			cp = cp << 6 | (s[i + k] & 0x3f);
		}
		if ((n == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
		    (n == 3 && (cp < 0x10000 || cp > 0x10ffff)))
			return (long)i;
		i += n + 1;
	}
	return -1;
}

/* Optimal string alignment distance, capped: names are short. */
static size_t
distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, cost, best;
	size_t d[3][33];
	size_t *prev2 = d[0], *prev = d[1], *cur = d[2], *t;

	if (la > 32 || lb > 32)
		return (size_t)-1;
	for (j = 0; j <= lb; j++)
		prev[j] = j;
	for (i = 1; i <= la; i++) {
		cur[0] = i;
		for (j = 1; j <= lb; j++) {
			cost = a[i - 1] != b[j - 1];
			best = prev[j] + 1;
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;
			if (prev[j - 1] + cost < best)
				best = prev[j - 1] + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < best)
				best = prev2[j - 2] + 1;
			cur[j] = best;
		}
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[lb];
}

/* The known name nearest to word, or NULL when none is near enough to be
 * a likely typo. */
const char *
text_suggest(const char *word, const char *const *names, size_t n)
{
	const char *best = NULL;
	size_t i, d, p, bestd = (size_t)-1, bestp = 0, limit;

	limit = strlen(word) / 3;
	if (limit < 2)
		limit = 2;
	for (i = 0; i < n; i++) {
		d = distance(word, names[i]);
		/* a tie goes to the name that begins the same way longer:
		 * typing errors are rarely in the first letter */
		for (p = 0; word[p] != '\0' && word[p] == names[i][p]; p++)
			;
		if (d < bestd || (d == bestd && p > bestp)) {
			bestd = d;
			bestp = p;
			best = names[i];
		}
	}
	return bestd <= limit ? best : NULL;
}

/* The edit distance of two short names ((size_t)-1 when either is longer
 * than 32 bytes). */
size_t
text_distance(const char *a, const char *b)
{
	return distance(a, b);
}

/* Whether the counted string s equals the C string lit. */
bool
text_eq(const char *s, size_t len, const char *lit)
{
	return strlen(lit) == len && memcmp(s, lit, len) == 0;
}

/* A boolean word, as YAML 1.1 spells them: true/false, yes/no, on/off, in
 * lower case, capitalised or upper case. */
bool
text_bool(const char *s, bool *out)
{
	static const char *const yes[] = { "true", "True", "TRUE", "yes",
	    "Yes", "YES", "on", "On", "ON" };
	static const char *const no[] = { "false", "False", "FALSE", "no",
	    "No", "NO", "off", "Off", "OFF" };
	size_t i;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		if (strcmp(s, yes[i]) == 0) {
			*out = true;
			return true;
		}
		if (strcmp(s, no[i]) == 0) {
			*out = false;
			return true;
		}
	}
	return false;
}

/* A non-negative decimal number: digits, optionally a point and digits
 * (at most 9 after it). */
bool
text_number(const char *s, size_t len, double *out)
{
	static const double scale[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
	    1e8, 1e9 };
	uint64_t whole = 0, frac = 0;
	size_t i = 0, nfrac = 0, nwhole;

	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
		whole = whole * 10 + (uint64_t)(s[i] - '0');
		if (whole > 1000000000)
			return false;
	}
	nwhole = i;
	if (i < len && s[i] == '.') {
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
			if (++nfrac > 9)
				return false;
			frac = frac * 10 + (uint64_t)(s[i] - '0');
		}
	}
	if (i != len || nwhole + nfrac == 0)
		return false;
	*out = (double)whole + (double)frac / scale[nfrac];
	return true;
}
