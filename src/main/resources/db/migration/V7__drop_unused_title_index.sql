-- Nothing filters or orders by the title as typed since V3 added title_sort (the catalog orders
-- and pages on that column, and searches search_text), so this index only cost every write: a
-- 100,000-entry catalog import spent about a tenth of its time keeping it (ImportBenchmark).
DROP INDEX credential_title_idx;
