stub: upstream file of 19267 bytes
