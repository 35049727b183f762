stub: upstream file of 1014318 bytes
