stub: upstream file of 1678 bytes
