stub: upstream file of 72524 bytes
