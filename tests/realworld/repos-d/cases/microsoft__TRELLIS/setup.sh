stub: upstream file of 11579 bytes
