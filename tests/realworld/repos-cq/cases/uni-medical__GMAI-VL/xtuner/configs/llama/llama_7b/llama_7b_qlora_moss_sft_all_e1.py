stub: upstream file of 7375 bytes
