stub: upstream file of 5200 bytes
