"""Speed and size measurements, run by hand (`python main.py bench`), never as timed tests."""
