#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cases_int.h"
#include "csvin.h"
#include "node.h"
#include "text.h"
#include "xalloc.h"
#include "yamlin.h"

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
	struct service *s = p;

	memset(s, 0, sizeof(*s));
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
	struct arena	*a;
	struct diag	*d;
	bool		 bad;
};

static void conv_error(struct conv *, const struct node *, long,
    const char *, ...) __attribute__((format(printf, 4, 5)));

/* Reports at the node's line, or at line when it is not 0 (a key). */
static void
conv_error(struct conv *cv, const struct node *n, long line,
    const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	diag_error(cv->d, n->file, line != 0 ? line : n->line, "%s", msg);
	cv->bad = true;
}

static const char *
quote(char *buf, const struct node *n)
{
	return text_quote(buf, TEXT_QUOTE_MAX, n->str, n->len);
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
parse_int(const struct node *n, int lo, int hi, int *out)
{
	double v;

	if (!text_number(n->str, n->len, &v) || memchr(n->str, '.', n->len)
	    || v < lo || v > hi)
		return false;
	*out = (int)v;
	return true;
}

static bool
conv_date(struct conv *cv, const char *name, const struct node *n,
    cdate *out)
{
	char q[TEXT_QUOTE_MAX];
	enum date_status st;

	if (!want_scalar(cv, name, n))
		return false;
	if ((st = date_parse(n->str, n->len, out)) != DATE_OK) {
		conv_error(cv, n, 0, "%s: invalid date %s (%s)", name,
		    quote(q, n), st == DATE_SYNTAX ? "expected YYYY-MM-DD" :
		    date_status_str(st));
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
		v = arena_alloc(cv->a, (n->n + 1) * sizeof(*v));
		for (i = 0; i < n->n; i++)
			v[i] = n->items[i].value;
		*out = v;
		return n->n;
	}
	cap = 1;
	for (i = 0; i < n->len; i++)
		cap += n->str[i] == ';';
	v = arena_alloc(cv->a, cap * sizeof(*v));
	end = n->str + n->len;
	for (s = n->str; s <= end; s = e + 1) {
		for (e = s; e < end && *e != ';'; e++)
			;
		while (s < e && *s == ' ')
			s++;
		while (e > s && e[-1] == ' ')
			e--;
		if (s < e)
			v[k++] = node_scalar(cv->a, n->file, n->line, s,
			    (size_t)(e - s), true);
		for (; e < end && *e != ';'; e++)
			;
	}
	*out = v;
	return k;
}

static void convert_map(struct conv *, const struct schema *,
    const struct node *, void *);

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

/* Stores one field's value; reports what is wrong with it. */
static void
conv_field(struct conv *cv, const struct field *f, const struct node *n,
    void *obj)
{
	char q[TEXT_QUOTE_MAX];
	unsigned char *p = (unsigned char *)obj + f->off;
	const struct node **items;
	struct strlist *sl;
	struct datelist *dl;
	struct duration du;
	size_t i, k;
	double h;
	bool b;
	int v;

	switch (f->type) {
	case T_TEXT:
		if (want_scalar(cv, f->name, n))
			*(const char **)(void *)p = n->str;
		break;
	case T_ID:
		if (check_id(cv, f->name, n))
			*(const char **)(void *)p = n->str;
		break;
	case T_PERSONAL_ID:
		/* never quoted back: it is the one thing never to print */
		if (n->kind != NODE_SCALAR)
			conv_error(cv, n, 0, "client id: expected a value, "
			    "found %s", node_kind_name(n->kind));
		else
			*(const char **)(void *)p = n->str;
		break;
	case T_DATE:
		conv_date(cv, f->name, n, (cdate *)(void *)p);
		break;
	case T_MONTH:
		if (!want_scalar(cv, f->name, n))
			break;
		if (month_parse(n->str, n->len, (cdate *)(void *)p) != DATE_OK)
			conv_error(cv, n, 0, "%s: invalid month %s (expected "
			    "YYYY-MM)", f->name, quote(q, n));
		break;
	case T_PERIOD:
		conv_period(cv, f->name, n, (cdate *)(void *)p,
		    &((struct event *)obj)->period_end);
		break;
	case T_BOOL:
	case T_TRI:
		if (!want_scalar(cv, f->name, n))
			break;
		if (!text_bool(n->str, &b)) {
			conv_error(cv, n, 0, "%s: expected true or false, "
			    "found %s", f->name, quote(q, n));
			break;
		}
		if (f->type == T_BOOL)
			*(bool *)(void *)p = b;
		else
			*(int *)(void *)p = b;
		break;
	case T_HOURS:
		if (!want_scalar(cv, f->name, n))
			break;
		if (!text_number(n->str, n->len, &h))
			conv_error(cv, n, 0, "%s: expected a number of hours "
			    "such as 42.5, found %s", f->name, quote(q, n));
		else if (h > MAX_HOURS)
			conv_error(cv, n, 0, "%s: %s is more than %d hours a "
			    "week", f->name, quote(q, n), MAX_HOURS);
		else
			*(double *)(void *)p = h;
		break;
	case T_PER_WEEK:
	case T_MINUTES:
		if (!want_scalar(cv, f->name, n))
			break;
		if (!parse_int(n, 1, f->type == T_MINUTES ? 1440 : 100, &v))
			conv_error(cv, n, 0, "%s: expected a whole number from "
			    "1 to %d, found %s", f->name, f->type == T_MINUTES ?
			    1440 : 100, quote(q, n));
		else
			*(int *)(void *)p = v;
		break;
	case T_EVERY:
		if (!want_scalar(cv, f->name, n))
			break;
		if (dur_parse(n->str, n->len, &du) != 0 || du.n == 0 ||
		    !dur_is_calendar(du) || du.unit == DUR_WORKDAYS)
			conv_error(cv, n, 0, "%s: expected an interval such as "
			    "14d, 1w or 1m, found %s", f->name, quote(q, n));
		else
			*(struct duration *)(void *)p = du;
		break;
	case T_IDLIST:
		k = list_items(cv, f->name, n, &items);
		sl = (struct strlist *)(void *)p;
		sl->v = arena_alloc(cv->a, (k + 1) * sizeof(*sl->v));
		sl->n = 0;
		for (i = 0; i < k; i++)
			if (check_id(cv, f->name, items[i]))
				sl->v[sl->n++] = items[i]->str;
		break;
	case T_DATELIST:
		k = list_items(cv, f->name, n, &items);
		dl = (struct datelist *)(void *)p;
		dl->v = arena_alloc(cv->a, (k + 1) * sizeof(*dl->v));
		dl->n = 0;
		for (i = 0; i < k; i++)
			if (conv_date(cv, f->name, items[i], &dl->v[dl->n]))
				dl->n++;
		break;
	case T_REGIME:
		if ((v = enum_value(cv, f->name, n, &vocab_regimes)) >= 0)
			*(enum regime *)(void *)p = (enum regime)v;
		break;
	case T_FUNDER:
		if ((v = enum_value(cv, f->name, n, &vocab_funders)) >= 0)
			*(enum funder *)(void *)p = (enum funder)v;
		break;
	case T_SERVICE:
		if ((v = enum_value(cv, f->name, n, &vocab_services)) >= 0) {
			*(enum service_name *)(void *)p = (enum service_name)v;
			((struct service *)obj)->name = service_names[v];
		}
		break;
	case T_REASON:
		if ((v = enum_value(cv, f->name, n, &vocab_reasons)) >= 0)
			*(enum absence_reason *)(void *)p =
			    (enum absence_reason)v;
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
 * Checks that need the whole record.
 */

static void
check_case(struct conv *cv, const struct node *root, struct care_case *c)
{
	char q[TEXT_QUOTE_MAX];
	size_t i, j;

	if (c->regime == REGIME_SE_PA && c->funder == FUNDER_NONE &&
	    !cv->bad)
		conv_error(cv, root, 0, "case: missing required field 'funder' "
		    "(fk or municipality) for a se-pa case");
	else if (c->regime != REGIME_SE_PA && c->funder != FUNDER_NONE)
		conv_error(cv, root, 0, "funder: only se-pa cases have a "
		    "funder");
	for (i = 0; i < c->ndecisions; i++)
		for (j = 0; j < i; j++)
			if (c->decisions[i].id != NULL &&
			    c->decisions[j].id != NULL &&
			    strcmp(c->decisions[i].id, c->decisions[j].id) == 0)
				diag_error(cv->d, c->decisions[i].pos.file,
				    c->decisions[i].pos.line, "decision %s "
				    "appears twice in the case (first at "
				    "line %ld)", text_quote(q, sizeof(q),
				    c->decisions[i].id,
				    strlen(c->decisions[i].id)),
				    c->decisions[j].pos.line),
				cv->bad = true;
}

/*
 * Gathering records by case: YAML documents and rows of CSV tables.
 */

struct svc_row {
	const char	*decision;
	struct node	*row;
};

struct build {
	const char	*id;
	struct srcpos	 ref;		/* the first record naming the case */
	struct node	*node;		/* its case record */
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
}

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

/* The case id a record names, checked; NULL (reported) when unusable. */
static const char *
record_case_id(struct caseset *set, const struct node *id, const char *file,
    long line, struct diag *d)
{
	struct conv cv = { &set->a, d, false };

	if (node_is_null(id)) {
		diag_error(d, file, line, "record has no 'case' id");
		return NULL;
	}
	if (!check_id(&cv, "case", id))
		return NULL;
	return id->str;
}

/* Takes a case record (a YAML document or a row of a case table).  A
 * tainted record comes from a table whose header was wrong (reported): its
 * case is rejected rather than checked without a column. */
static int
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
		return -1;
	}
	id = record_case_id(set, node_get(root, "case"), root->file,
	    root->line, d);
	if (id == NULL) {
		set->rejected++;
		return -1;
	}
	b = build_for(set, id, root->file, root->line);
	if (b->node != NULL) {
		diag_error(d, root->file, root->line, "duplicate case %s "
		    "(first at %s:%ld)", text_quote(q, sizeof(q), id,
		    strlen(id)), b->node->file, b->node->line);
		set->rejected++;
		return -1;
	}
	b->node = root;
	b->records++;
	b->bad |= tainted;
	return 0;
}

static int
read_yaml(struct caseset *set, struct input *in, struct diag *d)
{
	struct yamlin *y;
	struct node *root;
	char *buf;
	size_t len;
	int rc, status = 0;

	if (input_slurp(in, YAMLIN_MAX_INPUT, &buf, &len, d) != 0)
		return -1;
	y = yamlin_open(in->name, buf, len);
	while ((rc = yamlin_next(y, &set->a, &root, d)) != 0) {
		if (rc < 0) {
			set->read++;
			set->rejected++;
			status = -1;
		} else if (root != NULL && !node_is_null(root)) {
			if (add_case_record(set, root, false, d) != 0)
				status = -1;
		}
	}
	yamlin_close(y);
	free(buf);
	return status;
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
	{ "case table", cases_cols, NELEM(cases_cols) },
	{ "decision table", decisions_cols, NELEM(decisions_cols) },
	{ "service table", services_cols, NELEM(services_cols) },
	{ "plan table", plans_cols, NELEM(plans_cols) },
	{ "event table", events_cols, NELEM(events_cols) },
};

/* The table whose columns the header matches best: ties and headers
 * without a 'case' column are errors. */
static int
table_kind(const struct csvrow *h, const char *file, struct diag *d)
{
	size_t i, j, k, score, best = 0, nbest = 0;
	int kind = -1;
	bool has_case = false;

	for (i = 0; i < h->n; i++)
		has_case |= strcmp(h->f[i], "case") == 0;
	for (k = 0; k < TAB_COUNT; k++) {
		score = 0;
		for (i = 0; i < h->n; i++)
			for (j = 0; j < tables[k].ncols; j++)
				if (strcmp(h->f[i], tables[k].cols[j].name) ==
				    0 && strcmp(h->f[i], "case") != 0)
					score++;
		if (k == TAB_SERVICES && score > 0) {
			for (i = 0; i < h->n; i++)
				if (strcmp(h->f[i], "service") == 0)
					score += 100;
		}
		if (score > best) {
			best = score;
			kind = (int)k;
			nbest = 1;
		} else if (score == best)
			nbest++;
	}
	if (!has_case || best == 0 || nbest > 1) {
		diag_error(d, file, h->line, "not a case table: the header "
		    "must have a 'case' column and the columns of a case, "
		    "decision, service, plan or event table");
		return -1;
	}
	return kind;
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

static struct node *
seq_of(struct caseset *set, struct node **seq, const char *file, long line)
{
	if (*seq == NULL)
		*seq = node_new(&set->a, NODE_SEQ, file, line);
	return *seq;
}

/* Files one row of a decision, service, plan or event table under its
 * case. */
static int
add_row(struct caseset *set, enum table_kind kind, struct node *n,
    bool tainted, struct diag *d)
{
	struct node *dec;
	const char *id;
	struct build *b;
	size_t i;

	set->read++;
	id = record_case_id(set, node_get(n, "case"), n->file, n->line, d);
	if (id == NULL) {
		set->rejected++;
		return -1;
	}
	b = build_for(set, id, n->file, n->line);
	b->records++;
	b->bad |= tainted;
	/* the case column is the join key, not a field of the part */
	for (i = 0; i < n->n; i++)
		if (strcmp(n->items[i].key, "case") == 0) {
			memmove(&n->items[i], &n->items[i + 1],
			    (n->n - i - 1) * sizeof(n->items[0]));
			n->n--;
			break;
		}
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
		dec = node_get(n, "decision");
		if (node_is_null(dec)) {
			diag_error(d, n->file, n->line, "service row has no "
			    "'decision'");
			set->rejected++;
			return -1;
		}
		for (i = 0; i < n->n; i++)
			if (strcmp(n->items[i].key, "decision") == 0) {
				memmove(&n->items[i], &n->items[i + 1],
				    (n->n - i - 1) * sizeof(n->items[0]));
				n->n--;
				break;
			}
		if (b->nservices == b->capservices) {
			b->capservices = b->capservices ? 2 * b->capservices :
			    8;
			b->services = xreallocarray(b->services,
			    b->capservices, sizeof(*b->services));
		}
		b->services[b->nservices].decision = dec->str;
		b->services[b->nservices].row = n;
		b->nservices++;
		break;
	case TAB_CASES:
	case TAB_COUNT:
		break;
	}
	return 0;
}

static int
read_csv(struct caseset *set, struct input *in, struct diag *d)
{
	struct csvin *r = csvin_open(in);
	const char *names[32];
	const struct table *t;
	struct csvrow row;
	const char *file;
	int *map = NULL, kind, status = 0;
	bool tainted = false;
	size_t i;

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
	if (csvin_first_lost(r) || (kind = table_kind(&row, file, d)) < 0) {
		unsigned long n = csvin_left_out(r, "row", "rows", d);

		set->read += n;
		set->rejected += n;
		csvin_close(r);
		return -1;
	}
	t = &tables[kind];
	for (i = 0; i < t->ncols; i++)
		names[i] = t->cols[i].name;
	map = xcalloc(row.n, sizeof(*map));
	if (csv_header_map(&row, file, t->what, names, t->ncols, map, d) != 0)
		tainted = true;
	csvin_expect(r, row.n);
	while (csvin_next(r, &row, d) == 1) {
		if (kind == TAB_CASES) {
			if (add_case_record(set, row_node(set, t, map, &row,
			    file), tainted, d) != 0)
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

	if (input_format(in, fmt) == FMT_CSV)
		read_csv(set, in, d);
	else
		read_yaml(set, in, d);
	return d->errors > errors ? -1 : 0;
}

/* Puts a case's CSV rows into its record node. */
static int
merge(struct caseset *set, struct build *b, struct diag *d)
{
	struct node *root = b->node, *decs, *dec, *svcs;
	char q[TEXT_QUOTE_MAX];
	size_t i, j;
	int rc = 0;

	if (b->decisions != NULL) {
		if ((decs = node_get(root, "decisions")) != NULL &&
		    decs->kind == NODE_SEQ)
			for (i = 0; i < b->decisions->n; i++)
				node_add(&set->a, decs, NULL, 0,
				    b->decisions->items[i].value);
		else if (decs == NULL)
			node_add(&set->a, root, "decisions", b->decisions->line,
			    b->decisions);
	}
	if (b->events != NULL) {
		if ((decs = node_get(root, "events")) != NULL &&
		    decs->kind == NODE_SEQ)
			for (i = 0; i < b->events->n; i++)
				node_add(&set->a, decs, NULL, 0,
				    b->events->items[i].value);
		else if (decs == NULL)
			node_add(&set->a, root, "events", b->events->line,
			    b->events);
	}
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
	decs = node_get(root, "decisions");
	for (i = 0; i < b->nservices; i++) {
		dec = NULL;
		for (j = 0; decs != NULL && decs->kind == NODE_SEQ &&
		    j < decs->n; j++) {
			const struct node *id = node_get(decs->items[j].value,
			    "id");

			if (id != NULL && strcmp(id->str,
			    b->services[i].decision) == 0)
				dec = decs->items[j].value;
		}
		if (dec == NULL || dec->kind != NODE_MAP) {
			diag_error(d, b->services[i].row->file,
			    b->services[i].row->line, "service for decision "
			    "%s, which case %s does not have", text_quote(q,
			    sizeof(q), b->services[i].decision,
			    strlen(b->services[i].decision)), b->id);
			rc = -1;
			continue;
		}
		if ((svcs = node_get(dec, "services")) == NULL) {
			svcs = node_new(&set->a, NODE_SEQ, dec->file,
			    dec->line);
			node_add(&set->a, dec, "services", dec->line, svcs);
		}
		if (svcs->kind == NODE_SEQ)
			node_add(&set->a, svcs, NULL, 0, b->services[i].row);
	}
	return rc;
}

/* Joins the records of each case and validates them.  Cases with errors
 * are reported and left out; the others are in set->cases. */
int
caseset_finish(struct caseset *set, struct diag *d)
{
	struct conv cv;
	struct care_case *c;
	struct build *b;
	size_t i;
	int status = 0;

	set->cases = xcalloc(set->nbuilds + 1, sizeof(*set->cases));
	for (i = 0; i < set->nbuilds; i++) {
		b = set->builds[i];
		if (b->node == NULL) {
			diag_error(d, b->ref.file, b->ref.line, "case %s has "
			    "no case record (a row of a case table or a YAML "
			    "document)", b->id);
			set->rejected += b->records;
			status = -1;
			continue;
		}
		cv.a = &set->a;
		cv.d = d;
		cv.bad = merge(set, b, d) != 0 || b->bad;
		c = arena_alloc(&set->a, sizeof(*c));
		memset(c, 0, sizeof(*c));
		c->start = c->end = c->schedule_agreed = DATE_NONE;
		c->workenv_assessed = c->contract_signed = DATE_NONE;
		c->contract_notice = c->plan.established = DATE_NONE;
		c->plan.participated = -1;
		c->pos.file = b->node->file;
		c->pos.line = b->node->line;
		convert_map(&cv, &case_schema, b->node, c);
		if (!cv.bad)
			check_case(&cv, b->node, c);
		if (cv.bad) {
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
