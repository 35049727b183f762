stub: upstream file of 13563 bytes
