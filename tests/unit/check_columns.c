#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "shifts.h"
#include "util.h"
#include "visits.h"
#include "xalloc.h"
#include "yamlin.h"

/* A header row from "a;b;c". */
struct hdr {
	char		 text[512];
	char		*f[32];
	size_t		 len[32];
	struct csvrow	 row;
};

static void
hdr(struct hdr *h, const char *s)
{
	char *p;

	snprintf(h->text, sizeof(h->text), "%s", s);
	h->row.n = 0;
	h->row.line = 1;
	h->row.f = h->f;
	h->row.len = h->len;
	for (p = h->text;; p++) {
		h->f[h->row.n] = p;
		p += strcspn(p, ";");
		h->len[h->row.n] = (size_t)(p - h->f[h->row.n]);
		h->row.n++;
		if (*p == '\0')
			break;
		*p = '\0';
	}
}

/* The column maps of a profile's columns: text. */
static void
maps(struct colmaps *cm, struct arena *a, const char *text,
    struct capture *cap, int want)
{
	struct yamlin *y = yamlin_open("p.yaml", text, strlen(text));
	struct node *root;

	colmaps_free(cm);
	memset(cm, 0, sizeof(*cm));
	capture_init(cap);
	ck_assert_int_eq(yamlin_next(y, a, &root, &cap->d), 1);
	ck_assert_int_eq(colmaps_parse(cm, a, node_get(root, "columns"),
	    &cap->d), want);
	yamlin_close(y);
}

START_TEST(local_names)
{
	struct shift_header sh;
	struct visit_header vh;
	struct capture cap;
	struct hdr h;

	capture_init(&cap);
	hdr(&h, "\xc3\x84rende;Personal;Datum;Start;Slut;Typ;Timmar");
	ck_assert_int_eq(shift_header(&h.row, "s.csv", NULL, &sh, &cap.d), 0);
	ck_assert_int_eq(sh.col[SC_CASE], 0);
	ck_assert_int_eq(sh.col[SC_HOURS], 6);
	/* case, spaces, hyphens and underscores do not matter */
	hdr(&h, "SAG; Medarbejder ;dato;START;slut");
	ck_assert_int_eq(shift_header(&h.row, "s.csv", NULL, &sh, &cap.d), 0);
	ck_assert_int_eq(sh.col[SC_STAFF], 1);
	ck_assert_int_eq(sh.col[SC_KIND], -1);
	hdr(&h, "\xc3\x84RENDE;Bes\xc3\xb6k;Insats;planerad-start;"
	    "Planerat_slut;Status;Utf\xc3\xb6rare");
	ck_assert_int_eq(visit_header(&h.row, "v.csv", NULL, &vh, &cap.d), 0);
	ck_assert_int_eq(vh.col[VC_PROVIDER], 6);
	hdr(&h, "Sag;Bes\xc3\xb8g;Ydelse;Planlagt start;Planlagt slut;Status;"
	    "\xc3\x85rsag;Leverand\xc3\xb8r");
	ck_assert_int_eq(visit_header(&h.row, "v.csv", NULL, &vh, &cap.d), 0);
	ck_assert_int_eq(vh.col[VC_REASON], 6);
	ck_assert_str_eq(cap.buf, "");
}
END_TEST

/* Everything wrong with a header, in one message. */
START_TEST(one_message)
{
	struct shift_header sh;
	struct capture cap;
	struct hdr h;

	capture_init(&cap);
	hdr(&h, "Arende;Personl;Datum;Start;Slut;Anteckning;Sag;Kund");
	ck_assert_int_eq(shift_header(&h.row, "s.csv", NULL, &sh, &cap.d), -1);
	ck_assert_str_eq(cap.buf, "s.csv:1: shift log header: no staff "
	    "column (nearest seen: 'Personl'), unknown column 'Arende' (did "
	    "you mean '\xc3\x84rende'?), unknown column 'Anteckning', two "
	    "case columns ('Sag' and 'Kund'); needed: case, staff, start, end "
	    "(English, Swedish or Danish names, or a column map in the "
	    "profile)\n");
}
END_TEST

START_TEST(profile_maps)
{
	struct shift_header sh;
	struct colmaps cm;
	struct capture cap;
	struct arena a;
	struct hdr h;

	memset(&cm, 0, sizeof(cm));
	arena_init(&a);
	maps(&cm, &a, "columns:\n  timesheet:\n    Anst.nr: staff\n"
	    "    Kommentar: null\n    Brukare: case\n", &cap, 0);
	ck_assert_str_eq(cap.buf, "");
	hdr(&h, "Brukare;ANST NR;Datum;Fr\xc3\xa5n;Till;Kommentar");
	capture_init(&cap);
	ck_assert_int_eq(shift_header(&h.row, "s.csv", &cm, &sh, &cap.d), 0);
	ck_assert_int_eq(sh.col[SC_STAFF], 1);
	ck_assert_int_eq(sh.col[SC_END], 4);
	ck_assert_int_eq(sh.role[5], -1);
	ck_assert_str_eq(cap.buf, "");
	/* a map may take a built-in name for another column */
	maps(&cm, &a, "columns: {timesheet: {Typ: hours, Timmar: kind}}\n",
	    &cap, 0);
	hdr(&h, "\xc3\x84rende;Personal;Datum;Start;Slut;Typ;Timmar");
	ck_assert_int_eq(shift_header(&h.row, "s.csv", &cm, &sh, &cap.d), 0);
	ck_assert_int_eq(sh.col[SC_HOURS], 5);
	ck_assert_int_eq(sh.col[SC_KIND], 6);
	/* what a profile gets wrong */
	maps(&cm, &a, "columns:\n  timesheets: {a: staff}\n  visits: "
	    "{b: staf}\n  roster: [x]\n  cases: {c: [1]}\n", &cap, -1);
	ck_assert_str_eq(cap.buf,
	    "p.yaml:2: columns: unknown table 'timesheets'; did you mean "
	    "'timesheet'?\n"
	    "p.yaml:3: columns: unknown column 'staf'; did you mean 'staff'?\n"
	    "p.yaml:4: columns: roster: expected a mapping of headers to "
	    "columns\n"
	    "p.yaml:5: columns: cases: 'c': expected a column name\n");
	colmaps_free(&cm);
	arena_free(&a);
}
END_TEST

/* No name of the vocabulary is two columns of one table. */
START_TEST(vocabulary_unambiguous)
{
	const char *canon, *sv, *da, *p;
	char names[256][64], f[64];
	int col[256];
	size_t n, i, k, len;
	int t;

	for (t = 0; t < CT_COUNT; t++) {
		n = 0;
		for (i = 0; col_vocab((enum col_table)t, i, &canon, &sv, &da);
		    i++) {
			const char *all[3] = { canon, sv, da };

			for (k = 0; k < 3; k++)
				for (p = all[k]; *p != '\0'; p += len +
				    (p[len] == '|')) {
					len = strcspn(p, "|");
					col_fold(p, len, f, sizeof(f));
					memcpy(names[n], f, sizeof(f));
					col[n++] = (int)i;
				}
		}
		for (i = 0; i < n; i++)
			for (k = 0; k < i; k++)
				ck_assert_msg(strcmp(names[i], names[k]) != 0 ||
				    col[i] == col[k], "%s: '%s' names two "
				    "columns", col_table_key((enum col_table)t),
				    names[i]);
	}
}
END_TEST

Suite *
columns_suite(void)
{
	Suite *s = suite_create("columns");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, local_names);
	tcase_add_test(tc, one_message);
	tcase_add_test(tc, profile_maps);
	tcase_add_test(tc, vocabulary_unambiguous);
	suite_add_tcase(s, tc);
	return s;
}
