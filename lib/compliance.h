/* visit-compliance: a home-help visit log against the quality standard:
 * frequency, time windows, replacement, notice and continuity. */
#ifndef CARETOOLS_COMPLIANCE_H
#define CARETOOLS_COMPLIANCE_H

#include <stdbool.h>
#include <stdio.h>

#include "cases.h"
#include "finding.h"
#include "input.h"
#include "profile.h"
#include "report.h"

struct compliance_counts {
	unsigned long		read, used, rejected;
	struct report_loss	loss;	/* what the reports leave out */
};

struct compliance;

struct compliance *compliance_new(const struct caseset *,
		    const struct profiles *, struct findings *);
int		 compliance_log(struct compliance *, struct input *,
		    struct diag *);
void		 compliance_end(struct compliance *, struct diag *);
int		 compliance_summary(const struct compliance *, FILE *,
		    enum out_format, bool);
int		 compliance_continuity(const struct compliance *, FILE *,
		    FILE *, const char *, enum out_format);
struct compliance_counts compliance_counts(const struct compliance *);
void		 compliance_free(struct compliance *);

#endif
