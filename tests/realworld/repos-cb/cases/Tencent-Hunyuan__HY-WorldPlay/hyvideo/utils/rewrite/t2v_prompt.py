stub: upstream file of 26183 bytes
