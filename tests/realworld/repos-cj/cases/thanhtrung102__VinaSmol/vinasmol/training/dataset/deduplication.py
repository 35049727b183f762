stub: upstream file of 18381 bytes
