stub: upstream file of 10267 bytes
