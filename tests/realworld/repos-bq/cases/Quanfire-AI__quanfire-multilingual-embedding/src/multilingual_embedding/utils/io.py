stub: upstream file of 7305 bytes
