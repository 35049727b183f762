stub: upstream file of 20156 bytes
