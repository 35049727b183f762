stub: upstream file of 14267 bytes
