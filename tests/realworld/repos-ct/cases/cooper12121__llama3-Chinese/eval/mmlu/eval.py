stub: upstream file of 6202 bytes
