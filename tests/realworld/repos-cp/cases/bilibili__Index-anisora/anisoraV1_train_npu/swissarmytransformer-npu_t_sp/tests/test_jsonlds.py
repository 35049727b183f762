stub: upstream file of 1963 bytes
