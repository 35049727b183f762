stub: upstream file of 15258 bytes
