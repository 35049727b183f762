stub: upstream file of 298 bytes
