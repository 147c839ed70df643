#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sodium.h>

#include "pseudo.h"

#define KEY_MAX		1024
#define RING		8		/* pseudonyms alive at once */
#define NAME_LEN	(2 + 16)	/* "C-" and 64 bits, 4 to a letter */

/* a key, a line end (CR LF) and one byte more: a longer one shows */
static unsigned char key[KEY_MAX + 3];
static size_t keylen;
static bool on;

static const char prefixes[] = "CSP";
static const char *const domains[] = { "case", "staff", "person" };

/* The key file: others may not read it; up to sizeof(key) bytes of it
 * into key (one more than a key and its line end: a longer file shows).
 * -1 (reported) on an error. */
static int
read_key_file(const char *path, struct diag *d)
{
	struct stat st;
	FILE *fp;
	bool bad;

	if ((fp = fopen(path, "rb")) == NULL) {
		diag_error(d, NULL, 0, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fileno(fp), &st) == 0 && (st.st_mode & 077) != 0) {
		diag_error(d, NULL, 0, "%s: the pseudonym key may be read by "
		    "others (chmod 600 %s)", path, path);
		fclose(fp);
		return -1;
	}
	keylen = fread(key, 1, sizeof(key), fp);
	if ((bad = ferror(fp) != 0))
		diag_error(d, NULL, 0, "%s: read error", path);
	fclose(fp);
	return bad ? -1 : 0;
}

/* The key from the file named by CARETOOLS_KEY_FILE, which others may not
 * read, or from CARETOOLS_KEY; never from the command line, where ps(1)
 * shows it.  Trailing line ends are not part of it; it has 16 to 1024
 * bytes, the same in a file as in the environment. */
int
pseudo_init(struct diag *d)
{
	const char *path = getenv(PSEUDO_ENV_FILE), *env, *from = path;

	if (sodium_init() < 0) {
		diag_error(d, NULL, 0, "--pseudonymize: libsodium would not "
		    "start");
		return -1;
	}
	if (path != NULL && *path != '\0') {
		if (read_key_file(path, d) != 0)
			return -1;
	} else if ((env = getenv(PSEUDO_ENV_KEY)) != NULL) {
		from = PSEUDO_ENV_KEY;
		keylen = strlen(env);
		if (keylen > sizeof(key))
			keylen = sizeof(key);	/* too long, as a file */
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
	if (keylen > KEY_MAX)
		diag_error(d, NULL, 0, "%s: key longer than %d bytes", from,
		    KEY_MAX);
	else if (keylen < PSEUDO_MIN_KEY)
		diag_error(d, NULL, 0, "--pseudonymize: the key has %zu bytes; "
		    "it needs %d at least", keylen, PSEUDO_MIN_KEY);
	else {
		on = true;
		return 0;
	}
	sodium_memzero(key, sizeof(key));
	return -1;
}

/* The name of an id: the kind's letter, '-', and the first 64 bits of the
 * HMAC-SHA-256 of the kind and the id, four bits to a letter of
 * PSEUDO_ALPHABET (sixteen consonants): no digit, so that no pseudonym
 * can look like a personal identity number or be touched by the mask,
 * and no vowel, so that none spells a word.  The kind is part of the
 * message, so that a case and a helper with one id get different
 * names. */
static void
name_of(enum pseudo_kind kind, const char *id, char *out)
{
	static const char letters[] = PSEUDO_ALPHABET;
	crypto_auth_hmacsha256_state st;
	unsigned char mac[crypto_auth_hmacsha256_BYTES];
	int i;

	crypto_auth_hmacsha256_init(&st, key, keylen);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)
	    domains[kind], strlen(domains[kind]) + 1);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)id,
	    strlen(id));
	crypto_auth_hmacsha256_final(&st, mac);
	out[0] = prefixes[kind];
	out[1] = '-';
	for (i = 0; i < 8; i++) {
		out[2 + 2 * i] = letters[mac[i] >> 4];
		out[3 + 2 * i] = letters[mac[i] & 15];
	}
	out[NAME_LEN] = '\0';
}

/* The id as it may be printed: itself, or with --pseudonymize its
 * pseudonym.  The text lives until RING more calls on the thread. */
const char *
pseudo(enum pseudo_kind kind, const char *id)
{
	static _Thread_local char ring[RING][NAME_LEN + 1];
	static _Thread_local unsigned next;
	char *out;

	if (!on || id == NULL)
		return id;
	out = ring[next++ % RING];
	name_of(kind, id, out);
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
