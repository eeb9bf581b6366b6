print("mpep-bench: not written yet")
