"""Views of the workshops app: the site's content search (pages are served by Wagtail)."""
