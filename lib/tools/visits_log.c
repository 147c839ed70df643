/* visit-compliance's engine: reading visit logs, a row at a time, with a
 * small handler per column (see visits_int.h). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "shifts.h"
#include "visits_int.h"
#include "xalloc.h"

/*
 * Staff and providers.
 */

/* The dense index of an id in a map, made on first sight; *kept is the
 * map's copy of a new one, else NULL. */
static uint32_t
intern(struct strmap *m, struct arena *a, const char *id, size_t len,
    size_t *n, const char **kept)
{
	void **slot, *val;
	int added;

	*kept = NULL;
	if ((val = strmap_get(m, id, len)) != NULL)
		return (uint32_t)((uintptr_t)val - 1);
	*kept = arena_strndup(a, id, len);
	slot = strmap_put(m, *kept, len, &added);
	*slot = (void *)(uintptr_t)(++*n);
	return (uint32_t)(*n - 1);
}

static uint32_t __attribute__((noinline))
prov_index(struct compliance *v, const char *id, size_t len)
{
	const char *kept;
	uint32_t ix = intern(&v->prov_index, &v->a, id, len, &v->nprov,
	    &kept);

	if (kept != NULL) {
		if (ix == v->capprov) {
			v->capprov = v->capprov ? 2 * v->capprov : 16;
			v->prov = xreallocarray(v->prov, v->capprov,
			    sizeof(*v->prov));
		}
		memset(&v->prov[ix], 0, sizeof(v->prov[ix]));
		v->prov[ix].id = kept;
		v->prov[ix].bad = !shift_id_ok(id, len);
	}
	return ix;
}

/*
 * Reading.
 */

static void
row_reset(struct logread *lr)
{
	visit_begin(&lr->p);
	actlog_row_reset(&lr->r);
	lr->vc = NULL;
	lr->has_prov = lr->prov_bad = false;
}

/* Whether two ids are equal. */
static bool
same_id(const char *a, size_t alen, const char *b, size_t blen)
{
	return alen == blen && actlog_same_id(a, b, alen);
}
/* The rare ways of a field, out of the hot path. */
static void __attribute__((noinline, cold))
field_full(struct logread *lr, enum visit_col role, const char *s, size_t len)
{
	visit_field(&lr->p, &lr->vh, (size_t)lr->vh.col[role], s, len);
}

/*
 * One small handler per column, each reading the common shapes of its
 * field in line and leaving the rest to field_full().  The ids are
 * resolved while their text is there.
 */

/* An empty staff column is a visit no one was sent to. */
static void
col_staff(struct actlog_row *r, const char *s, size_t len)
{
	if (len > 0)
		actlog_col_staff(r, s, len);
}

static void
col_provider(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;
	struct compliance *v = lr->v;

	if (len == 0)
		return;
	if (!same_id(s, len, v->last_prov, v->last_prov_len)) {
		v->last_prov_ix = prov_index(v, s, len);
		if (len < sizeof(v->last_prov)) {
			memcpy(v->last_prov, s, len);
			v->last_prov_len = len;
		} else
			v->last_prov_len = SIZE_MAX;
	}
	lr->prov = v->last_prov_ix;
	lr->has_prov = true;
	lr->prov_bad = v->prov[lr->prov].bad;
}

static void
col_visit(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;

	if (len > 0 && len <= VISIT_ID_MAX) {
		memcpy(lr->p.id, s, len);
		lr->p.id[len] = '\0';
		lr->p.idlen = len;
	} else
		field_full(lr, VC_VISIT, s, len);
}

static void
col_service(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;
	int k = -1;

	/* by length, then the one name of that length it can be */
	switch (len) {
	case 4:
		k = memcmp(s, "meal", 4) == 0 ? SVC_MEAL :
		    memcmp(s, "mail", 4) == 0 ? SVC_MAIL :
		    memcmp(s, "bath", 4) == 0 ? SVC_BATH : -1;
		break;
	case 8:
		k = memcmp(s, "cleaning", 8) == 0 ? SVC_CLEANING :
		    memcmp(s, "shopping", 8) == 0 ? SVC_SHOPPING : -1;
		break;
	case 13:
		k = memcmp(s, "personal-care", 13) == 0 ? SVC_PERSONAL_CARE :
		    -1;
		break;
	}
	if (k < 0) {
		field_full(lr, VC_SERVICE, s, len);
		return;
	}
	lr->p.service = (enum service_name)k;
	lr->p.has_service = true;
}

static void
col_status(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;

	if (len == 9 && memcmp(s, "delivered", 9) == 0) {
		lr->p.status = VS_DELIVERED;
		lr->p.has_status = true;
	} else
		field_full(lr, VC_STATUS, s, len);
}

static void
col_planned_start(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;

	if (!visit_when_fast(&lr->p, s, len, &lr->p.planned_start))
		field_full(lr, VC_PLANNED_START, s, len);
}

static void
col_planned_end(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;

	if (!visit_when_fast(&lr->p, s, len, &lr->p.planned_end))
		field_full(lr, VC_PLANNED_END, s, len);
}

static void
col_actual_start(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;

	if (visit_when_fast(&lr->p, s, len, &lr->p.actual_start))
		lr->p.has_actual_start = true;
	else if (len > 0)
		field_full(lr, VC_ACTUAL_START, s, len);
}

static void
col_actual_end(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;

	if (visit_when_fast(&lr->p, s, len, &lr->p.actual_end))
		lr->p.has_actual_end = true;
	else if (len > 0)
		field_full(lr, VC_ACTUAL_END, s, len);
}

/* reason, notified, replaces, cancelled: mostly empty */
static void
col_rare(struct logread *lr, const char *s, size_t len, enum visit_col role)
{
	if (len > 0)
		field_full(lr, role, s, len);
}

static void
col_reason(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;

	col_rare(lr, s, len, VC_REASON);
}

static void
col_notified(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;

	col_rare(lr, s, len, VC_NOTIFIED);
}

static void
col_replaces(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;

	col_rare(lr, s, len, VC_REPLACES);
}

static void
col_cancelled(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;

	col_rare(lr, s, len, VC_CANCELLED);
}

static actlog_col_fn *const col_handler[VC_COUNT] = {
	[VC_CASE] = actlog_col_case, [VC_VISIT] = col_visit,
	[VC_SERVICE] = col_service, [VC_PLANNED_START] = col_planned_start,
	[VC_PLANNED_END] = col_planned_end,
	[VC_ACTUAL_START] = col_actual_start,
	[VC_ACTUAL_END] = col_actual_end, [VC_STAFF] = col_staff,
	[VC_STATUS] = col_status, [VC_REASON] = col_reason,
	[VC_NOTIFIED] = col_notified, [VC_REPLACES] = col_replaces,
	[VC_PROVIDER] = col_provider, [VC_CANCELLED] = col_cancelled,
};

static void
log_row(void *arg, size_t n, long line)
{
	struct logread *lr = arg;
	struct compliance *v = lr->v;
	const char *file = v->log.files[lr->r.file];

	(void)n;
	if (!actlog_row_known(&lr->r, line, "visits"))
		;
	else if (lr->r.staff_bad || lr->prov_bad) {
		diag_error(lr->r.d, file, line, "%s: not a usable id (too long, "
		    "control characters, or shaped like a personal identity "
		    "number)", lr->r.staff_bad ? "staff" : "provider");
		v->log.rejected++;
	} else if (visit_end(&lr->p, &lr->vh) != 0) {
		diag_error(lr->r.d, file, line, "%s", lr->p.e.err);
		v->log.rejected++;
	} else if (lr->p.status == VS_DELIVERED && !lr->r.has_staff &&
	    lr->vh.col[VC_STAFF] >= 0) {
		diag_error(lr->r.d, file, line, "staff: empty for a delivered "
		    "visit");
		v->log.rejected++;
	} else {
		lr->vc = &v->cases[lr->r.c->index];
		take_visit(v, lr, line);
	}
	row_reset(lr);
}

static void
log_drop(void *arg)
{
	row_reset(arg);
}

/* The visit log's header: its columns, and a handler for each. */
static int
log_header(void *arg, const struct csvrow *cr, struct diag *d)
{
	struct logread *lr = arg;

	if (visit_header(cr, lr->v->log.files[lr->r.file], lr->r.cols,
	    &lr->vh, d) != 0)
		return -1;
	if (lr->vh.col[VC_PROVIDER] >= 0)
		lr->v->providers = true;
	actlog_columns(&lr->r, lr->vh.role, lr->vh.ncols, col_handler);
	return (int)lr->vh.ncols;
}

/* Reads a visit log to its end: bad rows are reported and skipped. */
int
compliance_log(struct compliance *v, struct input *in, struct diag *d)
{
	static const struct actlog_kind kind = { N_("visit"), N_("visits"), log_header,
	    log_row, log_drop, NULL };
	/* 8 kB of handlers: not on the stack */
	struct logread *lr = xcalloc(1, sizeof(*lr));
	int rc;

	lr->v = v;
	rc = actlog_log(&v->log, &lr->r, &kind, in, d);
	free(lr);
	return rc;
}

