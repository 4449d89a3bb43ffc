ALTER TABLE "audit_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "hash" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "redacted_at" timestamp with time zone;--> statement-breakpoint
-- The audit log's hash chain (ADR 0017). One canonical text of a row, used by the trigger that
-- appends, by the backfill below and by the verifier: a JSON array of the row's fields (jsonb's
-- text form is canonical; the instant in UTC with microseconds), prefixed with the previous hash.
CREATE OR REPLACE FUNCTION fora_audit_hash(
  p_prev text, p_id bigint, p_org_id uuid, p_actor_person_id uuid, p_actor_label text, p_action text,
  p_object_type text, p_object_id text, p_address text, p_detail jsonb, p_at timestamptz
) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(coalesce(p_prev, '') || jsonb_build_array(
    p_id, p_org_id, p_actor_person_id, p_actor_label, p_action, p_object_type, p_object_id, p_address,
    p_detail, to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
  )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Appends are serialised by a transaction-level advisory lock (held to commit). The row is numbered
-- after the lock is taken, so id order is chain order, and the newest hash is read under the lock.
-- A repeatable-read transaction would read the newest row from its old snapshot and fork the chain:
-- refused.
CREATE OR REPLACE FUNCTION fora_audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'audit rows are appended in read-committed transactions only';
  END IF;
  PERFORM pg_advisory_xact_lock(727465170017);
  NEW.id := nextval(pg_get_serial_sequence('audit_events', 'id'));
  SELECT e.hash INTO NEW.prev_hash FROM audit_events e ORDER BY e.id DESC LIMIT 1;
  NEW.redacted_at := NULL;
  NEW.hash := fora_audit_hash(NEW.prev_hash, NEW.id, NEW.org_id, NEW.actor_person_id, NEW.actor_label,
    NEW.action, NEW.object_type, NEW.object_id, NEW.address, NEW.detail, NEW.at);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION fora_audit_chain();
--> statement-breakpoint
-- Backfill: chain the rows written before this migration, in id order.
DO $$
DECLARE
  r record;
  prev text := NULL;
  h text;
BEGIN
  FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
    h := fora_audit_hash(prev, r.id, r.org_id, r.actor_person_id, r.actor_label, r.action, r.object_type,
      r.object_id, r.address, r.detail, r.at);
    UPDATE audit_events SET prev_hash = prev, hash = h WHERE id = r.id;
    prev := h;
  END LOOP;
END
$$;
