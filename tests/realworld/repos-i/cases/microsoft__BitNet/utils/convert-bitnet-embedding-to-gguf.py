stub: upstream file of 27112 bytes
