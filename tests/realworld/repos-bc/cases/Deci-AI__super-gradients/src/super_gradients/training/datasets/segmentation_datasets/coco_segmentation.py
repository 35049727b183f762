stub: upstream file of 7984 bytes
