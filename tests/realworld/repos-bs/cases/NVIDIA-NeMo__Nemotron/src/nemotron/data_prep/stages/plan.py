stub: upstream file of 5461 bytes
