stub: upstream file of 16899 bytes
