stub: upstream file of 107202 bytes
