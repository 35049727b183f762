stub: upstream file of 16454 bytes
