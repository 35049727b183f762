stub: upstream file of 13305 bytes
