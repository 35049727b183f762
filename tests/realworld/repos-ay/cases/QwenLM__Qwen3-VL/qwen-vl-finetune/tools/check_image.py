stub: upstream file of 6333 bytes
