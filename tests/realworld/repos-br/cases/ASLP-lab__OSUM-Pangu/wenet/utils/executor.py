stub: upstream file of 8923 bytes
