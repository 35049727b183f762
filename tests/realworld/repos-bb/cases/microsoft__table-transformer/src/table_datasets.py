stub: upstream file of 27572 bytes
