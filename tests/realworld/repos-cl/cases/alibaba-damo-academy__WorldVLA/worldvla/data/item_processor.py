stub: upstream file of 23228 bytes
