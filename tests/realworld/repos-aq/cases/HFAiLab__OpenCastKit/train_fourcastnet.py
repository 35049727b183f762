stub: upstream file of 7513 bytes
