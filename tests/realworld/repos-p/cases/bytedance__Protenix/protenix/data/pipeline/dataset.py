stub: upstream file of 49241 bytes
