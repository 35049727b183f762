stub: upstream file of 9665 bytes
