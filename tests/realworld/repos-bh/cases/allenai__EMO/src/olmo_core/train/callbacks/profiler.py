stub: upstream file of 6579 bytes
