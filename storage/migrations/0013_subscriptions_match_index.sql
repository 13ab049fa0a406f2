-- subscriptions.match reads, for each of an article's ~300 keys, every subscription with that key:
-- ~2,000 rows for the widest synthetic articles of benchmarks/bench_store.py. With an index on key
-- alone each of them was a second lookup into the table; this index holds every column the match
-- query reads or filters on (paused, the destination, the order, the topic, the exclusion keys), so
-- the table is not read at all. The key-only index it replaces is its leading column.
CREATE INDEX subscriptions_match
    ON subscriptions (key, paused, chat_id, thread_id, created_at, topic, exclude_keys);
DROP INDEX subscriptions_key;
