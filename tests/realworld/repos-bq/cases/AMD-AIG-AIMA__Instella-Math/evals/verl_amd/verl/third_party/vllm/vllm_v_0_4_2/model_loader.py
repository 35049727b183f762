stub: upstream file of 13600 bytes
