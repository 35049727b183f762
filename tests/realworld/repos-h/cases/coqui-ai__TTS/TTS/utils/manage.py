stub: upstream file of 28960 bytes
