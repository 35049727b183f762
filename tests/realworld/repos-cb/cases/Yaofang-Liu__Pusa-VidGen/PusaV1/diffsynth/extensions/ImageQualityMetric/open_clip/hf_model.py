stub: upstream file of 6298 bytes
