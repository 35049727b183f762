stub: upstream file of 7233 bytes
