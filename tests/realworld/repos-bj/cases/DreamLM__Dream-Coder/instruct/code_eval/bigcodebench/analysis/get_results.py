stub: upstream file of 16086 bytes
