-- Search (issue 7, ADR 0015): Danish full text stored as generated columns with GIN indexes, and
-- trigrams on item titles for the forms the Danish stemmer misses. The columns are not declared in the
-- drizzle schema (so `select()` never drags them along); src/store/search.ts queries them by name.
-- Rich text is reduced to its text nodes with jsonb_path_query_array (immutable), never unaccent.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('danish', "title"), 'A')
	|| setweight(to_tsvector('danish', jsonb_path_query_array("recommendations", 'strict $[*]')), 'B')
	|| setweight(to_tsvector('danish', coalesce(jsonb_path_query_array("decision", 'strict $.**.text'), '[]'::jsonb)), 'B')
	|| setweight(to_tsvector('danish', jsonb_path_query_array("sections", 'strict $.**.text')), 'C')
) STORED;
--> statement-breakpoint
CREATE INDEX "items_search" ON "items" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX "items_title_trgm" ON "items" USING gin ("title" gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('danish', "name"), 'A')
	|| to_tsvector('danish', left(coalesce("extracted_text", ''), 300000))
) STORED;
--> statement-breakpoint
CREATE INDEX "attachments_search" ON "attachments" USING gin ("search_vector");
--> statement-breakpoint
ALTER TABLE "item_minutes" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
	CASE WHEN "finalised_at" IS NOT NULL
		THEN to_tsvector('danish', coalesce(jsonb_path_query_array("record", 'strict $.decision.**.text'), '[]'::jsonb))
	END
) STORED;
--> statement-breakpoint
CREATE INDEX "item_minutes_search" ON "item_minutes" USING gin ("search_vector");
