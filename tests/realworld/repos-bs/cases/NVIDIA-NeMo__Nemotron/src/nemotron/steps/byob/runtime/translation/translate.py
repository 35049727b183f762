stub: upstream file of 13950 bytes
