stub: upstream file of 2383 bytes
