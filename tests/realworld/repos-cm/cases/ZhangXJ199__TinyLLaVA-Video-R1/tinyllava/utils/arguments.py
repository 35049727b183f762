stub: upstream file of 3407 bytes
