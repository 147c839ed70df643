#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvin.h"
#include "input.h"
#include "util.h"
#include "xalloc.h"

/* The text an input hands out, read whole as the YAML reader does; NULL
 * when it is refused (the message in cap). */
static char *
text_of(const char *bytes, size_t len, enum encoding e, struct capture *cap)
{
	struct readopts ro = { e, 0, NULL };
	struct input in;
	char *buf;
	size_t n;

	capture_init(cap);
	ck_assert_int_eq(input_mem_as(&in, "f", bytes, len, &ro, &cap->d), 0);
	if (input_slurp(&in, 1 << 20, &buf, &n, &cap->d) != 0)
		buf = NULL;
	else
		ck_assert_uint_eq(strlen(buf), n);
	input_close(&in);
	return buf;
}

#define TEXT(bytes, enc, want, errs) do {				\
	struct capture c_;						\
	char *t_ = text_of(bytes, sizeof(bytes) - 1, enc, &c_);		\
	if ((want) == NULL)						\
		ck_assert_ptr_null(t_);					\
	else								\
		ck_assert_str_eq(t_, (const char *)(want));		\
	ck_assert_str_eq(c_.buf, errs);					\
	free(t_);							\
} while (0)

START_TEST(byte_order_marks)
{
	TEXT("\xef\xbb\xbf" "a;b\n", ENC_UTF8, "a;b\n", "");
	TEXT("\xff\xfe" "\xc4\x00r\x00\r\x00\n\x00x\x00", ENC_UTF8,
	    "\xc3\x84r\r\nx", "");
	TEXT("\xfe\xff" "\x00\xc4\x00r\x00\n", ENC_UTF8, "\xc3\x84r\n", "");
	/* UTF-16 without a mark, recognised by the NULs of ASCII text */
	TEXT("c\x00" "a\x00" "s\x00" "e\x00", ENC_UTF8, "case", "");
	TEXT("\x00" "c\x00" "a\x00" "s\x00" "e", ENC_UTF8, "case", "");
	/* what the converter cannot take is refused, on its line */
	TEXT("\xff\xfe" "a\x00\n\x00\x00\xd8" "b\x00", ENC_UTF8, NULL,
	    "f:2: not UTF-16LE (bytes 0x00 0xD8)\n");
	TEXT("\xff\xfe" "a\x00\n\x00" "b", ENC_UTF8, NULL,
	    "f:2: UTF-16LE ends in the middle of a character\n");
}
END_TEST

START_TEST(legacy_when_asked)
{
	/* not UTF-8: refused once, with the way out, on the byte's line */
	TEXT("a\r\nb\rc\n\xc4rende\n\xe4", ENC_UTF8, NULL,
	    "f:4: not UTF-8 (byte 0xC4); if the file is Windows-1252, as "
	    "Excel saves it, use --encoding cp1252\n");
	TEXT("a\n\xc3", ENC_UTF8, NULL, "f:2: not UTF-8 (byte 0xC3); if the "
	    "file is Windows-1252, as Excel saves it, use --encoding cp1252\n");
	/* asked for: converted, the euro sign too */
	TEXT("\xc4rende;Personal\r\n\x80 5\r\n", ENC_CP1252,
	    "\xc3\x84rende;Personal\r\n\xe2\x82\xac 5\r\n", "");
	TEXT("\xc4rende\n\x80", ENC_LATIN1, "\xc3\x84rende\n\xc2\x80", "");
	/* a byte Windows-1252 has no character for */
	TEXT("ok\n\x81", ENC_CP1252, NULL,
	    "f:2: byte 0x81 is no character in WINDOWS-1252\n");
	/* a file that is UTF-8 stays UTF-8 when a legacy encoding is asked */
	TEXT("abc\n\xc3\x84rende\n", ENC_CP1252, "abc\n\xc3\x84rende\n", "");
	/* the block where the first byte outside ASCII is decides */
	TEXT("\xc3\x84\n\xc4", ENC_CP1252, "\xc3\x83\xe2\x80\x9e\n\xc3\x84", "");
}
END_TEST

/* A character cut by the end of a block, in each encoding. */
START_TEST(characters_across_blocks)
{
	size_t n = 200000, i, high = 0;
	char *b = xmalloc(n + 8), *got;
	struct capture cap;

	for (i = 0; i < n; i++)
		b[i] = (i % 97 == 96) ? '\n' : 'x';
	for (i = 4090; i < n - 4; i += 4093) {
		b[i] = '\xc3';
		b[i + 1] = '\xa5';
	}
	got = text_of(b, n, ENC_UTF8, &cap);
	ck_assert_str_eq(cap.buf, "");
	ck_assert(got != NULL && memcmp(got, b, n) == 0);
	free(got);
	/* as Windows-1252: every byte after the first outside ASCII */
	for (i = 0; i < n; i++) {
		b[i] = (i % 97 == 96) ? '\n' : (i % 5 == 0) ? '\xe5' : 'x';
		high += (unsigned char)b[i] >= 0x80;
	}
	got = text_of(b, n, ENC_CP1252, &cap);
	ck_assert_str_eq(cap.buf, "");
	ck_assert(got != NULL);
	ck_assert_uint_eq(strlen(got), n + high);
	ck_assert(memcmp(got, "\xc3\xa5xxxx\xc3\xa5", 8) == 0);
	free(got);
	/* UTF-8 from the first block on, then a byte that is not */
	memset(b, 'x', n);
	memcpy(b + 10, "\xc3\xa5\n", 3);
	b[n - 2] = '\xe5';
	ck_assert_ptr_null(text_of(b, n, ENC_CP1252, &cap));
	ck_assert_str_eq(cap.buf, "f:2: not UTF-8 (byte 0xE5); its text "
	    "before is UTF-8, and a file has one encoding\n");
	free(b);
}
END_TEST

/* Rows of text read as CSV, each "LINE:f1|f2|..."; d forces a
 * delimiter. */
static void
rows(const char *text, size_t len, int d, enum encoding e, char *out,
    size_t size, struct capture *cap)
{
	struct readopts ro = { e, d, NULL };
	struct input in;
	struct csvin *c;
	struct csvrow row;
	size_t o = 0, i;

	capture_init(cap);
	out[0] = '\0';
	ck_assert_int_eq(input_mem_as(&in, "t.csv", text, len, &ro, &cap->d),
	    0);
	c = csvin_open(&in);
	while (csvin_next(c, &row, &cap->d) == 1) {
		o += (size_t)snprintf(out + o, size - o, "%ld:", row.line);
		for (i = 0; i < row.n; i++)
			o += (size_t)snprintf(out + o, size - o, "%s%s",
			    i ? "|" : "", row.f[i]);
		o += (size_t)snprintf(out + o, size - o, "\n");
	}
	csvin_close(c);
	input_close(&in);
}

#define ROWS(text, d, e, want, errs) do {				\
	char o_[1024];							\
	struct capture c_;						\
	rows(text, sizeof(text) - 1, d, e, o_, sizeof(o_), &c_);	\
	ck_assert_str_eq(o_, want);					\
	ck_assert_str_eq(c_.buf, errs);					\
} while (0)

START_TEST(delimiters)
{
	ROWS("a;b;c\n1;2,5;3\n", 0, ENC_UTF8, "1:a|b|c\n2:1|2,5|3\n", "");
	ROWS("a\tb\n1\t\"x\ty\"\n", 0, ENC_UTF8, "1:a|b\n2:1|x\ty\n", "");
	/* a quoted delimiter in the header does not count */
	ROWS("a,\"b;c;d\"\n1,2\n", 0, ENC_UTF8, "1:a|b;c;d\n2:1|2\n", "");
	ROWS("a,b;c\n1,2;3\n", ';', ENC_UTF8, "1:a,b|c\n2:1,2|3\n", "");
	ROWS("a\n1\n", 0, ENC_UTF8, "1:a\n2:1\n", "");
	/* a spreadsheet's "sep=" line names it, and is no row */
	ROWS("sep=;\r\na;b\r\n1;2\r\n", 0, ENC_UTF8, "2:a|b\n3:1|2\n", "");
	/* an Excel export: semicolons, CRLF, Windows-1252 */
	ROWS("\xc4rende;Personal\r\nK-1;S\xf6ren\r\n", 0, ENC_CP1252,
	    "1:\xc3\x84rende|Personal\n2:K-1|S\xc3\xb6ren\n", "");
	/* refused where the byte is: the row it cuts is no row */
	ROWS("a;b\r\n1;2\r\n3;\xf6\r\n4;5\r\n", 0, ENC_UTF8, "1:a|b\n2:1|2\n",
	    "t.csv:3: not UTF-8 (byte 0xF6); if the file is Windows-1252, as "
	    "Excel saves it, use --encoding cp1252\n");
	/* Excel's Unicode text: UTF-16 with a mark, tabs */
	ROWS("\xff\xfe" "a\x00\t\x00" "b\x00\r\x00\n\x00" "1\x00\t\x00"
	    "\"\x00x\x00\n\x00y\x00\"\x00\r\x00\n\x00" "2\x00\t\x00"
	    "3\x00", 0, ENC_UTF8, "1:a|b\n2:1|x\ny\n4:2|3\n", "");
}
END_TEST

START_TEST(parse_options)
{
	enum encoding e;
	int d;

	ck_assert_int_eq(encoding_parse("CP1252", &e), 0);
	ck_assert_int_eq(e, ENC_CP1252);
	ck_assert_int_eq(encoding_parse("windows-1252", &e), 0);
	ck_assert_int_eq(encoding_parse("latin1", &e), 0);
	ck_assert_int_eq(e, ENC_LATIN1);
	ck_assert_int_eq(encoding_parse("UTF-8", &e), 0);
	ck_assert_int_eq(e, ENC_UTF8);
	ck_assert_int_eq(encoding_parse("utf-16", &e), -1);
	ck_assert_int_eq(delim_parse(";", &d), 0);
	ck_assert_int_eq(d, ';');
	ck_assert_int_eq(delim_parse("tab", &d), 0);
	ck_assert_int_eq(d, '\t');
	ck_assert_int_eq(delim_parse("\\t", &d), 0);
	ck_assert_int_eq(delim_parse("|", &d), -1);
}
END_TEST

START_TEST(yaml_records_told)
{
	static const struct {
		const char	*name, *text;
		bool		 yaml;
	} t[] = {
		{ "a.yaml", "x", true },
		{ "-", "# cases\n---\ncase: K-1\n", true },
		{ "-", "\n\ncase: K-1\n", true },
		{ "-", "case,staff,date\n", false },
		{ "-", "Datum;Start\n", false },
		{ "-", "", false },
	};
	struct capture cap;
	struct input in;
	size_t i;

	capture_init(&cap);
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		ck_assert_int_eq(input_mem(&in, t[i].name, t[i].text,
		    strlen(t[i].text), &cap.d), 0);
		ck_assert_msg(input_is_yaml_records(&in) == t[i].yaml, "%zu",
		    i);
		input_close(&in);
	}
}
END_TEST

/* A regular file's size is taken when it is opened (before the sandbox,
 * under which glibc's fstat fails); a stream or a text in memory has
 * none. */
START_TEST(size_at_open)
{
	char path[] = "/tmp/check-input-XXXXXX";
	struct capture cap;
	struct input in;
	int fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, "case,staff\nK-1,S-1\n", 20), 20);
	close(fd);
	capture_init(&cap);
	ck_assert_int_eq(input_open(&in, path, &cap.d), 0);
	ck_assert_int_eq(in.size, 20);
	input_close(&in);
	unlink(path);
	ck_assert_int_eq(input_open(&in, "/dev/null", &cap.d), 0);
	ck_assert_int_eq(in.size, -1);
	input_close(&in);
	ck_assert_int_eq(input_mem(&in, "m", "a,b\n", 4, &cap.d), 0);
	ck_assert_int_eq(in.size, -1);
	input_close(&in);
	ck_assert_str_eq(cap.buf, "");
}
END_TEST

Suite *
input_suite(void)
{
	Suite *s = suite_create("input");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, byte_order_marks);
	tcase_add_test(tc, legacy_when_asked);
	tcase_add_test(tc, characters_across_blocks);
	tcase_add_test(tc, delimiters);
	tcase_add_test(tc, parse_options);
	tcase_add_test(tc, yaml_records_told);
	tcase_add_test(tc, size_at_open);
	suite_add_tcase(s, tc);
	return s;
}
