"""Network edge shared by /add and feed polling: the guarded fetcher."""
