stub: upstream file of 74348 bytes
