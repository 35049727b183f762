stub: upstream file of 2403 bytes
