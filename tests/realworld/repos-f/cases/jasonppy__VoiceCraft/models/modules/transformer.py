stub: upstream file of 23543 bytes
