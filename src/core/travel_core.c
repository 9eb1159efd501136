/*
 * travel_core.c: great-circle travel estimates and British National Grid
 * conversion (R-UPW-1, R-UPW-2). Pure C99; see travel_core.h.
 */
#include "travel_core.h"

#include <math.h>

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

#define DEG2RAD(x) ((x) * (M_PI / 180.0))
#define RAD2DEG(x) ((x) * (180.0 / M_PI))

/*
 * Defaults per mode: {circuity, speed_kmh (long distance), access_minutes,
 * short_kmh, ramp_km}. Calibrated on 44 published journeys in England and
 * Wales (commute races, planner figures, rail and bus timetables; timetable
 * in-vehicle times plus 15 minutes access) by least squares on the log of
 * estimate over actual, circuity and access fixed, speeds rounded; the
 * error by distance band before and after is in the README (travel) and
 * printed by test/bench/travel_calibration.sh.
 *  - walk: 4.8 km/h (DfT Journey Time Statistics), circuity 1.25, constant.
 *  - public_transport (bus or rail, not known): 25 km/h short, 110 long, ramp
 *    80 km; circuity 1.3; 15 minutes access (walk to the stop, half a headway).
 *  - car: 15 km/h short (town streets at peak, parking), 95 long (motorway),
 *    ramp 60 km; circuity 1.3; 5 minutes access.
 *  - minibus: not calibrated (no journeys): the car's curve a sixth slower
 *    (12 to 80 km/h), 10 minutes loading.
 *  - bus: 8 km/h short, 70 long, ramp 80 km; circuity 1.35; 10 minutes access.
 *  - rail: 30 km/h short, 100 long, ramp 60 km; circuity 1.2; 15 minutes access.
 *  - cycle: 16 km/h (DfT Journey Time Statistics), circuity 1.25, 2 minutes, constant.
 */
static const TtgTravelParams mode_defaults[TTG_TRAVEL_MODE_COUNT] = {
	[TTG_MODE_WALK] = {1.25, 4.8, 0.0, 0.0, 0.0},
	[TTG_MODE_PUBLIC_TRANSPORT] = {1.3, 110.0, 15.0, 25.0, 80.0},
	[TTG_MODE_CAR] = {1.3, 95.0, 5.0, 15.0, 60.0},
	[TTG_MODE_MINIBUS] = {1.3, 80.0, 10.0, 12.0, 60.0},
	[TTG_MODE_BUS] = {1.35, 70.0, 10.0, 8.0, 80.0},
	[TTG_MODE_RAIL] = {1.2, 100.0, 15.0, 30.0, 60.0},
	[TTG_MODE_CYCLE] = {1.25, 16.0, 2.0, 0.0, 0.0},
};

static const TtgVocabEntry mode_entries[] = {
	{"walk", TTG_MODE_WALK},
	{"public_transport", TTG_MODE_PUBLIC_TRANSPORT},
	{"car", TTG_MODE_CAR},
	{"minibus", TTG_MODE_MINIBUS},
	{"bus", TTG_MODE_BUS},
	{"rail", TTG_MODE_RAIL},
	{"cycle", TTG_MODE_CYCLE},
};
const TtgVocab ttg_travel_mode_vocab = TTG_VOCAB("mode of travel", mode_entries);

static const TtgVocabEntry activity_entries[] = {
	{"unpaid_work", TTG_ACTIVITY_UNPAID_WORK},
	{"accredited_programme", TTG_ACTIVITY_ACCREDITED_PROGRAMME},
	{"structured_intervention", TTG_ACTIVITY_STRUCTURED_INTERVENTION},
};
const TtgVocab ttg_activity_vocab = TTG_VOCAB("activity", activity_entries);

/* The activities of programme sessions (R-UPW-2): the activity words but unpaid_work. */
static const TtgVocabEntry programme_activity_entries[] = {
	{"accredited_programme", TTG_ACTIVITY_ACCREDITED_PROGRAMME},
	{"structured_intervention", TTG_ACTIVITY_STRUCTURED_INTERVENTION},
};
const TtgVocab ttg_programme_activity_vocab = TTG_VOCAB("programme activity", programme_activity_entries);

int
ttg_travel_limit(TtgActivity activity)
{
	/* R-UPW-1 (Unpaid Work) and R-UPW-2 (programmes, interventions) agree today. */
	switch (activity)
	{
		case TTG_ACTIVITY_UNPAID_WORK:
		case TTG_ACTIVITY_ACCREDITED_PROGRAMME:
		case TTG_ACTIVITY_STRUCTURED_INTERVENTION:
			return TTG_TRAVEL_LIMIT_MINUTES;
	}
	return TTG_TRAVEL_LIMIT_MINUTES;
}

TtgAmountStatus
ttg_travel_within_limit(TtgAmount minutes, TtgActivity activity, bool *within)
{
	if (minutes.micros < 0)
		return TTG_AMOUNT_NEGATIVE;
	*within = ttg_amount_le_whole(minutes, ttg_travel_limit(activity));
	return TTG_AMOUNT_OK;
}

TtgAmountStatus
ttg_travel_credit(TtgAmount minutes, bool supervised, TtgAmount *credit)
{
	if (minutes.micros < 0)
		return TTG_AMOUNT_NEGATIVE;
	if (!supervised)
		*credit = ttg_amount_whole(0);
	/* Below 60 millionths-wise is below 60 whatever the remainder. */
	else if (minutes.micros < (int64_t) TTG_TRAVEL_CREDIT_MAX_MINUTES * TTG_AMOUNT_SCALE)
		*credit = minutes;
	else
		*credit = ttg_amount_whole(TTG_TRAVEL_CREDIT_MAX_MINUTES);
	return TTG_AMOUNT_OK;
}

TtgAmountStatus
ttg_travel_session_credit(TtgAmount work, TtgAmount outbound, TtgAmount ret,
					   bool supervised, TtgAmount *credit, int *bad)
{
	TtgAmount	c_out,
				c_ret,
				sum;

	*bad = work.micros < 0 ? 0 : outbound.micros < 0 ? 1 : ret.micros < 0 ? 2 : -1;
	if (*bad >= 0)
		return TTG_AMOUNT_NEGATIVE;
	(void) ttg_travel_credit(outbound, supervised, &c_out);
	(void) ttg_travel_credit(ret, supervised, &c_ret);
	/* Each credit is at most 60 minutes, so only the work can overflow the sum. */
	if (!ttg_amount_add(work, c_out, &sum) || !ttg_amount_add(sum, c_ret, credit))
		return TTG_AMOUNT_OVERFLOW;
	return TTG_AMOUNT_OK;
}

int
ttg_travel_default_params(TtgTravelMode mode, TtgTravelParams *out)
{
	if ((int) mode < 0 || (size_t) mode >= sizeof(mode_defaults) / sizeof(mode_defaults[0]))
		return -1;
	*out = mode_defaults[mode];
	return 0;
}

bool
ttg_travel_params_valid(const TtgTravelParams *p)
{
	/* isfinite and comparisons reject NaN as well as infinities. */
	return p != NULL
		&& isfinite(p->circuity) && p->circuity >= 1.0
		&& isfinite(p->speed_kmh) && p->speed_kmh > 0.0
		&& isfinite(p->access_minutes) && p->access_minutes >= 0.0
		&& isfinite(p->ramp_km) && p->ramp_km >= 0.0
		&& (p->ramp_km == 0.0 ||
			(isfinite(p->short_kmh) && p->short_kmh > 0.0 && p->short_kmh <= p->speed_kmh));
}

double
ttg_travel_speed_kmh(const TtgTravelParams *p, double km)
{
	if (p->ramp_km <= 0.0)
		return p->speed_kmh;
	return p->speed_kmh - (p->speed_kmh - p->short_kmh) * exp(-km / p->ramp_km);
}

double
ttg_travel_estimate_km(const TtgTravelParams *p, double km)
{
	return p->access_minutes + 60.0 * km * p->circuity / ttg_travel_speed_kmh(p, km);
}

TtgTravelVerdict
ttg_travel_verdict(TtgTravelMode mode, double km, double limit_minutes)
{
	double		lo,
				hi,
				u;

	if (mode == TTG_MODE_PUBLIC_TRANSPORT)
	{
		double		r = ttg_travel_estimate_km(&mode_defaults[TTG_MODE_RAIL], km);
		double		b = ttg_travel_estimate_km(&mode_defaults[TTG_MODE_BUS], km);

		lo = fmin(r, b);
		hi = fmax(r, b);
	}
	else
		lo = hi = ttg_travel_estimate_km(&mode_defaults[mode], km);
	if (mode == TTG_MODE_WALK || mode == TTG_MODE_CYCLE)
		u = TTG_TRAVEL_ERROR_ACTIVE;
	else
		u = km < TTG_TRAVEL_ERROR_BAND_KM ? TTG_TRAVEL_ERROR_SHORT : TTG_TRAVEL_ERROR_LONG;
	if (hi * (1.0 + u) <= limit_minutes)
		return TTG_VERDICT_WITHIN;
	if (lo * (1.0 - u) > limit_minutes)
		return TTG_VERDICT_OVER;
	return TTG_VERDICT_ROUTE_IT;
}

const char *
ttg_travel_verdict_word(TtgTravelVerdict v)
{
	switch (v)
	{
		case TTG_VERDICT_WITHIN:
			return "within";
		case TTG_VERDICT_OVER:
			return "over";
		case TTG_VERDICT_ROUTE_IT:
			return "route_it";
	}
	return "route_it";
}

bool
ttg_latlon_valid(double lat, double lon)
{
	return isfinite(lat) && isfinite(lon) && fabs(lat) <= 90.0 && fabs(lon) <= 180.0;
}

double
ttg_great_circle_km(double lat1, double lon1, double lat2, double lon2)
{
	double		dlat = DEG2RAD(lat2 - lat1);
	double		dlon = DEG2RAD(lon2 - lon1);
	double		s1 = sin(dlat / 2.0);
	double		s2 = sin(dlon / 2.0);
	double		h = s1 * s1 + cos(DEG2RAD(lat1)) * cos(DEG2RAD(lat2)) * s2 * s2;

	/* Rounding can push h a hair above 1 for antipodes. */
	if (h > 1.0)
		h = 1.0;
	return 2.0 * TTG_EARTH_RADIUS_KM * asin(sqrt(h));
}

int
ttg_travel_estimate_minutes(double lat1, double lon1, double lat2, double lon2,
							const TtgTravelParams *p, double *minutes)
{
	double		m;

	if (!ttg_latlon_valid(lat1, lon1) || !ttg_latlon_valid(lat2, lon2) ||
		!ttg_travel_params_valid(p))
		return -1;
	m = ttg_travel_estimate_km(p, ttg_great_circle_km(lat1, lon1, lat2, lon2));
	/* A tiny speed or a huge circuity can overflow. */
	if (!isfinite(m))
		return -1;
	*minutes = m;
	return 0;
}

bool
ttg_bng_valid(double easting, double northing)
{
	return isfinite(easting) && isfinite(northing)
		&& easting >= 0.0 && easting <= TTG_BNG_MAX_EASTING
		&& northing >= 0.0 && northing <= TTG_BNG_MAX_NORTHING;
}

/* Airy 1830 ellipsoid and the National Grid projection (OS guide, annex A). */
#define AIRY_A 6377563.396
#define AIRY_B 6356256.909
#define NG_F0 0.9996012717
#define NG_LAT0 DEG2RAD(49.0)
#define NG_LON0 DEG2RAD(-2.0)
#define NG_E0 400000.0
#define NG_N0 (-100000.0)

/* GRS80 (WGS84 to the metre) ellipsoid. */
#define GRS80_A 6378137.000
#define GRS80_B 6356752.3141

/* Meridional arc from NG_LAT0 to lat, scaled by F0 (OS guide, equation C3). */
static double
meridional_arc(double lat)
{
	const double b = AIRY_B;
	const double n = (AIRY_A - AIRY_B) / (AIRY_A + AIRY_B);
	const double n2 = n * n,
				n3 = n2 * n;
	double		dl = lat - NG_LAT0,
				sl = lat + NG_LAT0;

	return b * NG_F0 * ((1.0 + n + 1.25 * n2 + 1.25 * n3) * dl
						- (3.0 * n + 3.0 * n2 + 21.0 / 8.0 * n3) * sin(dl) * cos(sl)
						+ (15.0 / 8.0 * n2 + 15.0 / 8.0 * n3) * sin(2.0 * dl) * cos(2.0 * sl)
						- 35.0 / 24.0 * n3 * sin(3.0 * dl) * cos(3.0 * sl));
}

/* Transverse Mercator inverse on Airy 1830: radians (OS guide, annex C.2). */
static void
ng_inverse(double E, double N, double *lat, double *lon)
{
	const double a = AIRY_A;
	const double e2 = 1.0 - (AIRY_B * AIRY_B) / (AIRY_A * AIRY_A);
	double		phi = (N - NG_N0) / (a * NG_F0) + NG_LAT0;
	double		M = meridional_arc(phi);
	double		s, t, t2, t4, t6, nu, rho, eta2, sec, dE;
	double		VII, VIII, IX, X, XI, XII, XIIA;

	/* Converges in a handful of steps; the bound only guards against NaN. */
	for (int i = 0; i < 100 && fabs(N - NG_N0 - M) >= 0.00001; i++)
	{
		phi += (N - NG_N0 - M) / (a * NG_F0);
		M = meridional_arc(phi);
	}
	s = sin(phi);
	t = tan(phi);
	t2 = t * t;
	t4 = t2 * t2;
	t6 = t4 * t2;
	nu = a * NG_F0 / sqrt(1.0 - e2 * s * s);
	rho = a * NG_F0 * (1.0 - e2) / pow(1.0 - e2 * s * s, 1.5);
	eta2 = nu / rho - 1.0;
	sec = 1.0 / cos(phi);
	VII = t / (2.0 * rho * nu);
	VIII = t / (24.0 * rho * pow(nu, 3)) * (5.0 + 3.0 * t2 + eta2 - 9.0 * t2 * eta2);
	IX = t / (720.0 * rho * pow(nu, 5)) * (61.0 + 90.0 * t2 + 45.0 * t4);
	X = sec / nu;
	XI = sec / (6.0 * pow(nu, 3)) * (nu / rho + 2.0 * t2);
	XII = sec / (120.0 * pow(nu, 5)) * (5.0 + 28.0 * t2 + 24.0 * t4);
	XIIA = sec / (5040.0 * pow(nu, 7)) * (61.0 + 662.0 * t2 + 1320.0 * t4 + 720.0 * t6);
	dE = E - NG_E0;
	*lat = phi - VII * pow(dE, 2) + VIII * pow(dE, 4) - IX * pow(dE, 6);
	*lon = NG_LON0 + X * dE - XI * pow(dE, 3) + XII * pow(dE, 5) - XIIA * pow(dE, 7);
}

int
ttg_bng_to_wgs84(double easting, double northing, double *lat, double *lon)
{
	/* Helmert OSGB36 -> WGS84 (the OS guide's WGS84 -> OSGB36 with signs reversed). */
	const double tx = 446.448, ty = -125.157, tz = 542.060;
	const double s = -20.4894e-6;
	const double rx = DEG2RAD(0.1502 / 3600.0),
				ry = DEG2RAD(0.2470 / 3600.0),
				rz = DEG2RAD(0.8421 / 3600.0);
	const double ea2 = 1.0 - (AIRY_B * AIRY_B) / (AIRY_A * AIRY_A);
	const double eg2 = 1.0 - (GRS80_B * GRS80_B) / (GRS80_A * GRS80_A);
	double		phi, lam, nu, x, y, z, x2, y2, z2, p;

	if (!ttg_bng_valid(easting, northing))
		return -1;
	ng_inverse(easting, northing, &phi, &lam);

	/* Geodetic (height 0) to Cartesian on Airy 1830 (OS guide, B.1). */
	nu = AIRY_A / sqrt(1.0 - ea2 * sin(phi) * sin(phi));
	x = nu * cos(phi) * cos(lam);
	y = nu * cos(phi) * sin(lam);
	z = (1.0 - ea2) * nu * sin(phi);

	/* Small-angle Helmert transform (OS guide, 6.2). */
	x2 = tx + (1.0 + s) * x - rz * y + ry * z;
	y2 = ty + rz * x + (1.0 + s) * y - rx * z;
	z2 = tz - ry * x + rx * y + (1.0 + s) * z;

	/* Cartesian to geodetic on GRS80 (OS guide, B.2): iterate latitude. */
	p = sqrt(x2 * x2 + y2 * y2);
	lam = atan2(y2, x2);
	phi = atan2(z2, p * (1.0 - eg2));
	for (int i = 0; i < 10; i++)
	{
		double		prev = phi;

		nu = GRS80_A / sqrt(1.0 - eg2 * sin(phi) * sin(phi));
		phi = atan2(z2 + eg2 * nu * sin(phi), p);
		if (fabs(phi - prev) < 1e-12)
			break;
	}
	*lat = RAD2DEG(phi);
	*lon = RAD2DEG(lam);
	return 0;
}

int
ttg_travel_estimate_minutes_bng(double e1, double n1, double e2, double n2,
								const TtgTravelParams *p, double *minutes)
{
	double		lat1, lon1, lat2, lon2;

	if (ttg_bng_to_wgs84(e1, n1, &lat1, &lon1) != 0 ||
		ttg_bng_to_wgs84(e2, n2, &lat2, &lon2) != 0)
		return -1;
	return ttg_travel_estimate_minutes(lat1, lon1, lat2, lon2, p, minutes);
}
