#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sodium.h>

#include "pseudo.h"

#define KEY_MAX		1024
#define RING		8		/* pseudonyms alive at once */
#define NAME_LEN	(2 + 16)	/* "C-" and 64 bits in hex */

static unsigned char key[KEY_MAX];
static size_t keylen;
static bool on;

static const char prefixes[] = "CSP";
static const char *const domains[] = { "case", "staff", "person" };

/* The key from the file named by CARETOOLS_KEY_FILE, which others may not
 * read, or from CARETOOLS_KEY; never from the command line, where ps(1)
 * shows it.  Trailing line ends are not part of it. */
int
pseudo_init(struct diag *d)
{
	const char *path = getenv(PSEUDO_ENV_FILE), *env;
	struct stat st;
	FILE *fp;

	if (sodium_init() < 0) {
		diag_error(d, NULL, 0, "--pseudonymize: libsodium would not "
		    "start");
		return -1;
	}
	if (path != NULL && *path != '\0') {
		if ((fp = fopen(path, "rb")) == NULL) {
			diag_error(d, NULL, 0, "%s: %s", path,
			    strerror(errno));
			return -1;
		}
		if (fstat(fileno(fp), &st) == 0 && (st.st_mode & 077) != 0) {
			diag_error(d, NULL, 0, "%s: the pseudonym key may be "
			    "read by others (chmod 600 %s)", path, path);
			fclose(fp);
			return -1;
		}
		keylen = fread(key, 1, sizeof(key), fp);
		if (ferror(fp) || !feof(fp)) {
			diag_error(d, NULL, 0, "%s: %s", path, ferror(fp) ?
			    "read error" : "key longer than 1024 bytes");
			fclose(fp);
			sodium_memzero(key, sizeof(key));
			return -1;
		}
		fclose(fp);
	} else if ((env = getenv(PSEUDO_ENV_KEY)) != NULL) {
		keylen = strlen(env);
		if (keylen > sizeof(key)) {
			diag_error(d, NULL, 0, "%s: key longer than 1024 bytes",
			    PSEUDO_ENV_KEY);
			return -1;
		}
		memcpy(key, env, keylen);
	} else {
		diag_error(d, NULL, 0, "--pseudonymize needs a key: set %s to "
		    "a file holding it, or %s to the key", PSEUDO_ENV_FILE,
		    PSEUDO_ENV_KEY);
		return -1;
	}
	while (keylen > 0 && (key[keylen - 1] == '\n' ||
	    key[keylen - 1] == '\r'))
		keylen--;
	if (keylen < PSEUDO_MIN_KEY) {
		diag_error(d, NULL, 0, "--pseudonymize: the key has %zu bytes; "
		    "it needs %d at least", keylen, PSEUDO_MIN_KEY);
		sodium_memzero(key, sizeof(key));
		return -1;
	}
	on = true;
	return 0;
}

/* The name of an id in one try: the kind and the try are part of the
 * message, so that a case and a helper with one id get different names,
 * and each try another. */
static void
name_of(enum pseudo_kind kind, const char *id, unsigned char try, char *out)
{
	static const char hex[] = "0123456789abcdef";
	crypto_auth_hmacsha256_state st;
	unsigned char mac[crypto_auth_hmacsha256_BYTES];
	int i;

	crypto_auth_hmacsha256_init(&st, key, keylen);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)
	    domains[kind], strlen(domains[kind]) + 1);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)id,
	    strlen(id));
	if (try > 0)
		crypto_auth_hmacsha256_update(&st, &try, 1);
	crypto_auth_hmacsha256_final(&st, mac);
	out[0] = prefixes[kind];
	out[1] = '-';
	for (i = 0; i < 8; i++) {
		out[2 + 2 * i] = hex[mac[i] >> 4];
		out[3 + 2 * i] = hex[mac[i] & 15];
	}
	out[NAME_LEN] = '\0';
}

/* Whether a name holds a run of PSEUDO_MAX_DIGITS decimal digits or more:
 * the shape of a personal identity number, which no pseudonym may have
 * (the mask would take it for one). */
static bool
number_shaped(const char *s)
{
	size_t run = 0;

	for (; *s != '\0'; s++)
		if ((run = *s >= '0' && *s <= '9' ? run + 1 : 0) >=
		    PSEUDO_MAX_DIGITS)
			return true;
	return false;
}

/* The id as it may be printed: itself, or with --pseudonymize its
 * pseudonym, the first of the HMAC's tries that has no run of digits
 * shaped like a personal identity number (one id in about sixty needs a
 * second).  The text lives until RING more calls. */
const char *
pseudo(enum pseudo_kind kind, const char *id)
{
	static char ring[RING][NAME_LEN + 1];
	static unsigned next;
	char *out;
	unsigned char try = 0;

	if (!on || id == NULL)
		return id;
	out = ring[next++ % RING];
	do
		name_of(kind, id, try, out);
	while (number_shaped(out) && ++try != 0);
	return out;
}

/* Forgets the key. */
void
pseudo_end(void)
{
	sodium_memzero(key, sizeof(key));
	keylen = 0;
	on = false;
}
