stub: upstream file of 8406 bytes
