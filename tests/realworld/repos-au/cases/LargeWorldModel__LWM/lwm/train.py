stub: upstream file of 15292 bytes
