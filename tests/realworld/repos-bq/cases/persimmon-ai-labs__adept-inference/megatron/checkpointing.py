stub: upstream file of 23045 bytes
