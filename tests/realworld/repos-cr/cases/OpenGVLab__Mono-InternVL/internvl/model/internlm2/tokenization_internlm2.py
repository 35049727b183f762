stub: upstream file of 8791 bytes
