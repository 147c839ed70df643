/* The case record: a client's regime, decisions, plan and dated events,
 * read from YAML documents or joined from CSV tables, and validated. */
#ifndef CARETOOLS_CASES_H
#define CARETOOLS_CASES_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "calendar.h"
#include "dates.h"
#include "diag.h"
#include "input.h"
#include "strmap.h"
#include "tz.h"

enum regime {
	REGIME_SE_PA,
	REGIME_SE_DV,
	REGIME_DK_HH,
	REGIME_DK_HP,
	REGIME_COUNT
};

enum funder {
	FUNDER_NONE,
	FUNDER_FK,
	FUNDER_MUNICIPALITY
};

enum absence_reason {
	REASON_NONE,
	REASON_HOSPITAL,
	REASON_RESPITE,
	REASON_HOLIDAY,
	REASON_ILLNESS,
	REASON_OTHER
};

enum event_type {
	EV_SCHEDULE_CHANGE,
	EV_ASSISTANT_CHANGE,
	EV_ABSENCE,
	EV_APPLICATION,
	EV_PROVIDER_CHOICE,
	EV_PROVIDER_CHANGE,
	EV_FK_REPORT,
	EV_SUMMARY,
	EV_COMPLAINT,
	EV_INTRODUCTION,
	EV_COUNT
};

struct srcpos {
	const char	*file;
	long		 line;
};

struct strlist {
	const char	**v;
	size_t		  n;
};

struct datelist {
	cdate		 *v;
	size_t		  n;
};

/* The service vocabulary: practical help, personal care, meals. */
enum service_name {
	SVC_CLEANING,
	SVC_LAUNDRY,
	SVC_SHOPPING,
	SVC_MAIL,
	SVC_FRIDGE_CLEANING,
	SVC_PERSONAL_CARE,
	SVC_BATH,
	SVC_MEAL,
	SVC_COUNT
};

enum service_kind {
	SERVICE_PRACTICAL,
	SERVICE_PERSONAL,
	SERVICE_MEAL
};

struct service {
	struct srcpos	 pos;
	const char	*name;
	enum service_name what;
	bool		 outside_hours;	/* may be given outside the window */
	struct duration	 every;		/* n == 0: not given */
	int		 per_week;	/* 0: not given */
	int		 minutes;	/* 0: not given */
};

struct decision {
	struct srcpos	 pos;
	const char	*id;
	cdate		 decided, received, from, to, review;
	double		 hours_per_week;	/* < 0: not given */
	bool		 temporary, double_staffing;
	struct service	*services;
	size_t		 nservices;
};

struct plan {
	struct srcpos	 pos;		/* file NULL: no plan recorded */
	cdate		 established;
	struct datelist	 followups;
	int		 participated;	/* -1 not recorded, 0, 1 */
	const char	*participation_note;
	struct strlist	 support_persons;
	const char	*what, *who, *when, *where, *how, *why;
};

struct event {
	struct srcpos		 pos;
	enum event_type		 type;
	cdate			 requested, effective, from, to, notified;
	cdate			 received, contacted, decided, chosen, notice;
	cdate			 month, submitted, period_start, period_end;
	cdate			 done, answered, date;
	enum absence_reason	 reason;
	bool			 urgent;
	const char		*staff;
};

struct care_case {
	struct srcpos		 pos;
	size_t			 index;		/* in caseset.cases */
	const char		*id;
	enum regime		 regime;
	enum funder		 funder;
	const char		*client_id;	/* checked, never printed */
	struct srcpos		 client_id_pos;
	struct strlist		 guardians;
	bool			 visually_impaired;
	cdate			 start, end, schedule_agreed, workenv_assessed;
	cdate			 contract_signed, contract_notice;
	struct srcpos		 start_pos, schedule_pos, workenv_pos;
	struct srcpos		 contract_pos;
	struct decision		*decisions;
	size_t			 ndecisions;
	struct plan		 plan;
	struct event		*events;
	size_t			 nevents;
};

/* All cases read from the inputs, in the order they first appear. */
struct caseset {
	struct arena		  a;
	struct arena		  doc;		/* stream: the record being read */
	bool			  stream;	/* see caseset_stream */
	struct strmap		  index;	/* id -> struct build */
	struct build		**builds;
	size_t			  nbuilds, capbuilds;
	struct care_case	**cases;
	size_t			  ncases;
	unsigned long		  read, rejected;	/* records */
};

void		 caseset_init(struct caseset *);
int		 caseset_read(struct caseset *, struct input *, enum format,
		    struct diag *);
void		 caseset_stream(struct caseset *);
int		 caseset_finish(struct caseset *, struct diag *);
struct care_case *caseset_find(const struct caseset *, const char *, size_t);
bool		 caseset_rejected(const struct caseset *, const char *,
		    size_t);
void		 caseset_free(struct caseset *);

const char	*regime_name(enum regime);
int		 regime_parse(const char *, enum regime *);
enum country	 regime_country(enum regime);
enum zone	 regime_zone(enum regime);
const char	*event_type_name(enum event_type);
const char	*service_name(enum service_name);
extern const unsigned char service_kinds[SVC_COUNT];

static inline enum service_kind
service_kind(enum service_name s)
{
	return (enum service_kind)service_kinds[s];
}
extern const char *const service_names[SVC_COUNT];

#endif
