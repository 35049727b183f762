stub: upstream file of 3045 bytes
