stub: upstream file of 26433 bytes
