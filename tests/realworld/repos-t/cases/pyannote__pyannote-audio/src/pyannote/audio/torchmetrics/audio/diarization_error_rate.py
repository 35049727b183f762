stub: upstream file of 13502 bytes
