stub: upstream file of 16050 bytes
