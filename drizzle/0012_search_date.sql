-- Search by date (ADR 0015): the item's date (its meeting's start, else when it was created) kept on
-- the item, so "the newest matches" can walk a btree by date and stop early for frequent words.
-- Maintained by triggers (every writer of items.meeting_id and meetings.starts_at is covered, including
-- the importer and ON DELETE SET NULL). Not declared in the drizzle schema; src/store/search.ts reads it.
ALTER TABLE "items" ADD COLUMN "search_date" timestamp with time zone;
--> statement-breakpoint
UPDATE "items" i SET "search_date" = coalesce((SELECT m."starts_at" FROM "meetings" m WHERE m."id" = i."meeting_id"), i."created_at");
--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "search_date" SET NOT NULL;
--> statement-breakpoint
CREATE FUNCTION "items_set_search_date"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW."search_date" := coalesce((SELECT m."starts_at" FROM "meetings" m WHERE m."id" = NEW."meeting_id"), NEW."created_at");
	RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "items_search_date" BEFORE INSERT OR UPDATE ON "items"
	FOR EACH ROW EXECUTE FUNCTION "items_set_search_date"();
--> statement-breakpoint
CREATE FUNCTION "meetings_move_search_date"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "items" SET "search_date" = NEW."starts_at" WHERE "meeting_id" = NEW."id";
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "meetings_search_date" AFTER UPDATE OF "starts_at" ON "meetings"
	FOR EACH ROW WHEN (OLD."starts_at" IS DISTINCT FROM NEW."starts_at") EXECUTE FUNCTION "meetings_move_search_date"();
--> statement-breakpoint
CREATE INDEX "items_org_search_date" ON "items" ("org_id", "search_date" DESC);
--> statement-breakpoint
CREATE INDEX "items_forum_search_date" ON "items" ("forum_id", "search_date" DESC);
