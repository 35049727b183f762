stub: upstream file of 27845 bytes
