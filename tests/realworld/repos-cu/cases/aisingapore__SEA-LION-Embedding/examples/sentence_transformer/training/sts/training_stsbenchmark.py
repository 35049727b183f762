stub: upstream file of 4627 bytes
