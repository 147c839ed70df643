#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "text.h"
#include "util.h"

START_TEST(suggestions)
{
	static const char *const names[] = { "hours_per_week", "from", "to",
	    "review", "temporary", "double_staffing", "decided" };

	ck_assert_str_eq(text_suggest("hours_per_weak", names, 7),
	    "hours_per_week");
	ck_assert_str_eq(text_suggest("form", names, 7), "from");
	ck_assert_str_eq(text_suggest("reveiw", names, 7), "review");
	ck_assert_str_eq(text_suggest("temprary", names, 7), "temporary");
	ck_assert_ptr_null(text_suggest("colour", names, 7));
	ck_assert_ptr_null(text_suggest("", names, 0));
}
END_TEST

START_TEST(quoting)
{
	char q[TEXT_QUOTE_MAX];

	ck_assert_str_eq(text_quote(q, sizeof(q), "abc", 3), "'abc'");
	ck_assert_str_eq(text_quote(q, sizeof(q), "a\tb\n", 4), "'a\\tb\\n'");
	ck_assert_str_eq(text_quote(q, sizeof(q), "\x7f\x1b[2J", 5),
	    "'\\x7f\\x1b[2J'");
	/* found by fuzzing: an escape's digits must not make a number that
	 * looks like a personal identity number with the digits after it */
	ck_assert_str_eq(text_quote(q, sizeof(q), "0\x14" "01801234", 10),
	    "'0\\x1401801234'");
	ck_assert(!text_has_personal_id("'0\\x1401801234'", 16));
	/* nor may a cut leave the first ten digits of a longer number */
	ck_assert_str_eq(text_quote(q, sizeof(q),
	    "2026-02-18T1333333333333333333333333333333333333333333333333333333"
	    "333333333", 75), "'2026-02-18T...'");
	/* personal identity numbers are never echoed */
	ck_assert_str_eq(text_quote(q, sizeof(q), "19121212-1212", 13),
	    "'[redacted]'");
	ck_assert_str_eq(text_quote(q, sizeof(q), "id 121212-1212 x", 16),
	    "'id [redacted] x'");
	ck_assert_str_eq(text_quote(q, sizeof(q), "0101801234", 10),
	    "'[redacted]'");
	ck_assert_str_eq(text_quote(q, sizeof(q), "2026-03-29", 10),
	    "'2026-03-29'");
	ck_assert_str_eq(text_quote(q, sizeof(q),
	    "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij", 60),
	    "'abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcde...'");
	/* a cut never splits a UTF-8 sequence */
	ck_assert_str_eq(text_quote(q, sizeof(q),
	    "ååååååååååååååååååååååååååååååååååå", 70),
	    "'ååååååååååååååååååååååååååå...'");
}
END_TEST

START_TEST(personal_id_shapes)
{
	ck_assert(text_has_personal_id("121212-1212", 11));
	ck_assert(text_has_personal_id("121212+1212", 11));
	ck_assert(text_has_personal_id("191212121212", 12));
	ck_assert(text_has_personal_id("x 1212121212 y", 14));
	ck_assert(text_has_personal_id("010180-1234", 11));
	ck_assert(!text_has_personal_id("K-1042", 6));
	ck_assert(!text_has_personal_id("2026-03-29", 10));
	ck_assert(!text_has_personal_id("12345678901234", 14));
	ck_assert(!text_has_personal_id("123456-123", 10));
}
END_TEST

static int
has(const char *s)
{
	return text_has_personal_id(s, strlen(s));
}

/* Masked shows s as the one mask leaves it. */
static const char *
masked(const char *s)
{
	static char buf[256];
	size_t n = strlen(s);

	memcpy(buf, s, n);
	buf[text_mask(buf, n, false)] = '\0';
	return buf;
}

/* Every written form: with or without the century, any dash, space,
 * no-break space, soft hyphen or zero-width character between the
 * digits. */
START_TEST(personal_id_written_forms)
{
	ck_assert(has("19900517 1237"));
	ck_assert(has("900517 - 1237"));
	ck_assert(has("900517\xc2\xa0" "1237"));		/* no-break space */
	ck_assert(has("900517\xe2\x80\x90" "1237"));	/* U+2010 */
	ck_assert(has("900517\xe2\x80\x93" "1237"));	/* en dash */
	ck_assert(has("900517\xe2\x80\x95" "1237"));	/* U+2015 */
	ck_assert(has("900517\xe2\x88\x92" "1237"));	/* minus sign */
	ck_assert(has("900517\xef\xb9\xa3" "1237"));	/* U+FE63 */
	ck_assert(has("900517\xef\xbc\x8d" "1237"));	/* U+FF0D */
	ck_assert(has("9005\xc2\xad" "171237"));		/* soft hyphen */
	ck_assert(has("1990051\xe2\x80\x8b" "71237"));	/* zero width */
	ck_assert(has("19\xe2\x80\x8c" "900517\xe2\x80\x8d-1237"));
	ck_assert(has("900517\xe2\x81\xa0" "1237"));	/* word joiner */
	ck_assert(has("\xef\xbb\xbf" "9005171237"));	/* BOM */
	ck_assert(has("900517\x1b" "1237"));		/* a control */
	ck_assert(has("19900517+1237"));
	ck_assert(!has("2026-03-02 08:00"));
	ck_assert(!has("20260301-20260331"));
	ck_assert(!has("123456-12345"));
	ck_assert(!has("1234567-1234"));
	ck_assert(!has("123456    1234"));		/* four spaces */
	ck_assert(!has("\\x1b" "9005171"));
	ck_assert_str_eq(masked("id 19900517\xe2\x80\x93" "1237."),
	    "id [redacted].");
	ck_assert_str_eq(masked("a 900517\xc2\xad-1237 b 0101801234"),
	    "a [redacted] b [redacted]");
	ck_assert_str_eq(masked("C-bcdfghjkmnpqrstz"), "C-bcdfghjkmnpqrstz");
}
END_TEST

/* What text_put writes of s. */
static const char *
put(const char *s)
{
	static char out[256];
	FILE *fp = fmemopen(out, sizeof(out), "w");

	ck_assert_ptr_nonnull(fp);
	ck_assert_int_eq(text_put(fp, s), 0);
	ck_assert_int_eq(fclose(fp), 0);
	return out;
}

/* A run of ASCII digits is settled by the byte after it, or handed to
 * the whole test when that byte could carry the number on: the same
 * answers both ways, through the mask and through text_put. */
START_TEST(digit_runs)
{
	static const char *const kept[] = { "S-123456 works 2026-01-02",
	    "S-12345678 x", "12345678901", "1234567890123", "n 123456-12",
	    "123456 -abc", "a1234567890" "1", "07:00-15:00, 8.00 h",
	    "123456 -- 1234", "12345678 - x" };
	static const char *const gone[][2] = {
		{ "x 1212121212.", "x " TEXT_REDACTED "." },
		{ "1212121212", TEXT_REDACTED },
		{ "a 121212121212b", "a " TEXT_REDACTED "b" },
		{ "121212 1212", TEXT_REDACTED },
		{ "12121212 - 1212!", TEXT_REDACTED "!" },
		{ "K-1042: 121212+1212", "K-1042: " TEXT_REDACTED },
		{ "12345678  1234 x", TEXT_REDACTED " x" },
	};
	size_t i;

	for (i = 0; i < sizeof(kept) / sizeof(kept[0]); i++) {
		ck_assert_str_eq(masked(kept[i]), kept[i]);
		ck_assert_str_eq(put(kept[i]), kept[i]);
	}
	for (i = 0; i < sizeof(gone) / sizeof(gone[0]); i++) {
		ck_assert_str_eq(masked(gone[i][0]), gone[i][1]);
		ck_assert_str_eq(put(gone[i][0]), gone[i][1]);
	}
}
END_TEST

/* text_shown hands back a string that shows as it is, and a masked,
 * escaped copy of one that does not. */
START_TEST(shown)
{
	static const char plain[] = "S-1 works 2026-01-02 08:00-16:00";
	const char *v;
	char *copy;
	size_t len;

	v = text_shown(plain, &len, &copy);
	ck_assert_ptr_eq(v, plain);
	ck_assert_ptr_null(copy);
	ck_assert_uint_eq(len, strlen(plain));
	v = text_shown("K-1: 121212-1212\n", &len, &copy);
	ck_assert_ptr_eq(v, copy);
	ck_assert_str_eq(v, "K-1: " TEXT_REDACTED "\\n");
	ck_assert_uint_eq(len, strlen(v));
	free(copy);
}
END_TEST

/* Every byte the mask must look at is seen wherever it falls in a run of
 * plain ones, so a run may be read a word at a time: a control, DEL, the
 * backslash or a byte not ASCII is escaped, a digit is looked at, and a
 * personal identity number at any offset is masked, by text_shown and
 * by text_mask alike. */
START_TEST(plain_runs_any_offset)
{
	char buf[48], id[48], *copy;
	const char *v;
	size_t off, len;
	int b;

	for (off = 0; off < 30; off++) {
		for (b = 1; b < 256; b++) {
			memset(buf, 'a', 40);
			buf[40] = '\0';
			buf[off] = (char)b;
			v = text_shown(buf, &len, &copy);
			if (b >= ' ' && b < 0x7f && b != '\\')
				ck_assert_ptr_null(copy);
			else
				ck_assert_msg(copy != NULL && v == copy,
				    "byte %d at %zu shown as it is", b, off);
			free(copy);
		}
		memset(buf, 'a', 40);
		memcpy(buf + off, "1912121212", 10);
		buf[40] = '\0';
		memcpy(id, buf, sizeof(buf));
		v = text_shown(buf, &len, &copy);
		ck_assert_ptr_nonnull(copy);
		ck_assert_ptr_nonnull(strstr(v, TEXT_REDACTED));
		free(copy);
		len = text_mask(id, 40, false);
		id[len] = '\0';
		ck_assert_ptr_nonnull(strstr(id, TEXT_REDACTED));
		ck_assert_ptr_null(strstr(id, "1912"));
	}
}
END_TEST

/* Runs of six digits or more that what follows settles (ids, line
 * numbers) are passed over at any offset of the sixteen-byte scan; the
 * numbers among them are still found, as the byte-wise mask finds them. */
START_TEST(settled_runs_any_offset)
{
	static const char *const ids[] = {
		"1912121212", "191212121212", "191212-1212", "19121212 - 1212",
		"191212+1212", "19121212\t1212",
	};
	static const char *const kept[] = {
		"K-000000 works", "S-1234567 at", "shifts.csv:843389: K-000202",
		"2026-01-02 07:00", "12345678901234 x", "191212- 12",
		"19121212 -  - 1212x",
	};
	char buf[96], *copy;
	const char *v;
	size_t off, i, len;

	for (off = 0; off < 40; off++) {
		for (i = 0; i < sizeof(kept) / sizeof(kept[0]); i++) {
			memset(buf, 'a', 80);
			memcpy(buf + off, kept[i], strlen(kept[i]));
			buf[80] = '\0';
			v = text_shown(buf, &len, &copy);
			ck_assert_msg(copy == NULL && v == buf,
			    "'%s' at %zu masked", kept[i], off);
			ck_assert_uint_eq(text_mask(buf, 80, true), 80);
		}
		for (i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
			memset(buf, 'a', 80);
			memcpy(buf, "K-000000 x 000001:", 18);
			memcpy(buf + 18 + off, ids[i], strlen(ids[i]));
			buf[80] = '\0';
			ck_assert_msg(text_has_personal_id(buf, 80),
			    "'%s' at %zu not found", ids[i], off);
			len = text_mask(buf, 80, true);
			buf[len] = '\0';
			ck_assert_msg(strstr(buf, "1212") == NULL,
			    "'%s' at %zu not masked: %s", ids[i], off, buf);
			ck_assert_ptr_nonnull(strstr(buf, TEXT_REDACTED));
		}
	}
}
END_TEST

/* A text line is masked whole after it is made (the long reports): a
 * message of printable ASCII in it may then go in as it is, for the line
 * mask finds in it what text_shown would, a line feed ending a number
 * as the end of the text does.  Random messages over the bytes numbers
 * are made of, the two ways. */
START_TEST(message_masked_in_its_line)
{
	static const char abc[] = "0123456789 -+\\xu0a:";
	static const char *const head = "s.csv:12: K-1: warning: r: ";
	char msg[40], a[128], b[256], *copy;
	const char *v;
	size_t i, n, k, la, lb, len;
	unsigned long x = 1, masked = 0;

	for (i = 0; i < 200000; i++) {
		x = x * 6364136223846793005UL + 1442695040888963407UL;
		n = (x >> 33) % sizeof(msg);
		for (k = 0; k < n; k++) {
			x = x * 6364136223846793005UL + 1442695040888963407UL;
			/* digits most of the time, so that numbers form */
			msg[k] = (x >> 40) % 3 != 0 ? (char)('0' + (x >> 20) %
			    10) : abc[(x >> 20) % (sizeof(abc) - 1)];
		}
		msg[n] = '\0';
		v = text_shown(msg, &len, &copy);
		masked += copy != NULL;
		la = (size_t)sprintf(a, "%s%s\n", head, msg);
		lb = (size_t)sprintf(b, "%s%.*s\n", head, (int)len, v);
		free(copy);
		la = text_mask(a, la, true);
		lb = text_mask(b, lb, true);
		ck_assert_msg(la == lb && memcmp(a, b, la) == 0,
		    "'%s': '%.*s' against '%.*s'", msg, (int)la, a, (int)lb, b);
	}
	ck_assert_uint_gt(masked, 10000);
}
END_TEST

/* A control character between a number and a digit hides nothing: the
 * number it ends is a number (a fuzzer's find: "1212\n7" read as five
 * digits let the number through). */
START_TEST(ended_by_control)
{
	char *s;

	s = text_visible("case: 19121212-1212\n7egime", 26, NULL);
	ck_assert_str_eq(s, "case: " TEXT_REDACTED "\\n7egime");
	free(s);
	s = text_visible("id 1912121212\0017", 15, NULL);
	ck_assert_str_eq(s, "id " TEXT_REDACTED "\\x017");
	free(s);
	/* a byte not UTF-8 joins nothing once it is shown as an escape */
	s = text_visible("44444\377191212121212x", 19, NULL);
	ck_assert_str_eq(s, "44444\\xff" TEXT_REDACTED "x");
	free(s);
}
END_TEST

START_TEST(visible)
{
	char *v;

	v = text_visible("a\x1b[2Jb\xff\xc2\x85" "c\r\nd\xe2\x80\xa8", 16,
	    NULL);
	ck_assert_str_eq(v, "a\\x1b[2Jb\\xff\\u0085c\\r\\nd\\u2028");
	free(v);
	v = text_visible("K\n19900517-1237\x7f", 16, NULL);
	ck_assert_str_eq(v, "K\\n[redacted]\\x7f");
	free(v);
	v = text_visible("Nyårsdagen \xe2\x80\xae", 15, NULL);
	ck_assert_str_eq(v, "Nyårsdagen \\u202e");
	free(v);
	/* a stream is masked up to the last character that ends a number */
	ck_assert_uint_eq(text_mask_ready("ab 900517-12", 12), 2);
	ck_assert_uint_eq(text_mask_ready("ab\n900", 6), 3);
	ck_assert_uint_eq(text_mask_ready("12345", 5), 0);
	/* an escape being written is not yet one: its hex digits could
	 * join the number after it */
	ck_assert_uint_eq(text_mask_ready("ab 12\\x4", 8), 5);
	ck_assert_uint_eq(text_mask_ready("ab\\", 3), 2);
	ck_assert_uint_eq(text_mask_ready("ab\\u20", 6), 2);
	ck_assert_uint_eq(text_mask_ready("ab\\x41", 6), 6);
	ck_assert_uint_eq(text_mask_ready("ab\\xq", 5), 5);
}
END_TEST

START_TEST(utf8)
{
	ck_assert_int_eq(text_utf8_invalid("abc", 3), -1);
	ck_assert_int_eq(text_utf8_invalid("Nyårsdagen ʤ €", strlen("Nyårsdagen ʤ €")), -1);
	ck_assert_int_eq(text_utf8_invalid("a\xff", 2), 1);
	ck_assert_int_eq(text_utf8_invalid("\xc3", 1), 0);
	ck_assert_int_eq(text_utf8_invalid("\xc0\xaf", 2), 0);	/* overlong */
	ck_assert_int_eq(text_utf8_invalid("\xed\xa0\x80", 3), 0);	/* UTF-16 */
	ck_assert_int_eq(text_utf8_invalid("\xf4\x90\x80\x80", 4), 0);
	ck_assert_int_eq(text_utf8_invalid("\xf0\x9f\x98\x80", 4), -1);
	/* NUL bytes count as invalid, in the fast and the slow path */
	ck_assert_int_eq(text_utf8_invalid("ab\0c", 4), 2);
	ck_assert_int_eq(text_utf8_invalid("abcdefgh\0ijklmnop", 17), 8);
	ck_assert_int_eq(text_utf8_invalid("abcdefghijklmnop\xff", 17), 16);
	ck_assert_int_eq(text_utf8_invalid("abcdefghij\xc3\xa5klmnop", 18),
	    -1);
}
END_TEST

static void
write_split(void *arg)
{
	(void)arg;
	fputs("a 19900", stdout);
	fflush(stdout);
	fputs("517\xe2\x80\x93" "1237 b\n", stdout);
	fflush(stdout);
	fputs("e 900517 1237\n", stderr);
	fputs("tail 0101801234", stdout);
}

/* The filter at the edge: whatever a tool writes to standard output or
 * error is masked, a number split over two writes too, and what is held
 * back for the next write is written at exit.  Run in a child whose
 * standard output and error are a pipe. */
START_TEST(edge)
{
	char *got = edge_capture(write_split, NULL);

	ck_assert_str_eq(got, "a [redacted] b\ne [redacted]\n"
	    "tail [redacted]");
	free(got);
}
END_TEST

/* Lines of 'A' with an escape and a number after them, the backslash at
 * each of the last bytes of a block. */
static void
write_escape_cut(void *arg)
{
	char *line = malloc(BUFSIZ + 32);
	size_t at;

	(void)arg;
	if (line == NULL)
		_exit(3);
	for (at = BUFSIZ - 4; at <= BUFSIZ; at++) {
		memset(line, 'A', at);
		strcpy(line + at, "\\x41199001011234 AA\n");
		fputs(line, stdout);
		fflush(stdout);	/* the next line at a block's start */
	}
	free(line);
}

/* A line longer than the edge holds is cut where a character ends a
 * number, but never inside an escape still being written: the hex
 * digits of "\x41" would join the number after them (a reviewer's
 * find, with the backslash at each of the last bytes of a block). */
START_TEST(edge_escape_cut)
{
	char *got = edge_capture(write_escape_cut, NULL);

	ck_assert_ptr_null(strstr(got, "199001011234"));
	ck_assert_ptr_nonnull(strstr(got, "\\x41[redacted] AA\n"));
	free(got);
}
END_TEST

/* Text written to standard output in pieces of n bytes (0: whole). */
struct pieces {
	const char	*text;
	size_t		 len, n;
};

static void
write_pieces(void *arg)
{
	const struct pieces *p = arg;
	size_t i, k;

	for (i = 0; i < p->len; i += k) {
		k = p->n == 0 || p->len - i < p->n ? p->len - i : p->n;
		fwrite(p->text + i, 1, k, stdout);
	}
}

/* What the edge writes of text, written in pieces of n bytes. */
static char *
edge_out(const char *text, size_t len, size_t n)
{
	struct pieces p = { text, len, n };

	return edge_capture(write_pieces, &p);
}

/* Past the edge's hold (a megabyte) of digits, spaces and dashes only,
 * nothing of it is written but the word: cut anywhere, a number could
 * reach across the cut (a reviewer's find).  A long line of words after
 * a line end is written whole. */
START_TEST(edge_hold)
{
	static const char unit[] = "123456 7890 ";
	size_t n = 100000 * (sizeof(unit) - 1), i;
	char *text = malloc(n + 1), *got;

	ck_assert_ptr_nonnull(text);
	for (i = 0; i < n; i += sizeof(unit) - 1)
		memcpy(text + i, unit, sizeof(unit) - 1);
	got = edge_out(text, n, 0);
	ck_assert_ptr_null(strstr(got, "123456 7890"));
	ck_assert_ptr_nonnull(strstr(got, TEXT_REDACTED));
	free(got);
	/* two megabytes of words on one line after a first line */
	text = realloc(text, 2 * 1024 * 1024 + 8);
	ck_assert_ptr_nonnull(text);
	memcpy(text, "first\n", 6);
	memset(text + 6, 'w', 2 * 1024 * 1024);
	memcpy(text + 6 + 2 * 1024 * 1024, "\n", 2);
	got = edge_out(text, 2 * 1024 * 1024 + 7, 300000);
	ck_assert_uint_eq(strlen(got), 2 * 1024 * 1024 + 7);
	ck_assert_int_eq(memcmp(got, text, 2 * 1024 * 1024 + 7), 0);
	free(got);
	free(text);
}
END_TEST

Suite *
text_suite(void)
{
	Suite *s = suite_create("text");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, suggestions);
	tcase_add_test(tc, quoting);
	tcase_add_test(tc, personal_id_shapes);
	tcase_add_test(tc, ended_by_control);
	tcase_add_test(tc, personal_id_written_forms);
	tcase_add_test(tc, digit_runs);
	tcase_add_test(tc, shown);
	tcase_add_test(tc, visible);
	tcase_add_test(tc, edge);
	tcase_add_test(tc, edge_escape_cut);
	tcase_add_test(tc, edge_hold);
	tcase_add_test(tc, utf8);
	tcase_add_test(tc, plain_runs_any_offset);
	tcase_add_test(tc, settled_runs_any_offset);
	tcase_add_test(tc, message_masked_in_its_line);
	suite_add_tcase(s, tc);
	return s;
}
