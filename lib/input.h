/* Input files: opening, format detection and buffered reading. */
#ifndef CARETOOLS_INPUT_H
#define CARETOOLS_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "diag.h"

enum format {
	FMT_AUTO,
	FMT_CSV,
	FMT_YAML
};

#define INPUT_HEAD	4096

struct input {
	const char	*name;		/* for messages: the path or "<stdin>" */
	FILE		*fp;
	unsigned char	 head[INPUT_HEAD];
	size_t		 headlen, headpos;
	bool		 error;		/* a read error was reported */
};

int		 input_open(struct input *, const char *, struct diag *);
int		 input_mem(struct input *, const char *, const void *, size_t,
		    struct diag *);
enum format	 input_format(struct input *, enum format);
size_t		 input_read(struct input *, void *, size_t, struct diag *);
int		 input_slurp(struct input *, size_t, char **, size_t *,
		    struct diag *);
void		 input_close(struct input *);
int		 format_parse(const char *, enum format *);

#endif
