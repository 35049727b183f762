stub: upstream file of 58322 bytes
