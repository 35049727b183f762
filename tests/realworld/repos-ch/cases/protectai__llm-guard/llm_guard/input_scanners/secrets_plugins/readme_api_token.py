stub: upstream file of 446 bytes
