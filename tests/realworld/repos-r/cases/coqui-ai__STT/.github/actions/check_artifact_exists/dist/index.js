stub: upstream file of 413975 bytes
