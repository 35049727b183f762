stub: upstream file of 5448 bytes
