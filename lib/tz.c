#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tz.h"

#define TZ_MAX_CHANGES	8

/* The offsets of one zone over one UTC year and a day either side:
 * off[i] holds from at[i - 1] (or the start) to at[i] (or the end). */
struct tzyear {
	bool	 ready;
	int	 n;
	int64_t	 at[TZ_MAX_CHANGES];
	int	 off[TZ_MAX_CHANGES + 1];
};

static const char *const names[ZONE_COUNT] = {
	"Europe/Stockholm", "Europe/Copenhagen"
};

static struct tzyear cache[ZONE_COUNT][TZ_LAST_YEAR - TZ_FIRST_YEAR + 1];

/* The year last looked up in each zone, as a range of minutes: conversions
 * come in runs within one year. */
static struct {
	int64_t			 lo, hi;
	const struct tzyear	*ty;
} last[ZONE_COUNT];

/* The last stretch of local (or UTC) time found to have one offset, with
 * the hours around a change left out: most conversions fall in it. */
struct tz_stretch tz_local_stretch[ZONE_COUNT];
static struct tz_stretch utc_seg[ZONE_COUNT];

#define local_seg tz_local_stretch

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

struct fill {
	int		 year;
	struct tzyear	*ty;
};

/* Finds every change of offset in the year by probes a week apart (the
 * zones have changed at most twice a year, months apart), then the exact
 * minute by bisection. */
static void
fill_year(void *arg)
{
	struct fill *f = arg;
	struct tzyear *ty = f->ty;
	int64_t at, end, lo, hi, mid;
	int prev, o;

	at = ((int64_t)date_from_ymd(f->year, 1, 1) - 1) * 1440;
	end = ((int64_t)date_from_ymd(f->year + 1, 1, 1) + 1) * 1440;
	ty->n = 0;
	prev = ty->off[0] = offset_now(at);
	for (; at < end; at = hi) {
		hi = at + 7 * 1440 < end ? at + 7 * 1440 : end;
		if ((o = offset_now(hi)) == prev)
			continue;
		for (lo = at; hi - lo > 1; ) {
			mid = lo + (hi - lo) / 2;
			if (offset_now(mid) == prev)
				lo = mid;
			else
				hi = mid;
		}
		if (ty->n < TZ_MAX_CHANGES) {
			ty->at[ty->n] = hi;
			ty->off[++ty->n] = o;
		}
		prev = o;
	}
	ty->ready = true;
}

static const struct tzyear *
year_table(enum zone z, int year, struct tzyear *scratch)
{
	struct tzyear *ty;
	struct fill f;

	if (year >= TZ_FIRST_YEAR && year <= TZ_LAST_YEAR)
		ty = &cache[z][year - TZ_FIRST_YEAR];
	else {
		ty = scratch;
		ty->ready = false;
	}
	if (!ty->ready) {
		f.year = year;
		f.ty = ty;
		with_zone(z, fill_year, &f);
	}
	return ty;
}

static void
fill_all(void *arg)
{
	struct tzyear *years = arg;
	struct fill f;
	int y;

	for (y = TZ_FIRST_YEAR; y <= TZ_LAST_YEAR; y++) {
		if (years[y - TZ_FIRST_YEAR].ready)
			continue;
		f.year = y;
		f.ty = &years[y - TZ_FIRST_YEAR];
		fill_year(&f);
	}
}

/* Reads the rules of both zones for every year the tables hold, so that
 * no zone file needs opening later (in the sandbox). */
void
tz_preload(void)
{
	int z;

	for (z = 0; z < ZONE_COUNT; z++)
		with_zone((enum zone)z, fill_all, cache[z]);
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

	return datetime_date(m + tz_offset(z, m));
}

int
tz_offset(enum zone z, int64_t utc)
{
	struct tzyear scratch;
	const struct tzyear *ty;
	int i;

	if (utc_seg[z].valid && utc >= utc_seg[z].lo && utc < utc_seg[z].hi)
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
 * clock put back since) gives it again later. */
enum tz_local
tz_local_slow(enum zone z, cminute local)
{
	int64_t u = tz_to_utc_slow(z, local), v;

	if (u + tz_offset(z, u) != local)
		return TZ_LOCAL_NEVER;
	v = local - tz_offset(z, u + 1440);
	if (v > u && v + tz_offset(z, v) == local)
		return TZ_LOCAL_TWICE;
	return TZ_LOCAL_ONCE;
}
