stub: upstream file of 40980 bytes
