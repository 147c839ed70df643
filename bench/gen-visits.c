/* Writes a realistic visit log of a Danish home-help municipality for the
 * benchmark: DIR/cases.yaml and DIR/visits.csv, ordered by case and time
 * as a planning system exports them: by case and day, with each
 * replacement right after the visit it replaces.
 *
 * Every client has cleaning every 14 days and shopping once a week; most
 * have personal care once or twice a day and a main meal at noon.  Clients
 * live in districts of 40, each served by a group of 12 helpers in turns;
 * 3% of visits go to substitutes shared by four districts.  About 1% of
 * visits are missed by the provider (most replaced, a few too late), 1%
 * cancelled by the client, 0.5% missed for a hospital stay, and one in 100
 * starts more than an hour late.  Three providers share the districts.
 *
 * usage: gen-visits [-c cases] [-n visits] [-s seed] dir */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "dates.h"

static uint64_t rng = 88172645463325252ULL;

static uint32_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 16);
}

struct plan {
	const char	*service;
	int		 start, minutes;	/* minutes after midnight */
	int		 weekday;		/* 0: daily, else ISO day */
	int		 every;			/* 14: fortnightly */
};

static void
stamp(FILE *fp, cdate day, int minute)
{
	char d[DATE_BUFSZ];

	fprintf(fp, "%sT%02d:%02d", date_format(day, d), minute / 60,
	    minute % 60);
}

static void
usage(void)
{
	fprintf(stderr, "usage: gen-visits [-c cases] [-n visits] [-s seed] "
	    "dir\n");
	exit(2);
}

int
main(int argc, char *argv[])
{
	static const char *const providers[] = { "P-Syd", "P-Nord",
	    "P-Privat" };
	long ncases = 4000, target = 5000000, c, vid = 0, per_case;
	struct plan plans[6];
	cdate first = date_from_ymd(2026, 1, 5), last, d;
	char path[4096];
	int ch, np, i, late, roll, off, staff, district;
	FILE *cf, *vf;

	while ((ch = getopt(argc, argv, "c:n:s:")) != -1) {
		switch (ch) {
		case 'c':
			ncases = atol(optarg);
			break;
		case 'n':
			target = atol(optarg);
			break;
		case 's':
			rng = strtoull(optarg, NULL, 10) | 1;
			break;
		default:
			usage();
		}
	}
	if (optind != argc - 1 || ncases < 1 || target < 1)
		usage();
	snprintf(path, sizeof(path), "%s/cases.yaml", argv[optind]);
	if ((cf = fopen(path, "w")) == NULL) {
		perror(path);
		return 2;
	}
	snprintf(path, sizeof(path), "%s/visits.csv", argv[optind]);
	if ((vf = fopen(path, "w")) == NULL) {
		perror(path);
		return 2;
	}
	/* about 2.8 visits a client a day */
	per_case = target / ncases;
	last = first + (cdate)(per_case / 2.81);
	fputs("case,visit,service,planned_start,planned_end,actual_start,"
	    "actual_end,staff,status,reason,notified,replaces,provider\n", vf);
	for (c = 0; c < ncases; c++) {
		district = (int)(c / 40);
		np = 0;
		plans[np++] = (struct plan){ "cleaning", 9 * 60 + 30 *
		    (int)(rnd() % 10), 60, 1 + (int)(c % 5), 14 };
		plans[np++] = (struct plan){ "shopping", 10 * 60, 30,
		    1 + (int)((c + 2) % 5), 7 };
		plans[np++] = (struct plan){ "personal-care", 7 * 60 + 15 *
		    (int)(rnd() % 8), 30, 0, 1 };
		plans[np++] = (struct plan){ "meal", 12 * 60, 20, 0, 1 };
		if (c % 10 < 6)
			plans[np++] = (struct plan){ "personal-care", 20 * 60,
			    25, 0, 1 };
		fprintf(cf, "---\ncase: K-%06ld\nregime: dk-hh\nstart: "
		    "2025-06-01\n%sdecisions:\n  - id: D-%06ld\n    from: "
		    "2025-06-01\n    to: 2027-12-31\n    services:\n"
		    "      - {service: cleaning, every: 14d, minutes: 60}\n"
		    "      - {service: shopping, per_week: 1, minutes: 30}\n"
		    "      - {service: personal-care, per_week: %d, minutes: "
		    "30}\n      - {service: meal, every: 1d, minutes: 20}\n",
		    c, c % 20 == 0 ? "client: {visually_impaired: true}\n" :
		    "", c, c % 10 < 6 ? 14 : 7);
		for (d = first; d <= last; d++)
			for (i = 0; i < np; i++) {
				const struct plan *p = &plans[i];
				long miss = 0;

				if ((p->weekday != 0 && date_weekday(d) !=
				    p->weekday) || (p->every == 14 &&
				    (d - first) % 14 >= 7))
					continue;
				/* the district's group in turns; a few
				 * substitutes */
				staff = district * 12 + (int)((d + i * 5 +
				    c) % 12);
				if (rnd() % 100 < 3)
					staff = 100000 + district / 4 * 10 +
					    (int)(rnd() % 10);
				roll = (int)(rnd() % 1000);
				late = rnd() % 100 == 0 ? 65 + (int)(rnd() % 40) :
				    (int)(rnd() % 21) - 10;
				fprintf(vf, "K-%06ld,V-%08ld,%s,", c, ++vid,
				    p->service);
				stamp(vf, d, p->start);
				fputc(',', vf);
				stamp(vf, d, p->start + p->minutes);
				if (roll < 10) {
					miss = vid;
					fprintf(vf, ",,,,missed-provider,,%s,,",
					    roll < 5 ? "yes" : "");
				} else if (roll < 20)
					fputs(",,,,cancelled-client,,,,", vf);
				else if (roll < 25)
					fputs(",,,,client-absent,hospital,,,",
					    vf);
				else {
					fputc(',', vf);
					stamp(vf, d, p->start + late);
					fputc(',', vf);
					stamp(vf, d, p->start + late +
					    p->minutes);
					fprintf(vf, ",%c-%06d,delivered,,%s,,",
					    staff >= 100000 ? 'V' : 'H', staff,
					    late > 60 && roll % 2 ? "yes" : "");
				}
				fprintf(vf, "%s\n", providers[district % 3]);
				if (miss == 0 || roll == 9)
					continue;
				/* the replacement: same day for personal
				 * care, within a few days for the rest */
				off = p->every == 1 ? 0 : 1 + (int)(rnd() % 4);
				if (d + off > last)
					continue;
				fprintf(vf, "K-%06ld,V-%08ld,%s,", c, ++vid,
				    p->service);
				stamp(vf, d + off, 15 * 60);
				fputc(',', vf);
				stamp(vf, d + off, 15 * 60 + p->minutes);
				fputc(',', vf);
				stamp(vf, d + off, 15 * 60);
				fputc(',', vf);
				stamp(vf, d + off, 15 * 60 + p->minutes);
				fprintf(vf, ",H-%06d,delivered,,yes,V-%08ld,%s\n",
				    district * 12 + (int)(rnd() % 12), miss,
				    providers[district % 3]);
			}
	}
	if (fclose(cf) != 0 || fclose(vf) != 0) {
		perror("gen-visits");
		return 2;
	}
	return 0;
}
