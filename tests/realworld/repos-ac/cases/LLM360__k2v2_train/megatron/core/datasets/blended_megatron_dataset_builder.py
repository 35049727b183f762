stub: upstream file of 24544 bytes
