stub: upstream file of 8600 bytes
