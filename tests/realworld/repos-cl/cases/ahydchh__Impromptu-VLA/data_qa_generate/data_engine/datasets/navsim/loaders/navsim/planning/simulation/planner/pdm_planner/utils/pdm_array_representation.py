stub: upstream file of 8144 bytes
