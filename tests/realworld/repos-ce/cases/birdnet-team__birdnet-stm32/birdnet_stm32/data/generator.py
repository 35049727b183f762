stub: upstream file of 15788 bytes
