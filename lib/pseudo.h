/* Keyed pseudonyms for the ids of people in reports: HMAC-SHA-256 of the
 * id under a key the user keeps, cut to 64 bits, so that reports of
 * different runs under one key still join, and nobody without the key can
 * tell whose they are. */
#ifndef CARETOOLS_PSEUDO_H
#define CARETOOLS_PSEUDO_H

#include <stdbool.h>

#include "diag.h"

#define PSEUDO_ENV_FILE	"CARETOOLS_KEY_FILE"	/* a file holding the key */
#define PSEUDO_ENV_KEY	"CARETOOLS_KEY"		/* the key itself */
#define PSEUDO_MIN_KEY	16			/* bytes */
/* The letters of a pseudonym, for the values 0 to 15 of four bits: a
 * pseudonym has no digit (earlier versions wrote hex digits; see the
 * migration note in caretools(7)). */
#define PSEUDO_ALPHABET	"bcdfghjkmnpqrstz"

enum pseudo_kind {
	PSEUDO_CASE,	/* C-...: a client's case */
	PSEUDO_STAFF,	/* S-...: an assistant or helper */
	PSEUDO_PERSON	/* P-...: a support person or guardian */
};

int		 pseudo_init(struct diag *);
const char	*pseudo(enum pseudo_kind, const char *);
void		 pseudo_end(void);

#endif
