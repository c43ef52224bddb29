"""Views of the workshops app: content search, the trainer space, and the join page."""
