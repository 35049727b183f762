stub: upstream file of 2984 bytes
