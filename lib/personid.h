/* Swedish personnummer and samordningsnummer, Danish CPR numbers: checked,
 * never printed. */
#ifndef CARETOOLS_PERSONID_H
#define CARETOOLS_PERSONID_H

enum pid_status {
	PID_OK,
	PID_FORM,	/* not of a known form */
	PID_DATE,	/* no such date of birth */
	PID_CHECK	/* the check digit is wrong */
};

enum pid_status	 personid_se(const char *, int);
enum pid_status	 personid_dk(const char *);
const char	*personid_problem(enum pid_status);

#endif
