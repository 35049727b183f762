stub: upstream file of 15391 bytes
