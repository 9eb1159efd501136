/*
 * travel_core.h: travel-time limits and estimates for Unpaid Work placements,
 * Accredited Programmes and Structured Interventions (R-UPW-1, R-UPW-2).
 *
 * Pure C99. An estimate is a fallback: a time routed by the user's own routing
 * engine is always better, and every function that takes a time accepts one.
 */
#ifndef TTG_TRAVEL_CORE_H
#define TTG_TRAVEL_CORE_H

#include <stdbool.h>

#include "amount_core.h"
#include "vocab_core.h"

#define TTG_TRAVEL_LIMIT_MINUTES 90		/* R-UPW-1, R-UPW-2: each way */
#define TTG_TRAVEL_CREDIT_MAX_MINUTES 60	/* R-UPW-1: supervised travel credited, each way */

/* Mean Earth radius (IUGG R1) used by the haversine distance. */
#define TTG_EARTH_RADIUS_KM 6371.0088

/* British National Grid range accepted by ttg_bng_to_wgs84 (metres). */
#define TTG_BNG_MAX_EASTING 700000.0
#define TTG_BNG_MAX_NORTHING 1300000.0

/* Activities with a travel limit (R-UPW-1 Unpaid Work, R-UPW-2 the others). */
typedef enum TtgActivity
{
	TTG_ACTIVITY_UNPAID_WORK,
	TTG_ACTIVITY_ACCREDITED_PROGRAMME,
	TTG_ACTIVITY_STRUCTURED_INTERVENTION
} TtgActivity;

/* The activity words (canonical: unpaid_work, accredited_programme, structured_intervention). */
extern const TtgVocab ttg_activity_vocab;
/* accredited_programme, structured_intervention (programme_sessions.activity, R-UPW-2) */
extern const TtgVocab ttg_programme_activity_vocab;

/* Most minutes of travel each way for an activity (90 for all three today). */
int			ttg_travel_limit(TtgActivity activity);

/*
 * R-UPW-1/2: *within is true when a journey of minutes (0 or more) is within
 * the activity's limit: exactly 90 is within, 90.000001 or any remainder
 * beyond 90 is not. TTG_AMOUNT_NEGATIVE when minutes < 0.
 */
TtgAmountStatus ttg_travel_within_limit(TtgAmount minutes, TtgActivity activity, bool *within);

/*
 * R-UPW-1: minutes credited against the hours ordered for one journey (0 or
 * more): supervised, the journey itself below 60 and exactly 60 from 60 on
 * (even past the 90-minute limit, which ttg_travel_within_limit reports);
 * unsupervised, 0. TTG_AMOUNT_NEGATIVE when minutes < 0.
 */
TtgAmountStatus ttg_travel_credit(TtgAmount minutes, bool supervised, TtgAmount *credit);

/*
 * R-UPW-1: minutes credited for one session: work plus the credit of the
 * outbound and of the return journey. *bad is the first negative argument
 * (0 work, 1 outbound, 2 return) for TTG_AMOUNT_NEGATIVE; TTG_AMOUNT_OVERFLOW
 * when the sum does not fit.
 */
TtgAmountStatus ttg_travel_session_credit(TtgAmount work, TtgAmount outbound, TtgAmount ret,
									   bool supervised, TtgAmount *credit, int *bad);

/* Modes of travel; the first four are 0.1.0's, in their order. */
typedef enum TtgTravelMode
{
	TTG_MODE_WALK,
	TTG_MODE_PUBLIC_TRANSPORT,	/* bus or rail, not known which */
	TTG_MODE_CAR,
	TTG_MODE_MINIBUS,
	TTG_MODE_BUS,
	TTG_MODE_RAIL,
	TTG_MODE_CYCLE
} TtgTravelMode;

#define TTG_TRAVEL_MODE_COUNT 7

/* The mode words, canonical in TtgTravelMode order (ttg_vocab_word gives a mode's word). */
extern const TtgVocab ttg_travel_mode_vocab;

/*
 * How an estimate is made: minutes = access_minutes + 60 * d / v(km), where
 * km is the great-circle distance, d = km * circuity the network distance, and
 * the average speed v grows with the distance (short trips are slow: streets,
 * stops, waits; long ones reach motorways and fast trains):
 *   v(km) = speed_kmh - (speed_kmh - short_kmh) * exp(-km / ramp_km)
 * so v is short_kmh for a very short trip and tends to speed_kmh. With
 * ramp_km 0 the speed is speed_kmh at every distance (0.1.0's model).
 * circuity: network distance over great-circle distance (>= 1);
 * speed_kmh: the long-distance speed (> 0);
 * access_minutes: fixed time at the ends (walk to a stop, wait, park; >= 0);
 * short_kmh: the speed of a very short trip (0 < short_kmh <= speed_kmh when ramp_km > 0);
 * ramp_km: how fast the speed approaches speed_kmh (>= 0).
 */
typedef struct TtgTravelParams
{
	double		circuity;
	double		speed_kmh;
	double		access_minutes;
	double		short_kmh;
	double		ramp_km;
} TtgTravelParams;

/* Defaults per mode; returns 0, or -1 for an unknown mode. */
int			ttg_travel_default_params(TtgTravelMode mode, TtgTravelParams *out);

/* True when params are usable: all finite, circuity >= 1, speed > 0, access >= 0,
 * ramp >= 0 and, when ramp > 0, 0 < short_kmh <= speed_kmh. */
bool		ttg_travel_params_valid(const TtgTravelParams *p);

/* True when |lat| <= 90, |lon| <= 180 and both are finite. */
bool		ttg_latlon_valid(double lat, double lon);

/* Great-circle distance in km (haversine, mean Earth radius 6371.0088 km). */
double		ttg_great_circle_km(double lat1, double lon1, double lat2, double lon2);

/* Average speed of a trip of km (great circle) under p: v(km) above. */
double		ttg_travel_speed_kmh(const TtgTravelParams *p, double km);

/* Estimated minutes for km of great-circle distance (p valid, km >= 0). */
double		ttg_travel_estimate_km(const TtgTravelParams *p, double km);

/*
 * Estimated minutes door to door: access_minutes + 60 * km * circuity / v(km).
 * Returns 0, or -1 when a coordinate is out of range (|lat| > 90, |lon| > 180,
 * or not finite) or params are invalid.
 */
int			ttg_travel_estimate_minutes(double lat1, double lon1, double lat2, double lon2,
										const TtgTravelParams *p, double *minutes);

/* True when 0 <= easting <= 700000 and 0 <= northing <= 1300000, both finite. */
bool		ttg_bng_valid(double easting, double northing);

/*
 * British National Grid (OSGB36 Transverse Mercator, metres) to WGS84
 * latitude and longitude in degrees: the inverse projection on the Airy 1830
 * ellipsoid, then the seven-parameter Helmert transform OSGB36 -> WGS84, as in
 * the Ordnance Survey's "A guide to coordinate systems in Great Britain"
 * (accurate to a few metres: the Helmert step, not OSTN15). Returns 0, or -1
 * when the point is outside the grid's range.
 */
int			ttg_bng_to_wgs84(double easting, double northing, double *lat, double *lon);

/* Estimate between two grid points: converts both to WGS84, then as above. */
int			ttg_travel_estimate_minutes_bng(double e1, double n1, double e2, double n2,
											const TtgTravelParams *p, double *minutes);

/*
 * Whether an estimate can tell that a journey is within a limit (R-UPW-1,
 * R-UPW-2): within when even a pessimistic estimate is within it, over when
 * even an optimistic one is over, otherwise route_it (route the journey). The
 * estimate's error on real journeys (TTG_TRAVEL_ERROR_*) makes the margin; for
 * public_transport the optimistic estimate is the better of rail and bus and
 * the pessimistic the worse, since a train may or may not run.
 */
typedef enum TtgTravelVerdict
{
	TTG_VERDICT_WITHIN,
	TTG_VERDICT_OVER,
	TTG_VERDICT_ROUTE_IT
} TtgTravelVerdict;

#define TTG_TRAVEL_ERROR_SHORT 0.35	/* under 40 km: calibrated mean error about 35-45% */
#define TTG_TRAVEL_ERROR_LONG 0.20	/* 40 km and over: 8-23% */
#define TTG_TRAVEL_ERROR_ACTIVE 0.25	/* walk and cycle, not calibrated */
#define TTG_TRAVEL_ERROR_BAND_KM 40.0

TtgTravelVerdict ttg_travel_verdict(TtgTravelMode mode, double km, double limit_minutes);
const char *ttg_travel_verdict_word(TtgTravelVerdict v);

#endif
