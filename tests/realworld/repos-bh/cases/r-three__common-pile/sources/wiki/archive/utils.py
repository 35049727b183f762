stub: upstream file of 15130 bytes
