stub: upstream file of 63755 bytes
