#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "cases_int.h"
#include "rules.h"
#include "i18n.h"
#include "text.h"

static const char *const regime_names[REGIME_COUNT] = {
	"se-pa", "se-dv", "dk-hh", "dk-hp"
};

const char *const worktime_names[] = {
	"atl", "household", "pan-j", "vf-pa", NULL
};

static const char *const funder_names[] = { "", "fk", "municipality" };

static const char *const reason_names[] = {
	"", "hospital", "respite", "holiday", "illness", "other"
};

static const char *const event_names[EV_COUNT] = {
	"schedule-change", "assistant-change", "absence", "application",
	"provider-choice", "provider-change", "fk-report", "summary",
	"complaint", "introduction"
};

const char *const service_names[SVC_COUNT] = {
	"cleaning", "laundry", "shopping", "mail", "fridge-cleaning",
	"personal-care", "bath", "meal"
};

const unsigned char service_kinds[SVC_COUNT] = {
	[SVC_CLEANING] = SERVICE_PRACTICAL, [SVC_LAUNDRY] = SERVICE_PRACTICAL,
	[SVC_SHOPPING] = SERVICE_PRACTICAL,
	[SVC_FRIDGE_CLEANING] = SERVICE_PRACTICAL,
	[SVC_MAIL] = SERVICE_PERSONAL, [SVC_PERSONAL_CARE] = SERVICE_PERSONAL,
	[SVC_BATH] = SERVICE_PERSONAL, [SVC_MEAL] = SERVICE_MEAL
};

const struct vocab vocab_regimes = { regime_names, REGIME_COUNT, 0 };
const struct vocab vocab_funders = { funder_names, NELEM(funder_names), 1 };
const struct vocab vocab_reasons = { reason_names, NELEM(reason_names), 1 };
const struct vocab vocab_events = { event_names, EV_COUNT, 0 };
const struct vocab vocab_services = { service_names, SVC_COUNT, 0 };

/* The value named s, or -1. */
int
vocab_find(const struct vocab *v, const char *s)
{
	size_t i;

	for (i = v->first; i < v->n; i++)
		if (strcmp(s, v->names[i]) == 0)
			return (int)i;
	return -1;
}

/* What to tell the writer of the unknown value s: the nearest name, or
 * all of them ("; did you mean 'x'?" or " (expected a, b or c)"). */
const char *
vocab_hint(const struct vocab *v, const char *s, char *buf, size_t size)
{
	char list[160];
	const char *near;
	size_t i;
	int len = 0;

	near = text_suggest(s, v->names + v->first, v->n - v->first);
	if (near != NULL) {
		snprintf(buf, size, _("; did you mean '%s'?"), near);
		return buf;
	}
	list[0] = '\0';
	for (i = v->first; i < v->n && len >= 0 && (size_t)len < sizeof(list);
	    i++)
		len += snprintf(list + len, sizeof(list) - (size_t)len, "%s%s",
		    i == v->first ? "" : i + 1 == v->n ? _(" or ") : ", ",
		    v->names[i]);
	snprintf(buf, size, _(" (expected %s)"), list);
	return buf;
}

const char *
service_name(enum service_name s)
{
	return service_names[s];
}

/* A working-time regime by its name, in any case. */
int
worktime_parse(const char *s, enum worktime *wt)
{
	int i;

	for (i = 0; i < WT_COUNT; i++)
		if (strcasecmp(s, worktime_names[i]) == 0) {
			*wt = (enum worktime)i;
			return 0;
		}
	return -1;
}

const char *
worktime_name(enum worktime wt)
{
	return worktime_names[wt];
}

const char *
regime_name(enum regime r)
{
	return regime_names[r];
}

int
regime_parse(const char *s, enum regime *r)
{
	int i;

	if ((i = vocab_find(&vocab_regimes, s)) < 0)
		return -1;
	*r = (enum regime)i;
	return 0;
}

enum country
regime_country(enum regime r)
{
	return r == REGIME_DK_HH || r == REGIME_DK_HP ? COUNTRY_DK :
	    COUNTRY_SE;
}

enum zone
regime_zone(enum regime r)
{
	return regime_country(r) == COUNTRY_DK ? ZONE_COPENHAGEN :
	    ZONE_STOCKHOLM;
}

const char *
event_type_name(enum event_type t)
{
	return event_names[t];
}
