stub: upstream file of 13231 bytes
