stub: upstream file of 11077 bytes
