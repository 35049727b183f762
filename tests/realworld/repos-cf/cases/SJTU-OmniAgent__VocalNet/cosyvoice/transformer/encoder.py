stub: upstream file of 21434 bytes
