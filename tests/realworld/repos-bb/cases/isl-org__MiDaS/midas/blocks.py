stub: upstream file of 12792 bytes
