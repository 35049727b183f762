stub: upstream file of 79414 bytes
