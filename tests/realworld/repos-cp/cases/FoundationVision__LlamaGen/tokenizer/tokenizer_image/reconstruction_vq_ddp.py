stub: upstream file of 8134 bytes
