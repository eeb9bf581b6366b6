print("mpep")
