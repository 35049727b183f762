stub: upstream file of 6340 bytes
