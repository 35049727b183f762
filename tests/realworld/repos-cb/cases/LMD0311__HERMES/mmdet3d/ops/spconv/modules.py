stub: upstream file of 6999 bytes
