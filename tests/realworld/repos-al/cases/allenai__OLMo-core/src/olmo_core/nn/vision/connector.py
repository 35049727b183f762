stub: upstream file of 14956 bytes
