stub: upstream file of 9483 bytes
