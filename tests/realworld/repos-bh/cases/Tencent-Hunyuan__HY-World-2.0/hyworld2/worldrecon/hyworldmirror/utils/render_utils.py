stub: upstream file of 11492 bytes
