stub: upstream file of 8972 bytes
