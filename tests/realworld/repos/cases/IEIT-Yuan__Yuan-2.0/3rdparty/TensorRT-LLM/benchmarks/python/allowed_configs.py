stub: upstream file of 35254 bytes
