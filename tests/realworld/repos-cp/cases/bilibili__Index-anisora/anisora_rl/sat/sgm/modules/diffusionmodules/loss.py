stub: upstream file of 7160 bytes
