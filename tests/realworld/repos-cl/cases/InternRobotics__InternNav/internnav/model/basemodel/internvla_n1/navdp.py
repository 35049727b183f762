stub: upstream file of 12858 bytes
