stub: upstream file of 8720 bytes
