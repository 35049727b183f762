stub: upstream file of 55984 bytes
