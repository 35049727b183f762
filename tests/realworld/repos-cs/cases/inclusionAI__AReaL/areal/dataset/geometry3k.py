stub: upstream file of 6991 bytes
