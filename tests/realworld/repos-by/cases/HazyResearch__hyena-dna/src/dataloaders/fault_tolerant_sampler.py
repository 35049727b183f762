stub: upstream file of 4660 bytes
