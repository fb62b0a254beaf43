"""Static SQL: group roles, who-is-asking helpers, seal and audit triggers.

Helper functions that look at other tables are SECURITY DEFINER (they must not be
filtered by the policies that call them) and take the asking role as an argument; thin
SECURITY INVOKER wrappers pass ``current_user``. ``@OWNER@`` is the schema owner.
"""

from __future__ import annotations

ROLES = """
DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['bw_user','bw_member','bw_chair','bw_recruiter','bw_hr','bw_admin']
  LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
  FOREACH r IN ARRAY ARRAY['bw_member','bw_chair','bw_recruiter','bw_hr','bw_admin'] LOOP
    IF NOT pg_has_role(r, 'bw_user', 'MEMBER') THEN
      EXECUTE format('GRANT bw_user TO %I', r);
    END IF;
  END LOOP;
END $$;
CREATE SCHEMA IF NOT EXISTS bw_app;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO bw_user;
GRANT USAGE ON SCHEMA bw_app TO bw_user;
"""

FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION public.bw_uid_of(who text) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT id FROM public.users WHERE login = who $$;
CREATE OR REPLACE FUNCTION public.bw_uid() RETURNS integer
  LANGUAGE sql STABLE AS $$ SELECT public.bw_uid_of(current_user::text) $$;

CREATE OR REPLACE FUNCTION public.bw_in(grp text) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT current_user::text = '@OWNER@' OR pg_has_role(current_user, grp, 'MEMBER') $$;
CREATE OR REPLACE FUNCTION public.bw_is_auditor() RETURNS boolean
  LANGUAGE sql STABLE AS $$ SELECT public.bw_in('bw_hr') OR public.bw_in('bw_admin') $$;
CREATE OR REPLACE FUNCTION public.bw_is_owner() RETURNS boolean
  LANGUAGE sql STABLE AS $$ SELECT current_user::text = '@OWNER@' $$;

CREATE OR REPLACE FUNCTION public.bw_seat_of(pid integer, who text) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT s.role FROM public.committee_seats s JOIN public.users u ON u.id = s.user_id
        WHERE s.procedure_id = pid AND u.login = who $$;
-- Colleagues' self-declared profiles (users.profile_enc) are a column only chairs, recruiters,
-- HR and admins may select. A member gets the profiles of one committee they sit on, for the
-- committee check, through this function; session_user is the person's own login (the
-- function runs as the owner, so current_user would be the owner).
CREATE OR REPLACE FUNCTION public.bw_committee_profiles(pid integer)
  RETURNS TABLE(user_id integer, profile_enc bytea)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT u.id, u.profile_enc FROM public.committee_seats s
        JOIN public.users u ON u.id = s.user_id
        WHERE s.procedure_id = pid
          AND public.bw_seat_of(pid, session_user::text) IS NOT NULL $$;
CREATE OR REPLACE FUNCTION public.bw_owns_of(pid integer, who text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT EXISTS (SELECT 1 FROM public.procedures p JOIN public.users u
        ON u.id = p.created_by WHERE p.id = pid AND u.login = who)
        AND pg_has_role(who, 'bw_recruiter', 'MEMBER') $$;
CREATE OR REPLACE FUNCTION public.bw_cand_proc(cid integer) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT procedure_id FROM public.candidates WHERE id = cid $$;

CREATE OR REPLACE FUNCTION public.bw_seat(pid integer) RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT public.bw_seat_of(pid, current_user::text) $$;
CREATE OR REPLACE FUNCTION public.bw_owns(pid integer) RETURNS boolean
  LANGUAGE sql STABLE AS $$ SELECT public.bw_owns_of(pid, current_user::text) $$;
CREATE OR REPLACE FUNCTION public.bw_steers(pid integer) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT public.bw_is_owner() OR public.bw_in('bw_admin') OR public.bw_owns(pid)
        OR coalesce(public.bw_seat(pid) = 'chair', false) $$;
CREATE OR REPLACE FUNCTION public.bw_can_read(pid integer) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT public.bw_is_auditor() OR public.bw_owns(pid) OR public.bw_seat(pid) IS NOT NULL $$;
CREATE OR REPLACE FUNCTION public.bw_identity_visible(pid integer, revealed timestamp)
  RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT public.bw_is_owner() OR public.bw_owns(pid)
        OR (revealed IS NOT NULL AND public.bw_seat(pid) IS NOT NULL) $$;

-- Scores: own sheet; others' non-draft sheets once my own for that candidate, stage and
-- round is submitted (SCORE-INDEP); everyone who may read the procedure after consensus.
CREATE OR REPLACE FUNCTION public.bw_scores_visible_of(sid integer, who text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.score_sheets s, public.users u
    WHERE s.id = sid AND u.login = who AND (
      s.member_id = u.id
      OR (s.status <> 'draft' AND EXISTS (
            SELECT 1 FROM public.score_sheets m
            WHERE m.member_id = u.id AND m.candidate_id = s.candidate_id
              AND m.stage = s.stage AND m.round = s.round
              AND m.status IN ('submitted', 'superseded')))
      OR (s.status <> 'draft' AND EXISTS (
            SELECT 1 FROM public.consensus c
            WHERE c.candidate_id = s.candidate_id AND c.stage = s.stage AND c.round = s.round))))
  $$;
CREATE OR REPLACE FUNCTION public.bw_own_sheet_of(sid integer, who text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT EXISTS (SELECT 1 FROM public.score_sheets s JOIN public.users u
        ON u.id = s.member_id WHERE s.id = sid AND u.login = who) $$;
CREATE OR REPLACE FUNCTION public.bw_sheet_proc(sid integer) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT procedure_id FROM public.score_sheets WHERE id = sid $$;
CREATE OR REPLACE FUNCTION public.bw_criterion_proc(crid integer) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT procedure_id FROM public.criteria WHERE id = crid $$;

-- ISO 8601 as Python's datetime.isoformat() writes it (microseconds only when not zero).
CREATE OR REPLACE FUNCTION public.bw_iso(ts timestamp) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT to_char(ts, 'YYYY-MM-DD"T"HH24:MI:SS')
        || CASE WHEN extract(microseconds FROM ts)::bigint % 1000000 = 0 THEN ''
                ELSE '.' || to_char(ts, 'US') END $$;

-- The audit trail: append-only, one chain.
CREATE OR REPLACE FUNCTION public.bw_audit_head() RETURNS TABLE(seq integer, hash text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT seq, hash::text FROM public.audit_events ORDER BY seq DESC LIMIT 1 $$;

CREATE OR REPLACE FUNCTION public.bw_last_writer(tname text, pk integer) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT actor::text FROM public.audit_events
        WHERE rows LIKE '%' || to_json(tname)::text || ',' || pk::text || ',%'
          AND seq > (SELECT coalesce(max(seq), 0) - 20000 FROM public.audit_events)
        ORDER BY seq DESC LIMIT 1 $$;

CREATE OR REPLACE FUNCTION public.bw_audit_guard() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  h record;
  want_seq integer := 1;
  want_prev text := repeat('0', 64);
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'audit events cannot be changed or deleted (%)', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT a.seq, a.hash INTO h FROM public.audit_events a ORDER BY a.seq DESC LIMIT 1;
  IF FOUND THEN want_seq := h.seq + 1; want_prev := h.hash; END IF;
  IF NEW.seq <> want_seq OR NEW.prev_hash <> want_prev THEN
    RAISE EXCEPTION 'audit event % is not appended at the head of the chain', NEW.seq
      USING ERRCODE = 'serialization_failure';
  END IF;
  IF NEW.hash <> encode(sha256(convert_to(concat_ws(E'\x1f', NEW.prev_hash, NEW.seq::text,
       public.bw_iso(NEW.at), NEW.actor, NEW.action, coalesce(NEW.procedure_id::text, 'None'),
       NEW.payload, NEW.rows), 'UTF8')), 'hex') THEN
    RAISE EXCEPTION 'audit event % has a wrong hash', NEW.seq USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

-- A submitted sheet is sealed: only its status may move on (superseded, archived).
CREATE OR REPLACE FUNCTION public.bw_sheet_guard() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'score sheet % is sealed', OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'draft' THEN RETURN NEW; END IF;
  IF ((OLD.status = 'submitted' AND NEW.status IN ('superseded', 'archived'))
      OR (OLD.status = 'superseded' AND NEW.status = 'archived'))
     AND (NEW.id, NEW.procedure_id, NEW.candidate_id, NEW.member_id, NEW.stage, NEW.round,
          NEW.version, NEW.submitted_at, NEW.amend_reason, NEW.deviation_id)
         IS NOT DISTINCT FROM
         (OLD.id, OLD.procedure_id, OLD.candidate_id, OLD.member_id, OLD.stage, OLD.round,
          OLD.version, OLD.submitted_at, OLD.amend_reason, OLD.deviation_id) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'score sheet % is sealed', OLD.id USING ERRCODE = 'insufficient_privilege';
END $$;

-- Scores change only on a draft, or on a sheet submitted by this very transaction.
CREATE OR REPLACE FUNCTION public.bw_score_guard() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  sid integer;
  st text;
  mine boolean;
BEGIN
  sid := CASE WHEN TG_OP = 'DELETE' THEN OLD.sheet_id ELSE NEW.sheet_id END;
  SELECT s.status, s.xmin::text = (txid_current() % 4294967296)::text INTO st, mine
    FROM public.score_sheets s WHERE s.id = sid;
  IF TG_OP = 'UPDATE' AND OLD.sheet_id <> NEW.sheet_id THEN
    RAISE EXCEPTION 'a score cannot move to another sheet' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF st = 'draft' OR (st = 'submitted' AND mine) THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  RAISE EXCEPTION 'score sheet % is sealed', sid USING ERRCODE = 'insufficient_privilege';
END $$;

-- Candidates (through the bw_app view): only the steering people move funnel or reveal;
-- identity only the owning recruiter (or the owner) writes.
CREATE OR REPLACE FUNCTION public.bw_candidate_guard() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF public.bw_is_owner() THEN RETURN NEW; END IF;
  IF (NEW.name_enc, NEW.email_enc, NEW.phone_enc, NEW.procedure_id, NEW.pseudonym)
     IS DISTINCT FROM (OLD.name_enc, OLD.email_enc, OLD.phone_enc, OLD.procedure_id,
     OLD.pseudonym) AND NOT public.bw_owns(OLD.procedure_id) THEN
    RAISE EXCEPTION 'only the recruiter of the procedure changes a candidate''s identity'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT public.bw_steers(OLD.procedure_id) THEN
    RAISE EXCEPTION 'only the recruiter or the chair changes a candidate'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;

-- Four eyes in the database: a deviation is decided by HR, never by its requester.
CREATE OR REPLACE FUNCTION public.bw_deviation_guard() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF public.bw_is_owner() THEN RETURN NEW; END IF;
  IF (NEW.status, NEW.decided_by, NEW.decided_at, NEW.comment)
     IS DISTINCT FROM (OLD.status, OLD.decided_by, OLD.decided_at, OLD.comment) THEN
    IF NOT public.bw_in('bw_hr') OR NEW.decided_by IS DISTINCT FROM public.bw_uid()
       OR NEW.decided_by = NEW.requested_by THEN
      RAISE EXCEPTION 'a deviation is decided by HR, not by its requester'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  IF (NEW.procedure_id, NEW.type, NEW.rule_code, NEW.requested_by, NEW.justification)
     IS DISTINCT FROM (OLD.procedure_id, OLD.type, OLD.rule_code, OLD.requested_by,
     OLD.justification) THEN
    RAISE EXCEPTION 'a requested deviation is not rewritten'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;

-- Users: an admin creates and changes LOGIN roles through this one door.
CREATE OR REPLACE FUNCTION public.bw_set_login(
    login text, groups text[], pw text, create_it boolean)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  g text;
  r record;
BEGIN
  IF NOT (pg_has_role(session_user, 'bw_admin', 'MEMBER') OR session_user::text = '@OWNER@'
          OR current_setting('is_superuser') = 'on') THEN
    RAISE EXCEPTION 'only an administrator manages logins' USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT rolsuper, rolcreaterole INTO r FROM pg_roles WHERE rolname = login;
  IF FOUND AND (r.rolsuper OR r.rolcreaterole OR login LIKE 'bw\_%' OR login = '@OWNER@') THEN
    RAISE EXCEPTION 'role % is not an application login', login
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT FOUND THEN
    IF NOT create_it THEN RETURN; END IF;
    EXECUTE format('CREATE ROLE %I LOGIN', login);
  END IF;
  IF pw IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, pw);
  END IF;
  EXECUTE format('ALTER ROLE %I SET search_path = bw_app, public', login);
  FOREACH g IN ARRAY ARRAY['bw_member','bw_chair','bw_recruiter','bw_hr','bw_admin'] LOOP
    IF g = ANY(groups) THEN
      EXECUTE format('GRANT %I TO %I', g, login);
    ELSIF pg_has_role(login, g, 'MEMBER') THEN
      EXECUTE format('REVOKE %I FROM %I', g, login);
    END IF;
  END LOOP;
END $$;
"""
