stub: upstream file of 24566 bytes
