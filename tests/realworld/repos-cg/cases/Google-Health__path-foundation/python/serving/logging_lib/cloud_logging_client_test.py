stub: upstream file of 53181 bytes
