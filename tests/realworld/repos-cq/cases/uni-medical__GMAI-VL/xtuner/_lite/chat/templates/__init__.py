stub: upstream file of 1054 bytes
