stub: upstream file of 4437 bytes
