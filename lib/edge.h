/* The privacy filter at the edge: standard output and standard error
 * become streams that pass every byte through the one mask (text_mask)
 * before it reaches the file descriptor, whoever wrote it (reports,
 * tables, messages, usage errors, --help).  Text that may be the head of a
 * number is held until the character after it shows whether it is one. */
#ifndef CARETOOLS_EDGE_H
#define CARETOOLS_EDGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

int	edge_init(void);
bool	edge_stream(FILE *);
size_t	edge_write_masked(FILE *, const char *, size_t);

#endif
