/* The records family (see records.h). */
#include "i18n.h"
#include "personid.h"
#include "records.h"

/* data.personal-id: the client's number is checked and never printed;
 * a Swedish number's century is judged from today's year. */
void
records_check_personal_id(const struct care_case *c, const struct profile *p,
    cdate today, struct findings *f)
{
	enum country country = regime_country(c->regime);
	enum pid_status st;

	if (!profile_on(p, R_DATA_PERSONAL_ID) || c->client_id == NULL)
		return;
	if (country == COUNTRY_DK)
		st = personid_dk(c->client_id);
	else
		st = personid_se(c->client_id, date_year(today));
	if (st != PID_OK)
		rule_find(f, c->client_id_pos.file != NULL ? &c->client_id_pos :
		    &c->pos, c, SEV_ERROR, R_DATA_PERSONAL_ID, DATE_NONE,
		    "client id is not a valid %s (%s)", country == COUNTRY_DK ?
		    F_("CPR number") : F_("personnummer or samordningsnummer"),
		    F_(personid_problem(st)));
}

/* privacy.ids is a guarantee every writer keeps (lib/text.c masks every
 * message and value), not a check of a record: it makes no finding, no
 * report tallies it, and no profile can switch it off. */
bool
records_is_guarantee(enum rule_id r)
{
	return r == R_PRIVACY_IDS;
}
