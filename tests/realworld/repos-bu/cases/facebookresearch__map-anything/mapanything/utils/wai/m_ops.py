stub: upstream file of 11845 bytes
