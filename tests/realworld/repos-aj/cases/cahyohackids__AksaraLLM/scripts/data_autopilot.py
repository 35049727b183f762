stub: upstream file of 32974 bytes
