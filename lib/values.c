/* Values in the users' conventions (see values.h).  Every other form is
 * rewritten into the canonical one and read by the one reader of that
 * (dates.c, text.c), so that a range or a day is checked in one place. */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "values.h"

/* Whether s has a digit or a slash in every byte and a slash somewhere:
 * 01/10/2026, 1/10/26, which read one way in Sweden and another in an
 * American export. */
static bool
slashed(const char *s, size_t len)
{
	bool slash = false;
	size_t i;

	if (len > 10)
		return false;
	for (i = 0; i < len; i++) {
		if (s[i] == '/')
			slash = true;
		else if ((unsigned)(s[i] - '0') > 9)
			return false;
	}
	return slash;
}

/*
 * YYYY-MM-DD, and the forms Swedish and Danish exports write: YYYYMMDD,
 * DD.MM.YYYY and DD-MM-YYYY (day first).  A slashed date is refused as
 * ambiguous.
 */
enum date_status
value_date(const char *s, size_t len, cdate *out)
{
	char iso[10];

	if (len == 10 && s[4] == '-')
		return date_parse(s, len, out);
	if (len == 10 && (s[2] == '.' || s[2] == '-') && s[5] == s[2]) {
		memcpy(iso, s + 6, 4);
		iso[4] = iso[7] = '-';
		memcpy(iso + 5, s + 3, 2);
		memcpy(iso + 8, s, 2);
	} else if (len == 8 && s[4] != '-') {
		/* date_parse checks the digits */
		memcpy(iso, s, 4);
		iso[4] = iso[7] = '-';
		memcpy(iso + 5, s + 4, 2);
		memcpy(iso + 8, s + 6, 2);
	} else
		return slashed(s, len) ? DATE_AMBIGUOUS : DATE_SYNTAX;
	return date_parse(iso, 10, out);
}

/* HH:MM, and H:MM, HH.MM, H.MM and HHMM; 24:00 as the end of the day in
 * every form. */
enum date_status
value_time(const char *s, size_t len, int *out)
{
	char hm[5];

	if (len == 5 && s[2] == ':')
		return time_parse(s, len, out);
	if (len == 5 && s[2] == '.') {
		memcpy(hm, s, 5);
	} else if (len == 4 && (s[1] == ':' || s[1] == '.')) {
		hm[0] = '0';
		memcpy(hm + 1, s, 4);
	} else if (len == 4) {
		memcpy(hm, s, 2);
		memcpy(hm + 3, s + 2, 2);
	} else
		return DATE_SYNTAX;
	hm[2] = ':';
	return time_parse(hm, 5, out);
}

/* A date and a time of the forms above, with T or a space between:
 * 2026-03-28T22:00, 28.03.2026 22.00, 20260328T2200. */
enum date_status
value_datetime(const char *s, size_t len, cminute *out)
{
	enum date_status st;
	size_t i;
	cdate d;
	int t;

	if (len == 16 && (st = datetime_parse(s, len, out)) != DATE_SYNTAX)
		return st;
	for (i = 0; i < len && s[i] != 'T' && s[i] != ' '; i++)
		;
	if (i == len)
		return slashed(s, len) ? DATE_AMBIGUOUS : DATE_SYNTAX;
	if ((st = value_date(s, i, &d)) != DATE_OK)
		return st;
	if ((st = value_time(s + i + 1, len - i - 1, &t)) != DATE_OK)
		return st;
	*out = datetime_make(d, t);
	return DATE_OK;
}

/* Why a date, a time or a date-time was refused, for the parenthesis of
 * a message: the accepted forms when its shape is not one of them. */
const char *
value_date_why(enum date_status st)
{
	if (st == DATE_SYNTAX)
		return _("expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or "
		    "DD-MM-YYYY");
	if (st == DATE_AMBIGUOUS)
		return _("slashed dates are ambiguous, day or month first; "
		    "expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY");
	return _(date_status_str(st));
}

const char *
value_time_why(enum date_status st)
{
	return st == DATE_SYNTAX ? _("expected HH:MM, H:MM, HH.MM, H.MM or "
	    "HHMM") : _(date_status_str(st));
}

const char *
value_datetime_why(enum date_status st)
{
	if (st == DATE_SYNTAX)
		return _("expected a date and a time such as 2026-03-28T22:00, "
		    "28.03.2026 22.00 or 20260328T2200");
	if (st == DATE_AMBIGUOUS)
		return _("slashed dates are ambiguous; expected a date and a "
		    "time such as 2026-03-28T22:00, 28.03.2026 22.00 or "
		    "20260328T2200");
	return _(date_status_str(st));
}

/* A non-negative decimal number with a decimal point or a decimal comma:
 * 8.5, 8,5 (in a comma-separated file the comma one is quoted). */
bool
value_number(const char *s, size_t len, double *out)
{
	char buf[32];
	const char *comma = memchr(s, ',', len);

	if (comma == NULL)
		return text_number(s, len, out);
	if (len >= sizeof(buf))
		return false;
	memcpy(buf, s, len);
	buf[comma - s] = '.';
	return text_number(buf, len, out);
}

/* s in lower case into buf (size > len), ASCII and the Latin-1 letters
 * of UTF-8 (Å, Ä, Ö, Æ, Ø); false when it does not fit. */
static bool
fold(char *buf, size_t size, const char *s, size_t len)
{
	size_t i;

	if (len >= size)
		return false;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		else if (i > 0 && (unsigned char)s[i - 1] == 0xc3 &&
		    c >= 0x80 && c <= 0x9e && c != 0x97)
			c = (unsigned char)(c + 32);
		buf[i] = (char)c;
	}
	buf[len] = '\0';
	return true;
}

/* true/false, yes/no, ja/nej, 1/0, on/off, and x (a ticked box) for
 * yes, in any case.  An empty cell is the caller's to judge. */
bool
value_bool(const char *s, size_t len, bool *out)
{
	static const char *const yes[] = { "true", "yes", "ja", "1", "on",
	    "x" };
	static const char *const no[] = { "false", "no", "nej", "0", "off" };
	char w[8];
	size_t i;

	if (!fold(w, sizeof(w), s, len))
		return false;
	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		if (strcmp(w, yes[i]) == 0) {
			*out = true;
			return true;
		}
	for (i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		if (strcmp(w, no[i]) == 0) {
			*out = false;
			return true;
		}
	return false;
}

/*
 * The kinds of shift and the words for them: the canonical names first,
 * then FK's time report (Tid or aktiv tid, Jour or jourtid, Beredskap)
 * and Swedish rosters, then Danish ones, where a vagt is sleeping
 * (sovevagt, hvilende vagt: on call at the workplace, as jour) or at home
 * within call (rådighedsvagt, tilkaldevagt: standby, as beredskap).
 */
static const char *const kind_words[] = {
	/* in the order of enum shift_kind: shift_kind_name() */
	"active", "on-call", "standby", "introduction",
	"tid", "aktiv tid", "aktiv", "arbetstid", "jour", "jourtid",
	"beredskap", "beredskapstid", "introduktion",
	"arbejdstid", "vågen vagt", "aktiv vagt", "sovevagt", "hvilende vagt",
	"tilstedeværelsesvagt", "rådighed", "rådighedsvagt", "tilkaldevagt",
};

static const unsigned char kind_of[] = {
	KIND_ACTIVE, KIND_ON_CALL, KIND_STANDBY, KIND_INTRODUCTION,
	KIND_ACTIVE, KIND_ACTIVE, KIND_ACTIVE, KIND_ACTIVE, KIND_ON_CALL,
	KIND_ON_CALL, KIND_STANDBY, KIND_STANDBY, KIND_INTRODUCTION,
	KIND_ACTIVE, KIND_ACTIVE, KIND_ACTIVE, KIND_ON_CALL, KIND_ON_CALL,
	KIND_ON_CALL, KIND_STANDBY, KIND_STANDBY, KIND_STANDBY,
};

#define NWORDS	(sizeof(kind_words) / sizeof(kind_words[0]))

const char *
shift_kind_name(enum shift_kind k)
{
	return kind_words[k];
}

/* A kind by any of its words, in any case. */
bool
value_kind(const char *s, size_t len, enum shift_kind *out)
{
	char w[32];
	size_t i;

	/* the canonical names as they are, then any word in any case */
	for (i = 0; i < KIND_COUNT; i++)
		if (text_eq(s, len, kind_words[i])) {
			*out = (enum shift_kind)i;
			return true;
		}
	if (!fold(w, sizeof(w), s, len))
		return false;
	for (i = 0; i < NWORDS; i++)
		if (strcmp(w, kind_words[i]) == 0) {
			*out = (enum shift_kind)kind_of[i];
			return true;
		}
	return false;
}

/* Why value_kind() refused s, into buf: "unknown kind 'x'" with the
 * nearest word, or else the accepted kinds. */
const char *
value_kind_refusal(char *buf, size_t size, const char *s, size_t len)
{
	char q[TEXT_QUOTE_MAX], w[64];
	const char *near = NULL;

	text_quote(q, sizeof(q), s, len);
	if (fold(w, sizeof(w), s, len) && strcmp(w, "vagt") == 0)
		snprintf(buf, size, _("unknown kind %s: which vagt? (vågen "
		    "vagt: active, sovevagt: on-call, rådighedsvagt: standby)"),
		    q);
	else if (fold(w, sizeof(w), s, len) &&
	    (near = text_suggest(w, kind_words, NWORDS)) != NULL)
		snprintf(buf, size, _("unknown kind %s; did you mean '%s'?"), q,
		    near);
	else
		snprintf(buf, size, _("unknown kind %s (active, on-call, standby "
		    "or introduction, or a Swedish or Danish word for one)"), q);
	return buf;
}
