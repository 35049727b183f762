stub: upstream file of 13308 bytes
