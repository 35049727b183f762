stub: upstream file of 11612 bytes
