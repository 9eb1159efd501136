
-- ===========================================================================
-- Hardening: every C function that can see a NULL is STRICT or checks it;
-- the mcs_rate state arithmetic is overflow-checked (R-MCS-7).
-- ===========================================================================

-- 0.1.0 read a NULL state and crashed the backend; STRICT now (the aggregate
-- skips NULL rows either way).
ALTER FUNCTION ttg.mcs_rate_step(bigint[], boolean) STRICT;
COMMENT ON FUNCTION ttg.mcs_rate_step(bigint[], boolean) IS
  'Transition of ttg.mcs_rate: state {met, total} with 0 <= met <= total (else 22023); a NULL met is skipped (STRICT: NULL in, NULL out when called directly). A count past the bigint range: 22003.';
COMMENT ON FUNCTION ttg.mcs_rate_combine(bigint[], bigint[]) IS
  'Combine of ttg.mcs_rate: adds two {met, total} states (each 0 <= met <= total, else 22023; a sum past the bigint range: 22003).';
COMMENT ON FUNCTION ttg.mcs_rate_final(bigint[]) IS
  'Final of ttg.mcs_rate: 100 * met / total, NULL when total is 0. A state with met above total or a negative count: 22023.';
