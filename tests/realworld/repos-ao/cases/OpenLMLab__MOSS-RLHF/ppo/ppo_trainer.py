stub: upstream file of 31442 bytes
