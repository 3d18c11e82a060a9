"""Moved to services/problem_sentences.py; importers in ui/interop/briefing switch in wave 2."""

from .services.problem_sentences import ENGLISH, Text, duration, fill_in, problem_sentence, sentence  # noqa: F401
