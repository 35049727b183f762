stub: upstream file of 5358 bytes
