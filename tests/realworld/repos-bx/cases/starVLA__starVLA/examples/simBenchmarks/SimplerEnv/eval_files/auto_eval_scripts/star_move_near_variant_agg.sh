stub: upstream file of 9579 bytes
