stub: upstream file of 8984 bytes
