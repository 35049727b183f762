stub: upstream file of 13579 bytes
