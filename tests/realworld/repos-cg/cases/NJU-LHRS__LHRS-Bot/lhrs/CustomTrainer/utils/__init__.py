stub: upstream file of 375 bytes
