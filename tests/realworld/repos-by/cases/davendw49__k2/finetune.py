stub: upstream file of 11792 bytes
