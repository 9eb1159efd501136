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

#define TTG_ACTIVITY_WORDS "unpaid_work, accredited_programme, structured_intervention"

/* Parse an activity word; returns 0, or -1 when unknown. */
int			ttg_activity_from_word(const char *word, TtgActivity *out);

/* Most minutes of travel each way for an activity (90 for all three today). */
int			ttg_travel_limit_minutes(TtgActivity activity);

/* R-UPW-1/2: a journey of minutes_each_way (>= 0) is within the activity's limit (<=). */
bool		ttg_within_travel_limit(double minutes_each_way, TtgActivity activity);

/*
 * R-UPW-1: minutes credited against the hours ordered for one journey: at most
 * 60 when supervised, nothing when not. A journey over the 90-minute limit
 * still credits 60: the breach is within_travel_limit's to report.
 */
double		ttg_credited_travel_minutes(double minutes_each_way, bool supervised);

typedef enum TtgTravelMode
{
	TTG_MODE_WALK,
	TTG_MODE_PUBLIC_TRANSPORT,
	TTG_MODE_CAR,
	TTG_MODE_MINIBUS
} TtgTravelMode;

/* The words accepted by ttg_travel_mode_from_word, for error hints. */
#define TTG_TRAVEL_MODE_WORDS "walk, public_transport, car, minibus"

/*
 * How an estimate is made: minutes = access_minutes + 60 * km * circuity / speed_kmh.
 * circuity: network distance over great-circle distance (>= 1);
 * speed_kmh: average speed over the network distance (> 0);
 * access_minutes: fixed time at the ends (walk to a stop, wait, park; >= 0).
 */
typedef struct TtgTravelParams
{
	double		circuity;
	double		speed_kmh;
	double		access_minutes;
} TtgTravelParams;

/* Defaults per mode; returns 0, or -1 for an unknown mode. */
int			ttg_travel_default_params(TtgTravelMode mode, TtgTravelParams *out);

/* Parse a mode word ("walk", "public_transport", "car", "minibus"); returns 0, or -1 when unknown. */
int			ttg_travel_mode_from_word(const char *word, TtgTravelMode *out);

/* True when params are usable: all finite, circuity >= 1, speed > 0, access >= 0. */
bool		ttg_travel_params_valid(const TtgTravelParams *p);

/* True when |lat| <= 90, |lon| <= 180 and both are finite. */
bool		ttg_latlon_valid(double lat, double lon);

/* Great-circle distance in km (haversine, mean Earth radius 6371.0088 km). */
double		ttg_great_circle_km(double lat1, double lon1, double lat2, double lon2);

/*
 * Estimated minutes door to door: access_minutes + 60 * km * circuity / speed_kmh.
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

/* The same inverse projection without the datum shift: OSGB36 degrees. */
int			ttg_bng_to_osgb36(double easting, double northing, double *lat, double *lon);

/* Estimate between two grid points: converts both to WGS84, then as above. */
int			ttg_travel_estimate_minutes_bng(double e1, double n1, double e2, double n2,
											const TtgTravelParams *p, double *minutes);

#endif
