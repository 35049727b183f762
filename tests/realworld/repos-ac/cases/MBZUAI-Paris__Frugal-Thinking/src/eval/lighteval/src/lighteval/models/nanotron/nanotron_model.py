stub: upstream file of 55924 bytes
