stub: upstream file of 19549 bytes
