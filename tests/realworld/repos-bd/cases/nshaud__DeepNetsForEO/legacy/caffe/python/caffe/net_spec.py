stub: upstream file of 8048 bytes
