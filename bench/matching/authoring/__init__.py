"""Hand-authored sources of the matching evaluation set (built into ../data/ by build_data)."""
