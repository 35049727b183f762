stub: upstream file of 6639 bytes
