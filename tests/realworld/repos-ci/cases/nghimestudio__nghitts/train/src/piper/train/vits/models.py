stub: upstream file of 24361 bytes
