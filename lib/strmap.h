/* Open-addressing hash map from strings to pointers. */
#ifndef CARETOOLS_STRMAP_H
#define CARETOOLS_STRMAP_H

#include <stddef.h>

struct strmap_slot {
	const char	*key;		/* owned by the caller */
	size_t		 len;
	size_t		 hash;
	void		*value;
};

struct strmap {
	struct strmap_slot	*slots;
	size_t			 cap, n;
};

void	 strmap_init(struct strmap *);
void	*strmap_get(const struct strmap *, const char *, size_t);
void   **strmap_put(struct strmap *, const char *, size_t, int *);
void	 strmap_free(struct strmap *);

#endif
