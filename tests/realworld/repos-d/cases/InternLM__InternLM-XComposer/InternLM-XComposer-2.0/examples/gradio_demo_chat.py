stub: upstream file of 18380 bytes
