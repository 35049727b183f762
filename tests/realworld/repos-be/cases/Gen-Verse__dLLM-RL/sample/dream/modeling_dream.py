stub: upstream file of 39931 bytes
