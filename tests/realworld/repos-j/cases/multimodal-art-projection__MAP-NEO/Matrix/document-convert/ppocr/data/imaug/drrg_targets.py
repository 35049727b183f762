stub: upstream file of 29383 bytes
