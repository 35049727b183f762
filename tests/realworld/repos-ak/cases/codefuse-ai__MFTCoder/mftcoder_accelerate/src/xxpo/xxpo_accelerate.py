stub: upstream file of 16383 bytes
