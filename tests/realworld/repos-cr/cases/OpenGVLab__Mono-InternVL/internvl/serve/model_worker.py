stub: upstream file of 13050 bytes
