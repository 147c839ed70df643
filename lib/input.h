/* Input files: opening, encodings, format detection and buffered reading.
 * Whatever the file's encoding, a reader gets UTF-8, without a byte order
 * mark, with the file's line breaks where they were. */
#ifndef CARETOOLS_INPUT_H
#define CARETOOLS_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"

enum format {
	FMT_AUTO,
	FMT_CSV,
	FMT_YAML
};

/* The encoding asked for (--encoding, a profile's encoding).  UTF-8, and
 * UTF-16 with a byte order mark, are read whatever is asked; a file that
 * is not UTF-8 is read as Windows-1252 or Latin-1 only when asked. */
enum encoding {
	ENC_UTF8,
	ENC_CP1252,
	ENC_LATIN1
};

struct colmaps;

/* How the inputs of a run are read: the same for all of them. */
struct readopts {
	enum encoding		 encoding;
	int			 delim;		/* CSV: 0, found in the header */
	const struct colmaps	*columns;	/* the profiles' column maps */
};

#define INPUT_HEAD	4096

/* How the bytes of the file become UTF-8. */
enum input_mode {
	IM_START,	/* nothing read yet */
	IM_UTF8,	/* checked as it passes */
	IM_ASCII,	/* a legacy encoding asked for, only ASCII so far */
	IM_ICONV	/* converted (UTF-16, Windows-1252, Latin-1) */
};

struct input {
	const char		*name;	/* for messages: the path or "<stdin>" */
	FILE			*fp;
	int64_t			 size;	/* a regular file's, at open; or -1 */
	const struct readopts	*opts;	/* NULL: the defaults */
	unsigned char		 head[INPUT_HEAD];	/* the text's start */
	size_t			 headlen, headpos;
	bool			 error;	/* a read error was reported */
	/* the conversion to UTF-8 (see input.c) */
	enum input_mode		 mode;
	const char		*from;	/* the encoding converted from */
	void			*cd;	/* iconv_t, when converting */
	unsigned char		*raw;	/* bytes read, not yet converted */
	size_t			 rawlen, rawpos;
	unsigned char		 pend[4];	/* UTF-8 cut by a block's end */
	size_t			 npend;
	bool			 eof;	/* the file has no more bytes */
	bool			 refused;	/* not in its encoding, from here */
	char			 bad[160];	/* what, for the message */
	void			*owned;	/* the text, when read whole */
	int64_t			 pos;	/* the file's offset read next; -1 */
	int64_t			 stop;	/* input_hold's offset; 0: none */
	bool			 held;	/* read up to it */
};

int		 input_open(struct input *, const char *, struct diag *);
int		 input_open_as(struct input *, const char *,
		    const struct readopts *, struct diag *);
int		 input_open_whole(struct input *, const char *,
		    const struct readopts *, size_t, struct diag *);
int		 input_mem(struct input *, const char *, const void *, size_t,
		    struct diag *);
int		 input_mem_as(struct input *, const char *, const void *,
		    size_t, const struct readopts *, struct diag *);
enum format	 input_format(struct input *, enum format);
bool		 input_is_yaml_records(const struct input *);
size_t		 input_read(struct input *, void *, size_t, struct diag *);
size_t		 input_ascii_len(const void *, size_t);
int		 input_slurp(struct input *, size_t, char **, size_t *,
		    struct diag *);
bool		 input_refused(const struct input *);
int		 input_hold(struct input *, int64_t);
bool		 input_held(const struct input *);
int		 input_go_on(struct input *, int64_t, struct diag *);
void		 input_refusal(struct input *, long, struct diag *);
void		 input_close(struct input *);
int		 format_parse(const char *, enum format *);
int		 encoding_parse(const char *, enum encoding *);
int		 delim_parse(const char *, int *);

#endif
