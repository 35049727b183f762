stub: upstream file of 1879 bytes
