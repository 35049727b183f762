stub: upstream file of 9391 bytes
