stub: upstream file of 32180 bytes
