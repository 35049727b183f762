stub: upstream file of 544 bytes
