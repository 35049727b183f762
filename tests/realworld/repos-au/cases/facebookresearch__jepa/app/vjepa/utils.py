stub: upstream file of 6141 bytes
