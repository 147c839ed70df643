#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "columns.h"
#include "text.h"
#include "xalloc.h"

/*
 * A header cell is matched folded: ASCII and the Latin-1 capitals (Ä, Å,
 * Ö, Æ, Ø) in lower case, a run of spaces, hyphens, underscores, dots and
 * slashes as one underscore, none at the ends; so "Planerad start",
 * "planerad_start" and " PLANERAD-START " are one name.  A cell matches
 * a profile's column map first (the last entry for it wins), then the
 * canonical names and the Swedish and Danish ones below.
 */

#define FOLD_MAX	64
#define NAMES_MAX	8	/* names of one column */

struct vocab_col {
	const char	*canon, *sv, *da;
};

struct vocab {
	const char		*key;	/* in a profile's columns: */
	const struct vocab_col	*cols;
	size_t			 n;
};

#define CASE_NAMES	{ "case", "Ärende|Brukare|Kund", "Sag|Borger" }

static const struct vocab_col timesheet[] = {
	CASE_NAMES,
	{ "staff", "Personal|Anställd|Assistent|Medarbetare",
	    "Medarbejder|Personale|Hjælper" },
	{ "date", "Datum", "Dato" },
	{ "start", "Start|Från|Starttid", "Start|Fra|Starttid" },
	{ "end", "Slut|Till|Sluttid", "Slut|Til|Sluttid" },
	{ "kind", "Typ|Passtyp", "Type|Vagttype" },
	{ "hours", "Timmar|Tid", "Timer" },
};

static const struct vocab_col visits[] = {
	CASE_NAMES,
	{ "visit", "Besök|Besöks-id", "Besøg|Besøgs-id" },
	{ "service", "Insats|Tjänst", "Ydelse|Indsats" },
	{ "planned_start", "Planerad start", "Planlagt start" },
	{ "planned_end", "Planerat slut|Planerad slut", "Planlagt slut" },
	{ "actual_start", "Faktisk start|Utförd start", "Faktisk start" },
	{ "actual_end", "Faktiskt slut|Utfört slut", "Faktisk slut" },
	{ "staff", "Personal|Anställd|Medarbetare", "Medarbejder|Hjælper" },
	{ "status", "Status", "Status" },
	{ "reason", "Orsak", "Årsag" },
	{ "notified", "Meddelad|Underrättad", "Varslet|Underrettet" },
	{ "replaces", "Ersätter", "Erstatter" },
	{ "provider", "Utförare|Leverantör", "Leverandør|Udfører" },
	{ "cancelled", "Avbokad", "Aflyst" },
};

static const struct vocab_col roster[] = {
	{ "staff", "Personal|Anställd|Medarbetare", "Medarbejder|Personale" },
	{ "qualified", "Utbildad|Kvalificerad", "Faglært|Uddannet" },
	{ "employment", "Anställning|Anställningsform",
	    "Ansættelse|Ansættelsesform" },
	{ "worktime", "Arbetstid|Arbetstidsregler|Avtal",
	    "Arbejdstid|Arbejdstidsregler|Overenskomst" },
};

static const struct vocab_col cases[] = {
	CASE_NAMES,
	{ "regime", "Insatsform", "Ordning" },
	{ "funder", "Huvudman|Finansiär", "Betaler" },
	{ "client_id", "Personnummer", "CPR|CPR-nummer" },
	{ "guardians", "God man|Ställföreträdare", "Værge" },
	{ "visually_impaired", "Synskadad", "Synshandicappet" },
	{ "start", "Start|Startdatum", "Start|Startdato" },
	{ "end", "Slut|Slutdatum", "Slut|Slutdato" },
	{ "schedule_agreed", "Schema överenskommet", "Skema aftalt" },
	{ "workenv_assessed", "Arbetsmiljö bedömd", "APV" },
	{ "contract_signed", "Avtal tecknat", "Kontrakt underskrevet" },
	{ "contract_notice", "Avtal uppsagt", "Kontrakt opsagt" },
};

static const struct vocab_col decisions[] = {
	CASE_NAMES,
	{ "decision", "Beslut", "Afgørelse" },
	{ "decided", "Beslutsdatum|Beslutad", "Afgørelsesdato|Afgjort" },
	{ "received", "Mottaget", "Modtaget" },
	{ "from", "Från|Gäller från", "Fra|Gælder fra" },
	{ "to", "Till|Gäller till", "Til|Gælder til" },
	{ "hours_per_week", "Timmar per vecka", "Timer pr. uge" },
	{ "review", "Omprövning", "Revurdering" },
	{ "temporary", "Tillfällig", "Midlertidig" },
	{ "double_staffing", "Dubbelbemanning", "Dobbeltbemanding" },
};

static const struct vocab_col services[] = {
	CASE_NAMES,
	{ "decision", "Beslut", "Afgørelse" },
	{ "service", "Insats|Tjänst", "Ydelse|Indsats" },
	{ "every", "Intervall", "Interval|Hyppighed" },
	{ "per_week", "Per vecka|Gånger per vecka", "Pr. uge|Gange pr. uge" },
	{ "minutes", "Minuter", "Minutter" },
	{ "outside_hours", "Utanför dagtid", "Uden for dagtid" },
};

static const struct vocab_col plans[] = {
	CASE_NAMES,
	{ "established", "Upprättad", "Udarbejdet" },
	{ "followups", "Uppföljning|Uppföljningar",
	    "Opfølgning|Opfølgninger" },
	{ "participated", "Delaktig", "Medvirkede" },
	{ "participation_note", "Delaktighet anteckning", "Medvirken notat" },
	{ "support_persons", "Stödpersoner|Kontaktpersoner",
	    "Støttepersoner|Kontaktpersoner" },
	{ "what", "Vad", "Hvad" },
	{ "who", "Vem", "Hvem" },
	{ "when", "När", "Hvornår" },
	{ "where", "Var", "Hvor" },
	{ "how", "Hur", "Hvordan" },
	{ "why", "Varför", "Hvorfor" },
};

static const struct vocab_col events[] = {
	CASE_NAMES,
	{ "type", "Typ|Händelse", "Type|Hændelse" },
	{ "requested", "Begärd", "Anmodet" },
	{ "effective", "Träder i kraft", "Træder i kraft" },
	{ "from", "Från", "Fra" },
	{ "to", "Till", "Til" },
	{ "reason", "Orsak", "Årsag" },
	{ "notified", "Meddelad", "Underrettet" },
	{ "received", "Mottaget", "Modtaget" },
	{ "contacted", "Kontaktad", "Kontaktet" },
	{ "decided", "Beslutad", "Afgjort" },
	{ "chosen", "Vald", "Valgt" },
	{ "urgent", "Akut|Brådskande", "Akut|Haster" },
	{ "notice", "Uppsägning", "Opsigelse" },
	{ "month", "Månad", "Måned" },
	{ "submitted", "Inskickad", "Indsendt" },
	{ "period", "Period", "Periode" },
	{ "done", "Klar|Utförd", "Udført" },
	{ "answered", "Besvarad", "Besvaret" },
	{ "date", "Datum", "Dato" },
	{ "staff", "Personal", "Medarbejder" },
};

#define VOCAB(key, v)	{ key, v, sizeof(v) / sizeof(v[0]) }

static const struct vocab vocabs[CT_COUNT] = {
	VOCAB("timesheet", timesheet), VOCAB("visits", visits),
	VOCAB("roster", roster), VOCAB("cases", cases),
	VOCAB("decisions", decisions), VOCAB("services", services),
	VOCAB("plans", plans), VOCAB("events", events),
};

const char *
col_table_key(enum col_table t)
{
	return vocabs[t].key;
}

bool
col_vocab(enum col_table t, size_t i, const char **canon, const char **sv,
    const char **da)
{
	if (i >= vocabs[t].n)
		return false;
	*canon = vocabs[t].cols[i].canon;
	*sv = vocabs[t].cols[i].sv;
	*da = vocabs[t].cols[i].da;
	return true;
}

static bool
is_sep(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '-' || c == '_' || c == '.' ||
	    c == '/';
}

/* The folded form of a name into out (size bytes, at least 4): its
 * length.  A name too long is cut, and then matches no built-in name. */
size_t
col_fold(const char *str, size_t len, char *out, size_t size)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i, o = 0;
	bool sep = false;

	for (i = 0; i < len && o + 4 < size; i++) {
		if (is_sep(s[i])) {
			sep = o > 0;
			continue;
		}
		if (sep)
			out[o++] = '_';
		sep = false;
		if (s[i] >= 'A' && s[i] <= 'Z')
			out[o++] = (char)(s[i] + 32);
		else if (s[i] == 0xc3 && i + 1 < len && s[i + 1] >= 0x80 &&
		    s[i + 1] <= 0x9e && s[i + 1] != 0x97) {
			/* À..Þ but × */
			out[o++] = (char)0xc3;
			out[o++] = (char)(s[++i] + 0x20);
		} else
			out[o++] = (char)s[i];
	}
	out[o] = '\0';
	return o;
}

struct cand {
	char	name[FOLD_MAX];		/* folded */
	char	shown[FOLD_MAX];	/* as the vocabulary spells it */
	int	col;
};

struct header_names {
	const struct header_spec	*spec;
	const struct strmap		*user;	/* NULL: no map */
	struct cand			*c;
	size_t				 n, cap;
};

static void
add_cand(struct header_names *hn, const char *s, size_t len, int col)
{
	struct cand *c = &hn->c[hn->n];

	if (len >= FOLD_MAX || hn->n == hn->cap)
		return;
	col_fold(s, len, c->name, sizeof(c->name));
	memcpy(c->shown, s, len);
	c->shown[len] = '\0';
	c->col = col;
	hn->n++;
}

/* Adds each of the names "a|b|c". */
static void
add_names(struct header_names *hn, const char *names, int col)
{
	const char *bar;

	while ((bar = strchr(names, '|')) != NULL) {
		add_cand(hn, names, (size_t)(bar - names), col);
		names = bar + 1;
	}
	add_cand(hn, names, strlen(names), col);
}

static const struct vocab_col *
vocab_col(enum col_table t, const char *canon)
{
	size_t i;

	for (i = 0; i < vocabs[t].n; i++)
		if (strcmp(vocabs[t].cols[i].canon, canon) == 0)
			return &vocabs[t].cols[i];
	return NULL;
}

/* Every name of the reader's columns, folded once for a header. */
struct header_names *
header_names_new(const struct header_spec *spec, const struct colmaps *cm)
{
	struct header_names *hn = xcalloc(1, sizeof(*hn));
	const struct vocab_col *v;
	size_t i;

	hn->spec = spec;
	if (cm != NULL)
		hn->user = &cm->map[spec->table];
	hn->cap = spec->n * (2 * NAMES_MAX + 1);
	hn->c = xcalloc(hn->cap, sizeof(*hn->c));
	/* the canonical names first: a tie in nearest() goes to them */
	for (i = 0; i < spec->n; i++)
		add_cand(hn, spec->names[i], strlen(spec->names[i]), (int)i);
	for (i = 0; i < spec->n; i++) {
		if ((v = vocab_col(spec->table, spec->names[i])) != NULL) {
			add_names(hn, v->sv, (int)i);
			add_names(hn, v->da, (int)i);
		}
	}
	return hn;
}

void
header_names_free(struct header_names *hn)
{
	if (hn == NULL)
		return;
	free(hn->c);
	free(hn);
}

static int
spec_index(const struct header_spec *spec, const char *canon)
{
	size_t i;

	for (i = 0; i < spec->n; i++)
		if (strcmp(spec->names[i], canon) == 0)
			return (int)i;
	return COL_UNKNOWN;
}

/* The column a header cell names: its index, COL_IGNORED (a column map
 * leaves it out, or it has no name) or COL_UNKNOWN. */
int
header_column(const struct header_names *hn, const char *s, size_t len)
{
	const char *column;
	char f[FOLD_MAX];
	size_t i, n;

	n = col_fold(s, len, f, sizeof(f));
	if (n == 0)
		return COL_IGNORED;
	if (hn->user != NULL && (column = strmap_get(hn->user, f, n)) != NULL)
		return *column == '\0' ? COL_IGNORED :
		    spec_index(hn->spec, column);
	if (len >= FOLD_MAX)
		return COL_UNKNOWN;
	for (i = 0; i < hn->n; i++)
		if (strcmp(hn->c[i].name, f) == 0)
			return hn->c[i].col;
	return COL_UNKNOWN;
}

/* The nearest name to the cell s among those of column col (any column
 * when col < 0), within the distance a typing error makes; or NULL.  *dp
 * gets the distance.  Typing errors are rarely in the first letter: a
 * short name (four bytes or less) must begin as the cell does, and a tie
 * goes to the name that begins the same way longer, then to the
 * canonical name. */
static const struct cand *
nearest(const struct header_names *hn, const char *s, size_t len, int col,
    size_t *dp)
{
	const struct cand *best = NULL;
	char f[FOLD_MAX];
	size_t i, d, p, bestd = (size_t)-1, bestp = 0, limit;

	*dp = bestd;
	if (len >= FOLD_MAX)
		return NULL;
	limit = col_fold(s, len, f, sizeof(f)) / 3;
	if (limit < 2)
		limit = 2;
	for (i = 0; i < hn->n; i++) {
		if (col >= 0 && hn->c[i].col != col)
			continue;
		d = text_distance(f, hn->c[i].name);
		for (p = 0; f[p] != '\0' && f[p] == hn->c[i].name[p]; p++)
			;
		if (p == 0 && (strlen(f) <= 4 || strlen(hn->c[i].name) <= 4))
			continue;
		if (d < bestd || (d == bestd && p > bestp)) {
			bestd = d;
			bestp = p;
			best = &hn->c[i];
		}
	}
	*dp = bestd;
	return bestd <= limit ? best : NULL;
}

/* A message built from parts "a, b, c", at most five of them, with room
 * kept for its end. */
struct msg {
	char	buf[900];
	size_t	len;
	int	parts, left;	/* parts written, parts left out */
};

static void
append(struct msg *m, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
append(struct msg *m, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(m->buf + m->len, sizeof(m->buf) - m->len, fmt, ap);
	va_end(ap);
	if (n > 0)
		m->len += (size_t)n;
	if (m->len >= sizeof(m->buf))
		m->len = sizeof(m->buf) - 1;
}

static void
part(struct msg *m, const char *what, const char *a, const char *b)
{
	if (m->parts == 5) {
		m->left++;
		return;
	}
	append(m, "%s%s%s%s", m->parts > 0 ? ", " : "", what, a, b);
	m->parts++;
}

/* " (nearest seen: 'cell')", cell k of header h shown, into q of size
 * bytes (TEXT_QUOTE_MAX + 48 hold it). */
void
header_nearest_text(char *q, size_t size, const struct csvrow *h, long k)
{
	size_t n = (size_t)snprintf(q, size, "%s", _(" (nearest seen: "));

	if (n > size - 3)
		n = size - 3;
	text_quote(q + n, size - n - 2, h->f[k], h->len[k]);
	strcat(q, ")");
}

/* The cell of the header that is not a column and is nearest to a name
 * of column col, within a typing error's distance; -1 when none is.
 * said[i] (may be NULL): cell i is not to be named again. */
long
header_nearest(const struct header_names *hn, const struct csvrow *h,
    int col, const bool *said)
{
	size_t i, d, bestd = (size_t)-1;
	long best = -1;

	for (i = 0; i < h->n; i++)
		if ((said == NULL || !said[i]) &&
		    header_column(hn, h->f[i], h->len[i]) == COL_UNKNOWN &&
		    nearest(hn, h->f[i], h->len[i], col, &d) != NULL &&
		    d < bestd) {
			best = (long)i;
			bestd = d;
		}
	return best;
}

/* The needed columns that no cell is, each with the unknown cell nearest
 * to one of its names (which is then not named again as unknown). */
static void
say_missing(struct msg *m, const struct header_names *hn,
    const struct csvrow *h, const int *seen, bool *said)
{
	const struct header_spec *spec = hn->spec;
	char what[80], q[TEXT_QUOTE_MAX + 48];
	size_t c;
	long best;

	for (c = 0; c < spec->n; c++) {
		if (!(spec->needed & (1UL << c)) || seen[c] >= 0)
			continue;
		best = header_nearest(hn, h, (int)c, said);
		snprintf(what, sizeof(what), _("no %s column"), spec->names[c]);
		if (best < 0) {
			part(m, what, "", "");
			continue;
		}
		said[best] = true;
		header_nearest_text(q, sizeof(q), h, best);
		part(m, what, q, "");
	}
}

static void
say_unknown(struct msg *m, const struct header_names *hn,
    const struct csvrow *h, const int *map, const bool *said)
{
	const struct cand *near;
	char q[TEXT_QUOTE_MAX], mean[FOLD_MAX + 24];
	size_t i, d;

	for (i = 0; i < h->n; i++) {
		if (map[i] != COL_UNKNOWN || said[i])
			continue;
		text_quote(q, sizeof(q), h->f[i], h->len[i]);
		mean[0] = '\0';
		if ((near = nearest(hn, h->f[i], h->len[i], -1, &d)) != NULL)
			snprintf(mean, sizeof(mean), _(" (did you mean '%s'?)"),
			    near->shown);
		part(m, _("unknown column "), q, mean);
	}
}

/* Columns named twice: first[i] is the cell i repeats, or -1. */
static void
say_twice(struct msg *m, const struct header_spec *spec,
    const struct csvrow *h, const int *first, const int *col)
{
	char what[80], q[TEXT_QUOTE_MAX], r[TEXT_QUOTE_MAX + 24];
	size_t i, k, n;

	for (i = 0; i < h->n; i++) {
		if (first[i] < 0)
			continue;
		k = (size_t)first[i];
		snprintf(what, sizeof(what), _("two %s columns ("),
		    spec->names[col[i]]);
		text_quote(q, sizeof(q), h->f[k], h->len[k]);
		n = (size_t)snprintf(r, sizeof(r), "%s", _(" and "));
		text_quote(r + n, sizeof(r) - n - 1, h->f[i], h->len[i]);
		strcat(r, ")");
		part(m, what, q, r);
	}
}

/* The end of the message: what the reader needs. */
static void
say_needed(struct msg *m, const struct header_spec *spec)
{
	size_t i;
	int k = 0;

	if (m->left > 0)
		append(m, _(" and %d more"), m->left);
	append(m, "%s", _("; needed:"));
	for (i = 0; i < spec->n; i++)
		if (spec->needed & (1UL << i))
			append(m, "%s %s", k++ ? "," : "", spec->names[i]);
	append(m, "%s", _(" (English, Swedish or Danish names, or a column map "
	    "in the profile)"));
}

/* Maps each header cell to its column (map[i]: the index, or -1 for a
 * column left out).  A header with an unknown cell, a column twice or a
 * needed column missing is reported once, whole, and -1 returned. */
int
header_map(const struct csvrow *h, const char *file,
    const struct header_spec *spec, const struct colmaps *cm, int *map,
    struct diag *d)
{
	struct header_names *hn = header_names_new(spec, cm);
	int *seen = xcalloc(spec->n, sizeof(*seen));
	int *first = xcalloc(h->n + 1, sizeof(*first));
	int *col = xcalloc(h->n + 1, sizeof(*col));
	bool *said = xcalloc(h->n + 1, sizeof(*said)), bad = false;
	struct msg m;
	size_t i, c;

	for (c = 0; c < spec->n; c++)
		seen[c] = -1;
	for (i = 0; i < h->n; i++) {
		first[i] = -1;
		map[i] = header_column(hn, h->f[i], h->len[i]);
		if (map[i] == COL_UNKNOWN)
			bad = true;
		if (map[i] < 0)
			continue;
		if (seen[map[i]] < 0) {
			seen[map[i]] = (int)i;
			continue;
		}
		first[i] = seen[map[i]];
		col[i] = map[i];
		map[i] = COL_IGNORED;
		bad = true;
	}
	for (c = 0; c < spec->n; c++)
		if ((spec->needed & (1UL << c)) && seen[c] < 0)
			bad = true;
	if (bad) {
		memset(&m, 0, sizeof(m));
		say_missing(&m, hn, h, seen, said);
		say_unknown(&m, hn, h, map, said);
		say_twice(&m, spec, h, first, col);
		say_needed(&m, spec);
		diag_error(d, file, h->line, "%s header: %s", _(spec->what),
		    m.buf);
	}
	for (i = 0; i < h->n; i++)
		if (map[i] < 0)
			map[i] = -1;
	free(seen);
	free(first);
	free(col);
	free(said);
	header_names_free(hn);
	return bad ? -1 : 0;
}

static int
table_lookup(const char *key)
{
	int t;

	for (t = 0; t < CT_COUNT; t++)
		if (strcmp(vocabs[t].key, key) == 0)
			return t;
	return -1;
}

static void
unknown_key(struct diag *d, const struct node *n, long line, const char *what,
    const char *key, const char *const *names, size_t nn)
{
	char q[TEXT_QUOTE_MAX];
	const char *near = text_suggest(key, names, nn);

	text_quote(q, sizeof(q), key, strlen(key));
	if (near != NULL)
		diag_error(d, n->file, line, "columns: unknown %s %s; did you "
		    "mean '%s'?", what, q, near);
	else
		diag_error(d, n->file, line, "columns: unknown %s %s", what, q);
}

/* One table's map "Header": column; -1 (reported) when wrong. */
static int
parse_table(struct colmaps *cm, struct arena *a, enum col_table t,
    const struct node *n, struct diag *d)
{
	const struct vocab *v = &vocabs[t];
	const char *names[32], *key;
	const struct node_item *it;
	char f[FOLD_MAX], q[TEXT_QUOTE_MAX];
	size_t i, k, len;
	void **slot;
	int rc = 0, added;

	if (n->kind != NODE_MAP) {
		diag_error(d, n->file, n->line, "columns: %s: expected a "
		    "mapping of headers to columns", v->key);
		return -1;
	}
	for (k = 0; k < v->n; k++)
		names[k] = v->cols[k].canon;
	for (i = 0; i < n->n; i++) {
		it = &n->items[i];
		if (!node_is_null(it->value) && (it->value->kind !=
		    NODE_SCALAR || vocab_col(t, it->value->str) == NULL)) {
			if (it->value->kind != NODE_SCALAR)
				diag_error(d, n->file, it->line, "columns: %s: "
				    "%s: expected a column name", v->key,
				    text_quote(q, sizeof(q), it->key,
				    strlen(it->key)));
			else
				unknown_key(d, n, it->line, "column",
				    it->value->str, names, v->n);
			rc = -1;
			continue;
		}
		if ((len = col_fold(it->key, strlen(it->key), f,
		    sizeof(f))) == 0) {
			diag_error(d, n->file, it->line, "columns: %s: a header "
			    "has a name", v->key);
			rc = -1;
			continue;
		}
		/* a later entry for the header wins */
		key = arena_strndup(a, f, len);
		slot = strmap_put(&cm->map[t], key, len, &added);
		*slot = (void *)(node_is_null(it->value) ? "" :
		    vocab_col(t, it->value->str)->canon);
	}
	return rc;
}

void
colmaps_free(struct colmaps *cm)
{
	int t;

	for (t = 0; t < CT_COUNT; t++)
		strmap_free(&cm->map[t]);
}

/* A profile's columns: a mapping of tables, each a mapping of a header
 * to a column or to null (the column is left out).  -1 (reported) when
 * anything in it is wrong. */
int
colmaps_parse(struct colmaps *cm, struct arena *a, const struct node *n,
    struct diag *d)
{
	const char *keys[CT_COUNT];
	const struct node_item *it;
	size_t i;
	int t, rc = 0;

	if (node_is_null(n))
		return 0;
	if (n->kind != NODE_MAP) {
		diag_error(d, n->file, n->line, "columns: expected a mapping of "
		    "tables (timesheet, visits, roster, cases, decisions, "
		    "services, plans, events)");
		return -1;
	}
	for (t = 0; t < CT_COUNT; t++)
		keys[t] = vocabs[t].key;
	for (i = 0; i < n->n; i++) {
		it = &n->items[i];
		if ((t = table_lookup(it->key)) < 0) {
			unknown_key(d, n, it->line, "table", it->key, keys,
			    CT_COUNT);
			rc = -1;
		} else if (!node_is_null(it->value) && parse_table(cm, a,
		    (enum col_table)t, it->value, d) != 0)
			rc = -1;
	}
	return rc;
}
