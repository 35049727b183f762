stub: upstream file of 14275 bytes
