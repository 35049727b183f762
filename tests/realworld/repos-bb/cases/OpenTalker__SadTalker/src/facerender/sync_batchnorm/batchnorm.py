stub: upstream file of 12973 bytes
