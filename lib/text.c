#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "text.h"

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Length of a personal-identity-number shape starting at s[i]: 6 or 8
 * digits, an optional '-' or '+', then 4 digits, not inside a longer run of
 * digits.  Returns 0 where there is none. */
static size_t
personal_id_at(const char *s, size_t len, size_t i)
{
	size_t j, head;

	if (i > 0 && is_digit(s[i - 1]))
		return 0;
	for (j = i; j < len && is_digit(s[j]); j++)
		;
	head = j - i;
	if (head == 10 || head == 12)
		return (j < len && is_digit(s[j])) ? 0 : head;
	if (head != 6 && head != 8)
		return 0;
	if (j < len && (s[j] == '-' || s[j] == '+'))
		j++;
	else
		return 0;
	if (len - j < 4 || !is_digit(s[j]) || !is_digit(s[j + 1]) ||
	    !is_digit(s[j + 2]) || !is_digit(s[j + 3]))
		return 0;
	if (j + 4 < len && is_digit(s[j + 4]))
		return 0;
	return j + 4 - i;
}

/* Whether the text holds something shaped like a Swedish or Danish personal
 * identity number, which no report may print. */
bool
text_has_personal_id(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		if (!is_digit(s[i])) {
			i++;
			continue;
		}
		/* only the start of a run of digits can start one */
		if (personal_id_at(s, len, i) > 0)
			return true;
		while (i < len && is_digit(s[i]))
			i++;
	}
	return false;
}

/* Writes s in single quotes for a message: control bytes as ^X (cat -v's
 * way, which adds no digits to a number next to them), anything shaped
 * like a personal identity number masked, long values cut (never inside
 * a number, whose visible part could then look like one). */
const char *
text_quote(char *buf, size_t size, const char *s, size_t len)
{
	size_t i, o = 0, n, keep = size > 8 ? size - 8 : 0;

	if (size < 8) {
		if (size > 0)
			buf[0] = '\0';
		return buf;
	}
	buf[o++] = '\'';
	for (i = 0; i < len && o < keep; i++) {
		unsigned char c = (unsigned char)s[i];

		if (is_digit((char)c) && (n = personal_id_at(s, len, i)) > 0) {
			if (o + 10 >= keep)
				break;
			memcpy(buf + o, "[redacted]", 10);
			o += 10;
			i += n - 1;
		} else if (c < 0x20 || c == 0x7f) {
			if (o + 2 >= keep)
				break;
			buf[o++] = '^';
			buf[o++] = (char)(c == 0x7f ? '?' : c + '@');
		} else
			buf[o++] = (char)c;
	}
	if (i < len) {
		/* do not cut a number or a UTF-8 sequence in half */
		if (is_digit(s[i]))
			while (o > 1 && is_digit(buf[o - 1]))
				o--;
		while (o > 1 && ((unsigned char)buf[o - 1] & 0xc0) == 0x80)
			o--;
		if (o > 1 && (unsigned char)buf[o - 1] >= 0xc0)
			o--;
		memcpy(buf + o, "...", 3);
		o += 3;
	}
	buf[o++] = '\'';
	buf[o] = '\0';
	return buf;
}

/* s as it may be printed: itself, or when something in it is shaped like
 * a personal identity number, a copy in buf with that masked. */
const char *
text_redact(const char *s, char *buf, size_t size)
{
	size_t len = strlen(s), i, o = 0, n;

	if (!text_has_personal_id(s, len) || size == 0)
		return s;
	for (i = 0; i < len && o + 11 < size; i++) {
		if (is_digit(s[i]) && (n = personal_id_at(s, len, i)) > 0) {
			memcpy(buf + o, "[redacted]", 10);
			o += 10;
			i += n - 1;
		} else
			buf[o++] = s[i];
	}
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
