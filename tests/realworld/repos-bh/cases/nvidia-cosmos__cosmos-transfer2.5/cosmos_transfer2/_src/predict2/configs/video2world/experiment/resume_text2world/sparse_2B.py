stub: upstream file of 90463 bytes
