/* Writes a realistic year of personal-assistance timesheets for the
 * benchmark: DIR/cases.yaml and DIR/shifts.csv (case,staff,date,start,end,
 * kind,hours), ordered by case and time as a case system exports them.
 *
 * Each case has one team, or two at once (double staffing), working its
 * daily slots in forward rotation (k slots, a team of k + 2: k days on
 * and two off, so the rest rules hold); about 2% of
 * the shifts go to substitutes, each serving four cases, who move between
 * them as substitutes do.  Night slots are on-call in a third of the cases;
 * hours are elapsed time in Europe/Stockholm, so the two nights the clock
 * changes have 8 and 10 hours.
 *
 * usage: gen-shifts [-c cases] [-n shifts] [-s seed] dir */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dates.h"
#include "tz.h"

struct slot {
	int	start, end;	/* minutes after midnight; end may be 24:00+ */
};

/* A team's daily slots, covering the hours of assistance. */
static const struct slot patterns[][5] = {
	{ { 420, 900 }, { 900, 1320 }, { 1320, 1860 } },
	{ { 420, 720 }, { 720, 1020 }, { 1020, 1320 }, { 1320, 1860 } },
	{ { 420, 600 }, { 600, 840 }, { 840, 1080 }, { 1080, 1320 },
	  { 1320, 1860 } },
};
static const int pattern_len[] = { 3, 4, 5 };

static uint64_t rng = 88172645463325252ULL;

static uint32_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 16);
}

int
main(int argc, char *argv[])
{
	long ncases = 2000, target = 5000000, c, d;
	int ch, p, k, s, team, clock0, clock1, pool = 500;
	double week_hours;
	char path[4096], day[DATE_BUFSZ];
	cdate first = date_from_ymd(2026, 1, 1), last;
	FILE *cf, *sf;
	int64_t u0, u1;

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
			fprintf(stderr, "usage: gen-shifts [-c cases] "
			    "[-n shifts] [-s seed] dir\n");
			return 2;
		}
	}
	if (optind != argc - 1 || ncases < 1 || target < 1) {
		fprintf(stderr, "usage: gen-shifts [-c cases] [-n shifts] "
		    "[-s seed] dir\n");
		return 2;
	}
	snprintf(path, sizeof(path), "%s/cases.yaml", argv[optind]);
	if ((cf = fopen(path, "w")) == NULL) {
		perror(path);
		return 2;
	}
	snprintf(path, sizeof(path), "%s/shifts.csv", argv[optind]);
	if ((sf = fopen(path, "w")) == NULL) {
		perror(path);
		return 2;
	}
	/* 4 slots a team and 1.4 teams a case: the days it takes */
	last = first + (cdate)(target / (ncases * 5.6)) - 1;
	fputs("case,staff,date,start,end,kind,hours\n", sf);
	for (c = 0; c < ncases; c++) {
		int teams = rnd() % 10 < 4 ? 2 : 1, pt[2], t;

		week_hours = 0;
		for (t = 0; t < teams; t++) {
			pt[t] = (int)(rnd() % 3);
			for (s = 0; s < pattern_len[pt[t]]; s++)
				week_hours += (patterns[pt[t]][s].end -
				    patterns[pt[t]][s].start) * 7 / 60.0;
		}
		fprintf(cf, "---\ncase: K-%06ld\nregime: se-pa\nfunder: %s\n"
		    "start: 2025-01-01\ndecisions:\n  - {id: D-%06ld, from: "
		    "2025-01-01, to: 2027-12-31, hours_per_week: %.1f, "
		    "double_staffing: %s}\n", c, c % 5 < 3 ? "fk" :
		    "municipality", c, fmin(336, week_hours * (0.97 +
		    (rnd() % 8) / 100.0)), teams == 2 ? "true" : "false");
		for (d = first; d <= last; d++) {
			struct row {
				long	staff;
				int	start, end, on_call;
				char	who;
			} rows[10], tmp;
			int nr = 0, a, b;

			date_format((cdate)d, day);
			for (t = 0; t < teams; t++) {
				p = pt[t];
				k = pattern_len[p];
				team = k + 2;
				for (s = 0; s < k; s++) {
					/* forward rotation: a later slot each
					 * day */
					rows[nr].staff = c * 16 + t * 8 +
					    ((s - d) % team + team) % team;
					rows[nr].who = 'S';
					rows[nr].on_call = s == k - 1 &&
					    c % 3 == 0;
					if (rnd() % 100 < 2) {
						/* a substitute serves four
						 * cases */
						rows[nr].staff = c % pool;
						rows[nr].who = 'V';
					}
					rows[nr].start = patterns[p][s].start;
					rows[nr].end = patterns[p][s].end;
					nr++;
				}
			}
			/* a day's shifts in order of start, as exported */
			for (a = 1; a < nr; a++)
				for (b = a; b > 0 && rows[b].start <
				    rows[b - 1].start; b--) {
					tmp = rows[b];
					rows[b] = rows[b - 1];
					rows[b - 1] = tmp;
				}
			for (a = 0; a < nr; a++) {
				clock0 = rows[a].start;
				clock1 = rows[a].end;
				u0 = tz_to_utc(ZONE_STOCKHOLM,
				    datetime_make((cdate)d, clock0));
				u1 = tz_to_utc(ZONE_STOCKHOLM,
				    datetime_make((cdate)d, clock1));
				fprintf(sf, "K-%06ld,%c-%06ld,%s,%02d:%02d,"
				    "%02d:%02d,%s,%.2f\n", c, rows[a].who,
				    rows[a].staff, day, clock0 / 60,
				    clock0 % 60, clock1 / 60 % 24, clock1 % 60,
				    rows[a].on_call ? "on-call" : "active",
				    (double)(u1 - u0) / 60);
			}
		}
	}
	if (fclose(cf) != 0 || fclose(sf) != 0) {
		perror("gen-shifts");
		return 2;
	}
	return 0;
}
