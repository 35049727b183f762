stub: upstream file of 22405 bytes
