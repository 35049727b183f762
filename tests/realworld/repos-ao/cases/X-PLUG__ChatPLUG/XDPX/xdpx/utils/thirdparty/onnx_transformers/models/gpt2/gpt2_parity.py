stub: upstream file of 17172 bytes
