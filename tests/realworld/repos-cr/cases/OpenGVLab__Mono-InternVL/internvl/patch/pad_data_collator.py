stub: upstream file of 5307 bytes
