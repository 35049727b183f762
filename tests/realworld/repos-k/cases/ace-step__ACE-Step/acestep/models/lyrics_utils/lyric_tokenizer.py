stub: upstream file of 33510 bytes
