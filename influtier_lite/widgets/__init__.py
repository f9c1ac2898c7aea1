"""The widgets: each wires a function of ``influtier_lite.core`` to controls, and shows its answer.

``controls`` holds what they share (the follower input, amounts, layout helpers, the error
line). A widget computes nothing itself: what it shows comes from the core, so the tests
check the answers without a browser, and a widget's text/plain output (what nbval compares)
is the same answer as text.
"""
