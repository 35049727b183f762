stub: upstream file of 36984 bytes
