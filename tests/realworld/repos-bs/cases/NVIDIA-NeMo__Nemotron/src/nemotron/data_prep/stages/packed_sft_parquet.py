stub: upstream file of 9339 bytes
