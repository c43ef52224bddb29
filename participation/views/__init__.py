"""Views of the participation app: joining, the participant's steps (quizzes and surveys), and the
trainer space that runs a session."""
