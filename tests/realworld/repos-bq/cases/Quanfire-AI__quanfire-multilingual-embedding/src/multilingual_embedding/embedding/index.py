stub: upstream file of 12238 bytes
