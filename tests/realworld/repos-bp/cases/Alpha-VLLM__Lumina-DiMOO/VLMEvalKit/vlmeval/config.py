stub: upstream file of 50762 bytes
