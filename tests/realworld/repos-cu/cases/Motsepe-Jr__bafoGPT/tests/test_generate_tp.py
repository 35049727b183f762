stub: upstream file of 5481 bytes
