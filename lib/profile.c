#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "input.h"
#include "node.h"
#include "profile.h"
#include "rules/records.h"
#include "text.h"
#include "xalloc.h"
#include "yamlin.h"

#define MAX_PROFILE_INPUT	(1024 * 1024)

/* One profile document being applied. */
struct apply {
	struct profiles	*ps;
	struct diag	*d;
	bool		 builtin;
	bool		 bad;
	bool		 mute;	/* the same entry again, for another regime */
};

static void perr(struct apply *, const struct node *, long, const char *,
    ...) __attribute__((format(printf, 4, 5)));

static void
perr(struct apply *ap, const struct node *n, long line, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	if (!ap->mute)
		diag_verror(ap->d, n->file, line ? line : n->line, fmt, args);
	va_end(args);
	ap->bad = true;
}

/* What a range allows, in words for a message. */
static const char *const range_words[] = {
	[PR_ANY] = "",
	[PR_DAYS0] = "0d to 10y, in d, w, m, y or wd",
	[PR_DAYS1] = "1d to 10y, in d, w, m, y or wd",
	[PR_CLOCK] = "0min to 24h",
	[PR_REST] = "1min to 7d",
	[PR_WINDOW] = "1h to 28d",
	[PR_MDAY] = "a day of the month, 1 to 31",
	[PR_MONTHS] = "1 to 24 months",
	[PR_WEEKS] = "1 to 52 weeks",
	[PR_PEOPLE] = "0 to 1000",
	[PR_VISITS] = "0 to 100 visits a week",
	[PR_WEIGHT] = "0 to 1",
	[PR_WEEKHOURS] = "0 to 168 hours a week",
	[PR_PERCENT] = "0% to 100%",
	[PR_RATES] = "years 1900 to 2199, amounts 0 to 100000",
};

static bool
word_bool(const struct node *n, bool *out)
{
	return n->kind == NODE_SCALAR && text_bool(n->str, out);
}

static bool
number(const struct node *n, double *out)
{
	char *end;
	double v;

	if (n->kind != NODE_SCALAR || n->len == 0 || n->len > 32 ||
	    !((n->str[0] >= '0' && n->str[0] <= '9') || n->str[0] == '.'))
		return false;
	errno = 0;
	v = strtod(n->str, &end);
	if (errno != 0 || *end != '\0' || v > 1e12)
		return false;
	*out = v;
	return true;
}

/* A percentage, 10% or 10 (its range is checked with the others). */
static bool
percent(struct apply *ap, const struct node *n, double *out)
{
	struct node t = *n;

	if (n->kind == NODE_SCALAR && n->len > 1 &&
	    n->str[n->len - 1] == '%') {
		t.len--;
		t.str = arena_strndup(&ap->ps->a, n->str, n->len - 1);
	}
	return number(&t, out);
}

/* A mapping of year to amount (P_RATES); false when reported wrong. */
static bool
rates(struct apply *ap, const char *rn, const struct param_def *def,
    struct param_value *pv, const struct node *n)
{
	const struct node_item *it;
	size_t i;
	double v;

	if (n->kind != NODE_MAP) {
		perr(ap, n, 0, "%s: %s: expected a mapping of year to amount",
		    rn, def->name);
		return false;
	}
	pv->rates = arena_alloc(&ap->ps->a, (n->n + 1) * sizeof(*pv->rates));
	pv->nrates = 0;
	for (i = 0; i < n->n; i++) {
		it = &n->items[i];
		if (strlen(it->key) != 4 || !number(it->value, &v) ||
		    strspn(it->key, "0123456789") != 4) {
			perr(ap, n, it->line, "%s: %s: expected YEAR: AMOUNT "
			    "such as 2024: 332.60", rn, def->name);
			return false;
		}
		if (atoi(it->key) < 1900 || atoi(it->key) > 2199 ||
		    v > 100000) {
			perr(ap, n, it->line, "%s: %s: %s: %s is out of range "
			    "(%s)", rn, def->name, it->key, it->value->str,
			    range_words[PR_RATES]);
			return false;
		}
		pv->rates[pv->nrates].year = atoi(it->key);
		pv->rates[pv->nrates].amount = v;
		pv->nrates++;
	}
	return true;
}

/* Whether a duration in minutes (months as 30 days, years as 365) is
 * within lo..hi, in calendar units (days and longer) when calendar. */
static bool
dur_within(struct duration d, int64_t lo, int64_t hi, bool calendar)
{
	int64_t m = dur_minutes(d);

	if (calendar && !dur_is_calendar(d))
		return false;
	return d.n >= 0 && m >= lo && m <= hi;
}

/* Whether a value read is within its parameter's range (range_words). */
static bool
in_range(const struct param_def *def, const struct param_value *pv)
{
	const int64_t day = 1440, years10 = 3660 * day;
	double x = pv->num;

	switch (def->range) {
	case PR_ANY:
	case PR_RATES:
		return true;
	case PR_DAYS0:
		return dur_within(pv->dur, 0, years10, true);
	case PR_DAYS1:
		return dur_within(pv->dur, day, years10, true);
	case PR_CLOCK:
		return dur_within(pv->dur, 0, day, false);
	case PR_REST:
		return dur_within(pv->dur, 1, 7 * day, false);
	case PR_WINDOW:
		return dur_within(pv->dur, 60, 28 * day, false);
	case PR_MDAY:
		return x >= 1 && x <= 31;
	case PR_MONTHS:
		return x >= 1 && x <= 24;
	case PR_WEEKS:
		return x >= 1 && x <= 52;
	case PR_PEOPLE:
		return x >= 0 && x <= 1000;
	case PR_VISITS:
		return x >= 0 && x <= 100;
	case PR_WEIGHT:
		return x >= 0 && x <= 1;
	case PR_WEEKHOURS:
		return x >= 0 && x <= 168;
	case PR_PERCENT:
		return x >= 0 && x <= 100;
	}
	return true;
}

/* Whether a value read is within its range; false, reported, if not. */
static bool
range_ok(struct apply *ap, const char *rn, const struct param_def *def,
    const struct param_value *pv, const struct node *n, const char *q)
{
	if (in_range(def, pv))
		return true;
	perr(ap, n, 0, "%s: %s: %s is out of range (%s)", rn, def->name, q,
	    range_words[def->range]);
	return false;
}

/* Reads one parameter value by its type; null unsets it. */
static void
set_param(struct apply *ap, enum rule_id r, const struct param_def *def,
    struct param_value *pv, const struct node *n)
{
	char q[TEXT_QUOTE_MAX];
	const char *rn = rule_name(r);
	int c;

	if (node_is_null(n)) {
		/* the rules read their parameters unchecked: only one the
		 * built-in profile leaves unset may be unset again */
		if (pv->set && !ap->builtin)
			perr(ap, n, 0, "%s: %s cannot be null; switch the rule "
			    "off instead (%s: off)", rn, def->name, rn);
		else
			memset(pv, 0, sizeof(*pv));
		return;
	}
	text_quote(q, sizeof(q), n->str, n->len);
	switch (def->type) {
	case P_DURATION:
		if (n->kind != NODE_SCALAR ||
		    dur_parse(n->str, n->len, &pv->dur) != 0) {
			perr(ap, n, 0, "%s: %s: expected a duration such as "
			    "14d, 2w, 6m, 1y, 5wd, 11h or 90min, found %s", rn,
			    def->name, q);
			return;
		}
		break;
	case P_NUMBER:
	case P_COUNT:
		if (!number(n, &pv->num) || (def->type == P_COUNT &&
		    pv->num != (double)(long)pv->num)) {
			perr(ap, n, 0, "%s: %s: expected a %s, found %s", rn,
			    def->name, def->type == P_COUNT ? _("whole number") :
			    _("number"), q);
			return;
		}
		break;
	case P_PERCENT:
		if (!percent(ap, n, &pv->num)) {
			perr(ap, n, 0, "%s: %s: expected a percentage such as "
			    "10%%, found %s", rn, def->name, q);
			return;
		}
		break;
	case P_TIME:
		if (n->kind != NODE_SCALAR ||
		    time_parse(n->str, n->len, &pv->time) != DATE_OK) {
			perr(ap, n, 0, "%s: %s: expected a time HH:MM, found "
			    "%s", rn, def->name, q);
			return;
		}
		break;
	case P_CHOICE:
		for (c = 0; def->choices[c] != NULL; c++)
			if (n->kind == NODE_SCALAR &&
			    strcmp(n->str, def->choices[c]) == 0)
				break;
		if (def->choices[c] == NULL) {
			perr(ap, n, 0, "%s: %s: unknown value %s", rn,
			    def->name, q);
			return;
		}
		pv->choice = c;
		break;
	case P_RATES:
		if (!rates(ap, rn, def, pv, n))
			return;
		break;
	case P_BOOL:
		if (!word_bool(n, &pv->on)) {
			perr(ap, n, 0, "%s: %s: expected on or off, found %s",
			    rn, def->name, q);
			return;
		}
		break;
	}
	if (range_ok(ap, rn, def, pv, n, q))
		pv->set = true;
}

/* Applies one rule's entry: on/off, or a mapping of enabled, source and
 * parameters. */
static void
apply_rule(struct apply *ap, struct profile *p, enum rule_id r,
    const struct node *n, long line)
{
	struct rule_config *rc = &p->rules[r];
	const struct rule_def *def = &rule_defs[r];
	const char *names[RULE_MAX_PARAMS + 2], *near;
	const struct node_item *it;
	char q[TEXT_QUOTE_MAX];
	size_t i, k;
	int pi;
	bool b;

	if (ap->builtin)
		rc->enabled = true;
	if (word_bool(n, &b)) {
		rc->enabled = b;
		goto check;
	}
	if (node_is_null(n))
		goto check;
	if (n->kind != NODE_MAP) {
		perr(ap, n, line, "%s: expected on, off or a mapping of "
		    "parameters", def->id);
		return;
	}
	for (i = 0; i < n->n; i++) {
		it = &n->items[i];
		if (strcmp(it->key, "enabled") == 0) {
			if (!word_bool(it->value, &rc->enabled))
				perr(ap, it->value, it->line, "%s: enabled: "
				    "expected true or false", def->id);
			continue;
		}
		if (strcmp(it->key, "source") == 0) {
			if (it->value->kind != NODE_SCALAR)
				perr(ap, it->value, it->line, "%s: source: "
				    "expected text", def->id);
			else
				rc->source = it->value->str;
			continue;
		}
		if ((pi = rule_param_index(r, it->key)) < 0) {
			k = 0;
			names[k++] = "enabled";
			names[k++] = "source";
			for (pi = 0; pi < RULE_MAX_PARAMS &&
			    def->params[pi].name != NULL; pi++)
				names[k++] = def->params[pi].name;
			near = text_suggest(it->key, names, k);
			text_quote(q, sizeof(q), it->key, strlen(it->key));
			if (near != NULL)
				perr(ap, n, it->line, "%s: unknown parameter "
				    "%s; did you mean '%s'?", def->id, q, near);
			else
				perr(ap, n, it->line, "%s: unknown parameter "
				    "%s", def->id, q);
			continue;
		}
		set_param(ap, r, &def->params[pi], &rc->params[pi], it->value);
	}
check:
	if (records_is_guarantee(r) && !rc->enabled)
		perr(ap, n, line, "%s cannot be switched off", rule_name(r));
}

/* A profile's rules: each entry applied to the regimes it names, or to
 * every regime the rule applies to. */
static void
apply_rules(struct apply *ap, const struct node *rules, enum regime regime)
{
	const struct node_item *it;
	const char *rule_ids[R_COUNT], *near;
	char q[TEXT_QUOTE_MAX];
	size_t i, k;
	int r, g;

	for (i = 0; i < rules->n; i++) {
		it = &rules->items[i];
		if ((r = rule_lookup(it->key)) < 0) {
			for (k = 0; k < R_COUNT; k++)
				rule_ids[k] = rule_defs[k].id;
			near = text_suggest(it->key, rule_ids, R_COUNT);
			text_quote(q, sizeof(q), it->key, strlen(it->key));
			if (near != NULL)
				perr(ap, rules, it->line, "unknown rule %s; "
				    "did you mean '%s'?", q, near);
			else
				perr(ap, rules, it->line, "unknown rule %s", q);
			continue;
		}
		if (regime != REGIME_COUNT &&
		    !(rule_defs[r].regimes & (1u << regime))) {
			perr(ap, rules, it->line, "rule %s does not apply to "
			    "%s", rule_defs[r].id, regime_name(regime));
			continue;
		}
		for (g = 0; g < REGIME_COUNT; g++)
			if ((regime == REGIME_COUNT || (int)regime == g) &&
			    (rule_defs[r].regimes & (1u << g))) {
				apply_rule(ap, &ap->ps->by_regime[g],
				    (enum rule_id)r, it->value, it->line);
				ap->mute = true;
			}
		ap->mute = false;
	}
}

/* encoding: and columns:, how the inputs are read. */
static void
apply_input(struct apply *ap, const struct node_item *it)
{
	const struct node *v = it->value;
	char q[TEXT_QUOTE_MAX];

	if (strcmp(it->key, "columns") == 0) {
		if (colmaps_parse(&ap->ps->columns, &ap->ps->a, v, ap->d) != 0)
			ap->bad = true;
		return;
	}
	if (node_is_null(v)) {
		ap->ps->encoding_set = false;
		return;
	}
	if (v->kind != NODE_SCALAR ||
	    encoding_parse(v->str, &ap->ps->encoding) != 0) {
		perr(ap, v, it->line, "encoding: unknown encoding %s (utf-8, "
		    "cp1252 or latin1)", text_quote(q, sizeof(q), v->str,
		    v->len));
		return;
	}
	ap->ps->encoding_set = true;
}

/* regime: or worktime:, a word from a list. */
static int
top_word(struct apply *ap, const struct node_item *it, enum regime *regime,
    enum worktime *wt)
{
	const struct node *v = it->value;
	char q[TEXT_QUOTE_MAX];

	if (strcmp(it->key, "regime") == 0) {
		if (v->kind == NODE_SCALAR && regime_parse(v->str, regime) == 0)
			return 0;
		perr(ap, v, it->line, "regime: unknown regime %s (expected "
		    "se-pa, se-dv, dk-hh or dk-hp)", text_quote(q, sizeof(q),
		    v->str, v->len));
		return -1;
	}
	if (v->kind == NODE_SCALAR && worktime_parse(v->str, wt) == 0)
		return 0;
	perr(ap, v, it->line, "worktime: unknown working-time rules %s "
	    "(expected atl, household, pan-j or vf-pa)",
	    text_quote(q, sizeof(q), v->str, v->len));
	return -1;
}

static void
apply_doc(struct apply *ap, const struct node *root, const char *builtin_name)
{
	const struct node *rules = NULL, *v;
	const struct node_item *it;
	static const char *const keys[] = { "profile", "regime",
	    "description", "rules", "encoding", "columns", "worktime" };
	const char *near, *name = NULL, *desc = NULL;
	char q[TEXT_QUOTE_MAX];
	struct profile *p;
	enum regime regime = REGIME_COUNT;
	enum worktime wt = WT_COUNT;
	size_t i;
	int g;

	if (root->kind != NODE_MAP) {
		perr(ap, root, 0, "expected a profile (a mapping with "
		    "'rules')");
		return;
	}
	for (i = 0; i < root->n; i++) {
		it = &root->items[i];
		v = it->value;
		if (strcmp(it->key, "profile") == 0 && v->kind == NODE_SCALAR)
			name = v->str;
		else if (strcmp(it->key, "description") == 0 &&
		    v->kind == NODE_SCALAR)
			desc = v->str;
		else if (strcmp(it->key, "regime") == 0 ||
		    strcmp(it->key, "worktime") == 0) {
			if (top_word(ap, it, &regime, &wt) != 0)
				return;
		} else if (strcmp(it->key, "rules") == 0)
			rules = v;
		else if (strcmp(it->key, "encoding") == 0 ||
		    strcmp(it->key, "columns") == 0)
			apply_input(ap, it);
		else {
			near = text_suggest(it->key, keys, 7);
			text_quote(q, sizeof(q), it->key, strlen(it->key));
			if (near != NULL)
				perr(ap, root, it->line, "unknown field %s in "
				    "profile; did you mean '%s'?", q, near);
			else
				perr(ap, root, it->line, "unknown field %s in "
				    "profile", q);
		}
	}
	if (ap->builtin && (regime == REGIME_COUNT || name == NULL ||
	    strcmp(name, builtin_name) != 0)) {
		perr(ap, root, 0, "built-in profile must name itself and its "
		    "regime");
		return;
	}
	if (rules != NULL && !node_is_null(rules) && rules->kind != NODE_MAP) {
		perr(ap, rules, 0, "rules: expected a mapping of rule ids");
		return;
	}
	for (g = 0; g < REGIME_COUNT; g++) {
		if (regime != REGIME_COUNT && (int)regime != g)
			continue;
		p = &ap->ps->by_regime[g];
		if (name != NULL)
			p->name = name;
		if (desc != NULL)
			p->description = desc;
		if (wt != WT_COUNT)
			p->worktime = wt;
	}
	if (rules != NULL)
		apply_rules(ap, rules, regime);
}

/* Applies every document of a profile text. */
static int
apply_text(struct profiles *ps, const char *file, const char *text,
    size_t len, bool builtin, const char *builtin_name, struct diag *d)
{
	struct apply ap = { ps, d, builtin, false, false };
	struct yamlin *y = yamlin_open(file, text, len);
	struct node *root;
	int rc;

	while ((rc = yamlin_next(y, &ps->a, &root, d)) != 0) {
		if (rc < 0)
			ap.bad = true;
		else if (root != NULL && !node_is_null(root))
			apply_doc(&ap, root, builtin_name);
	}
	yamlin_close(y);
	return ap.bad ? -1 : 0;
}

/* Loads the built-in profiles, one per regime, each listing every rule
 * that applies to its regime. */
int
profiles_init(struct profiles *ps, struct diag *d)
{
	struct profile *p;
	size_t i;
	int g, r, status = 0;

	memset(ps, 0, sizeof(*ps));
	arena_init(&ps->a);
	for (g = 0; g < REGIME_COUNT; g++) {
		ps->by_regime[g].regime = (enum regime)g;
		ps->by_regime[g].name = regime_name((enum regime)g);
	}
	for (i = 0; i < nbuiltin_profiles; i++)
		if (apply_text(ps, builtin_profiles[i].name,
		    builtin_profiles[i].text, strlen(builtin_profiles[i].text),
		    true, builtin_profiles[i].name, d) != 0)
			status = -1;
	for (g = 0; g < REGIME_COUNT; g++) {
		p = &ps->by_regime[g];
		for (r = 0; r < R_COUNT; r++)
			if ((rule_defs[r].regimes & (1u << g)) &&
			    p->rules[r].source == NULL) {
				diag_error(d, NULL, 0, "built-in profile %s "
				    "lacks rule %s", regime_name((enum regime)g),
				    rule_defs[r].id);
				status = -1;
			}
	}
	return status;
}

/* Parameters a visit rule reads that belong to another rule: checked as
 * its own when it is on. */
static const struct {
	enum rule_id	 rule, of;
	const char	*param;
} borrowed[] = {
	{ R_VISIT_UNKNOWN_HELPER_NOTICE, R_STAFF_INTRODUCED, "baseline" },
	{ R_STAFF_INTRODUCED, R_VISIT_CONTINUITY, "period" },
};

static bool
unset(const struct profile *p, enum rule_id r, const char *param,
    const char *file, enum rule_id on, struct diag *d)
{
	if (profile_param(p, r, param)->set)
		return false;
	diag_error(d, file, 0, "%s: switched on for %s, whose profile gives "
	    "no %s %s: set it, or switch the rule off", rule_name(on),
	    regime_name(p->regime), rule_name(r), param);
	return true;
}

/* The visit rules read their parameters unchecked and supply none of
 * their own: one switched on for a regime must have them all (but
 * deadline-watch's notice, which is read only when set).  -1 (reported)
 * when one lacks any. */
static int
complete(const struct profiles *ps, const char *file, struct diag *d)
{
	const struct profile *p;
	const struct param_def *def, *end;
	size_t i;
	int g, r, status = 0;

	for (g = 0; g < REGIME_COUNT; g++) {
		p = &ps->by_regime[g];
		for (r = 0; r < R_COUNT; r++) {
			if (!(rule_defs[r].tools & TOOL_VC) ||
			    !(rule_defs[r].regimes & (1u << g)) ||
			    !profile_on(p, (enum rule_id)r))
				continue;
			end = rule_defs[r].params + RULE_MAX_PARAMS;
			for (def = rule_defs[r].params; def < end &&
			    def->name != NULL; def++)
				if (strcmp(def->name, "notice") != 0 &&
				    unset(p, (enum rule_id)r, def->name, file,
				    (enum rule_id)r, d))
					status = -1;
			for (i = 0; i < sizeof(borrowed) / sizeof(borrowed[0]);
			    i++)
				if (borrowed[i].rule == (enum rule_id)r &&
				    unset(p, borrowed[i].of, borrowed[i].param,
				    file, (enum rule_id)r, d))
					status = -1;
		}
	}
	return status;
}

static const struct builtin_profile *
builtin(const char *name)
{
	size_t i;

	for (i = 0; i < nbuiltin_profiles; i++)
		if (strcmp(builtin_profiles[i].name, name) == 0)
			return &builtin_profiles[i];
	return NULL;
}

/* -p NAME|FILE: a built-in profile (back to its defaults) or a file of
 * changes.  -1 (reported) when anything in it is wrong. */
int
profiles_apply(struct profiles *ps, const char *arg, struct diag *d)
{
	const struct builtin_profile *b;
	struct input in;
	enum regime g;
	char *buf;
	size_t len;
	int rc;

	if ((b = builtin(arg)) != NULL) {
		if (regime_parse(b->name, &g) == 0)
			memset(ps->by_regime[g].rules, 0,
			    sizeof(ps->by_regime[g].rules));
		return apply_text(ps, b->name, b->text, strlen(b->text), true,
		    b->name, d);
	}
	if (strchr(arg, '/') == NULL && strchr(arg, '.') == NULL) {
		diag_error(d, NULL, 0, "unknown profile '%s' (built-in: se-pa, "
		    "se-dv, dk-hh, dk-hp; or a file name)", arg);
		return -1;
	}
	if (input_open(&in, arg, d) != 0)
		return -1;
	if (input_slurp(&in, MAX_PROFILE_INPUT, &buf, &len, d) != 0) {
		input_close(&in);
		return -1;
	}
	input_close(&in);
	rc = apply_text(ps, arena_strdup(&ps->a, arg), buf, len, false, NULL,
	    d);
	/* the nodes point into the arena, not into buf */
	free(buf);
	if (rc == 0)
		rc = complete(ps, arg, d);
	return rc;
}

void
profiles_free(struct profiles *ps)
{
	colmaps_free(&ps->columns);
	arena_free(&ps->a);
}

const struct profile *
profiles_for(const struct profiles *ps, enum regime g)
{
	return &ps->by_regime[g];
}

bool
profile_on(const struct profile *p, enum rule_id r)
{
	return p->rules[r].enabled;
}

/* A parameter the rule's code asks for by name: a misspelt name is a bug,
 * not bad input. */
const struct param_value *
profile_param(const struct profile *p, enum rule_id r, const char *name)
{
	int i = rule_param_index(r, name);

	if (i < 0) {
		fprintf(stderr, "caretools: internal error: rule %s has no "
		    "parameter %s\n", rule_name(r), name);
		abort();
	}
	return &p->rules[r].params[i];
}

static const struct param_value *
required(const struct profile *p, enum rule_id r, const char *name)
{
	const struct param_value *v = profile_param(p, r, name);

	if (!v->set) {
		fprintf(stderr, "caretools: internal error: profile %s sets no "
		    "%s for rule %s\n", p->name, name, rule_name(r));
		abort();
	}
	return v;
}

struct duration
profile_dur(const struct profile *p, enum rule_id r, const char *name)
{
	return required(p, r, name)->dur;
}

double
profile_num(const struct profile *p, enum rule_id r, const char *name)
{
	return required(p, r, name)->num;
}

int
profile_time(const struct profile *p, enum rule_id r, const char *name)
{
	return required(p, r, name)->time;
}

int
profile_choice(const struct profile *p, enum rule_id r, const char *name)
{
	return required(p, r, name)->choice;
}

bool
profile_bool(const struct profile *p, enum rule_id r, const char *name)
{
	return required(p, r, name)->on;
}

/* The amount for a year from a table of rates; false when the year has
 * none. */
bool
profile_rate(const struct profile *p, enum rule_id r, const char *name,
    int year, double *out)
{
	const struct param_value *v = profile_param(p, r, name);
	size_t i;

	for (i = 0; i < v->nrates; i++)
		if (v->rates[i].year == year) {
			*out = v->rates[i].amount;
			return true;
		}
	return false;
}
