stub: upstream file of 8220 bytes
