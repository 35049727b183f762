stub: upstream file of 1964 bytes
