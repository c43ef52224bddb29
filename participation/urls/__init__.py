"""The participation app's URLs, mounted by config/urls.py: the trainer space under /trainer/,
the participant's steps under /join/<code>/."""
