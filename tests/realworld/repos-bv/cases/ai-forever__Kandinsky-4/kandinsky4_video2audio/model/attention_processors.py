stub: upstream file of 3252 bytes
