stub: upstream file of 3253 bytes
