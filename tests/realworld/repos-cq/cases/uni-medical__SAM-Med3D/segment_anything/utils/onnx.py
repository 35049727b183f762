stub: upstream file of 6102 bytes
