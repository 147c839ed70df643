/* Writers of findings: text for people, grep and editors; CSV and JSON
 * for programs; iCalendar for calendars. */
#ifndef CARETOOLS_REPORT_H
#define CARETOOLS_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "finding.h"

enum out_format {
	OUT_TEXT,
	OUT_CSV,
	OUT_JSON,
	OUT_ICS
};

/* The last short text a report showed as it is (file names, case ids
 * come back finding after finding): not looked at again. */
struct shown_memo {
	char		 text[64];
	size_t		 len;		/* 0: empty */
};

struct report {
	FILE		*fp;
	enum out_format	 fmt;
	bool		 quiet;		/* no header or frame when empty */
	const char	*prodid;	/* ICS: the program */
	cdate		 stamp;		/* ICS: the day judged from */
	long long	 written_at;	/* ICS: DTSTAMP, seconds since 1970 */
	const char	*domain;	/* ICS: the UIDs' right-hand side */
	bool		 begun;
	unsigned long	 written, events;
	/* ICS: UIDs already written, to keep them unique */
	struct strmap	 uids;
	struct arena	 a;
	struct shown_memo file_memo, case_memo;	/* text lines */
	struct report_mem *mem;	/* text lines into memory, not fp */
	bool		 line_masked;	/* text lines masked whole after */
};

/* Text lines kept in memory. */
struct report_mem {
	char		*p;
	size_t		 len, cap;
};

/* Rows of the input that a report leaves out because they were refused:
 * how many, and in how many files (0: not told), which one when one. */
struct report_loss {
	unsigned long	 n;
	size_t		 files;
	const char	*file;
};

void	report_init(struct report *, FILE *, enum out_format, bool);
int	report_write(struct report *, const struct finding *);
int	report_write_all(struct report *, const struct finding *, size_t,
	    enum severity);
int	report_end(struct report *);
int	report_loss(FILE *, const char *, const struct report_loss *,
	    const char *, const char *, bool);
int	out_format_parse(const char *, enum out_format *);

int	json_write_string(FILE *, const char *);
bool	report_domain_ok(const char *);

#endif
