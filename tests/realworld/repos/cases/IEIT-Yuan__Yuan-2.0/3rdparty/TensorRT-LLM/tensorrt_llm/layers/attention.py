stub: upstream file of 51327 bytes
