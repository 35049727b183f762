stub: upstream file of 45480 bytes
