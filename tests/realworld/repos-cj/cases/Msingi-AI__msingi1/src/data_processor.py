stub: upstream file of 27045 bytes
