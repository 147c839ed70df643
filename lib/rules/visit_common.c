/* What the visit-compliance families share (see visit_common.h). */
#include <stdio.h>
#include <string.h>

#include "shifts.h"
#include "text.h"
#include "visit_common.h"

/* The service as granted on a day, or NULL. */
const struct service *
service_granted(const struct care_case *c, enum service_name s, cdate day)
{
	const struct decision *dec;
	size_t i, j;

	for (i = 0; i < c->ndecisions; i++) {
		dec = &c->decisions[i];
		if (!decision_in_force(dec, day))
			continue;
		for (j = 0; j < dec->nservices; j++)
			if (dec->services[j].what == s)
				return &dec->services[j];
	}
	return NULL;
}

/* A visit id for a message: as it is when plain, else quoted, so that
 * nothing shaped like a personal identity number is printed.  buf holds
 * TEXT_QUOTE_MAX. */
const char *
visit_id_text(const char *id, char *buf)
{
	size_t len = strlen(id);

	return shift_id_ok(id, len) ? id : text_quote(buf, TEXT_QUOTE_MAX,
	    id, len);
}

/* Minutes after midnight as HH:MM; buf holds CLOCK_BUFSZ. */
char *
clock_text(int t, char *buf)
{
	snprintf(buf, CLOCK_BUFSZ, "%02d:%02d", (t / 60) % 100, t % 60);
	return buf;
}
