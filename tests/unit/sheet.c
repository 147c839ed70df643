/* A small timesheet for the rule-family suites (see sheet.h). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/grant.h"
#include "sheet.h"
#include "util.h"

/* The cases of yaml (at most four), their hours-check state made as the
 * engine makes it, and no shifts yet. */
void
sheet_init(struct sheet *s, const char *yaml)
{
	struct capture cap;
	struct input in;
	FILE *fp = fmemopen((void *)yaml, strlen(yaml), "rb");
	size_t i;

	memset(s, 0, sizeof(*s));
	capture_init(&cap);
	ck_assert_int_eq(profiles_init(&s->ps, &cap.d), 0);
	caseset_init(&s->set);
	memset(&in, 0, sizeof(in));
	in.name = "c.yaml";
	in.fp = fp;
	caseset_read(&s->set, &in, FMT_YAML, &cap.d);
	fclose(fp);
	caseset_finish(&s->set, &cap.d);
	ck_assert_msg(cap.len == 0, "%s", cap.buf);
	ck_assert_uint_le(s->set.ncases, 4);
	findings_init(&s->f);
	strmap_init(&s->map);
	for (i = 0; i < s->set.ncases; i++)
		grant_case_init(&s->cases[i], s->set.cases[i],
		    profiles_for(&s->ps, s->set.cases[i]->regime));
	s->files[0] = "s.csv";
	s->ts.f = &s->f;
	s->ts.ps = &s->ps;
	s->ts.today = D("2026-11-22");
	s->ts.files = s->files;
	s->ts.cases = s->cases;
	s->ts.ncases = s->set.ncases;
	s->ts.staff = s->staff;
	s->ts.staff_map = &s->map;
	s->ts.v = s->v;
	s->mark.line = 2;
	s->ts.marks = &s->mark;
	s->ts.nmarks = 1;
	s->ts.dk_first = s->ts.dk_last = DATE_NONE;
}

/* The staff member's index, made on first sight. */
static uint32_t
staff_of(struct sheet *s, const char *id)
{
	void **slot;
	int added;

	slot = strmap_put(&s->map, id, strlen(id), &added);
	if (added) {
		ck_assert_uint_lt(s->ts.nstaff, SHEET_MAX);
		memset(&s->staff[s->ts.nstaff], 0, sizeof(s->staff[0]));
		s->staff[s->ts.nstaff].id = id;
		s->staff[s->ts.nstaff].qualified = -1;
		s->staff[s->ts.nstaff].first = UINT32_MAX;
		*slot = (void *)(uintptr_t)++s->ts.nstaff;
	}
	return (uint32_t)((uintptr_t)*slot - 1);
}

/* Parses "YYYY-MM-DD HH:MM" in local time. */
static cminute
when(const char *s)
{
	char day[11];

	ck_assert_uint_eq(strlen(s), 16);
	memcpy(day, s, 10);
	day[10] = '\0';
	return datetime_make(D(day), ((s[11] - '0') * 10 + s[12] - '0') * 60 +
	    (s[14] - '0') * 10 + s[15] - '0');
}

/* A stored shift of case k at line n + 2 of s.csv, from and to local
 * times "YYYY-MM-DD HH:MM"; its index in v. */
uint32_t
sheet_shift(struct sheet *s, size_t k, const char *staff, const char *from,
    const char *to, enum shift_kind kind)
{
	struct stored *x = &s->v[s->ts.n];
	enum zone z = s->cases[k].zone;

	ck_assert_uint_lt(s->ts.n, SHEET_MAX);
	memset(x, 0, sizeof(*x));
	x->start = (int32_t)tz_to_utc(z, when(from));
	x->len = (uint16_t)(tz_to_utc(z, when(to)) - x->start);
	x->staff = staff_of(s, staff);
	x->kase = (uint32_t)k;
	x->kind = (uint8_t)kind;
	if (s->staff[x->staff].first == UINT32_MAX)
		s->staff[x->staff].first = (uint32_t)s->ts.n;
	s->l[s->ts.n] = (uint32_t)s->ts.n;
	return (uint32_t)s->ts.n++;
}

/* The findings in the order made, "line: case: severity: rule: message"
 * a line. */
const char *
sheet_findings(struct sheet *s)
{
	static char out[4096];
	char msg[FINDING_MSG_MAX];
	const struct finding *x;
	size_t i, len = 0;

	out[0] = '\0';
	for (i = 0; i < s->f.n && len < sizeof(out); i++) {
		x = &s->f.v[i];
		len += (size_t)snprintf(out + len, sizeof(out) - len,
		    "%ld: %s: %s: %s: %s\n", x->line, x->case_id,
		    severity_name(x->sev), rule_name(x->rule),
		    finding_message(x, msg));
	}
	return out;
}

void
sheet_free(struct sheet *s)
{
	size_t i;

	for (i = 0; i < s->set.ncases; i++)
		free(s->cases[i].per);
	strmap_free(&s->map);
	findings_free(&s->f);
	caseset_free(&s->set);
	profiles_free(&s->ps);
}
