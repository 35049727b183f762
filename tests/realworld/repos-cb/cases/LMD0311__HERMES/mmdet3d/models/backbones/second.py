stub: upstream file of 3247 bytes
