/* Reading one case record: a node tree (a YAML document or the rows of
 * CSV tables) into struct care_case, field by field, by schema. */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "cases_int.h"
#include "node.h"
#include "text.h"
#include "values.h"

#define MAX_ID		100	/* bytes in an id */
#define MAX_HOURS	336	/* two staff round the clock */

/*
 * Schemas: what each record may hold and where it goes.
 */

enum ftype {
	T_TEXT, T_ID, T_PERSONAL_ID, T_DATE, T_MONTH, T_PERIOD, T_BOOL,
	T_TRI, T_HOURS, T_PER_WEEK, T_MINUTES, T_EVERY, T_IDLIST,
	T_DATELIST, T_REGIME, T_FUNDER, T_REASON, T_SERVICE, T_SUB, T_LIST
};

struct conv;
struct schema;

struct field {
	const char		*name;
	enum ftype		 type;
	size_t			 off;
	long			 pos_off;	/* a struct srcpos, or -1 */
	bool			 required;
	const struct schema	*sub;
	/* T_LIST: stores the converted items */
	void			(*set)(void *, void *, size_t);
};

struct schema {
	const char		*what;
	const struct field	*fields;
	size_t			 nfields;
	size_t			 size;
	void			(*init)(void *);
	/* picks the schema of one item by its content (events) */
	const struct schema	*(*variant)(struct conv *, const struct node *);
};

#define F(n, t, s, m)		{ n, t, offsetof(s, m), -1, false, NULL, NULL }
#define FR(n, t, s, m)		{ n, t, offsetof(s, m), -1, true, NULL, NULL }
#define FP(n, t, s, m, p)	{ n, t, offsetof(s, m), \
				    (long)offsetof(s, p), false, NULL, NULL }

static void
init_service(void *p)
{
	memset(p, 0, sizeof(struct service));
}

static void
init_decision(void *p)
{
	struct decision *d = p;

	memset(d, 0, sizeof(*d));
	d->decided = d->received = d->from = d->to = d->review = DATE_NONE;
	d->hours_per_week = -1;
}

static void
init_event(void *p)
{
	struct event *e = p;

	memset(e, 0, sizeof(*e));
	e->requested = e->effective = e->from = e->to = DATE_NONE;
	e->notified = e->received = e->contacted = e->decided = DATE_NONE;
	e->chosen = e->notice = e->month = e->submitted = DATE_NONE;
	e->period_start = e->period_end = e->done = DATE_NONE;
	e->answered = e->date = DATE_NONE;
}

/* Where a T_LIST field's items go. */
static void
set_services(void *obj, void *v, size_t n)
{
	struct decision *d = obj;

	d->services = v;
	d->nservices = n;
}

static void
set_decisions(void *obj, void *v, size_t n)
{
	struct care_case *c = obj;

	c->decisions = v;
	c->ndecisions = n;
}

static void
set_events(void *obj, void *v, size_t n)
{
	struct care_case *c = obj;

	c->events = v;
	c->nevents = n;
}

static const struct field service_fields[] = {
	FR("service", T_SERVICE, struct service, what),
	F("every", T_EVERY, struct service, every),
	F("per_week", T_PER_WEEK, struct service, per_week),
	F("minutes", T_MINUTES, struct service, minutes),
	F("outside_hours", T_BOOL, struct service, outside_hours),
};

static const struct schema service_schema = {
	"service", service_fields, NELEM(service_fields),
	sizeof(struct service), init_service, NULL
};

static const struct field decision_fields[] = {
	FR("id", T_ID, struct decision, id),
	F("decided", T_DATE, struct decision, decided),
	F("received", T_DATE, struct decision, received),
	FR("from", T_DATE, struct decision, from),
	F("to", T_DATE, struct decision, to),
	F("hours_per_week", T_HOURS, struct decision, hours_per_week),
	F("review", T_DATE, struct decision, review),
	F("temporary", T_BOOL, struct decision, temporary),
	F("double_staffing", T_BOOL, struct decision, double_staffing),
	{ "services", T_LIST, 0, -1, false, &service_schema, set_services },
};

static const struct schema decision_schema = {
	"decision", decision_fields, NELEM(decision_fields),
	sizeof(struct decision), init_decision, NULL
};

static const struct field plan_fields[] = {
	F("established", T_DATE, struct plan, established),
	F("followups", T_DATELIST, struct plan, followups),
	F("participated", T_TRI, struct plan, participated),
	F("participation_note", T_TEXT, struct plan, participation_note),
	F("support_persons", T_IDLIST, struct plan, support_persons),
	F("what", T_TEXT, struct plan, what),
	F("who", T_TEXT, struct plan, who),
	F("when", T_TEXT, struct plan, when),
	F("where", T_TEXT, struct plan, where),
	F("how", T_TEXT, struct plan, how),
	F("why", T_TEXT, struct plan, why),
};

static const struct schema plan_schema = {
	"plan", plan_fields, NELEM(plan_fields), sizeof(struct plan),
	NULL, NULL
};

/* Event fields, one table per type; "type" itself is read first. */
#define EF(n, t, m)	F(n, t, struct event, m)
#define EFR(n, t, m)	FR(n, t, struct event, m)

static const struct field ev_change[] = {
	EF("requested", T_DATE, requested), EFR("effective", T_DATE, effective),
};
static const struct field ev_absence[] = {
	EFR("from", T_DATE, from), EF("to", T_DATE, to),
	EF("reason", T_REASON, reason), EF("notified", T_DATE, notified),
};
static const struct field ev_application[] = {
	EFR("received", T_DATE, received), EF("contacted", T_DATE, contacted),
	EF("decided", T_DATE, decided),
};
static const struct field ev_choice[] = {
	EFR("chosen", T_DATE, chosen), EF("urgent", T_BOOL, urgent),
};
static const struct field ev_provider_change[] = {
	EFR("notice", T_DATE, notice),
};
static const struct field ev_fk_report[] = {
	EFR("month", T_MONTH, month), EF("submitted", T_DATE, submitted),
};
static const struct field ev_summary[] = {
	EFR("period", T_PERIOD, period_start), EF("done", T_DATE, done),
};
static const struct field ev_complaint[] = {
	EFR("received", T_DATE, received), EF("answered", T_DATE, answered),
};
static const struct field ev_introduction[] = {
	EFR("date", T_DATE, date), EFR("staff", T_ID, staff),
};

#define EVS(what, f)	{ what, f, NELEM(f), sizeof(struct event), \
			    init_event, NULL }

static const struct schema event_schemas[EV_COUNT] = {
	EVS("schedule-change event", ev_change),
	EVS("assistant-change event", ev_change),
	EVS("absence event", ev_absence),
	EVS("application event", ev_application),
	EVS("provider-choice event", ev_choice),
	EVS("provider-change event", ev_provider_change),
	EVS("fk-report event", ev_fk_report),
	EVS("summary event", ev_summary),
	EVS("complaint event", ev_complaint),
	EVS("introduction event", ev_introduction),
};

static const struct schema *event_variant(struct conv *, const struct node *);

static const struct schema event_schema = {
	"event", NULL, 0, sizeof(struct event), init_event, event_variant
};

static const struct field client_fields[] = {
	FP("id", T_PERSONAL_ID, struct care_case, client_id, client_id_pos),
	F("guardians", T_IDLIST, struct care_case, guardians),
	F("visually_impaired", T_BOOL, struct care_case, visually_impaired),
};

static const struct schema client_schema = {
	"client", client_fields, NELEM(client_fields), 0, NULL, NULL
};

static const struct field contract_fields[] = {
	F("signed", T_DATE, struct care_case, contract_signed),
	F("notice", T_DATE, struct care_case, contract_notice),
};

static const struct schema contract_schema = {
	"contract", contract_fields, NELEM(contract_fields), 0, NULL, NULL
};

static const struct field case_fields[] = {
	FR("case", T_ID, struct care_case, id),
	FR("regime", T_REGIME, struct care_case, regime),
	F("funder", T_FUNDER, struct care_case, funder),
	{ "client", T_SUB, 0, -1, false, &client_schema, NULL },
	FP("start", T_DATE, struct care_case, start, start_pos),
	F("end", T_DATE, struct care_case, end),
	FP("schedule_agreed", T_DATE, struct care_case, schedule_agreed,
	    schedule_pos),
	FP("workenv_assessed", T_DATE, struct care_case, workenv_assessed,
	    workenv_pos),
	{ "contract", T_SUB, 0, (long)offsetof(struct care_case,
	    contract_pos), false, &contract_schema, NULL },
	{ "decisions", T_LIST, 0, -1, false, &decision_schema,
	    set_decisions },
	{ "plan", T_SUB, offsetof(struct care_case, plan),
	    (long)offsetof(struct care_case, plan.pos), false, &plan_schema,
	    NULL },
	{ "events", T_LIST, 0, -1, false, &event_schema, set_events },
};

static const struct schema case_schema = {
	"case", case_fields, NELEM(case_fields), sizeof(struct care_case),
	NULL, NULL
};

/*
 * Conversion of node trees into records.
 */

struct conv {
	struct arena	*a, *tmp;	/* the record's; the conversion's */
	struct diag	*d;
	bool		 bad, copy;	/* copy: the tree is freed after */
};

static void conv_error(struct conv *, const struct node *, long,
    const char *, ...) __attribute__((format(printf, 4, 5)));

/* Reports at the node's line, or at line when it is not 0 (a key). */
static void
conv_error(struct conv *cv, const struct node *n, long line,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_verror(cv->d, n->file, line != 0 ? line : n->line, fmt, ap);
	va_end(ap);
	cv->bad = true;
}

static const char *
quote(char *buf, const struct node *n)
{
	return text_quote(buf, TEXT_QUOTE_MAX, n->str, n->len);
}

/* A scalar's text: the tree's, or a copy when the tree is to be freed. */
static const char *
keep(struct conv *cv, const struct node *n)
{
	return cv->copy ? arena_strndup(cv->a, n->str, n->len) : n->str;
}

/* A scalar, or an error naming what was found instead. */
static bool
want_scalar(struct conv *cv, const char *name, const struct node *n)
{
	if (n->kind == NODE_SCALAR)
		return true;
	conv_error(cv, n, 0, "%s: expected a value, found %s", name,
	    node_kind_name(n->kind));
	return false;
}

/* An id: not empty nor too long, no control bytes, no personal identity
 * number shape. */
static bool
check_id(struct conv *cv, const char *name, const struct node *n)
{
	char q[TEXT_QUOTE_MAX];
	size_t i;

	if (!want_scalar(cv, name, n))
		return false;
	if (n->len == 0) {
		conv_error(cv, n, 0, "%s: empty id", name);
		return false;
	}
	if (n->len > MAX_ID) {
		conv_error(cv, n, 0, "%s: id longer than %d bytes", name,
		    MAX_ID);
		return false;
	}
	for (i = 0; i < n->len; i++)
		if ((unsigned char)n->str[i] < 0x20 || n->str[i] == 0x7f) {
			conv_error(cv, n, 0, "%s: control character in id %s",
			    name, quote(q, n));
			return false;
		}
	if (text_has_personal_id(n->str, n->len)) {
		conv_error(cv, n, 0, "%s: id looks like a personal identity "
		    "number, which reports must not show; use a case or staff "
		    "number", name);
		return false;
	}
	return true;
}

/* A value of a vocabulary, or -1 (reported, with the nearest name). */
static int
enum_value(struct conv *cv, const char *name, const struct node *n,
    const struct vocab *vocab)
{
	char q[TEXT_QUOTE_MAX], hint[VOCAB_HINT_MAX];
	int v;

	if (!want_scalar(cv, name, n))
		return -1;
	if ((v = vocab_find(vocab, n->str)) < 0)
		conv_error(cv, n, 0, "%s: unknown value %s%s", name,
		    quote(q, n), vocab_hint(vocab, n->str, hint, sizeof(hint)));
	return v;
}

static bool
conv_date(struct conv *cv, const char *name, const struct node *n,
    cdate *out)
{
	char q[TEXT_QUOTE_MAX];
	enum date_status st;

	if (!want_scalar(cv, name, n))
		return false;
	if ((st = value_date(n->str, n->len, out)) != DATE_OK) {
		conv_error(cv, n, 0, "%s: invalid date %s (%s)", name,
		    quote(q, n), value_date_why(st));
		return false;
	}
	return true;
}

/* YYYY-MM or YYYY-Qn, as its first and last day. */
static bool
conv_period(struct conv *cv, const char *name, const struct node *n,
    cdate *start, cdate *end)
{
	char q[TEXT_QUOTE_MAX];
	int y, k;

	if (!want_scalar(cv, name, n))
		return false;
	if (month_parse(n->str, n->len, start) == DATE_OK) {
		*end = date_month_end(*start);
		return true;
	}
	if (n->len == 7 && n->str[4] == '-' && n->str[5] == 'Q' &&
	    n->str[6] >= '1' && n->str[6] <= '4' &&
	    sscanf(n->str, "%4d", &y) == 1 && y >= DATE_MIN_YEAR &&
	    y <= DATE_MAX_YEAR) {
		k = n->str[6] - '1';
		*start = date_from_ymd(y, 3 * k + 1, 1);
		*end = date_month_end(date_from_ymd(y, 3 * k + 3, 1));
		return true;
	}
	conv_error(cv, n, 0, "%s: invalid period %s (expected YYYY-MM or "
	    "YYYY-Qn)", name, quote(q, n));
	return false;
}

/* The items of a list field: a sequence, or one value that may hold
 * several separated by ';' (as in a CSV cell). */
static size_t
list_items(struct conv *cv, const char *name, const struct node *n,
    const struct node ***out)
{
	const struct node **v;
	const char *s, *e, *end;
	size_t i, k = 0, cap;

	if (n->kind == NODE_MAP) {
		conv_error(cv, n, 0, "%s: expected a list, found a mapping",
		    name);
		return 0;
	}
	if (n->kind == NODE_SEQ) {
		v = arena_alloc(cv->tmp, (n->n + 1) * sizeof(*v));
		for (i = 0; i < n->n; i++)
			v[i] = n->items[i].value;
		*out = v;
		return n->n;
	}
	cap = 1;
	for (i = 0; i < n->len; i++)
		cap += n->str[i] == ';';
	v = arena_alloc(cv->tmp, cap * sizeof(*v));
	end = n->str + n->len;
	for (s = n->str; s <= end; s = e + 1) {
		for (e = s; e < end && *e != ';'; e++)
			;
		while (s < e && *s == ' ')
			s++;
		while (e > s && e[-1] == ' ')
			e--;
		if (s < e)
			v[k++] = node_scalar(cv->tmp, n->file, n->line, s,
			    (size_t)(e - s), true);
		for (; e < end && *e != ';'; e++)
			;
	}
	*out = v;
	return k;
}

static void convert_map(struct conv *, const struct schema *,
    const struct node *, void *);

/* A list of records of f->sub, each item's schema picked by its content
 * when the schema has variants (events). */
static void
conv_list(struct conv *cv, const struct field *f, const struct node *n,
    void *obj)
{
	const struct schema *s;
	unsigned char *items, *item;
	struct srcpos *pos;
	size_t i;

	if (n->kind != NODE_SEQ) {
		conv_error(cv, n, 0, "%s: expected a list, found %s", f->name,
		    node_kind_name(n->kind));
		return;
	}
	items = arena_alloc(cv->a, (n->n + 1) * f->sub->size);
	for (i = 0; i < n->n; i++) {
		s = f->sub->variant != NULL ?
		    f->sub->variant(cv, n->items[i].value) : f->sub;
		item = items + i * f->sub->size;
		f->sub->init(item);
		/* every list item's struct begins with its position */
		pos = (struct srcpos *)(void *)item;
		pos->file = n->items[i].value->file;
		pos->line = n->items[i].value->line;
		if (s == NULL)
			continue;
		convert_map(cv, s, n->items[i].value, item);
		if (f->sub == &event_schema)
			((struct event *)(void *)item)->type =
			    (enum event_type)(s - event_schemas);
	}
	f->set(obj, items, n->n);
}

/* Text, an id, or the client's personal identity number. */
static void
conv_string(struct conv *cv, const struct field *f, const struct node *n,
    const char **out)
{
	switch (f->type) {
	case T_PERSONAL_ID:
		/* never quoted back: it is the one thing never to print */
		if (n->kind != NODE_SCALAR) {
			conv_error(cv, n, 0, "client id: expected a value, "
			    "found %s", node_kind_name(n->kind));
			return;
		}
		break;
	case T_ID:
		if (!check_id(cv, f->name, n))
			return;
		break;
	default:
		if (!want_scalar(cv, f->name, n))
			return;
		break;
	}
	*out = keep(cv, n);
}

static void
conv_month(struct conv *cv, const char *name, const struct node *n,
    cdate *out)
{
	char q[TEXT_QUOTE_MAX];

	if (!want_scalar(cv, name, n))
		return;
	if (month_parse(n->str, n->len, out) != DATE_OK)
		conv_error(cv, n, 0, "%s: invalid month %s (expected "
		    "YYYY-MM)", name, quote(q, n));
}

/* T_BOOL into a bool, T_TRI (which may be left unrecorded) into an int. */
static void
conv_bool(struct conv *cv, const struct field *f, const struct node *n,
    void *p)
{
	char q[TEXT_QUOTE_MAX];
	bool b;

	if (!want_scalar(cv, f->name, n))
		return;
	if (!value_bool(n->str, n->len, &b)) {
		conv_error(cv, n, 0, "%s: expected true or false (also yes/no, "
		    "ja/nej, 1/0, on/off, x for yes), found %s", f->name,
		    quote(q, n));
		return;
	}
	if (f->type == T_BOOL)
		*(bool *)p = b;
	else
		*(int *)p = b;
}

static void
conv_hours(struct conv *cv, const char *name, const struct node *n,
    double *out)
{
	char q[TEXT_QUOTE_MAX];
	double h;

	if (!want_scalar(cv, name, n))
		return;
	if (!value_number(n->str, n->len, &h))
		conv_error(cv, n, 0, "%s: expected a number of hours such as "
		    "42.5 or 42,5, found %s", name, quote(q, n));
	else if (h > MAX_HOURS)
		conv_error(cv, n, 0, "%s: %s is more than %d hours a week",
		    name, quote(q, n), MAX_HOURS);
	else
		*out = h;
}

/* A whole number from 1 to hi. */
static void
conv_count(struct conv *cv, const char *name, const struct node *n, int hi,
    int *out)
{
	char q[TEXT_QUOTE_MAX];

	if (!want_scalar(cv, name, n))
		return;
	if (!node_int(n, 1, hi, out))
		conv_error(cv, n, 0, "%s: expected a whole number from 1 to "
		    "%d, found %s", name, hi, quote(q, n));
}

/* A calendar interval: days, weeks, months or years, not workdays. */
static void
conv_every(struct conv *cv, const char *name, const struct node *n,
    struct duration *out)
{
	char q[TEXT_QUOTE_MAX];
	struct duration du;

	if (!want_scalar(cv, name, n))
		return;
	if (dur_parse(n->str, n->len, &du) != 0 || du.n == 0 ||
	    !dur_is_calendar(du) || du.unit == DUR_WORKDAYS)
		conv_error(cv, n, 0, "%s: expected an interval such as 14d, "
		    "1w or 1m, found %s", name, quote(q, n));
	else
		*out = du;
}

/* The valid items of a list of ids; each bad one is reported. */
static void
conv_idlist(struct conv *cv, const char *name, const struct node *n,
    struct strlist *out)
{
	const struct node **items;
	size_t i, k;

	k = list_items(cv, name, n, &items);
	out->v = arena_alloc(cv->a, (k + 1) * sizeof(*out->v));
	out->n = 0;
	for (i = 0; i < k; i++)
		if (check_id(cv, name, items[i]))
			out->v[out->n++] = keep(cv, items[i]);
}

/* The valid items of a list of dates; each bad one is reported. */
static void
conv_datelist(struct conv *cv, const char *name, const struct node *n,
    struct datelist *out)
{
	const struct node **items;
	size_t i, k;

	k = list_items(cv, name, n, &items);
	out->v = arena_alloc(cv->a, (k + 1) * sizeof(*out->v));
	out->n = 0;
	for (i = 0; i < k; i++)
		if (conv_date(cv, name, items[i], &out->v[out->n]))
			out->n++;
}

/* A field whose value is a word of one of the vocabularies. */
static void
conv_enum(struct conv *cv, const struct field *f, const struct node *n,
    void *obj, void *p)
{
	int v;

	switch (f->type) {
	case T_REGIME:
		if ((v = enum_value(cv, f->name, n, &vocab_regimes)) >= 0)
			*(enum regime *)p = (enum regime)v;
		break;
	case T_FUNDER:
		if ((v = enum_value(cv, f->name, n, &vocab_funders)) >= 0)
			*(enum funder *)p = (enum funder)v;
		break;
	case T_SERVICE:
		if ((v = enum_value(cv, f->name, n, &vocab_services)) >= 0) {
			*(enum service_name *)p = (enum service_name)v;
			((struct service *)obj)->name = service_names[v];
		}
		break;
	case T_REASON:
		if ((v = enum_value(cv, f->name, n, &vocab_reasons)) >= 0)
			*(enum absence_reason *)p = (enum absence_reason)v;
		break;
	default:
		break;
	}
}

/* Stores one field's value; reports what is wrong with it. */
static void
conv_field(struct conv *cv, const struct field *f, const struct node *n,
    void *obj)
{
	void *p = (unsigned char *)obj + f->off;

	switch (f->type) {
	case T_TEXT:
	case T_ID:
	case T_PERSONAL_ID:
		conv_string(cv, f, n, p);
		break;
	case T_DATE:
		conv_date(cv, f->name, n, p);
		break;
	case T_MONTH:
		conv_month(cv, f->name, n, p);
		break;
	case T_PERIOD:
		conv_period(cv, f->name, n, p,
		    &((struct event *)obj)->period_end);
		break;
	case T_BOOL:
	case T_TRI:
		conv_bool(cv, f, n, p);
		break;
	case T_HOURS:
		conv_hours(cv, f->name, n, p);
		break;
	case T_PER_WEEK:
		conv_count(cv, f->name, n, 100, p);
		break;
	case T_MINUTES:
		conv_count(cv, f->name, n, 1440, p);
		break;
	case T_EVERY:
		conv_every(cv, f->name, n, p);
		break;
	case T_IDLIST:
		conv_idlist(cv, f->name, n, p);
		break;
	case T_DATELIST:
		conv_datelist(cv, f->name, n, p);
		break;
	case T_REGIME:
	case T_FUNDER:
	case T_SERVICE:
	case T_REASON:
		conv_enum(cv, f, n, obj, p);
		break;
	case T_SUB:
		if (n->kind != NODE_MAP)
			conv_error(cv, n, 0, "%s: expected a mapping, found %s",
			    f->name, node_kind_name(n->kind));
		else
			convert_map(cv, f->sub, n, p);
		break;
	case T_LIST:
		conv_list(cv, f, n, obj);
		break;
	}
}

static const struct field *
find_field(const struct schema *s, const char *name)
{
	size_t i;

	for (i = 0; i < s->nfields; i++)
		if (strcmp(s->fields[i].name, name) == 0)
			return &s->fields[i];
	return NULL;
}

/* Reports a key the schema does not have, with the nearest field name. */
static void
unknown_field(struct conv *cv, const struct schema *s, const struct node *map,
    const struct node_item *it)
{
	const char *names[32];
	char q[TEXT_QUOTE_MAX];
	const char *near;
	size_t i;

	for (i = 0; i < s->nfields && i < NELEM(names); i++)
		names[i] = s->fields[i].name;
	near = text_suggest(it->key, names, i);
	text_quote(q, sizeof(q), it->key, strlen(it->key));
	if (near != NULL)
		conv_error(cv, map, it->line, "unknown field %s in %s; did you "
		    "mean '%s'?", q, s->what, near);
	else
		conv_error(cv, map, it->line, "unknown field %s in %s", q,
		    s->what);
}

/* Fills obj from a mapping: every key must be a field of the schema, every
 * required field present. */
static void
convert_map(struct conv *cv, const struct schema *s, const struct node *map,
    void *obj)
{
	const struct field *f;
	const struct node_item *it;
	struct srcpos *pos;
	size_t i;

	if (map->kind != NODE_MAP) {
		conv_error(cv, map, 0, "%s: expected a mapping, found %s",
		    s->what, node_kind_name(map->kind));
		return;
	}
	for (i = 0; i < map->n; i++) {
		it = &map->items[i];
		if ((f = find_field(s, it->key)) == NULL) {
			if (strcmp(it->key, "type") == 0 &&
			    s->init == init_event)
				continue;
			unknown_field(cv, s, map, it);
			continue;
		}
		if (f->pos_off >= 0) {
			pos = (struct srcpos *)(void *)((unsigned char *)obj +
			    f->pos_off);
			pos->file = map->file;
			pos->line = it->line;
		}
		if (node_is_null(it->value))
			continue;
		conv_field(cv, f, it->value, obj);
	}
	for (i = 0; i < s->nfields; i++) {
		f = &s->fields[i];
		if (f->required && node_is_null(node_get(map, f->name)))
			conv_error(cv, map, 0, "%s: missing required field "
			    "'%s'", s->what, f->name);
	}
}

/* The schema of one event, by its type. */
static const struct schema *
event_variant(struct conv *cv, const struct node *n)
{
	const struct node *t;
	int v;

	if (n->kind != NODE_MAP) {
		conv_error(cv, n, 0, "event: expected a mapping, found %s",
		    node_kind_name(n->kind));
		return NULL;
	}
	if (node_is_null(t = node_get(n, "type"))) {
		conv_error(cv, n, 0, "event: missing required field 'type'");
		return NULL;
	}
	if ((v = enum_value(cv, "type", t, &vocab_events)) < 0)
		return NULL;
	return &event_schemas[v];
}

/*
 * Whole records: the checks that need all of one, and the entry points.
 */

/* What no one field shows: a se-pa case's funder, decision ids unique. */
static void
check_case(struct conv *cv, const struct node *root, struct care_case *c)
{
	char q[TEXT_QUOTE_MAX];
	const struct decision *di, *dj;
	size_t i, j;

	if (c->regime == REGIME_SE_PA && c->funder == FUNDER_NONE &&
	    !cv->bad)
		conv_error(cv, root, 0, "case: missing required field 'funder' "
		    "(fk or municipality) for a se-pa case");
	else if (c->regime != REGIME_SE_PA && c->funder != FUNDER_NONE)
		conv_error(cv, root, 0, "funder: only se-pa cases have a "
		    "funder");
	for (i = 0; i < c->ndecisions; i++)
		for (j = 0; j < i; j++) {
			di = &c->decisions[i];
			dj = &c->decisions[j];
			if (di->id == NULL || dj->id == NULL ||
			    strcmp(di->id, dj->id) != 0)
				continue;
			diag_error(cv->d, di->pos.file, di->pos.line,
			    "decision %s appears twice in the case (first at "
			    "line %ld)", text_quote(q, sizeof(q), di->id,
			    strlen(di->id)), dj->pos.line);
			cv->bad = true;
		}
}

/* The case id a record names, checked; NULL (reported) when unusable. */
const char *
record_case_id(struct arena *a, const struct node *id, const char *file,
    long line, struct diag *d)
{
	struct conv cv = { a, a, d, false, false };

	if (node_is_null(id)) {
		diag_error(d, file, line, "record has no 'case' id");
		return NULL;
	}
	if (!check_id(&cv, "case", id))
		return NULL;
	return id->str;
}

/* The case a record node holds (its CSV rows merged in), validated; NULL
 * when it has errors (reported).  bad: its records already had some.
 * tmp: NULL, or the tree's arena, freed after (text is copied into a). */
struct care_case *
case_from_node(struct arena *a, struct arena *tmp, const struct node *root,
    bool bad, struct diag *d)
{
	struct conv cv = { a, tmp != NULL ? tmp : a, d, bad, tmp != NULL };
	struct care_case *c;

	c = arena_alloc(a, sizeof(*c));
	memset(c, 0, sizeof(*c));
	c->start = c->end = c->schedule_agreed = DATE_NONE;
	c->workenv_assessed = c->contract_signed = DATE_NONE;
	c->contract_notice = c->plan.established = DATE_NONE;
	c->plan.participated = -1;
	c->pos.file = root->file;
	c->pos.line = root->line;
	convert_map(&cv, &case_schema, root, c);
	if (!cv.bad)
		check_case(&cv, root, c);
	return cv.bad ? NULL : c;
}
