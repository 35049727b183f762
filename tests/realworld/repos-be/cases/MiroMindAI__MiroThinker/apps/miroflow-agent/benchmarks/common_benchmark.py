stub: upstream file of 43732 bytes
