stub: upstream file of 6134 bytes
