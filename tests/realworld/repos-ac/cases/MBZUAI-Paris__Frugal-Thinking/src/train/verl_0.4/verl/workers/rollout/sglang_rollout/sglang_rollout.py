stub: upstream file of 68438 bytes
