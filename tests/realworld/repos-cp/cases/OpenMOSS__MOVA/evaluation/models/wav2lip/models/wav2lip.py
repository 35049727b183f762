stub: upstream file of 8579 bytes
