stub: upstream file of 3409 bytes
