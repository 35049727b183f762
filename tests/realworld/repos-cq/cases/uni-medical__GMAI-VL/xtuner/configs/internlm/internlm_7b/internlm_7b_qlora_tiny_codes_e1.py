stub: upstream file of 7381 bytes
