#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "i18n.h"
#include "text.h"
#include "xalloc.h"
#include "yamlin.h"

struct yamlin {
	const char	*name;
	struct input	*in;		/* NULL: buf holds the whole input */
	char		*buf;		/* owned when reading from in */
	size_t		 len, cap;
	bool		 eof;
	size_t		 next;		/* where the next piece starts */
	long		 next_line;
	long		 base_line;	/* line of the live piece's first byte */
	long		 split_line;	/* a case found without '---', to say */
	bool		 live;
	yaml_parser_t	 p;
};

/* A collection being built; a mapping alternates key and value. */
struct frame {
	struct node	*node;
	const char	*key;		/* the key waiting for its value */
	long		 keyline;
};

struct doc {
	struct yamlin	*y;
	struct arena	*a;
	struct diag	*d;
	struct frame	 stack[YAMLIN_MAX_DEPTH];
	int		 depth;		/* may pass the cap while skipping */
	size_t		 nodes;
	bool		 bad;
	struct node	*root;
};

/* A reader of the YAML documents in len bytes at buf, which must outlive
 * it. */
struct yamlin *
yamlin_open(const char *name, const char *buf, size_t len)
{
	struct yamlin *y = xcalloc(1, sizeof(*y));

	y->name = name;
	y->buf = (char *)buf;
	y->len = y->cap = len;
	y->eof = true;
	y->next_line = 1;
	return y;
}

/* A reader of the YAML documents of an input, read a piece (a document)
 * at a time: a file or a pipe of any length, with at most one document
 * (YAMLIN_MAX_DOC) and what was read past it held in memory. */
struct yamlin *
yamlin_open_input(struct input *in)
{
	struct yamlin *y = yamlin_open(in->name, NULL, 0);

	y->in = in;
	y->eof = false;
	return y;
}

void
yamlin_close(struct yamlin *y)
{
	if (y == NULL)
		return;
	if (y->live)
		yaml_parser_delete(&y->p);
	if (y->in != NULL)
		free(y->buf);
	free(y);
}

static bool
is_marker(const char *s, size_t left)
{
	return left >= 3 && memcmp(s, "---", 3) == 0 && (left == 3 ||
	    s[3] == ' ' || s[3] == '\t' || s[3] == '\n' || s[3] == '\r');
}

/* Drops the bytes before keep (when they are at least half the buffer,
 * so that each byte is moved a bounded number of times); returns how far
 * the rest moved down. */
static size_t
compact(struct yamlin *y, size_t keep)
{
	if (y->in == NULL || keep == 0 || keep < y->cap / 2)
		return 0;
	memmove(y->buf, y->buf + keep, y->len - keep);
	y->len -= keep;
	return keep;
}

/* Reads more of the input until want bytes are held or it ends; false
 * when no more came. */
static bool
fill(struct yamlin *y, size_t want, struct diag *d)
{
	size_t n, old = y->len;

	while (y->len < want && !y->eof) {
		if (y->len == y->cap) {
			y->cap = y->cap < 65536 ? 65536 : 2 * y->cap;
			y->buf = xreallocarray(y->buf, y->cap, 1);
		}
		if ((n = input_read(y->in, y->buf + y->len, y->cap - y->len,
		    d)) == 0)
			y->eof = true;
		y->len += n;
	}
	return y->len > old;
}

/* The end of the line starting at *i, past its line break: true with *i
 * there, or false when the line goes on past what is held (*i is then
 * the end of what is held). */
static bool
line_end(struct yamlin *y, size_t *i, struct diag *d)
{
	const char *nl, *cr;
	size_t k = *i;

	for (;;) {
		nl = memchr(y->buf + k, '\n', y->len - k);
		cr = memchr(y->buf + k, '\r', (nl != NULL ? (size_t)(nl -
		    y->buf) : y->len) - k);
		if (cr != NULL) {
			k = (size_t)(cr - y->buf) + 1;
			if (k == y->len && !y->eof)
				(void)fill(y, k + 1, d);
			if (k < y->len && y->buf[k] == '\n')
				k++;
			*i = k;
			return true;
		}
		if (nl != NULL) {
			*i = (size_t)(nl - y->buf) + 1;
			return true;
		}
		*i = y->len;
		if (y->eof)
			return true;
		return false;
	}
}

/* Whether a line is the key "case:" at the top level. */
static bool
is_case_key(const char *s, size_t left)
{
	return left >= 5 && memcmp(s, "case:", 5) == 0 && (left == 5 ||
	    s[5] == ' ' || s[5] == '\t' || s[5] == '\n' || s[5] == '\r');
}

/* Whether the line at s is blank or a comment. */
static bool
is_blank(const char *s, size_t left)
{
	size_t i = 0;

	while (i < left && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i == left || s[i] == '\n' || s[i] == '\r' || s[i] == '#';
}

/* Deepest run of [ and { in the piece, counted without regard to quotes:
 * an overestimate, which is the safe side.  libyaml's time grows with the
 * square of flow nesting. */
static int
flow_depth(const char *s, size_t n)
{
	int depth = 0, max = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == '[' || s[i] == '{') {
			if (++depth > max)
				max = depth;
		} else if ((s[i] == ']' || s[i] == '}') && depth > 0)
			depth--;
	}
	return max;
}

/* Reads the piece at y->next up to the next line that begins with "---",
 * or a second top-level "case:", as case files put together without '---'
 * have, with the comments right above it (*split: its line in the piece,
 * 0 for none); *end: where it ends, *lines: its lines.  False when it was
 * larger than the limit (then none of it is kept). */
static bool
scan_piece(struct yamlin *y, size_t *end, long *lines, long *split,
    struct diag *d)
{
	size_t i = y->next, moved, run = 0;
	long runlines = 0;
	bool kept = true, seen = false, in_run = false;

	*lines = *split = 0;
	for (;;) {
		if (kept && is_case_key(y->buf + i, y->len - i)) {
			if (seen) {
				*split = *lines;
				*end = in_run ? run : i;
				if (in_run)
					*lines = runlines;
				return true;
			}
			seen = true;
		}
		if (!is_blank(y->buf + i, y->len - i))
			in_run = false;
		else if (!in_run) {
			in_run = true;
			run = i;
			runlines = *lines;
		}
		/* a line whole (or all of it that fits) */
		while (!line_end(y, &i, d)) {
			if (i - y->next > YAMLIN_MAX_DOC) {
				/* too large: keep nothing of it */
				kept = false;
				y->next = i;
			}
			moved = compact(y, y->next);
			y->next -= moved;
			i -= moved;
			run -= in_run ? moved : 0;
			(void)fill(y, y->len + 1, d);
		}
		(*lines)++;
		if (i - y->next > YAMLIN_MAX_DOC) {
			kept = false;
			y->next = i;
		}
		if (i + 8 > y->len && !y->eof) {
			moved = compact(y, y->next);
			y->next -= moved;
			i -= moved;
			run -= in_run ? moved : 0;
			(void)fill(y, i + 8, d);
		}
		if (i >= y->len || is_marker(y->buf + i, y->len - i))
			break;
	}
	*end = i;
	return kept;
}

/* Starts a parser on the next piece.  Returns 1, 0 at the end of the
 * input, or -1 for a piece refused unparsed (reported). */
static int
next_piece(struct yamlin *y, struct diag *d)
{
	size_t start, end, moved;
	long line, lines, split;
	bool kept;

	if (y->split_line > 0)
		diag_error(d, y->name, y->split_line, "a second case starts "
		    "here without '---' (read as a case of its own; begin each "
		    "case file with '---')");
	y->split_line = 0;
	if (y->in != NULL) {
		moved = compact(y, y->next);
		y->next -= moved;
		(void)fill(y, y->next + 8, d);
	}
	if (y->next >= y->len)
		return 0;
	line = y->next_line;
	kept = scan_piece(y, &end, &lines, &split, d);
	if (split > 0)
		y->split_line = line + split;
	start = y->next;
	y->next = end;
	y->next_line = line + lines;
	if (y->in != NULL && end >= y->len && y->eof &&
	    input_refused(y->in)) {
		/* the text ends at a byte not in its encoding: the document
		 * it cuts is left out, and the refusal said on its line */
		input_refusal(y->in, line + lines - (end > start &&
		    y->buf[end - 1] != '\n' ? 1 : 0), d);
		return -1;
	}
	if (!kept) {
		diag_error(d, y->name, line, "document larger than %d bytes "
		    "(skipped to the next ---)", YAMLIN_MAX_DOC);
		return -1;
	}
	if (flow_depth(y->buf + start, end - start) > YAMLIN_MAX_DEPTH) {
		diag_error(d, y->name, line, "document nested deeper than %d "
		    "levels", YAMLIN_MAX_DEPTH);
		return -1;
	}
	yaml_parser_initialize(&y->p);
	yaml_parser_set_input_string(&y->p, (const unsigned char *)y->buf +
	    start, end - start);
	y->base_line = line;
	y->live = true;
	return 1;
}

static void
stop_piece(struct yamlin *y)
{
	if (y->live)
		yaml_parser_delete(&y->p);
	y->live = false;
}

static void
doc_error(struct doc *doc, const yaml_mark_t *m, const char *msg)
{
	if (!doc->bad)
		diag_error(doc->d, doc->y->name, doc->y->base_line +
		    (long)m->line, "%s", _(msg));
	doc->bad = true;
}

/* Hangs a finished node on its parent, or makes it the root. */
static void
attach(struct doc *doc, struct node *n, const yaml_mark_t *m)
{
	struct frame *f;
	size_t i;
	char q[TEXT_QUOTE_MAX], msg[160];

	if (doc->depth == 0) {
		doc->root = n;
		return;
	}
	f = &doc->stack[doc->depth - 1];
	if (f->node->kind == NODE_SEQ) {
		node_add(doc->a, f->node, NULL, 0, n);
		return;
	}
	if (f->key == NULL) {
		if (n->kind != NODE_SCALAR) {
			doc_error(doc, m, "a key must be a plain value, "
			    "not a list or a mapping");
			return;
		}
		for (i = 0; i < f->node->n; i++)
			if (strcmp(f->node->items[i].key, n->str) == 0) {
				snprintf(msg, sizeof(msg), _("key %s appears "
				    "twice (first at line %ld)"), text_quote(q,
				    sizeof(q), n->str, n->len),
				    f->node->items[i].line);
				doc_error(doc, m, msg);
				return;
			}
		f->key = n->str;
		f->keyline = n->line;
		return;
	}
	node_add(doc->a, f->node, f->key, f->keyline, n);
	f->key = NULL;
}

/* Applies one event to the document being built.  Returns true when the
 * document is complete. */
static bool
on_event(struct doc *doc, const yaml_event_t *ev)
{
	const yaml_mark_t *m = &ev->start_mark;
	long line = doc->y->base_line + (long)m->line;
	struct node *n;
	enum node_kind kind;

	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		doc->depth = 0;
		doc->nodes = 0;
		doc->bad = false;
		doc->root = NULL;
		return false;
	case YAML_DOCUMENT_END_EVENT:
		return true;
	case YAML_ALIAS_EVENT:
		doc_error(doc, m, "aliases (*name) are not supported");
		return false;
	case YAML_SCALAR_EVENT:
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		if (++doc->nodes > YAMLIN_MAX_NODES)
			doc_error(doc, m, "more than 100000 values in one "
			    "document");
		break;
	default:
		break;
	}
	if (ev->type == YAML_SCALAR_EVENT) {
		if (ev->data.scalar.length > YAMLIN_MAX_SCALAR)
			doc_error(doc, m, "value longer than 1048576 bytes");
		if (doc->bad)
			return false;
		n = node_scalar(doc->a, doc->y->name, line,
		    (const char *)ev->data.scalar.value,
		    ev->data.scalar.length,
		    ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE);
		if (memchr(n->str, '\0', n->len) != NULL)
			doc_error(doc, m, "NUL character in a value");
		attach(doc, n, m);
	} else if (ev->type == YAML_SEQUENCE_START_EVENT ||
	    ev->type == YAML_MAPPING_START_EVENT) {
		if (doc->depth >= YAMLIN_MAX_DEPTH)
			doc_error(doc, m, "document nested deeper than 32 "
			    "levels");
		if (!doc->bad) {
			kind = ev->type == YAML_SEQUENCE_START_EVENT ?
			    NODE_SEQ : NODE_MAP;
			n = node_new(doc->a, kind, doc->y->name, line);
			doc->stack[doc->depth].node = n;
			doc->stack[doc->depth].key = NULL;
		}
		doc->depth++;
	} else if (ev->type == YAML_SEQUENCE_END_EVENT ||
	    ev->type == YAML_MAPPING_END_EVENT) {
		doc->depth--;
		if (!doc->bad && doc->depth < YAMLIN_MAX_DEPTH) {
			n = doc->stack[doc->depth].node;
			attach(doc, n, m);
		}
	}
	return false;
}

/* The next document: 1 and its root (NULL for an empty document), 0 at the
 * end of the input, -1 for a document that was reported and skipped. */
int
yamlin_next(struct yamlin *y, struct arena *a, struct node **root,
    struct diag *d)
{
	struct doc doc;
	yaml_event_t ev;
	bool done;
	long line;
	int rc;

	memset(&doc, 0, sizeof(doc));
	doc.y = y;
	doc.a = a;
	doc.d = d;
	for (;;) {
		if (!y->live && (rc = next_piece(y, d)) <= 0)
			return rc;
		if (!yaml_parser_parse(&y->p, &ev)) {
			line = y->base_line + (long)y->p.problem_mark.line;
			if (y->p.context != NULL)
				diag_error(d, y->name, line, "YAML: %s (%s at "
				    "line %ld)", y->p.problem, y->p.context,
				    y->base_line + (long)y->p.context_mark.line);
			else
				diag_error(d, y->name, line, "YAML: %s",
				    y->p.problem != NULL ? y->p.problem :
				    "unreadable input");
			stop_piece(y);
			return -1;
		}
		if (ev.type == YAML_STREAM_END_EVENT) {
			yaml_event_delete(&ev);
			stop_piece(y);
			continue;
		}
		done = on_event(&doc, &ev);
		yaml_event_delete(&ev);
		if (done) {
			if (doc.bad)
				return -1;
			*root = doc.root;
			return 1;
		}
	}
}
