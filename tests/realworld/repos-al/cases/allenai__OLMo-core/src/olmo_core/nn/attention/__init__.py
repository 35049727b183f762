stub: upstream file of 43397 bytes
