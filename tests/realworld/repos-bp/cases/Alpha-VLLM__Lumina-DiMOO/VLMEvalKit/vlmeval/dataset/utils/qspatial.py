stub: upstream file of 4231 bytes
