#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "cases_int.h"
#include "columns.h"
#include "csvin.h"
#include "node.h"
#include "text.h"
#include "xalloc.h"
#include "yamlin.h"

/*
 * Gathering records by case: YAML documents and rows of CSV tables.
 */

struct svc_row {
	const char	*decision;
	struct node	*row;
};

/* A message of a case record converted as it was read, held to be said
 * where caseset_finish says the others. */
struct held {
	struct held	*next;
	char		*file, *msg;
	long		 line;
	bool		 error;
};

struct build {
	const char	*id;
	struct srcpos	 ref;		/* the first record naming the case */
	struct srcpos	 rec;		/* its case record (file NULL: none) */
	struct node	*node;		/* its case record, until converted */
	struct held	*held;		/* converted: what it said */
	bool		 converted;
	struct node	*decisions, *events, *plan;
	struct svc_row	*services;
	size_t		 nservices, capservices;
	unsigned long	 records;
	bool		 bad;		/* a conflict between its records */
	struct care_case *c;		/* NULL until valid */
};

void
caseset_init(struct caseset *set)
{
	memset(set, 0, sizeof(*set));
	arena_init(&set->a);
	strmap_init(&set->index);
}

void
caseset_free(struct caseset *set)
{
	size_t i;

	for (i = 0; i < set->nbuilds; i++)
		free(set->builds[i]->services);
	free(set->builds);
	free(set->cases);
	strmap_free(&set->index);
	arena_free(&set->a);
	arena_free(&set->doc);
}

/* Every input is YAML, so no table row can join a case record later: each
 * record becomes its case as it is read, and its node tree is freed. */
void
caseset_stream(struct caseset *set)
{
	set->stream = true;
}

/* The build of the case id, made when the id is first seen (at file:line). */
static struct build *
build_for(struct caseset *set, const char *id, const char *file, long line)
{
	struct build **slot, *b;
	int added;

	slot = (struct build **)strmap_put(&set->index, id, strlen(id),
	    &added);
	if (!added)
		return *slot;
	b = arena_alloc(&set->a, sizeof(*b));
	memset(b, 0, sizeof(*b));
	b->id = id;
	b->ref.file = file;
	b->ref.line = line;
	if (set->nbuilds == set->capbuilds) {
		set->capbuilds = set->capbuilds ? 2 * set->capbuilds : 64;
		set->builds = xreallocarray(set->builds, set->capbuilds,
		    sizeof(*set->builds));
	}
	set->builds[set->nbuilds++] = b;
	*slot = b;
	return b;
}

/* Takes a case record (a YAML document or a row of a case table).  A
 * tainted record comes from a table whose header was wrong (reported): its
 * case is rejected rather than checked without a column.  Returns its
 * case's build, NULL when it was rejected (reported). */
static struct build *
add_case_record(struct caseset *set, struct node *root, bool tainted,
    struct diag *d)
{
	char q[TEXT_QUOTE_MAX];
	const char *id;
	struct build *b;

	set->read++;
	if (root->kind != NODE_MAP) {
		diag_error(d, root->file, root->line, "expected a case record "
		    "(a mapping), found %s", node_kind_name(root->kind));
		set->rejected++;
		return NULL;
	}
	id = record_case_id(&set->a, node_get(root, "case"), root->file,
	    root->line, d);
	if (id == NULL) {
		set->rejected++;
		return NULL;
	}
	if (set->stream)
		id = arena_strdup(&set->a, id);
	b = build_for(set, id, root->file, root->line);
	if (b->rec.file != NULL) {
		diag_error(d, root->file, root->line, "duplicate case %s "
		    "(first at %s:%ld)", text_quote(q, sizeof(q), id,
		    strlen(id)), b->rec.file, b->rec.line);
		set->rejected++;
		return NULL;
	}
	b->node = root;
	b->rec.file = root->file;
	b->rec.line = root->line;
	b->records++;
	b->bad |= tainted;
	return b;
}

/* The messages of one conversion, in order. */
struct holder {
	struct diag	 d;
	struct arena	*a;
	unsigned long	 errors;	/* of d, when the last was held */
	struct held	*head, **tail;
};

/* Holds a message of a conversion (diag's emit). */
static void
hold(void *ctx, const char *file, long line, const char *msg)
{
	struct holder *h = ctx;
	struct held *m = arena_alloc(h->a, sizeof(*m));

	m->next = NULL;
	m->file = file != NULL ? arena_strdup(h->a, file) : NULL;
	m->msg = arena_strdup(h->a, msg);
	m->line = line;
	m->error = h->d.errors > h->errors;
	h->errors = h->d.errors;
	*h->tail = m;
	h->tail = &m->next;
}

/* Makes the case of the record just taken, its messages held for
 * caseset_finish; -1 when it has errors. */
static int
convert_now(struct caseset *set, struct build *b)
{
	struct holder h = { { hold, NULL, 0 }, &set->a, 0, NULL, NULL };

	h.d.ctx = &h;
	h.tail = &h.head;
	b->c = case_from_node(&set->a, &set->doc, b->node, b->bad, &h.d);
	b->held = h.head;
	b->node = NULL;
	b->converted = true;
	return b->c != NULL ? 0 : -1;
}

/* Takes each YAML document of the input as a case record. */
static int
read_yaml(struct caseset *set, struct input *in, struct diag *d)
{
	struct yamlin *y = yamlin_open_input(in);
	struct arena *a = set->stream ? &set->doc : &set->a;
	struct node *root;
	struct build *b;
	int rc, status = 0;

	while ((rc = yamlin_next(y, a, &root, d)) != 0) {
		if (rc < 0) {
			set->read++;
			set->rejected++;
			status = -1;
		} else if (root != NULL && !node_is_null(root)) {
			if ((b = add_case_record(set, root, false, d)) == NULL ||
			    (set->stream && convert_now(set, b) != 0))
				status = -1;
		}
		if (set->stream)
			arena_reset(&set->doc);
	}
	yamlin_close(y);
	return in->error ? -1 : status;
}

/* CSV tables: each column is a field of the case record, or of one of its
 * decisions, services, plan or events. */

enum table_kind { TAB_CASES, TAB_DECISIONS, TAB_SERVICES, TAB_PLANS,
    TAB_EVENTS, TAB_COUNT };

struct column {
	const char	*name;
	const char	*key;		/* the field in the record */
	const char	*sub;		/* ... inside this mapping, or NULL */
};

struct table {
	const char		*what;
	enum col_table		 vocab;
	const struct column	*cols;
	size_t			 ncols;
};

static const struct column cases_cols[] = {
	{ "case", "case", NULL }, { "regime", "regime", NULL },
	{ "funder", "funder", NULL }, { "client_id", "id", "client" },
	{ "guardians", "guardians", "client" },
	{ "visually_impaired", "visually_impaired", "client" },
	{ "start", "start", NULL }, { "end", "end", NULL },
	{ "schedule_agreed", "schedule_agreed", NULL },
	{ "workenv_assessed", "workenv_assessed", NULL },
	{ "contract_signed", "signed", "contract" },
	{ "contract_notice", "notice", "contract" },
};

static const struct column decisions_cols[] = {
	{ "case", "case", NULL }, { "decision", "id", NULL },
	{ "decided", "decided", NULL }, { "received", "received", NULL },
	{ "from", "from", NULL }, { "to", "to", NULL },
	{ "hours_per_week", "hours_per_week", NULL },
	{ "review", "review", NULL }, { "temporary", "temporary", NULL },
	{ "double_staffing", "double_staffing", NULL },
};

static const struct column services_cols[] = {
	{ "case", "case", NULL }, { "decision", "decision", NULL },
	{ "service", "service", NULL }, { "every", "every", NULL },
	{ "per_week", "per_week", NULL }, { "minutes", "minutes", NULL },
	{ "outside_hours", "outside_hours", NULL },
};

static const struct column plans_cols[] = {
	{ "case", "case", NULL }, { "established", "established", NULL },
	{ "followups", "followups", NULL },
	{ "participated", "participated", NULL },
	{ "participation_note", "participation_note", NULL },
	{ "support_persons", "support_persons", NULL },
	{ "what", "what", NULL }, { "who", "who", NULL },
	{ "when", "when", NULL }, { "where", "where", NULL },
	{ "how", "how", NULL }, { "why", "why", NULL },
};

static const struct column events_cols[] = {
	{ "case", "case", NULL }, { "type", "type", NULL },
	{ "requested", "requested", NULL }, { "effective", "effective", NULL },
	{ "from", "from", NULL }, { "to", "to", NULL },
	{ "reason", "reason", NULL }, { "notified", "notified", NULL },
	{ "received", "received", NULL }, { "contacted", "contacted", NULL },
	{ "decided", "decided", NULL }, { "chosen", "chosen", NULL },
	{ "urgent", "urgent", NULL }, { "notice", "notice", NULL },
	{ "month", "month", NULL }, { "submitted", "submitted", NULL },
	{ "period", "period", NULL }, { "done", "done", NULL },
	{ "answered", "answered", NULL }, { "date", "date", NULL },
	{ "staff", "staff", NULL },
};

static const struct table tables[TAB_COUNT] = {
	{ N_("case table"), CT_CASES, cases_cols, NELEM(cases_cols) },
	{ N_("decision table"), CT_DECISIONS, decisions_cols,
	    NELEM(decisions_cols) },
	{ N_("service table"), CT_SERVICES, services_cols, NELEM(services_cols) },
	{ N_("plan table"), CT_PLANS, plans_cols, NELEM(plans_cols) },
	{ N_("event table"), CT_EVENTS, events_cols, NELEM(events_cols) },
};

/* The header spec of a table: its canonical names into names (32). */
static struct header_spec
table_spec(const struct table *t, const char **names)
{
	struct header_spec spec = { t->what, t->vocab, names, t->ncols, 1 };
	size_t i;

	for (i = 0; i < t->ncols; i++)
		names[i] = t->cols[i].name;
	return spec;
}

/* How many cells of the header are columns of the table, its 'case'
 * aside; a 'service' column counts for a hundred (*has_case: one is the
 * 'case' column). */
static size_t
table_score(const struct csvrow *h, const struct table *t,
    const struct colmaps *cm, bool *has_case)
{
	const char *names[32];
	struct header_spec spec = table_spec(t, names);
	struct header_names *hn = header_names_new(&spec, cm);
	size_t i, score = 0;
	int c;

	for (i = 0; i < h->n; i++) {
		if ((c = header_column(hn, h->f[i], h->len[i])) < 0)
			continue;
		if (strcmp(names[c], "case") == 0)
			*has_case = true;
		else
			score += t->vocab == CT_SERVICES &&
			    strcmp(names[c], "service") == 0 ? 101 : 1;
	}
	header_names_free(hn);
	return score;
}

/* The table whose columns the header matches best: ties and headers
 * without a 'case' column are errors, which name the cell nearest to
 * 'case' when there is none. */
static int
table_kind(const struct csvrow *h, const char *file,
    const struct colmaps *cm, struct diag *d)
{
	const char *names[32];
	struct header_spec spec = table_spec(&tables[TAB_CASES], names);
	struct header_names *hn;
	char q[TEXT_QUOTE_MAX + 48] = "";
	size_t k, score, best = 0, nbest = 0;
	int kind = -1;
	bool has_case = false;
	long near;

	for (k = 0; k < TAB_COUNT; k++) {
		score = table_score(h, &tables[k], cm, &has_case);
		if (score > best) {
			best = score;
			kind = (int)k;
			nbest = 1;
		} else if (score == best)
			nbest++;
	}
	if (has_case && best > 0 && nbest == 1)
		return kind;
	hn = header_names_new(&spec, cm);
	if (!has_case && (near = header_nearest(hn, h, 0, NULL)) >= 0)
		header_nearest_text(q, sizeof(q), h, near);
	header_names_free(hn);
	diag_error(d, file, h->line, "not a case table: the header must have "
	    "a 'case' column%s and the columns of a case, decision, service, "
	    "plan or event table (English, Swedish or Danish names, or a "
	    "column map in the profile)", q);
	return -1;
}

/* Builds the record node of one row: only non-empty cells become fields. */
static struct node *
row_node(struct caseset *set, const struct table *t, const int *map,
    const struct csvrow *row, const char *file)
{
	struct node *n, *sub;
	const struct column *col;
	size_t i;

	n = node_new(&set->a, NODE_MAP, file, row->line);
	for (i = 0; i < row->n; i++) {
		if (row->len[i] == 0 || map[i] < 0)
			continue;
		col = &t->cols[map[i]];
		if (col->sub != NULL) {
			if ((sub = node_get(n, col->sub)) == NULL) {
				sub = node_new(&set->a, NODE_MAP, file,
				    row->line);
				node_add(&set->a, n, col->sub, row->line, sub);
			}
		} else
			sub = n;
		node_add(&set->a, sub, col->key, row->line,
		    node_scalar(&set->a, file, row->line, row->f[i],
		    row->len[i], true));
	}
	return n;
}

/* The list *seq, made when it is first needed. */
static struct node *
seq_of(struct caseset *set, struct node **seq, const char *file, long line)
{
	if (*seq == NULL)
		*seq = node_new(&set->a, NODE_SEQ, file, line);
	return *seq;
}

/* Takes the field key out of a record node, if it is there. */
static void
drop_key(struct node *n, const char *key)
{
	size_t i;

	for (i = 0; i < n->n; i++)
		if (strcmp(n->items[i].key, key) == 0) {
			memmove(&n->items[i], &n->items[i + 1],
			    (n->n - i - 1) * sizeof(n->items[0]));
			n->n--;
			return;
		}
}

/* Keeps a service row for its decision, which may come later; -1 when it
 * names none (reported). */
static int
add_service(struct build *b, struct node *n, struct diag *d)
{
	const struct node *dec;

	dec = node_get(n, "decision");
	if (node_is_null(dec)) {
		diag_error(d, n->file, n->line, "service row has no "
		    "'decision'");
		return -1;
	}
	drop_key(n, "decision");
	if (b->nservices == b->capservices) {
		b->capservices = b->capservices ? 2 * b->capservices : 8;
		b->services = xreallocarray(b->services, b->capservices,
		    sizeof(*b->services));
	}
	b->services[b->nservices].decision = dec->str;
	b->services[b->nservices].row = n;
	b->nservices++;
	return 0;
}

/* Files one row of a decision, service, plan or event table under its
 * case. */
static int
add_row(struct caseset *set, enum table_kind kind, struct node *n,
    bool tainted, struct diag *d)
{
	const char *id;
	struct build *b;

	set->read++;
	id = record_case_id(&set->a, node_get(n, "case"), n->file, n->line, d);
	if (id == NULL) {
		set->rejected++;
		return -1;
	}
	b = build_for(set, id, n->file, n->line);
	b->records++;
	b->bad |= tainted;
	/* the case column is the join key, not a field of the part */
	drop_key(n, "case");
	switch (kind) {
	case TAB_DECISIONS:
		node_add(&set->a, seq_of(set, &b->decisions, n->file, n->line),
		    NULL, 0, n);
		break;
	case TAB_EVENTS:
		node_add(&set->a, seq_of(set, &b->events, n->file, n->line),
		    NULL, 0, n);
		break;
	case TAB_PLANS:
		if (b->plan != NULL) {
			diag_error(d, n->file, n->line, "second plan for case "
			    "%s (first at line %ld)", id, b->plan->line);
			b->bad = true;
			return -1;
		}
		b->plan = n;
		break;
	case TAB_SERVICES:
		if (add_service(b, n, d) != 0) {
			set->rejected++;
			return -1;
		}
		break;
	case TAB_CASES:
	case TAB_COUNT:
		break;
	}
	return 0;
}

/* Takes the rows of one CSV table: its header says which table it is. */
static int
read_csv(struct caseset *set, struct input *in, struct diag *d)
{
	struct csvin *r = csvin_open(in);
	const struct colmaps *cm = in->opts != NULL ? in->opts->columns :
	    NULL;
	const char *names[32];
	struct header_spec spec;
	const struct table *t;
	struct csvrow row;
	const char *file;
	int *map = NULL, kind, status = 0;
	bool tainted = false;

	file = arena_strdup(&set->a, in->name);
	if (csvin_next(r, &row, d) != 1) {
		/* an empty file holds no cases */
		set->read += csvin_rejected(r);
		set->rejected += csvin_rejected(r);
		csvin_close(r);
		return 0;
	}
	/* a header the reader rejected leaves the next row to be taken for
	 * it; a header of no known table leaves the rows meaningless: the
	 * rows are left out, and counted */
	if (csvin_first_lost(r) ||
	    (kind = table_kind(&row, file, cm, d)) < 0) {
		unsigned long n = csvin_left_out(r, N_("row"), N_("rows"), d);

		set->read += n;
		set->rejected += n;
		csvin_close(r);
		return -1;
	}
	t = &tables[kind];
	spec = table_spec(t, names);
	map = xcalloc(row.n, sizeof(*map));
	if (header_map(&row, file, &spec, cm, map, d) != 0)
		tainted = true;
	csvin_expect(r, row.n);
	while (csvin_next(r, &row, d) == 1) {
		if (kind == TAB_CASES) {
			if (add_case_record(set, row_node(set, t, map, &row,
			    file), tainted, d) == NULL)
				status = -1;
		} else if (add_row(set, (enum table_kind)kind, row_node(set, t,
		    map, &row, file), tainted, d) != 0)
			status = -1;
	}
	/* rows the reader rejected are records too */
	set->read += csvin_rejected(r);
	set->rejected += csvin_rejected(r);
	if (csvin_rejected(r) > 0)
		status = -1;
	free(map);
	csvin_close(r);
	return status;
}

/* Reads one input of case records; bad records are reported and the rest
 * still read.  Returns -1 when anything was reported. */
int
caseset_read(struct caseset *set, struct input *in, enum format fmt,
    struct diag *d)
{
	unsigned long errors = d->errors;
	int rc;

	if (input_format(in, fmt) == FMT_CSV)
		rc = read_csv(set, in, d);
	else
		rc = read_yaml(set, in, d);
	return rc != 0 || d->errors > errors ? -1 : 0;
}

/* Appends a case's rows of one table to the record's list under key, or
 * makes them the list when the record has none. */
static void
append_rows(struct caseset *set, struct node *root, const char *key,
    struct node *rows)
{
	struct node *seq;
	size_t i;

	if (rows == NULL)
		return;
	if ((seq = node_get(root, key)) == NULL)
		node_add(&set->a, root, key, rows->line, rows);
	else if (seq->kind == NODE_SEQ)
		for (i = 0; i < rows->n; i++)
			node_add(&set->a, seq, NULL, 0, rows->items[i].value);
}

/* The last decision in the list with the id, or NULL. */
static struct node *
find_decision(const struct node *decs, const char *id)
{
	const struct node *did;
	struct node *dec = NULL;
	size_t i;

	if (decs == NULL || decs->kind != NODE_SEQ)
		return NULL;
	for (i = 0; i < decs->n; i++) {
		did = node_get(decs->items[i].value, "id");
		if (did != NULL && strcmp(did->str, id) == 0)
			dec = decs->items[i].value;
	}
	return dec;
}

/* Puts each service row into its decision's list of services; -1 when a
 * decision is not the case's (reported). */
static int
merge_services(struct caseset *set, struct build *b, struct diag *d)
{
	struct node *decs, *dec, *svcs;
	const struct svc_row *sr;
	char q[TEXT_QUOTE_MAX];
	size_t i;
	int rc = 0;

	decs = node_get(b->node, "decisions");
	for (i = 0; i < b->nservices; i++) {
		sr = &b->services[i];
		dec = find_decision(decs, sr->decision);
		if (dec == NULL || dec->kind != NODE_MAP) {
			diag_error(d, sr->row->file, sr->row->line, "service "
			    "for decision %s, which case %s does not have",
			    text_quote(q, sizeof(q), sr->decision,
			    strlen(sr->decision)), b->id);
			rc = -1;
			continue;
		}
		if ((svcs = node_get(dec, "services")) == NULL) {
			svcs = node_new(&set->a, NODE_SEQ, dec->file,
			    dec->line);
			node_add(&set->a, dec, "services", dec->line, svcs);
		}
		if (svcs->kind == NODE_SEQ)
			node_add(&set->a, svcs, NULL, 0, sr->row);
	}
	return rc;
}

/* Puts a case's CSV rows into its record node; -1 when they conflict with
 * it (reported). */
static int
merge(struct caseset *set, struct build *b, struct diag *d)
{
	struct node *root = b->node;
	char q[TEXT_QUOTE_MAX];
	int rc = 0;

	append_rows(set, root, "decisions", b->decisions);
	append_rows(set, root, "events", b->events);
	if (b->plan != NULL) {
		if (node_get(root, "plan") != NULL) {
			diag_error(d, b->plan->file, b->plan->line, "case %s "
			    "already has a plan (at %s:%ld)", text_quote(q,
			    sizeof(q), b->id, strlen(b->id)), root->file,
			    root->line);
			rc = -1;
		} else
			node_add(&set->a, root, "plan", b->plan->line, b->plan);
	}
	if (merge_services(set, b, d) != 0)
		rc = -1;
	return rc;
}

/* Says the messages held for a case converted as it was read; -1 when it
 * had errors. */
static int
said(const struct build *b, struct diag *d)
{
	const struct held *m;

	for (m = b->held; m != NULL; m = m->next) {
		if (m->error)
			d->errors++;
		if (d->emit != NULL)
			d->emit(d->ctx, m->file, m->line, m->msg);
	}
	return b->c != NULL ? 0 : -1;
}

/* Joins the records of each case and validates them.  Cases with errors
 * are reported and left out; the others are in set->cases. */
int
caseset_finish(struct caseset *set, struct diag *d)
{
	struct care_case *c;
	struct build *b;
	size_t i;
	int status = 0;
	bool bad;

	set->cases = xcalloc(set->nbuilds + 1, sizeof(*set->cases));
	for (i = 0; i < set->nbuilds; i++) {
		b = set->builds[i];
		if (b->converted) {
			if (said(b, d) != 0) {
				set->rejected += b->records;
				status = -1;
				continue;
			}
			b->c->index = set->ncases;
			set->cases[set->ncases++] = b->c;
			continue;
		}
		if (b->node == NULL) {
			diag_error(d, b->ref.file, b->ref.line, "case %s has "
			    "no case record (a row of a case table or a YAML "
			    "document)", b->id);
			set->rejected += b->records;
			status = -1;
			continue;
		}
		bad = merge(set, b, d) != 0 || b->bad;
		if ((c = case_from_node(&set->a, NULL, b->node, bad, d)) ==
		    NULL) {
			set->rejected += b->records;
			status = -1;
			continue;
		}
		b->c = c;
		c->index = set->ncases;
		set->cases[set->ncases++] = c;
	}
	return status;
}

struct care_case *
caseset_find(const struct caseset *set, const char *id, size_t len)
{
	const struct build *b = strmap_get(&set->index, id, len);

	return b != NULL ? b->c : NULL;
}

/* Whether the id names a case whose records were read but rejected. */
bool
caseset_rejected(const struct caseset *set, const char *id, size_t len)
{
	const struct build *b = strmap_get(&set->index, id, len);

	return b != NULL && b->c == NULL;
}
