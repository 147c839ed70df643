/* Rule parameters per regime: the built-in profiles (YAML compiled into
 * the binaries) and the files that change them. */
#ifndef CARETOOLS_PROFILE_H
#define CARETOOLS_PROFILE_H

#include <stdbool.h>

#include "arena.h"
#include "columns.h"
#include "dates.h"
#include "diag.h"
#include "input.h"
#include "rules.h"

struct rate {
	int	year;
	double	amount;
};

struct param_value {
	bool		 set;
	struct duration	 dur;
	double		 num;		/* P_NUMBER, P_COUNT, P_PERCENT */
	int		 time;		/* P_TIME: minutes after midnight */
	int		 choice;	/* P_CHOICE: index */
	bool		 on;		/* P_BOOL */
	struct rate	*rates;		/* P_RATES */
	size_t		 nrates;
};

struct rule_config {
	bool			 enabled;
	const char		*source;
	struct param_value	 params[RULE_MAX_PARAMS];
};

struct profile {
	const char		*name;
	enum regime		 regime;
	const char		*description;
	enum worktime		 worktime;	/* its staff's, by default */
	struct rule_config	 rules[R_COUNT];
};

/* Besides the rules, how inputs are read, the same whatever the regime:
 * the encoding of files that are not UTF-8, and column maps. */
struct profiles {
	struct arena	a;
	struct profile	by_regime[REGIME_COUNT];
	bool		encoding_set;
	enum encoding	encoding;
	struct colmaps	columns;
};

struct builtin_profile {
	const char	*name;
	const char	*text;
};

extern const struct builtin_profile builtin_profiles[];
extern const size_t nbuiltin_profiles;

int	profiles_init(struct profiles *, struct diag *);
int	profiles_apply(struct profiles *, const char *, struct diag *);
void	profiles_free(struct profiles *);
const struct profile *profiles_for(const struct profiles *, enum regime);

bool	profile_on(const struct profile *, enum rule_id);
const struct param_value *profile_param(const struct profile *, enum rule_id,
	    const char *);
struct duration	profile_dur(const struct profile *, enum rule_id,
	    const char *);
double	profile_num(const struct profile *, enum rule_id, const char *);
int	profile_time(const struct profile *, enum rule_id, const char *);
int	profile_choice(const struct profile *, enum rule_id, const char *);
bool	profile_bool(const struct profile *, enum rule_id, const char *);
bool	profile_rate(const struct profile *, enum rule_id, const char *, int,
	    double *);

#endif
