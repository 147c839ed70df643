#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tz.h"

/* The offsets of one zone over one UTC year and a day either side:
 * off[i] holds from at[i - 1] (or the start) to at[i] (or the end). */
struct tzyear {
	bool	 ready;
	int	 n;
	int64_t	 at[TZ_CHANGES_MAX];
	int	 off[TZ_CHANGES_MAX + 1];
};

static const char *const names[ZONE_COUNT] = {
	"Europe/Stockholm", "Europe/Copenhagen"
};

/* Filled by tz_preload before a tool starts a second thread, and only
 * read after; the caches below are each thread's own. */
static struct tzyear cache[ZONE_COUNT][TZ_LAST_YEAR - TZ_FIRST_YEAR + 1];

/* The year last looked up in each zone, as a range of minutes: conversions
 * come in runs within one year. */
static _Thread_local struct {
	int64_t			 lo, hi;
	const struct tzyear	*ty;
} last[ZONE_COUNT];

/* The last stretch of local (or UTC) time found to have one offset, with
 * the hours around a change left out: most conversions fall in it. */
_Thread_local struct tz_stretch tz_local_stretch[ZONE_COUNT];
_Thread_local struct tz_stretch tz_utc_stretch[ZONE_COUNT];
#define utc_seg tz_utc_stretch

#define local_seg tz_local_stretch

/* The stretches found before the last, a few of each kind: a sweep over
 * one person's year after another's goes back to January and through
 * the same changes of the clock. */
#define RECENT	4
static _Thread_local struct tz_stretch recent_local[ZONE_COUNT][RECENT];
static _Thread_local struct tz_stretch recent_utc[ZONE_COUNT][RECENT];
static _Thread_local unsigned recent_next[ZONE_COUNT][2];

/* Makes a recent stretch of v holding m the current one (*cur), after
 * keeping the current one among the recent; false when none holds m. */
static bool
recall(struct tz_stretch *v, unsigned *next, struct tz_stretch *cur,
    int64_t m)
{
	struct tz_stretch t;
	int i;

	for (i = 0; i < RECENT; i++)
		if (v[i].valid && m >= v[i].lo && m < v[i].hi) {
			t = v[i];
			v[i] = *cur;
			*cur = t;
			return true;
		}
	if (cur->valid)
		v[(*next)++ % RECENT] = *cur;
	return false;
}

const char *
tz_name(enum zone z)
{
	return names[z];
}

/* Offset east of UTC in minutes at a UTC instant, with TZ already set. */
static int
offset_now(int64_t utc_min)
{
	time_t t = (time_t)(utc_min * 60);
	struct tm tm;

	if (localtime_r(&t, &tm) == NULL)
		return 0;
	return (int)(tm.tm_gmtoff / 60);
}

/* The zones' rules come from the system's zoneinfo files by name, never
 * from the TZ the process was started with: it may name a file, a device
 * or a pipe (TZ=/dev/stdin would make the C library read the records).
 * Sets TZ to UTC, a rule that reads no file. */
void
tz_init(void)
{
	setenv("TZ", "UTC0", 1);
	tzset();
}

/* Runs with TZ switched to the zone's name, then back to UTC. */
static void
with_zone(enum zone z, void (*fn)(void *), void *arg)
{
	setenv("TZ", names[z], 1);
	tzset();
	fn(arg);
	tz_init();
}

#define WEEK		(7 * 1440)
#define COARSE		(4 * WEEK)	/* the first pass's step */
#define FOOTER_FROM	2038	/* the first year reckoned from the footer */
#define FOOTER_YEARS	28	/* every calendar, from FOOTER_FROM */
#define CET		60
#define CEST		120

struct fill {
	enum zone	 z;
	int		 year;
	struct tzyear	*ty;
};

/* Whether each zone's years from FOOTER_FROM on follow the EU rule. */
static enum { FOOTER_UNKNOWN, FOOTER_RULE, FOOTER_OTHER } footer[ZONE_COUNT];

/* The UTC minutes of a year's table: a day either side of the year. */
static void
year_window(int year, int64_t *from, int64_t *to)
{
	*from = ((int64_t)date_from_ymd(year, 1, 1) - 1) * 1440;
	*to = ((int64_t)date_from_ymd(year + 1, 1, 1) + 1) * 1440;
}

/* The EU's change in a month: its last Sunday at 01:00 UTC. */
static int64_t
eu_change(int year, int month)
{
	cdate d = date_from_ymd(year, month, date_month_days(year, month));

	d -= date_weekday(d) % 7;
	return (int64_t)d * 1440 + 60;
}

static void
add_change(struct tzyear *ty, int64_t at, int off)
{
	if (ty->n < TZ_CHANGES_MAX) {
		ty->at[ty->n] = at;
		ty->off[++ty->n] = off;
	}
}

/* The changes in (from, to], from a probe a week (the zones have changed
 * at most twice a year, months apart) and then the exact minute by
 * bisection; *prev is the offset at from, and is left the one at to. */
static void
scan_weeks(struct tzyear *ty, int64_t from, int64_t to, int *prev)
{
	int64_t at, lo, hi, mid;
	int o;

	for (at = from; at < to; at = hi) {
		hi = at + WEEK < to ? at + WEEK : to;
		if ((o = offset_now(hi)) == *prev)
			continue;
		for (lo = at; hi - lo > 1; ) {
			mid = lo + (hi - lo) / 2;
			if (offset_now(mid) == *prev)
				lo = mid;
			else
				hi = mid;
		}
		add_change(ty, hi, o);
		*prev = o;
	}
}

/* Whether the one change in (lo, hi], from prev to o, is where the EU
 * rule or the Nordic one before 1996 (last Sunday of September) puts a
 * change: then it is recorded, two probes instead of a bisection. */
static bool
hinted(struct tzyear *ty, int year, int64_t lo, int64_t hi, int prev, int o)
{
	static const int months[] = { 3, 9, 10 };
	int64_t t;
	size_t i;

	for (i = 0; i < sizeof(months) / sizeof(months[0]); i++) {
		t = eu_change(year, months[i]);
		if (t > lo && t <= hi && offset_now(t - 1) == prev &&
		    offset_now(t) == o) {
			add_change(ty, t, o);
			return true;
		}
	}
	return false;
}

/* The year's table from a probe every four weeks, on the weekly probes'
 * grid: where two differ, the weekly probes and bisection between them
 * (or the rule's minute, when it is the change).  The same table as the
 * weekly probes unless the offset changes and changes back within four
 * weeks, which neither zone has done (check_tz.c holds every year to the
 * weekly probes). */
static void
scan_year(struct tzyear *ty, int year)
{
	int64_t from, to, at, hi;
	int prev, o;

	year_window(year, &from, &to);
	ty->n = 0;
	prev = ty->off[0] = offset_now(from);
	for (at = from; at < to; at = hi) {
		hi = at + COARSE < to ? at + COARSE : to;
		if ((o = offset_now(hi)) == prev)
			continue;
		if (!hinted(ty, year, at, hi, prev, o))
			scan_weeks(ty, at, hi, &prev);
		prev = o;
	}
	ty->ready = true;
}

/* Whether the zone (TZ set to it) changes from CET to CEST and back at the
 * EU rule's minutes of the year, and nowhere else, given that it changes
 * twice a year at most. */
static bool
follows_rule(int year)
{
	int64_t spring = eu_change(year, 3), autumn = eu_change(year, 10);

	return offset_now(spring - 1) == CET && offset_now(spring) == CEST &&
	    offset_now(autumn - 1) == CEST && offset_now(autumn) == CET;
}

/* Whether the zone's years from FOOTER_FROM on are the EU rule's.  The
 * zone files hold each change up to 2037 and, in their footer, the rule
 * after it, which the C library reckons for every later time (and slowly:
 * it reads the rule again for each).  Such a rule changes twice a year at
 * most, and each year's changes depend on the year's calendar alone (the
 * weekday of 1 January, leap or not): if 28 years from FOOTER_FROM, which
 * hold every calendar, follow the EU rule, so does every later year. */
static bool
footer_follows_rule(void)
{
	int y;

	for (y = FOOTER_FROM; y < FOOTER_FROM + FOOTER_YEARS; y++)
		if (!follows_rule(y))
			return false;
	return true;
}

/* The year's table from the EU rule. */
static void
rule_year(struct tzyear *ty, int year)
{
	ty->n = 2;
	ty->at[0] = eu_change(year, 3);
	ty->at[1] = eu_change(year, 10);
	ty->off[0] = CET;
	ty->off[1] = CEST;
	ty->off[2] = CET;
	ty->ready = true;
}

/* Fills the table of a year the tables hold, with TZ set to the zone:
 * from the rule after 2037 where the zone files follow it, else from
 * probes of the C library. */
static void
fill_year(void *arg)
{
	struct fill *f = arg;

	if (f->year >= FOOTER_FROM) {
		if (footer[f->z] == FOOTER_UNKNOWN)
			footer[f->z] = footer_follows_rule() ? FOOTER_RULE :
			    FOOTER_OTHER;
		if (footer[f->z] == FOOTER_RULE) {
			rule_year(f->ty, f->year);
			return;
		}
	}
	scan_year(f->ty, f->year);
}

/* The same for a year outside the tables, by the weekly probes. */
/* A year's table: beyond the years the tables hold, the offset at their
 * edge, so that no zone file is read once the sandbox has closed (the
 * answer would then depend on the sandbox). */
static const struct tzyear *
year_table(enum zone z, int year, struct tzyear *scratch)
{
	const struct tzyear *edge;
	struct tzyear *ty;
	struct fill f;

	if (year < TZ_FIRST_YEAR || year > TZ_LAST_YEAR) {
		edge = year_table(z, year < TZ_FIRST_YEAR ? TZ_FIRST_YEAR :
		    TZ_LAST_YEAR, scratch);
		scratch->off[0] = year < TZ_FIRST_YEAR ? edge->off[0] :
		    edge->off[edge->n];
		scratch->n = 0;
		scratch->ready = true;
		return scratch;
	}
	ty = &cache[z][year - TZ_FIRST_YEAR];
	if (!ty->ready) {
		f.z = z;
		f.year = year;
		f.ty = ty;
		with_zone(z, fill_year, &f);
	}
	return ty;
}

static void
fill_all(void *arg)
{
	struct fill *f = arg;
	struct tzyear *years = cache[f->z];
	int y;

	for (y = TZ_FIRST_YEAR; y <= TZ_LAST_YEAR; y++) {
		if (years[y - TZ_FIRST_YEAR].ready)
			continue;
		f->year = y;
		f->ty = &years[y - TZ_FIRST_YEAR];
		fill_year(f);
	}
}

/* Reads the rules of both zones for every year the tables hold, so that
 * no zone file needs opening later (in the sandbox, which forbids it:
 * the C library opens a zone's file each time TZ names it anew).  The
 * years after 2037 cost no probe of their own: see fill_year. */
void
tz_preload(void)
{
	struct fill f;
	int z;

	for (z = 0; z < ZONE_COUNT; z++) {
		f.z = (enum zone)z;
		with_zone(f.z, fill_all, &f);
	}
}

/* The changes of offset in a zone's table of a year the tables hold,
 * filled as tz_preload does: at[i] is a UTC minute, off[i] the offset in
 * minutes east before it and off[n] after the last; returns n, at most
 * TZ_CHANGES_MAX (-1 for a year outside the tables). */
int
tz_changes(enum zone z, int year, int64_t *at, int *off)
{
	const struct tzyear *ty;
	int i;

	if (year < TZ_FIRST_YEAR || year > TZ_LAST_YEAR)
		return -1;
	ty = year_table(z, year, NULL);
	for (i = 0; i < ty->n; i++)
		at[i] = ty->at[i];
	for (i = 0; i <= ty->n; i++)
		off[i] = ty->off[i];
	return ty->n;
}

/* 0 when the zone's rules are installed, -1 when the C library falls back
 * to UTC (no tzdata): summer 2020 must be two hours ahead. */
int
tz_check(enum zone z)
{
	struct tzyear scratch;
	const struct tzyear *ty = year_table(z, 2020, &scratch);

	return ty->n >= 2 && ty->off[1] == 120 ? 0 : -1;
}

/* The table of the year a minute falls in (a UTC minute for tz_offset, a
 * local one for tz_to_utc: the tables reach a day past either end). */
static const struct tzyear *
table_for(enum zone z, int64_t minute, struct tzyear *scratch)
{
	const struct tzyear *ty;
	int year;

	if (last[z].ty != NULL && minute >= last[z].lo && minute < last[z].hi)
		return last[z].ty;
	year = date_year(datetime_date(minute));
	ty = year_table(z, year, scratch);
	if (ty != scratch) {
		last[z].lo = (int64_t)date_from_ymd(year, 1, 1) * 1440;
		last[z].hi = (int64_t)date_from_ymd(year + 1, 1, 1) * 1440;
		last[z].ty = ty;
	}
	return ty;
}

/* The day it is in the zone at a time (seconds since 1970). */
cdate
tz_today(enum zone z, long long now)
{
	int64_t m = (int64_t)(now >= 0 ? now / 60 : (now - 59) / 60);

	return datetime_date(tz_to_local(z, m));
}

/* The offset from UTC at a UTC minute, by the year's table (see
 * tz_offset), keeping the stretch it falls in for the next. */
int
tz_offset_slow(enum zone z, int64_t utc)
{
	struct tzyear scratch;
	const struct tzyear *ty;
	int i;

	if (recall(recent_utc[z], &recent_next[z][0], &utc_seg[z], utc))
		return utc_seg[z].off;
	ty = table_for(z, utc, &scratch);
	for (i = 0; i < ty->n && utc >= ty->at[i]; i++)
		;
	if (ty != &scratch) {
		utc_seg[z].lo = i > 0 ? ty->at[i - 1] : last[z].lo;
		utc_seg[z].hi = i < ty->n ? ty->at[i] : last[z].hi;
		utc_seg[z].off = ty->off[i];
		utc_seg[z].valid = utc >= utc_seg[z].lo && utc < utc_seg[z].hi;
	}
	return ty->off[i];
}

/* The UTC minute of a local civil minute.  A local time that happens twice
 * (autumn) is the first; one that never happens (spring) is read with the
 * offset in force before the change, as mktime does. */
int64_t
tz_to_utc_slow(enum zone z, cminute local)
{
	struct tzyear scratch;
	const struct tzyear *ty;
	int64_t u;
	int i;

	if (local_seg[z].valid && local >= local_seg[z].lo &&
	    local < local_seg[z].hi)
		return local - local_seg[z].off;
	if (recall(recent_local[z], &recent_next[z][1], &local_seg[z], local))
		return local - local_seg[z].off;
	ty = table_for(z, local, &scratch);
	for (i = 0; i <= ty->n; i++) {
		u = local - ty->off[i];
		if ((i == 0 || u >= ty->at[i - 1]) &&
		    (i == ty->n || u < ty->at[i])) {
			if (ty == &scratch)
				return u;
			/* local times of this offset that no other reaches:
			 * the skipped or repeated hour on either side is out */
			local_seg[z].lo = i > 0 ? ty->at[i - 1] +
			    (ty->off[i - 1] > ty->off[i] ? ty->off[i - 1] :
			    ty->off[i]) : last[z].lo;
			local_seg[z].hi = i < ty->n ? ty->at[i] +
			    (ty->off[i + 1] < ty->off[i] ? ty->off[i + 1] :
			    ty->off[i]) : last[z].hi;
			local_seg[z].off = ty->off[i];
			local_seg[z].valid = local >= local_seg[z].lo &&
			    local < local_seg[z].hi;
			return u;
		}
	}
	for (i = 0; i < ty->n; i++)
		if (local - ty->off[i + 1] < ty->at[i])
			return local - ty->off[i];
	return local - ty->off[ty->n];
}

/* How often a local civil minute happens: never when no UTC minute has
 * it for its local time, twice when the offset of the day after (the
 * clock put back since) gives it again later; once in the stretch of one
 * offset the conversion keeps. */
enum tz_local
tz_local_slow(enum zone z, cminute local)
{
	int64_t u = tz_to_utc_slow(z, local), v;

	/* the stretch tz_to_utc_slow kept holds only minutes seen once */
	if (local_seg[z].valid && local >= local_seg[z].lo &&
	    local < local_seg[z].hi)
		return TZ_LOCAL_ONCE;
	if (tz_to_local(z, u) != local)
		return TZ_LOCAL_NEVER;
	v = local - tz_offset(z, u + 1440);
	if (v > u && tz_to_local(z, v) == local)
		return TZ_LOCAL_TWICE;
	return TZ_LOCAL_ONCE;
}
