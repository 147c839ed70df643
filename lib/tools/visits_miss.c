/* visit-compliance's engine: the visits the provider missed and the
 * visits that replace them, resolved at the end of the log (see
 * visits_int.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules/replacement.h"
#include "text.h"
#include "visits_int.h"
#include "xalloc.h"

/* A case's visit by its id, as a miss, made on first sight. */
struct miss *
miss_of(struct compliance *v, uint32_t kase, const char *id, size_t len)
{
	char key[4 + VISIT_ID_MAX];
	struct miss *m;
	void **slot;
	char *kept;
	int added;

	memcpy(key, &kase, 4);
	memcpy(key + 4, id, len);
	if ((m = strmap_get(&v->misses, key, len + 4)) != NULL)
		return m;
	kept = arena_alloc(&v->a, len + 4);
	memcpy(kept, key, len + 4);
	m = arena_alloc(&v->a, sizeof(*m));
	memset(m, 0, sizeof(*m));
	m->id = arena_strndup(&v->a, id, len);
	m->kase = kase;
	m->day = m->repl = m->resolved = DATE_NONE;
	slot = strmap_put(&v->misses, kept, len + 4, &added);
	*slot = m;
	return m;
}

/* A replacement row: the miss it names learns of it. */
void
miss_replacement(struct compliance *v, struct logread *lr, long line,
    cdate day)
{
	const struct visit_parse *p = &lr->p;
	struct miss *m = miss_of(v, (uint32_t)lr->vc->c->index, p->replaces,
	    p->replen);

	if (m->nrepl++ == 0 || lr->r.file < m->rfile || (lr->r.file == m->rfile &&
	    (uint32_t)line < m->rline)) {
		m->rfile = lr->r.file;
		m->rline = (uint32_t)line;
	}
	if (p->status == VS_MISSED_PROVIDER) {
		struct miss *me = miss_of(v, (uint32_t)lr->vc->c->index, p->id,
		    p->idlen);

		/* the chain's order must not hang on the input's */
		if (m->chain == NULL || strcmp(me->id, m->chain->id) < 0)
			m->chain = me;
		return;
	}
	if (m->repl == DATE_NONE || day < m->repl)
		m->repl = day;
	if (p->notified)
		m->repl_notified = true;
}

/* The day a miss was made good: its own replacement or, through a
 * replacement that was missed too, that one's. */
static cdate
resolve(struct miss *m)
{
	cdate r;

	if (m->done)
		return m->resolved;
	if (m->busy)
		return DATE_NONE;	/* a ring of misses replaces nothing */
	m->busy = true;
	r = m->repl;
	if (m->chain != NULL) {
		cdate c = resolve(m->chain);

		if (c != DATE_NONE && (r == DATE_NONE || c < r))
			r = c;
		if (m->chain->repl_notified || m->chain->notified)
			m->repl_notified = true;
	}
	m->busy = false;
	m->done = true;
	return m->resolved = r;
}

/* A visit made good in time keeps the service's interval on its own
 * day, not on the day of its replacement. */
static void
credit(struct vcase *vc, enum service_name s, cdate day, cdate repl)
{
	struct chunk *ch;
	uint8_t *n;

	if (vc->track[s] < 0)
		return;
	ch = chunk_at(vc, repl);
	n = &ch->svc[vc->track[s] * CHUNK_DAYS + day_index(repl)];
	if (*n > 0 && *n < UINT8_MAX)
		(*n)--;
	svc_count(vc, s, day);
}

static void
judge_miss(struct compliance *v, struct miss *m)
{
	struct vcase *vc = &v->cases[m->kase];
	struct missed_visit mv = { m->id, { v->log.files[m->file], m->line },
	    m->day, m->svc, false };
	cdate due, r = resolve(m);

	if (r != DATE_NONE && replacement_due(vc->c, vc->p, &vc->away, m->svc,
	    m->day, &due) && r <= due)
		credit(vc, m->svc, m->day, r);
	mv.told = m->notified || m->repl_notified;
	replacement_judge(v->f, vc->c, vc->p, &vc->away, &mv, r,
	    v->log_last);
}

static int
by_ref_pos(const void *a, const void *b)
{
	const struct miss *x = *(const struct miss *const *)a;
	const struct miss *y = *(const struct miss *const *)b;

	if (x->rfile != y->rfile)
		return x->rfile < y->rfile ? -1 : 1;
	return x->rline < y->rline ? -1 : x->rline > y->rline;
}

/* Every miss to its family; a replacement naming no missed visit is an
 * error in the log. */
void
compliance_misses(struct compliance *v, struct diag *d)
{
	struct miss **bad = NULL, *m;
	char q[TEXT_QUOTE_MAX];
	size_t i, nbad = 0;

	for (i = 0; i < v->misses.cap; i++) {
		if (v->misses.slots[i].key == NULL)
			continue;
		m = v->misses.slots[i].value;
		if (m->is_miss)
			judge_miss(v, m);
		else if (m->nrepl > 0) {
			bad = xreallocarray(bad, nbad + 1, sizeof(*bad));
			bad[nbad++] = m;
		}
	}
	if (nbad > 1)
		qsort(bad, nbad, sizeof(*bad), by_ref_pos);
	for (i = 0; i < nbad; i++) {
		m = bad[i];
		if (m->nrepl == 1)
			diag_error(d, v->log.files[m->rfile], m->rline, "replaces: "
			    "%s is not a visit of case %s that the provider "
			    "missed", visit_id_text(m->id, q),
			    v->cases[m->kase].c->id);
		else
			diag_error(d, v->log.files[m->rfile], m->rline, "replaces: "
			    "%s is not a visit of case %s that the provider "
			    "missed (and %lu more rows name it)",
			    visit_id_text(m->id, q), v->cases[m->kase].c->id,
			    m->nrepl - 1);
	}
	free(bad);
}

