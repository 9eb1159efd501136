/*
 * ttg_random: call every function of schema ttg with random and boundary
 * arguments for a given time, through libpq, and report what came back.
 *
 *   ttg_random [-t seconds] [-n max_calls] [-s seed] [-v] [conninfo]
 *
 * Each call runs in its own transaction, rolled back (so loaders and model
 * builders leave nothing), under statement_timeout 2 s. Arguments are NULL,
 * a boundary value of their type (infinite and extreme dates and timestamps,
 * NaN and infinite numbers, the integer limits, empty, huge and odd strings,
 * arrays with NULLs or two dimensions) or a random one, including the words
 * and small SQL queries ttg's functions accept, so calls get past validation.
 *
 * Prints calls, successes, errors by SQLSTATE, XX000 (internal errors: a ttg
 * bug) and crashes (the connection lost: the backend died), with the first
 * offending calls. Exits 1 on any crash or XX000, else 0.
 */
#include <libpq-fe.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct Func
{
	char	   *name;			/* schema-qualified, quoted */
	int			nargs;
	char	  **types;			/* format_type of each argument */
	bool		retset;
} Func;

typedef struct StateCount
{
	char		state[6];
	long		n;
} StateCount;

static unsigned long long rng_state = 88172645463325252ULL;

static unsigned long long
rnd(void)
{
	/* xorshift64*: reproducible from the seed */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 2685821657736338717ULL;
}

static int
pick(int n)
{
	return (int) (rnd() % (unsigned long long) n);
}

static double
unit(void)
{
	return (double) (rnd() >> 11) / 9007199254740992.0;
}

/* A growable string. */
typedef struct Buf
{
	char	   *s;
	size_t		len;
	size_t		cap;
} Buf;

static void
buf_add(Buf *b, const char *fmt, ...)
{
	va_list		ap;
	int			need;

	for (;;)
	{
		va_start(ap, fmt);
		need = vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
		va_end(ap);
		if (need >= 0 && (size_t) need < b->cap - b->len)
		{
			b->len += (size_t) need;
			return;
		}
		b->cap = (b->cap + (size_t) need + 1) * 2;
		b->s = realloc(b->s, b->cap);
		if (b->s == NULL)
			abort();
	}
}

/* ---- values --------------------------------------------------------------- */

static const char *const words[] = {
	"unpaid_work", "rar", "accredited_programme", "structured_intervention", "curfew", "exclusion",
	"residence", "offer", "appointment", "full", "any", "male", "female", "unknown", "mixed",
	"all_male", "female_only", "individual", "low", "medium", "high", "very_high", "nps", "crc",
	"auto", "omcp_2013", "omic_2019", "omic_2023", "walk", "public_transport", "car", "minibus",
	"attended", "failed_to_attend", "acceptable_absence", "cancelled_by_case_manager",
	"rearranged_by_case_manager", "rearranged_by_service_user", "COAP", "COAI", "CHVS", "ATTC",
	"AFTA", "RSOF", "A", "B1", "C3", "D", "E", "green", "amber", "red", "red_amber",
	"contact_outcome", "requirement", "reoffer_rule", "brag", "cardiff", "probation", "demo",
	"Unpaid Work", " Unpaid-Work ", "UNPAID/WORK", "LCI", "HMI", "lead_host", "host"
};

/* SQL for the query-text arguments: valid shapes with random rows, and broken ones. */
static void
query_value(Buf *b, int shape)
{
	int			n = 1 + pick(40);

	switch (shape >= 0 ? shape : pick(9))
	{
		case 0:
			buf_add(b, "SELECT g AS person_id, 52 + random() AS lat, -1.5 + random() AS lon, "
					"(ARRAY['male','female',NULL])[1 + g %% 3] AS sex, g %% 2 = 0 AS avoid_all_male, "
					"g %% 3 = 0 AS ete_eligible, (ARRAY['low','high','very_high',NULL])[1 + g %% 4] AS rosh, "
					"(g * 37) %% 128 AS available_days FROM generate_series(1, %d) g", n);
			break;
		case 1:
			buf_add(b, "SELECT g AS placement_id, 52 + random() AS lat, -1.5 + random() AS lon, g %% 4 AS capacity, "
					"(ARRAY['mixed','all_male','female_only','individual'])[1 + g %% 4] AS environment, "
					"g %% 2 = 0 AS provides_ete, g %% 3 = 0 AS accepts_high_rosh, NULL::int AS session_days "
					"FROM generate_series(1, %d) g", n);
			break;
		case 2:
			buf_add(b, "SELECT (g %% 7) + 1 AS person_id, g AS placement_id, "
					"(ARRAY[0, 15.5, 90, 90.01, NULL, 1e300, -1])[1 + g %% 7]::float8 AS minutes "
					"FROM generate_series(1, %d) g", n);
			break;
		case 3:
			buf_add(b, "SELECT g::bigint AS case_id, DATE '2019-01-07' + g AS isp_completed_on, "
					"DATE '2020-06-30' AS scope_end, '{rar}'::text[] AS requirements, 'red'::text AS brag_status "
					"FROM generate_series(1, %d) g", n);
			break;
		case 4:
			buf_add(b, "SELECT (g %% 5)::bigint AS case_id, (ARRAY['COAP','COAI','OTHER'])[1 + g %% 3] AS contact_type, "
					"TIMESTAMP '2019-02-01' + g * interval '3 days' AS appointment_at, "
					"TIMESTAMP '2019-01-20' + g * interval '3 days' AS notified_at, "
					"(ARRAY['attended','failed_to_attend',NULL,'acceptable_absence'])[1 + g %% 4] AS outcome, "
					"(ARRAY[45, 10, NULL])[1 + g %% 3] AS available_minutes, g %% 5 = 0 AS other_activity "
					"FROM generate_series(1, %d) g", n);
			break;
		case 5:
			buf_add(b, "SELECT 1");
			break;
		case 6:
			buf_add(b, "WITH x AS (DELETE FROM ttg.calendar RETURNING name) SELECT * FROM x");
			break;
		case 7:
			buf_add(b, "SELECT * FROM nowhere");
			break;
		default:
			buf_add(b, "SELECT NULL::bigint AS person_id, NULL::float8 AS lat, NULL::float8 AS lon, "
					"NULL::text AS sex, NULL::bool AS avoid_all_male, NULL::bool AS ete_eligible, "
					"NULL::text AS rosh, NULL::int AS available_days, NULL::bigint AS placement_id, "
					"NULL::int AS capacity, NULL::text AS environment, NULL::bool AS provides_ete, "
					"NULL::bool AS accepts_high_rosh, NULL::int AS session_days");
			break;
	}
}

/* A SQL literal: the text quoted, then cast. */
static void
lit(Buf *b, const char *text, const char *type)
{
	buf_add(b, "'");
	for (const char *p = text; *p; p++)
		buf_add(b, *p == '\'' ? "''" : "%c", *p);
	buf_add(b, "'::%s", type);
}

static void
random_date(char *out, size_t n, bool wide)
{
	int			y = wide ? 1900 + pick(260) : 1978 + pick(122);

	snprintf(out, n, "%04d-%02d-%02d", y, 1 + pick(12), 1 + pick(28 + (pick(4) == 0 ? 3 : 0)));
}

/* Append a value of `type`: NULL, a boundary value, or a random one. */
static void
value(Buf *b, const char *type, const char *fname, int argno)
{
	char		tmp[128];
	int			r = pick(100);

	if (r < 12)
	{
		buf_add(b, "NULL::%s", type);
		return;
	}
	bool		boundary = r < 40;

	if (strcmp(type, "date") == 0)
	{
		static const char *const bd[] = {"-infinity", "infinity", "4713-01-01 BC", "5874897-12-31",
		"1977-12-31", "1978-01-01", "2099-12-31", "2100-01-01", "2000-02-29", "2018-10-01", "2021-06-26"};

		if (boundary)
			lit(b, bd[pick(sizeof(bd) / sizeof(bd[0]))], type);
		else
		{
			random_date(tmp, sizeof(tmp), pick(5) == 0);
			lit(b, tmp, type);
		}
	}
	else if (strcmp(type, "timestamp without time zone") == 0 || strcmp(type, "timestamp with time zone") == 0)
	{
		static const char *const bd[] = {"-infinity", "infinity", "4713-01-01 00:00 BC", "294276-12-31 23:59:59",
		"1978-01-01 00:00", "2099-12-31 23:59:59.999999", "1999-12-31 23:59:59.999999"};

		if (boundary)
			lit(b, bd[pick(sizeof(bd) / sizeof(bd[0]))], type);
		else
		{
			char		d[32];

			random_date(d, sizeof(d), pick(5) == 0);
			snprintf(tmp, sizeof(tmp), "%s %02d:%02d", d, pick(24), pick(60));
			lit(b, tmp, type);
		}
	}
	else if (strcmp(type, "integer") == 0 || strcmp(type, "smallint") == 0 || strcmp(type, "bigint") == 0)
	{
		static const char *const b32[] = {"-2147483648", "2147483647", "0", "-1", "1", "127", "128", "255"};
		static const char *const b16[] = {"-32768", "32767", "0", "-1", "1"};
		static const char *const b64[] = {"-9223372036854775808", "9223372036854775807", "0", "-1", "1"};

		if (boundary)
		{
			if (type[0] == 's')
				lit(b, b16[pick(5)], type);
			else if (type[0] == 'b')
				lit(b, b64[pick(5)], type);
			else
				lit(b, b32[pick(8)], type);
		}
		else
			buf_add(b, "%d::%s", pick(3) ? pick(200) - 10 : pick(200000) - 100000, type);
	}
	else if (strcmp(type, "numeric") == 0)
	{
		static const char *const bd[] = {"NaN", "Infinity", "-Infinity", "0", "-0.000001", "1e-1000",
		"1e1000", "90", "90.0001", "60", "1440", "1440.01", "0.2", "1", "-1"};

		if (boundary)
			lit(b, bd[pick(sizeof(bd) / sizeof(bd[0]))], type);
		else
			buf_add(b, "%.4f::numeric", unit() * (pick(3) ? 200.0 : 1e7) - (pick(4) ? 0 : 50));
	}
	else if (strcmp(type, "double precision") == 0 || strcmp(type, "real") == 0)
	{
		static const char *const bd[] = {"NaN", "Infinity", "-Infinity", "1e308", "-1e308", "4.9e-324",
		"-0", "90", "-90", "180", "-180", "90.000001", "700000", "1300000"};

		if (boundary)
			lit(b, bd[pick(sizeof(bd) / sizeof(bd[0]))], type);
		else if (pick(2))
			buf_add(b, "%.6f::%s", 50 + unit() * 6, type);
		else
			buf_add(b, "%.6f::%s", (unit() - 0.5) * (pick(2) ? 360 : 2e6), type);
	}
	else if (strcmp(type, "boolean") == 0)
		buf_add(b, pick(2) ? "true" : "false");
	else if (strcmp(type, "text") == 0 || strcmp(type, "character varying") == 0 || strcmp(type, "name") == 0 ||
			 strcmp(type, "cstring") == 0)
	{
		bool		sql_arg = strstr(fname, "match_placements") || strstr(fname, "placement_candidates") ||
			strstr(fname, "mcs_evaluate");

		if (sql_arg && argno <= 2 && pick(3))
		{
			Buf			q = {0};
			/* mostly the shape the argument wants: people, placements, travel; cases, contacts */
			int			shape = pick(4) == 0 ? -1 : strstr(fname, "mcs_evaluate") ? (argno < 2 ? 3 + argno : -1) : argno;

			query_value(&q, shape);
			lit(b, q.s, type);
			free(q.s);
		}
		else if (strcmp(type, "cstring") == 0 || (strstr(fname, "tally") && pick(2)))
		{
			static const char *const bd[] = {"{}", "{counted=2,unattended=1}", "{counted=127}", "{counted=128}",
			"{counted=-1}", "{x=1}", "{", "", "{counted=1,counted=2}", "{counted=99999999999999999999}"};

			lit(b, bd[pick(sizeof(bd) / sizeof(bd[0]))], strcmp(type, "cstring") == 0 ? "cstring" : type);
		}
		else if (strstr(fname, "load_") && pick(2))
		{
			static const char *const bd[] = {
				"date,title\n2026-12-29,Closed\n", "date,title\n", "", "date,title\n2026-02-30,x\n",
				"date,title\n2026-12-29,\"open quote\n", "prison_code,prison,cpa,crc,role,live_from\nZZ1,HMP Z,X,X,host,\n",
			"prison_code,prison,cpa,crc,role,live_from\nLCI,HMP L,X,X,host,\n", "a,b\n\"\"\"\n"};

			lit(b, bd[pick(sizeof(bd) / sizeof(bd[0]))], type);
		}
		else if (boundary)
		{
			switch (pick(6))
			{
				case 0:
					lit(b, "", type);
					break;
				case 1:
					buf_add(b, "repeat('x', %d)::%s", pick(2) ? 100000 : 1000000, type);
					break;
				case 2:
					buf_add(b, "E'\\x01\\x7f'::%s", type);
					break;
				case 3:
					lit(b, "ünïcödé ✓", type);
					break;
				case 4:
					lit(b, "   ", type);
					break;
				default:
					lit(b, "%s%d\\", type);
					break;
			}
		}
		else
			lit(b, words[pick(sizeof(words) / sizeof(words[0]))], type);
	}
	else if (strcmp(type, "text[]") == 0)
	{
		static const char *const bd[] = {"{}", "{NULL}", "{{rar,curfew},{exclusion,residence}}", "{rar,NULL}",
		"{unpaid_work,curfew}", "{rar}", "{nonsense}", "{\"\"}"};

		if (boundary || pick(2))
			lit(b, bd[pick(sizeof(bd) / sizeof(bd[0]))], type);
		else
			buf_add(b, "ARRAY['%s','%s']", words[pick(8)], words[pick(8)]);
	}
	else if (strcmp(type, "bigint[]") == 0)
	{
		static const char *const bd[] = {"{0,0}", "{1,2}", "{2,1}", "{9223372036854775807,9223372036854775807}",
			"{-1,1}", "{NULL,1}", "{{1,2}}", "{}", "{1,2,3}", "{-9223372036854775808,0}",
		"[0:1]={1,2}"};

		if (boundary || pick(2))
			lit(b, bd[pick(sizeof(bd) / sizeof(bd[0]))], type);
		else
		{
			long		t = pick(1000);

			buf_add(b, "'{%ld,%ld}'::bigint[]", t ? (long) pick((int) t + 1) : 0L, t);
		}
	}
	else if (strcmp(type, "jsonb") == 0 || strcmp(type, "json") == 0)
	{
		static const char *const bd[] = {"{}", "{\"red\": 4, \"amber\": 2}", "{\"red\": 0}", "[]", "null",
		"{\"red\": 1e400}", "{\"red\": \"x\"}", "{\"red\": 128}", "{\"\": 1}", "{\"red\": 2.5}"};

		lit(b, bd[pick(sizeof(bd) / sizeof(bd[0]))], type);
	}
	else if (strcmp(type, "ttg.mcs_tally") == 0)
	{
		static const char *const bd[] = {"{}", "{counted=2,unattended=1}", "{counted=127}",
		"{no_written_notice=127,shared_with_other_activity=127}", "{missed_without_reoffer=3}"};

		lit(b, bd[pick(sizeof(bd) / sizeof(bd[0]))], type);
	}
	else if (strcmp(type, "regclass") == 0)
		buf_add(b, pick(2) ? "'ttg.calendar'::regclass" : "'pg_class'::regclass");
	else if (strcmp(type, "interval") == 0)
		buf_add(b, pick(2) ? "'1 day'::interval" : "'infinity'::interval");
	else
		buf_add(b, "NULL::%s", type);	/* a type the driver does not know: NULL */
}

/* ---- the driver ------------------------------------------------------------- */

static PGconn *
connect_db(const char *conninfo, int wait_seconds)
{
	for (int i = 0; i <= wait_seconds * 10; i++)
	{
		PGconn	   *c = PQconnectdb(conninfo);

		if (PQstatus(c) == CONNECTION_OK)
		{
			PQclear(PQexec(c, "SET client_min_messages = error"));
			return c;
		}
		PQfinish(c);
		usleep(100000);
	}
	fprintf(stderr, "ttg_random: cannot connect to \"%s\"\n", conninfo);
	exit(2);
}

static Func *
load_functions(PGconn *c, int *nfunc)
{
	PGresult   *r = PQexec(c,
						   "SELECT format('%I.%I', n.nspname, p.proname), p.pronargs, p.proretset,"
						   "       (SELECT string_agg(format_type(t, NULL), '|' ORDER BY o)"
						   "          FROM unnest(p.proargtypes) WITH ORDINALITY AS a(t, o))"
						   "  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
						   " WHERE n.nspname = 'ttg'"
						   "   AND NOT 'internal'::regtype = ANY (p.proargtypes)"
						   "   AND p.prorettype <> 'internal'::regtype"
						   " ORDER BY 1, 2");
	Func	   *f;

	if (PQresultStatus(r) != PGRES_TUPLES_OK)
	{
		fprintf(stderr, "ttg_random: %s", PQerrorMessage(c));
		exit(2);
	}
	*nfunc = PQntuples(r);
	f = calloc((size_t) *nfunc + 1, sizeof(Func));
	for (int i = 0; i < *nfunc; i++)
	{
		char	   *types = strdup(PQgetisnull(r, i, 3) ? "" : PQgetvalue(r, i, 3));
		char	   *save = NULL;

		f[i].name = strdup(PQgetvalue(r, i, 0));
		f[i].nargs = atoi(PQgetvalue(r, i, 1));
		f[i].retset = PQgetvalue(r, i, 2)[0] == 't';
		f[i].types = calloc((size_t) f[i].nargs + 1, sizeof(char *));
		for (int a = 0; a < f[i].nargs; a++)
			f[i].types[a] = strdup(strtok_r(a == 0 ? types : NULL, "|", &save));
		free(types);
	}
	PQclear(r);
	return f;
}

static void
count_state(StateCount *sc, int *nsc, const char *state)
{
	for (int i = 0; i < *nsc; i++)
		if (strcmp(sc[i].state, state) == 0)
		{
			sc[i].n++;
			return;
		}
	if (*nsc < 256)
	{
		snprintf(sc[*nsc].state, sizeof(sc[*nsc].state), "%s", state);
		sc[(*nsc)++].n = 1;
	}
}

static int
cmp_state(const void *a, const void *b)
{
	const StateCount *x = a,
			   *y = b;

	return x->n < y->n ? 1 : x->n > y->n ? -1 : strcmp(x->state, y->state);
}

int
main(int argc, char **argv)
{
	double		seconds = 60;
	long		max_calls = -1;
	unsigned long long seed = (unsigned long long) time(NULL);
	bool		verbose = false;
	const char *conninfo = "";
	PGconn	   *c;
	Func	   *funcs;
	int			nfunc;
	long		calls = 0,
				ok = 0,
				xx000 = 0,
				crashes = 0,
				shown = 0;
	StateCount	states[256];
	int			nstates = 0;
	struct timespec t0,
				t1;
	int			opt;

	while ((opt = getopt(argc, argv, "t:n:s:v")) != -1)
	{
		if (opt == 't')
			seconds = atof(optarg);
		else if (opt == 'n')
			max_calls = atol(optarg);
		else if (opt == 's')
			seed = strtoull(optarg, NULL, 10);
		else if (opt == 'v')
			verbose = true;
		else
		{
			fprintf(stderr, "usage: ttg_random [-t seconds] [-n max_calls] [-s seed] [-v] [conninfo]\n");
			return 2;
		}
	}
	if (optind < argc)
		conninfo = argv[optind];
	rng_state ^= seed * 0x9E3779B97F4A7C15ULL;
	if (rng_state == 0)
		rng_state = 1;
	c = connect_db(conninfo, 5);
	funcs = load_functions(c, &nfunc);
	if (nfunc == 0)
	{
		fprintf(stderr, "ttg_random: no functions in schema ttg (is the extension installed?)\n");
		return 2;
	}
	printf("ttg_random: %d functions, seed %llu, %.0f s%s\n", nfunc, seed, seconds,
		   max_calls >= 0 ? " (or the call limit)" : "");
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;)
	{
		Func	   *f = &funcs[pick(nfunc)];
		Buf			q = {0};
		PGresult   *r;
		double		elapsed;

		clock_gettime(CLOCK_MONOTONIC, &t1);
		elapsed = (double) (t1.tv_sec - t0.tv_sec) + (double) (t1.tv_nsec - t0.tv_nsec) / 1e9;
		if (elapsed >= seconds || (max_calls >= 0 && calls >= max_calls))
			break;

		buf_add(&q, f->retset ? "SELECT count(*) FROM %s(" : "SELECT %s(", f->name);
		for (int a = 0; a < f->nargs; a++)
		{
			if (a)
				buf_add(&q, ", ");
			value(&q, f->types[a], f->name, a);
		}
		buf_add(&q, f->retset ? ") AS r" : ")");

		PQclear(PQexec(c, "BEGIN; SET LOCAL statement_timeout = 2000"));
		r = PQexec(c, q.s);
		calls++;
		if (PQstatus(c) != CONNECTION_OK)
		{
			crashes++;
			printf("CRASH: %.2000s\n", q.s);
			PQclear(r);
			PQfinish(c);
			c = connect_db(conninfo, 60);
		}
		else
		{
			if (PQresultStatus(r) == PGRES_TUPLES_OK)
				ok++;
			else
			{
				const char *st = PQresultErrorField(r, PG_DIAG_SQLSTATE);

				count_state(states, &nstates, st ? st : "?????");
				if (st && strcmp(st, "XX000") == 0)
				{
					xx000++;
					if (shown++ < 20)
						printf("XX000: %.2000s\n  %s", q.s, PQresultErrorMessage(r));
				}
				else if (verbose)
					printf("%s: %.300s\n  %s", st ? st : "?????", q.s, PQresultErrorMessage(r));
			}
			PQclear(r);
			PQclear(PQexec(c, "ROLLBACK"));
		}
		free(q.s);
	}
	qsort(states, (size_t) nstates, sizeof(StateCount), cmp_state);
	printf("ttg_random: %ld calls, %ld returned, %ld errors, %ld XX000, %ld crashes\n",
		   calls, ok, calls - ok - crashes, xx000, crashes);
	printf("errors by SQLSTATE:");
	for (int i = 0; i < nstates; i++)
		printf(" %s=%ld", states[i].state, states[i].n);
	printf("\n");
	PQfinish(c);
	return (crashes > 0 || xx000 > 0) ? 1 : 0;
}
