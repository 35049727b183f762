stub: upstream file of 8356 bytes
